import asyncio

async def helper(x):
    print("helper ran", x)
    return x

def sync_caller():
    helper(1)
    print("sync_caller returned")

async def main():
    sync_caller()
    helper(2)
    print("after forgetting helper(2)")
    coro = helper(3)
    print(asyncio.iscoroutine(coro), type(coro).__name__)
    del coro
    print("value:", await helper(4))

asyncio.run(main())
