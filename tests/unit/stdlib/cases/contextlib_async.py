# compare: stdout
# (Exceptions thrown into async generators leave reference cycles that CPython's GC frees
# at allocation-dependent times, so which finished generators shutdown_asyncgens() still
# closes, creating async_generator_athrow tasks, is not part of what is compared here.)
import contextlib, asyncio
@contextlib.asynccontextmanager
async def timed(label):
    print('enter', label)
    try:
        yield label.upper()
    except KeyError as e:
        print('caught', repr(e))
    finally:
        await asyncio.sleep(0.1)
        print('exit', label)
async def main():
    async with timed('a') as x:
        print(x)
    async with timed('b'):
        raise KeyError('k')
    async with contextlib.AsyncExitStack() as stack:
        for name in ('c', 'd'):
            print(await stack.enter_async_context(timed(name)))
        async def acb(n): print('acb', n)
        stack.push_async_callback(acb, 1)
        stack.callback(print, 'sync cb')
    s = contextlib.AsyncExitStack()
    await s.enter_async_context(timed('e'))
    await s.aclose()
    @timed('dec')
    async def work():
        print('working')
    await work()
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print('agen closed')
    async with contextlib.aclosing(agen()) as ag:
        async for v in ag:
            print(v); break
    try:
        async with timed('f'):
            raise ValueError('boom')
    except ValueError as e:
        print('propagated', e)
asyncio.run(main())
