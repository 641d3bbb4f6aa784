import asyncio

async def main():
    print("going to sleep for a very long time")
    await asyncio.sleep(10**7)
    print("never")

asyncio.run(main())
