import asyncio

async def main():
    value = await asyncio.sleep(0.25, result="slept")
    print(value)
    value = await asyncio.sleep(0, result=42)
    print(value, type(value).__name__)
    none = await asyncio.sleep(0.1)
    print(none)
    results = await asyncio.gather(asyncio.sleep(0.2, "a"), asyncio.sleep(0.1, "b"))
    print(results)

asyncio.run(main())
