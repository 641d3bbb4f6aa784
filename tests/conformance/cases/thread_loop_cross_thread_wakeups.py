"""Two loops in two threads talking: call_soon_threadsafe waking a background loop blocked in its
selector, a Janus-like queue (queue.Queue for the thread side, asyncio.Queue fed through
call_soon_threadsafe), wrap_future of a future of the other loop's run_coroutine_threadsafe,
run_in_executor from the background loop, and an asyncio.Future of one loop awaited in another."""
import asyncio, threading, queue, time

bg = asyncio.new_event_loop()
started = threading.Event()


def bg_main():
    asyncio.set_event_loop(bg)
    bg.call_soon(started.set)
    bg.run_forever()
    print('bg loop stopped at', f'{bg.time():.2f}')


async def bg_echo(x):
    await asyncio.sleep(0.1)
    return f'echo {x} from {threading.current_thread().name}'


def blocking_work(n):
    time.sleep(0.2)
    return n * n


async def bg_uses_executor(n):
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_work, n)
    return f'{n}^2={r} via executor at {loop.time():.2f}'


inbox = asyncio.Queue()        # filled from the bg thread, read by the main loop
outbox = queue.Queue()         # filled by the main loop, read by a plain thread


def producer():
    for i in range(3):
        time.sleep(0.15)
        asyncio_loop.call_soon_threadsafe(inbox.put_nowait, f'item {i}')
    asyncio_loop.call_soon_threadsafe(inbox.put_nowait, None)


def consumer():
    while (item := outbox.get()) is not None:
        print('thread consumer got', item, f'at {time.monotonic() - t0:.2f}')


async def main():
    global asyncio_loop
    asyncio_loop = asyncio.get_running_loop()
    t = threading.Thread(target=bg_main, name='bg')
    t.start()
    await asyncio.to_thread(started.wait)
    print('bg running:', bg.is_running())

    # A wake-up of the idle bg loop: the callback runs in bg at once.
    hit = asyncio_loop.create_future()
    bg.call_soon_threadsafe(lambda: asyncio_loop.call_soon_threadsafe(hit.set_result, threading.current_thread().name))
    print('bg callback ran in', await hit)

    # wrap_future of the other loop's concurrent future.
    cf = asyncio.run_coroutine_threadsafe(bg_echo('hi'), bg)
    print(await asyncio.wrap_future(cf), f'at {asyncio_loop.time():.2f}')
    print(await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(bg_uses_executor(7), bg)))

    # A Janus-like pair: a producer thread feeds the asyncio.Queue, we feed a consumer thread.
    prod = threading.Thread(target=producer, name='producer')
    cons = threading.Thread(target=consumer, name='consumer')
    prod.start()
    cons.start()
    while (item := await inbox.get()) is not None:
        print('main loop got', item, f'at {asyncio_loop.time():.2f}')
        outbox.put(item.upper())
    outbox.put(None)
    await asyncio.to_thread(prod.join)
    await asyncio.to_thread(cons.join)

    # An asyncio.Future of the main loop, awaited by a task of the bg loop.
    fut = asyncio_loop.create_future()

    async def await_foreign():
        try:
            await fut
        except RuntimeError as e:
            text = str(e)
            return f'{type(e).__name__} got Future: {" got Future " in text}, {text.split(">")[-1].strip()}'
    msg = await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(await_foreign(), bg))
    print('foreign future:', msg)
    fut.cancel()

    bg.call_soon_threadsafe(bg.stop)
    await asyncio.to_thread(t.join)
    bg.close()
    print('bg closed:', bg.is_closed(), 'running:', bg.is_running())
    print('done at', f'{asyncio_loop.time():.2f}')


t0 = time.monotonic()
asyncio.run(main())
