# en: Title: TaskGroup waits for every child
# en: Notice: leaving the async with block waits for all three children; the parent lane idles until then.
# ko: 제목: TaskGroup은 모든 자식을 기다립니다
# ko: 살펴볼 점: async with 블록을 빠져나올 때 세 자식이 모두 끝날 때까지 기다리며, 그동안 부모 레인은 쉽니다.
import asyncio

async def download(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} downloaded")
    return len(name)

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(download("photo.jpg", 1))
        b = tg.create_task(download("song.mp3", 2))
        c = tg.create_task(download("notes.txt", 0.5))
    print("sizes:", a.result(), b.result(), c.result())

asyncio.run(main())
