import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
count = 0

def tick():
    global count
    count += 1
    print("tick", count, loop.time())
    if count < 3:
        loop.call_later(1, tick)
    else:
        loop.stop()

async def side():
    await asyncio.sleep(1.5)
    print("side task done")

loop.call_soon(tick)
loop.create_task(side())
loop.run_forever()
print("stopped, running:", loop.is_running())
loop.close()
print("closed:", loop.is_closed())
