# en: Title: create_task runs things side by side
# en: Notice: the tasks start at the next loop iteration and overlap; total time is the longest, 2 s.
# ko: 제목: create_task로 동시에 실행하기
# ko: 살펴볼 점: 태스크는 다음 루프 반복에서 시작되어 겹쳐 실행되고, 총 시간은 가장 긴 2초입니다.
import asyncio

async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink

async def main():
    t1 = asyncio.create_task(brew("coffee", 1))
    t2 = asyncio.create_task(brew("tea", 2))
    t3 = asyncio.create_task(brew("cocoa", 1))
    print("orders placed")
    await t1
    await t2
    await t3
    print("all done")

asyncio.run(main())
