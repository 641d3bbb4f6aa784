# en: Title: Cancelling a task
# en: Notice: cancel() throws CancelledError into the task at its await; it can clean up before it ends.
# ko: 제목: 태스크 취소하기
# ko: 살펴볼 점: cancel()은 태스크가 멈춰 있는 await 지점에 CancelledError를 던지며, 태스크는 끝나기 전에 정리할 수 있습니다.
import asyncio

async def ticker():
    n = 0
    try:
        while True:
            await asyncio.sleep(0.5)
            n += 1
            print("tick", n)
    except asyncio.CancelledError:
        print("ticker cleaning up")
        raise

async def main():
    task = asyncio.create_task(ticker())
    await asyncio.sleep(1.75)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("ticker cancelled:", task.cancelled())

asyncio.run(main())
