# en: Title: sleep(0) takes turns
# en: Notice: await asyncio.sleep(0) yields to the loop without waiting, so the two counters interleave at 0 s.
# ko: 제목: sleep(0)으로 차례 양보하기
# ko: 살펴볼 점: await asyncio.sleep(0)은 기다리지 않고 루프에 양보하므로 두 카운터가 0초에 번갈아 실행됩니다.
import asyncio

async def count(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(count("A", 3), count("B", 3))

asyncio.run(main())
