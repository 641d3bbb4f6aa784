import asyncio

async def work():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally begins")
        await asyncio.sleep(1)
        print("finally ends")

async def main():
    try:
        async with asyncio.timeout(1.5):
            await work()
        print("work completed")
    except TimeoutError:
        print("timeout hit at", asyncio.get_running_loop().time())

    try:
        async with asyncio.timeout(0.5):
            await work()
    except TimeoutError:
        print("second timeout at", asyncio.get_running_loop().time())

asyncio.run(main())
