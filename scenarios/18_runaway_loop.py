# en: Title: A task that never yields
# en: Notice: a loop with no await never gives control back; Loopline stops it and says where.
# ko: 제목: 양보하지 않는 태스크
# ko: 살펴볼 점: await 없는 반복문은 루프에 제어를 돌려주지 않으며, Loopline이 이를 멈추고 위치를 알려 줍니다.
import asyncio

async def spinner():
    n = 0
    while True:
        n += 1

async def main():
    asyncio.create_task(spinner())
    await asyncio.sleep(1)
    print("never printed")

asyncio.run(main())
