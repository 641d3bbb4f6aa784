import asyncio


async def main():
    await asyncio.sleep(1)


coro = main()
try:
    asyncio.create_task(coro)
finally:
    coro.close()
