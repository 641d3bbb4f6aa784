import asyncio

async def level3():
    await asyncio.sleep(0.1)
    raise ValueError("deep problem")

async def level2():
    try:
        await level3()
    except ValueError as e:
        raise RuntimeError("wrapped") from e

async def level1():
    try:
        await level2()
    finally:
        print("level1 cleanup")

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    print("main continues")
    await t

asyncio.run(main())
