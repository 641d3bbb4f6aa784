"""asyncio.run as a thread's target, several threads each with a loop of its own: their loops,
tasks and timers are separate; the main thread runs its own asyncio.run meanwhile; asyncio.run
inside a ThreadPoolExecutor worker and inside asyncio.to_thread."""
import asyncio, threading, time
from concurrent.futures import ThreadPoolExecutor

loops = {}


async def tick(tag, n, delay):
    me = threading.current_thread().name
    loop = asyncio.get_running_loop()
    loops[tag] = loop
    for i in range(n):
        await asyncio.sleep(delay)
        print(f'{tag} tick {i} in {me} at {loop.time():.2f}')
    both = await asyncio.gather(asyncio.sleep(delay, 'a'), asyncio.sleep(delay / 2, 'b'))
    print(f'{tag} gathered {both} ({asyncio.current_task().get_name()})')
    return f'{tag} done'


def runner(tag, n, delay, out):
    out.append(asyncio.run(tick(tag, n, delay)))
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(f'{tag} after run:', e)


out = []
threads = [threading.Thread(target=runner, args=(t, 3, d, out), name=f'T-{t}') for t, d in (('x', 0.3), ('y', 0.2))]
for t in threads:
    t.start()
t3 = threading.Thread(target=asyncio.run, args=(tick('z', 2, 0.25),), name='T-z')
t3.start()
for t in threads + [t3]:
    t.join()
print('out', out)
print('three loops', len({id(l) for l in loops.values()}), all(l.is_closed() for l in loops.values()))


async def main():
    print('main loop is', 'new' if asyncio.get_running_loop() not in loops.values() else 'old')
    with ThreadPoolExecutor(2) as pool:
        f = pool.submit(asyncio.run, tick('pool', 1, 0.1))
        got = await asyncio.wrap_future(f)
        print('pool worker gave', got, f'at {asyncio.get_running_loop().time():.2f}')
    got = await asyncio.to_thread(asyncio.run, tick('to_thread', 2, 0.05))
    print('to_thread gave', got)
    main_tick = asyncio.create_task(tick('main', 2, 0.1))
    side = threading.Thread(target=asyncio.run, args=(tick('side', 2, 0.15),), name='side')
    side.start()
    print(await main_tick)
    await asyncio.to_thread(side.join)
    print('joined side at', f'{asyncio.get_running_loop().time():.2f}')

asyncio.run(main())
