import asyncio

async def waiter(event):
    print("waiting for an event nobody sets")
    await event.wait()
    print("never")

async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter(event), asyncio.sleep(1))

asyncio.run(main())
