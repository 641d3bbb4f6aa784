# en: Title: Sequential awaits add up
# en: Notice: each await waits for the previous one, so 1 s + 2 s + 1 s = 4 s total; one lane only.
# ko: 제목: 순차 await는 시간이 더해집니다
# ko: 살펴볼 점: 각 await가 앞의 작업을 기다리므로 1초 + 2초 + 1초 = 총 4초, 레인은 하나뿐입니다.
import asyncio

async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink

async def main():
    await brew("coffee", 1)
    await brew("tea", 2)
    await brew("cocoa", 1)
    print("all done")

asyncio.run(main())
