import asyncio

async def divide(a, b):
    await asyncio.sleep(0.5)
    return a / b

async def main():
    print(await divide(1, 2))
    print(await divide(1, 0))
    print("never printed")

asyncio.run(main())
print("never printed either")
