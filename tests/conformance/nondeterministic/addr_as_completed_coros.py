import asyncio

async def fetch(url, delay):
    print("start", url)
    await asyncio.sleep(delay)
    return url

async def main():
    coros = [fetch("a.com", 0.3), fetch("b.com", 0.1), fetch("c.com", 0.2)]
    for next_done in asyncio.as_completed(coros):
        print("got", await next_done)

asyncio.run(main())
