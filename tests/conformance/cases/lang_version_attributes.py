# Methods a later Python added are not there at all in an older one: hasattr, dir() and getattr
# with a default all say so (Handle/Task.get_context 3.12, Queue.shutdown 3.13, memoryview.count 3.14).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handle = loop.call_soon(print, 'tick')
    task = asyncio.current_task()
    queue = asyncio.Queue()
    view = memoryview(b'abca')
    checks = {
        'Handle.get_context': (handle, 'get_context'),
        'Task.get_context': (task, 'get_context'),
        'Queue.shutdown': (queue, 'shutdown'),
        'memoryview.count': (view, 'count'),
        'memoryview.index': (view, 'index'),
    }
    for label, (obj, name) in checks.items():
        found = getattr(obj, name, None)
        print(label, hasattr(obj, name), name in dir(obj), hasattr(type(obj), name), found is not None)
    shutdown = getattr(queue, 'shutdown', None)
    if shutdown is not None:
        shutdown()
        print('queue shut down')
    else:
        print('no shutdown: draining by hand')
    await asyncio.sleep(0)


asyncio.run(main())
