import asyncio

async def forever():
    print("forever starts")
    await asyncio.sleep(3600)

loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(1))
print("task done?", task.done())
loop.close()
print("loop closed with a pending task")
