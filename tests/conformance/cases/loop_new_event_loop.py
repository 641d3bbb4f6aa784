import asyncio

async def compute(x):
    await asyncio.sleep(x)
    loop = asyncio.get_running_loop()
    print("running loop is ours:", loop is main_loop)
    return x * 10

main_loop = asyncio.new_event_loop()
print(main_loop.is_running(), main_loop.is_closed())
r1 = main_loop.run_until_complete(compute(1))
r2 = main_loop.run_until_complete(compute(2))
print(r1, r2, main_loop.time())
main_loop.close()
try:
    main_loop.run_until_complete(compute(3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
