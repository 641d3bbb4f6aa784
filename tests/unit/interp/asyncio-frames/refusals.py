import asyncio
import traceback


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    finally:
        coro.close()


try:
    asyncio.run(42)
except ValueError:
    traceback.print_exc()
asyncio.run(nested())
