import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(1, print, "a callback ran")
print("running until a future nobody resolves is done")
loop.run_until_complete(fut)
