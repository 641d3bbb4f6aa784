# en: Title: An Event wakes every waiter at once
# en: Notice: three tasks block on event.wait(); one set() at 1.5 s makes them all ready in the same iteration.
# ko: 제목: Event는 기다리는 모두를 한 번에 깨웁니다
# ko: 살펴볼 점: 세 태스크가 event.wait()에서 멈춰 있다가 1.5초의 set() 한 번으로 같은 반복에서 모두 준비 상태가 됩니다.
import asyncio

async def runner(name, start):
    await start.wait()
    print(f"{name} is off")

async def main():
    start = asyncio.Event()
    racers = [asyncio.create_task(runner(n, start)) for n in ("ant", "bee", "cat")]
    await asyncio.sleep(1.5)
    print("go!")
    start.set()
    await asyncio.gather(*racers)

asyncio.run(main())
