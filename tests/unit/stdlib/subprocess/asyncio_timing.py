# asyncio children that sleep: their output and exit come on the virtual clock, beside a ticker task.
import asyncio
import time


async def tick():
    for i in range(4):
        print('tick', i, time.time())
        await asyncio.sleep(0.5)


async def main():
    proc = await asyncio.create_subprocess_shell('sleep 1; echo done', stdout=asyncio.subprocess.PIPE)
    t = asyncio.create_task(tick())
    out, _ = await proc.communicate()
    print(out, proc.returncode, time.time())
    await t
    procs = [await asyncio.create_subprocess_exec('sleep', str(n)) for n in (2, 1)]
    print(await asyncio.gather(*(p.wait() for p in procs)), time.time())
    p = await asyncio.create_subprocess_exec('sleep', '5')
    try:
        await asyncio.wait_for(p.wait(), 1)
    except TimeoutError:
        print('timeout', time.time(), p.returncode)
    p.kill()
    print(await p.wait(), time.time())

asyncio.run(main())
