# en: Title: wait_for and timeout give up on slow work
# en: Notice: the 3 s job is cancelled at the 1 s deadline and TimeoutError is raised to the caller.
# ko: 제목: wait_for와 timeout으로 느린 작업 포기하기
# ko: 살펴볼 점: 3초짜리 작업이 1초 기한에 취소되고 호출한 쪽에 TimeoutError가 전달됩니다.
import asyncio

async def slow_job():
    try:
        await asyncio.sleep(3)
        return "finished"
    except asyncio.CancelledError:
        print("slow_job cancelled")
        raise

async def main():
    try:
        print(await asyncio.wait_for(slow_job(), timeout=1))
    except TimeoutError:
        print("wait_for gave up")
    try:
        async with asyncio.timeout(0.5):
            await slow_job()
    except TimeoutError:
        print("timeout block gave up")
    print(await asyncio.wait_for(slow_job(), timeout=5))

asyncio.run(main())
