import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n * n

async def main():
    tasks = [asyncio.create_task(job(n), name=f"job-{n}") for n in range(1, 5)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    for t in done:
        print(t.get_name(), t.result())

asyncio.run(main())
