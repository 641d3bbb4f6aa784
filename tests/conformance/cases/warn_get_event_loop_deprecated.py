import asyncio

async def hello():
    await asyncio.sleep(0.1)
    print("hello from a loop made by get_event_loop()")

loop = asyncio.get_event_loop()
loop.run_until_complete(hello())
print("loop time:", loop.time())
loop.close()
