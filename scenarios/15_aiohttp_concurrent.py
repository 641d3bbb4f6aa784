# en: Title: aiohttp waits without blocking
# en: Notice: the same three requests overlap on the simulated network and finish together after 1 s.
# ko: 제목: aiohttp는 막지 않고 기다립니다
# ko: 살펴볼 점: 같은 세 요청이 시뮬레이션 네트워크에서 겹쳐 진행되어 1초 뒤에 함께 끝납니다.
# sim: latency http://example.com 1.0
import asyncio
import aiohttp

async def fetch(session, url):
    async with session.get(url) as response:
        body = await response.text()
        print(url, response.status, len(body))

async def main():
    async with aiohttp.ClientSession() as session:
        urls = [f"http://example.com/page{i}" for i in range(3)]
        await asyncio.gather(*(fetch(session, u) for u in urls))
    print("done")

asyncio.run(main())
