# en: Title: A Semaphore limits concurrency
# en: Notice: only two downloads run at once; the others wait on the semaphore, so work comes in waves.
# ko: 제목: 세마포어로 동시 실행 개수 제한하기
# ko: 살펴볼 점: 동시에 두 개의 다운로드만 실행되고 나머지는 세마포어를 기다려서 작업이 물결처럼 진행됩니다.
import asyncio

limit = asyncio.Semaphore(2)

async def fetch(n):
    async with limit:
        print(f"start {n}")
        await asyncio.sleep(1)
        print(f"end {n}")

async def main():
    await asyncio.gather(*(fetch(n) for n in range(5)))

asyncio.run(main())
