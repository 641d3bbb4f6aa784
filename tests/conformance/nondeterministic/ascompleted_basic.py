import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:{delay}"

async def main():
    coros = [job("a", 0.3), job("b", 0.1), job("c", 0.2)]
    for fut in asyncio.as_completed(coros):
        print("next:", await fut)
    try:
        for fut in asyncio.as_completed([job("d", 1), job("e", 0.2)], timeout=0.5):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
