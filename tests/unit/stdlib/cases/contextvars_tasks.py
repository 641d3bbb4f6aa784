import asyncio
import contextvars

request = contextvars.ContextVar('request', default=None)
log = []


def show(where):
    print(f'{where}: request={request.get()}')


async def handler(n):
    show(f'handler {n} start')
    request.set(f'req-{n}')
    await asyncio.sleep(0.1 * n)
    show(f'handler {n} after sleep')
    child = asyncio.create_task(sub(n))
    request.set(f'req-{n}-changed')
    await child
    show(f'handler {n} end')
    return request.get()


async def sub(n):
    show(f'sub of {n}')
    request.set('sub-local')


async def main():
    request.set('main')
    results = await asyncio.gather(handler(1), handler(2))
    print(results)
    show('main after gather')
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 'call_soon')
    request.set('main-2')
    loop.call_later(0.05, show, 'call_later')
    ctx = contextvars.copy_context()
    request.set('main-3')
    loop.call_soon(show, 'call_soon with context', context=ctx)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show('done callback'))
    request.set('main-4')
    fut.set_result(1)
    await asyncio.sleep(0.1)
    t = asyncio.create_task(sub(0), context=ctx)
    await t
    print(ctx[request], t.get_context() is ctx)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sub(9), context=ctx)
    print(ctx[request], request.get())
    show('main end')


asyncio.run(main())
show('top level')
