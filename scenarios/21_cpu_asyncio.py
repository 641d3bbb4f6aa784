# en: Title: Compute and wait: asyncio
# en: Notice: the four jobs wait for their downloads together, but their computing runs one after another on the loop's thread, and the loop does nothing else meanwhile. Compare it with 22 (threads) and 23 (processes); 24 runs all three.
# ko: 제목: 계산과 기다림: asyncio
# ko: 살펴볼 점: 네 작업이 다운로드는 함께 기다리지만, 계산은 루프의 스레드에서 하나씩 차례로 돌고 그동안 루프는 아무것도 못 합니다. 22(스레드), 23(프로세스)과 비교해 보세요. 24는 세 방식을 모두 실행합니다.
import asyncio
import time
from multiprocessing import cpu_count

def crunch(n):
    total = 0
    for i in range(n):  # pure Python arithmetic: holds the GIL the whole time
        total += i % 7
    return total

async def job(name):
    await asyncio.sleep(0.1)  # I/O: the loop runs the other jobs meanwhile
    return crunch(300_000)  # CPU: the loop waits until it returns

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(job(i) for i in range(4)))
    print(f"{len(results)} jobs in {time.perf_counter() - start:.2f} s on {cpu_count()} cores")

asyncio.run(main())
