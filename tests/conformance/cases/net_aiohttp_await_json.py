# sim: latency https://api.example.com/users 0.25
# sim: latency https://api.example.com 0.75
import asyncio
import aiohttp
import requests

async def fetch_json(session, url):
    async with session.get(url) as r:
        return await r.json()

async def main():
    async with aiohttp.ClientSession() as session:
        resp = await session.get("https://api.example.com/users/1")
        print(resp.status, resp.url, await resp.json())
        resp = await session.post("https://api.example.com/orders", json={"x": 1})
        print(resp.status, await resp.text())
        urls = ("https://api.example.com/users/2", "https://example.org/")
        tasks = [asyncio.create_task(fetch_json(session, u)) for u in urls]
        for t in tasks:
            print("task result", await t)
    r = requests.post("https://api.example.com/users/9")
    print(r.status_code, r.json(), r.ok)

asyncio.run(main())
