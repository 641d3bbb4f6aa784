# Three async generators dropped suspended as main() ends, each closed by an aclose() task that
# asyncio.run's shutdown cancels before its first step: a yield in the finally (the GeneratorExit is
# ignored, reported to the loop's exception handler), two awaits in the finally (3.11/3.12 end it at
# the first, 3.13 on runs both), no await.
import asyncio

async def gen(name, mode):
    try:
        yield 1
        yield 2
    finally:
        print(name, "closing")
        if mode == "yield":
            try:
                yield 3
            except BaseException as e:
                print(name, "yield raised", type(e).__name__)
        elif mode == "two":
            await asyncio.sleep(0)
            print(name, "mid")
            await asyncio.sleep(0)
        print(name, "end")

async def user():
    for name, mode in [("a", "yield"), ("b", "two"), ("c", "plain")]:
        g = gen(name, mode)
        async for x in g:
            break
        del g
    print("user done")

async def main():
    await user()
    print("main done")

def handler(loop, ctx):
    print("handler", ctx["message"], repr(ctx.get("exception")))

async def outer():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()
asyncio.run(outer())
print("after run")
