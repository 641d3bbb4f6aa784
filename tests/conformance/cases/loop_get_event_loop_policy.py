import asyncio

async def main():
    running = asyncio.get_running_loop()
    print("get_event_loop is running loop:", asyncio.get_event_loop() is running)
    print("is running:", running.is_running())
    print("debug:", running.get_debug())
    return "ok"

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("current loop set:", asyncio.get_event_loop() is loop)
print(loop.run_until_complete(main()))
loop.close()
