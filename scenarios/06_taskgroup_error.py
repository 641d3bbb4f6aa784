# en: Title: A failing child cancels its siblings
# en: Notice: when one child raises, TaskGroup cancels the others and raises an ExceptionGroup.
# ko: 제목: 실패한 자식은 형제를 취소합니다
# ko: 살펴볼 점: 자식 하나가 예외를 던지면 TaskGroup이 나머지를 취소하고 ExceptionGroup을 발생시킵니다.
import asyncio

async def worker(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(f"{name} broke")
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("slow", 3))
            tg.create_task(worker("faulty", 1, fail=True))
            tg.create_task(worker("quick", 0.5))
    except* ValueError as eg:
        print("caught:", eg.exceptions[0])

asyncio.run(main())
