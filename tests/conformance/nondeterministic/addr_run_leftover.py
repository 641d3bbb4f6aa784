import asyncio

async def ticker(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "stopped at shutdown")
        raise

async def main():
    for name in ["red", "green", "blue"]:
        asyncio.create_task(ticker(name))
    await asyncio.sleep(1.5)
    print("main returns")

asyncio.run(main())
