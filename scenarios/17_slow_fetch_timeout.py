# en: Title: A network timeout with aiohttp
# en: Notice: the slow server takes 3 s but the client gives up after 1 s; the fast one answers in 0.5 s.
# ko: 제목: aiohttp의 네트워크 타임아웃
# ko: 살펴볼 점: 느린 서버는 3초가 걸리지만 클라이언트가 1초 뒤에 포기하고, 빠른 서버는 0.5초에 응답합니다.
# sim: latency http://slow.example 3.0
# sim: latency http://fast.example 0.5
import asyncio
import aiohttp

async def fetch(session, url):
    try:
        async with session.get(url, timeout=1) as response:
            print(url, "->", response.status)
    except TimeoutError:
        print(url, "-> timed out")

async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(fetch(session, "http://slow.example/a"), fetch(session, "http://fast.example/b"))

asyncio.run(main())
