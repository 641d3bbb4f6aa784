"""Each thread has its own event loop slots: get_event_loop()/get_running_loop() in a thread
without a loop, set_event_loop() and run_until_complete in a thread, a Runner in a thread,
asyncio.run refused inside a thread's running loop; then the main thread's own asyncio.run.
Each thread is joined before the next starts (3.11/3.12 are recorded with real threads)."""
import asyncio, threading


async def where(tag):
    loop = asyncio.get_running_loop()
    print(tag, 'runs in', threading.current_thread().name, 'same as event loop:', loop is asyncio.get_event_loop())
    await asyncio.sleep(0.1)
    return tag.upper()


def no_loop():
    for f in (asyncio.get_event_loop, asyncio.get_running_loop):
        try:
            f()
        except RuntimeError as e:
            print(f.__name__, 'in', threading.current_thread().name, '->', e)


def own_loop():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print('get_event_loop is mine:', asyncio.get_event_loop() is loop)
    print('result', loop.run_until_complete(where('own')))
    print('running after:', loop.is_running())
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print('after run_until_complete:', e)
    loop.close()
    asyncio.set_event_loop(None)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print('after set_event_loop(None):', e)


def with_runner():
    with asyncio.Runner() as r:
        print('runner result', r.run(where('runner')))
        print('runner loop is current:', r.get_loop() is asyncio.get_event_loop())
        print('again', r.run(where('again')))
    try:
        r.get_loop()
    except RuntimeError as e:
        print('after the runner:', e)


async def nested():
    coro = where('nested')
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('asyncio.run inside a thread loop:', e)
        coro.close()
    try:
        asyncio.get_running_loop().run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print('run_until_complete inside:', e)
    return 'nested ok'


def nested_in_thread():
    print(asyncio.run(nested()))


for target in (no_loop, own_loop, with_runner, nested_in_thread):
    t = threading.Thread(target=target, name=target.__name__)
    t.start()
    t.join()


print('main thread:', asyncio.run(where('main')))
