# en: Title: time.sleep freezes the whole loop
# en: Notice: the heartbeat stops ticking while the loop is blocked by time.sleep(2); asyncio.sleep would not.
# ko: 제목: time.sleep은 루프 전체를 멈춥니다
# ko: 살펴볼 점: time.sleep(2)로 루프가 막혀 있는 동안 하트비트가 멈춥니다. asyncio.sleep이라면 그렇지 않습니다.
import asyncio
import time

async def heartbeat():
    for i in range(6):
        print("beat", i)
        await asyncio.sleep(0.5)

async def blocker():
    await asyncio.sleep(0.75)
    print("blocking for 2 s")
    time.sleep(2)
    print("unblocked")

async def main():
    await asyncio.gather(heartbeat(), blocker())

asyncio.run(main())
