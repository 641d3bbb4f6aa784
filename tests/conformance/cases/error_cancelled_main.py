import asyncio

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(1, me.cancel)
    print("main sleeping")
    await asyncio.sleep(5)

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("asyncio.run raised CancelledError")
asyncio.run(main())
