# SystemExit and KeyboardInterrupt (and their subclasses) raised in a task or a callback end the
# loop's run as CPython's Task.__step and Handle._run let them through; the loop can run again.
import asyncio
import sys


class Quit(SystemExit):
    pass


class Stop(KeyboardInterrupt):
    pass


async def interrupt(delay):
    await asyncio.sleep(delay)
    raise KeyboardInterrupt


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.2)


# run_until_complete's done callback must not stop the loop's next run.
loop = asyncio.new_event_loop()
t = loop.create_task(ticker())
try:
    loop.run_until_complete(interrupt(0.5))
except KeyboardInterrupt:
    print("interrupted; ticker done:", t.done())
loop.run_until_complete(t)
loop.close()


async def quitter():
    await asyncio.sleep(0.5)
    raise Quit(7)


def stop_callback():
    print("callback")
    raise Stop("from a callback")


async def main_quit():
    asyncio.create_task(quitter())
    await asyncio.sleep(1)
    print("never printed")


async def main_stop():
    asyncio.get_running_loop().call_later(0.5, stop_callback)
    try:
        await asyncio.sleep(1)
    finally:
        print("main_stop finally")


try:
    asyncio.run(main_quit())
except SystemExit as e:
    print("exit", type(e).__name__, e.code)
try:
    asyncio.run(main_stop())
except KeyboardInterrupt as e:
    print("interrupt", repr(e))


async def slow(n):
    try:
        await asyncio.sleep(n)
        print("slow done", n)
    finally:
        print("slow finally", n)
    return n


async def main_gather():
    # return_exceptions=True does not collect a KeyboardInterrupt: it leaves the loop first.
    # (One task is left for asyncio.run to cancel: two would be cancelled in set order.)
    r = await asyncio.gather(interrupt(0.5), slow(0.2), return_exceptions=True)
    print("never printed", r)


try:
    asyncio.run(main_gather())
except KeyboardInterrupt as e:
    print("gather interrupted", repr(e))


async def exiter():
    print("exiter")
    sys.exit(4)


async def main_exit():
    asyncio.create_task(exiter())
    await asyncio.sleep(1)
    print("never printed")


asyncio.run(main_exit())
print("never printed")
