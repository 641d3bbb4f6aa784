import asyncio

state = {"count": 0}

async def watcher(cond, target):
    async with cond:
        await cond.wait_for(lambda: state["count"] >= target)
        print(f"watcher({target}) sees count={state['count']}")

async def main():
    cond = asyncio.Condition()
    ws = [asyncio.create_task(watcher(cond, t)) for t in (2, 1, 3)]
    for i in range(3):
        await asyncio.sleep(0.5)
        async with cond:
            state["count"] += 1
            print("count ->", state["count"])
            cond.notify_all()
    await asyncio.gather(*ws)

asyncio.run(main())
