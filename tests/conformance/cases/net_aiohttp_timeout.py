# sim: latency https://slow.example.com 3
# sim: latency https://fast.example.com 0.2
import asyncio
import aiohttp

async def get(session, url, **kw):
    try:
        async with session.get(url, **kw) as r:
            return f"{r.status} {await r.text()}"
    except TimeoutError:
        return f"timeout {url}"

async def main():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=1)) as s:
        print(await get(s, "https://fast.example.com/a"))
        print(await get(s, "https://slow.example.com/b"))
        print(await get(s, "https://slow.example.com/c", timeout=5))
    async with aiohttp.ClientSession() as s:
        print(await get(s, "https://other.example.com/d", timeout=0.5))

asyncio.run(main())
