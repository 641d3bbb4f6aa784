# en: Title: The same work with asyncio
# en: Notice: the three downloads take the same 1 s as on threads, but as tasks of one thread: no worker threads, no thread lanes. Compare it with 19_threads_same_work.
# ko: 제목: 같은 작업을 asyncio로
# ko: 살펴볼 점: 세 다운로드가 스레드로 할 때와 같은 1초가 걸리지만, 한 스레드 안의 태스크로 실행됩니다. 작업 스레드도, 스레드 레인도 없습니다. 19_threads_same_work와 비교해 보세요.
import asyncio

async def download(name):
    await asyncio.sleep(1)  # gives the loop back until the timer is due
    return f"{name} done"

async def main():
    results = await asyncio.gather(
        download("a"),
        download("b"),
        download("c"),
    )
    print(results)

asyncio.run(main())
