# en: Title: gather collects results in order
# en: Notice: results come back in argument order even though the short jobs finish first.
# ko: 제목: gather는 결과를 순서대로 모읍니다
# ko: 살펴볼 점: 짧은 작업이 먼저 끝나도 결과는 인자 순서대로 돌아옵니다.
import asyncio

async def square(n, delay):
    await asyncio.sleep(delay)
    print(f"square({n}) finished")
    return n * n

async def main():
    results = await asyncio.gather(square(3, 1.5), square(4, 0.5), square(5, 1.0))
    print("results:", results)

asyncio.run(main())
