# An uncaught exception ends the program, and the interpreter still calls atexit's functions on
# the way out (after the traceback), with what the program left behind.
import asyncio
import atexit

done = []


def report():
    print(f"exit report: {len(done)} finished, last={done[-1] if done else None}")


atexit.register(report)


async def job(n):
    await asyncio.sleep(n / 10)
    if n == 3:
        raise ConnectionError(f"job {n} lost its connection")
    done.append(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(5):
            tg.create_task(job(n))


asyncio.run(main())
