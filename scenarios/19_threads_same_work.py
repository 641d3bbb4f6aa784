# en: Title: The same work on threads
# en: Notice: each blocking download runs in a worker thread with a lane of its own; they sleep side by side, the loop waits in select(), and each thread holds the GIL only for an instant. Compare it with 20_asyncio_same_work.
# ko: 제목: 같은 작업을 스레드로
# ko: 살펴볼 점: 블로킹 다운로드가 각자 레인을 가진 작업 스레드에서 실행됩니다. 스레드들은 나란히 잠들고, 루프는 select()에서 기다리며, 각 스레드는 아주 잠깐만 GIL을 잡습니다. 20_asyncio_same_work와 비교해 보세요.
import asyncio
import time

def download(name):
    time.sleep(1)  # blocks this worker thread only, not the event loop
    return f"{name} done"

async def main():
    results = await asyncio.gather(
        asyncio.to_thread(download, "a"),
        asyncio.to_thread(download, "b"),
        asyncio.to_thread(download, "c"),
    )
    print(results)

asyncio.run(main())
