# sim: latency https://api.example.com 0.5
import asyncio
import time
import aiohttp
import requests

URLS = [f"https://api.example.com/item/{i}" for i in range(3)]

async def blocking_fetch_all():
    start = time.perf_counter()
    for url in URLS:
        r = requests.get(url)
        print("requests", r.status_code, len(r.text))
    print(f"requests total {time.perf_counter() - start:.1f}s")

async def fetch(session, url):
    async with session.get(url) as resp:
        return resp.status, await resp.text()

async def aiohttp_fetch_all():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, u) for u in URLS))
    for status, text in results:
        print("aiohttp", status, text)
    print(f"aiohttp total {time.perf_counter() - start:.1f}s")

async def main():
    await blocking_fetch_all()
    await aiohttp_fetch_all()

asyncio.run(main())
