# A task and a future are C objects in CPython: errors name their type '_asyncio.Task' and
# '_asyncio.Future'; Handle.get_context and Task.get_context are there from 3.12 on.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    fut = loop.create_future()
    handle = loop.call_soon(print, 'called')
    print(hasattr(handle, 'get_context'), hasattr(task, 'get_context'), 'get_context' in dir(task))
    for attempt in (lambda: task.retries, lambda: fut.value, lambda: task + 1, lambda: 2 * fut, lambda: asyncio.Task.nope):
        try:
            attempt()
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        task.get_context()
        print('has a context')
    except AttributeError as e:
        print('AttributeError', e)
    print(type(task).__name__, type(task).__module__, type(fut).__qualname__)
    fut.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
