import asyncio

async def grab(lock, name):
    print(name, "acquiring")
    await lock.acquire()
    try:
        print(name, "acquired")
        await asyncio.sleep(0)
        print(name, "still holding")
    finally:
        lock.release()
        print(name, "released")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(grab(lock, "x"), grab(lock, "y"), grab(lock, "z"))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("acquire free lock:", await lock.acquire(), lock.locked())

asyncio.run(main())
