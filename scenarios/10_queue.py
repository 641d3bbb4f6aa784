# en: Title: Producer and consumers with a Queue
# en: Notice: consumers sleep on queue.get() until the producer puts an item; join() waits for task_done().
# ko: 제목: Queue를 이용한 생산자와 소비자
# ko: 살펴볼 점: 소비자는 생산자가 항목을 넣을 때까지 queue.get()에서 잠들고, join()은 task_done()을 기다립니다.
import asyncio

async def producer(queue):
    for item in range(4):
        await asyncio.sleep(0.5)
        await queue.put(item)
        print(f"put {item}")

async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(1)
        print(f"{name} handled {item}")
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue)
    await queue.join()
    for w in workers:
        w.cancel()
    print("queue drained")

asyncio.run(main())
