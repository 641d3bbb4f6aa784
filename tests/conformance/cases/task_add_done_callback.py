import asyncio

def report(task):
    print("callback:", task.get_name(), "->", task.result())

def second(task):
    print("second callback for", task.get_name())

async def work(x):
    await asyncio.sleep(x)
    print("work", x, "returning")
    return x * 2

async def main():
    t = asyncio.create_task(work(1), name="worker")
    t.add_done_callback(report)
    t.add_done_callback(second)
    t.add_done_callback(second)
    print("removed", t.remove_done_callback(second))
    await t
    print("after await")
    await asyncio.sleep(0)
    print("late add")
    t.add_done_callback(report)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
