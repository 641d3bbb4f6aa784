# en: Title: A Lock protects a read-modify-write
# en: Notice: without the lock the awaits between read and write lose updates; with it, each update waits its turn.
# ko: 제목: Lock으로 읽기-수정-쓰기 보호하기
# ko: 살펴볼 점: 락이 없으면 읽기와 쓰기 사이의 await 때문에 갱신이 사라지고, 락이 있으면 차례를 기다립니다.
import asyncio

balance = 0

async def deposit_unsafe(amount):
    global balance
    current = balance
    await asyncio.sleep(0.1)
    balance = current + amount

async def deposit_safe(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.1)
        balance = current + amount

async def main():
    global balance
    await asyncio.gather(*(deposit_unsafe(10) for _ in range(3)))
    print("without lock:", balance)
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit_safe(lock, 10) for _ in range(3)))
    print("with lock:", balance)

asyncio.run(main())
