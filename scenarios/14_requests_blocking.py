# en: Title: requests blocks, one URL after another
# en: Notice: every requests.get stops the loop for its full latency, so three 1 s requests take 3 s.
# ko: 제목: requests는 한 URL씩 막으며 진행합니다
# ko: 살펴볼 점: requests.get은 지연 시간 내내 루프를 멈추므로 1초짜리 요청 세 개에 3초가 걸립니다.
# sim: latency http://example.com 1.0
import asyncio
import requests

async def fetch(url):
    response = requests.get(url)
    print(url, response.status_code)

async def main():
    urls = [f"http://example.com/page{i}" for i in range(3)]
    await asyncio.gather(*(fetch(u) for u in urls))
    print("done")

asyncio.run(main())
