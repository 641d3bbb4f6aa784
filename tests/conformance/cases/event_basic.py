import asyncio

async def waiter(event, name):
    print(name, "waiting for event")
    await event.wait()
    print(name, "saw the event")

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("a", "b")]
    await asyncio.sleep(1)
    print("is_set:", event.is_set())
    event.set()
    print("set; is_set:", event.is_set())
    await asyncio.gather(*tasks)
    print("wait on set event returns", await event.wait())
    event.clear()
    late = asyncio.create_task(waiter(event, "late"))
    await asyncio.sleep(0.5)
    event.set()
    await late

asyncio.run(main())
