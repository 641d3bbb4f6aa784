import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, "is", me.get_name())
    await asyncio.sleep(n)

async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(i), name=f"child-{i}") for i in (1, 2)]
    await asyncio.sleep(0)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all:", names)
    await tasks[0]
    print("all:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[1]
    print("all:", sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
print("outside: asyncio.run returned")
