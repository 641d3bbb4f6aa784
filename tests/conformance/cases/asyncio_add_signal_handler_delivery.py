# loop.add_signal_handler's callbacks run when the program signals itself (os.kill): the signal
# goes through the loop's self-pipe, whose reader runs as a callback one iteration later and puts
# the handler's callback on the ready queue for the iteration after (so the ticker's steps come
# between). A plain signal.signal handler runs inside os.kill. The loop's close puts the default
# handlers back.
import asyncio
import os
import signal


def on_signal(name, loop):
    print("loop handler", name, round(loop.time() - t0, 2))


async def ticker(tag):
    for i in range(4):
        print(tag, i)
        await asyncio.sleep(0)


async def main():
    global t0
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.add_signal_handler(signal.SIGUSR1, on_signal, "USR1", loop)
    loop.add_signal_handler(signal.SIGTERM, on_signal, "TERM", loop)
    print(signal.getsignal(signal.SIGUSR1).__name__, signal.getsignal(signal.SIGINT).func.__name__)
    t = asyncio.create_task(ticker("t"))
    await asyncio.sleep(0)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after kill")
    await asyncio.sleep(0)
    print("one sleep later")
    await asyncio.sleep(0)
    print("two sleeps later")
    loop.call_later(0.5, os.kill, os.getpid(), signal.SIGTERM)
    await asyncio.sleep(1)
    await t
    os.kill(os.getpid(), signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGTERM)
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.1)
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM),
          signal.getsignal(signal.SIGTERM))
    signal.signal(signal.SIGUSR2, lambda s, f: print("python handler", s))
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0)
    signal.signal(signal.SIGUSR1, lambda s, f: print("python handler replaces the no-op", s))
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after the last kill")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end of main")


asyncio.run(main())
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGTERM))
