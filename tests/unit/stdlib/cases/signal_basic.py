import asyncio
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGTERM.name, int(signal.SIGKILL), signal.Signals(15).name)
print(signal.SIG_DFL, repr(signal.SIG_IGN), signal.NSIG, signal.strsignal(signal.SIGTERM), signal.strsignal(2))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))


def on_term(signum, frame):
    print('term')


print(signal.signal(signal.SIGTERM, on_term), signal.getsignal(signal.SIGTERM) is on_term)
print(signal.signal(signal.SIGTERM, signal.SIG_IGN) is on_term, repr(signal.getsignal(signal.SIGTERM)))
try:
    signal.signal(signal.SIGKILL, on_term)
except OSError as e:
    print('OSError', e)
try:
    signal.signal(signal.SIGTERM, 5)
except TypeError as e:
    print(e)
print(signal.SIGUSR1 in signal.valid_signals(), len(signal.valid_signals()))


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, print, 'interrupted')
    print(loop.remove_signal_handler(signal.SIGINT), loop.remove_signal_handler(signal.SIGINT))
    for bad in ['x', 0, 99]:
        try:
            loop.add_signal_handler(bad, stop.set)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_signal_handler(signal.SIGKILL, stop.set)
    except RuntimeError as e:
        print('RuntimeError', e)

    async def coro():
        pass

    try:
        loop.add_signal_handler(signal.SIGTERM, coro)
    except TypeError as e:
        print(e)
    try:
        await asyncio.wait_for(stop.wait(), 0.5)
    except TimeoutError:
        print('no signal arrived')
    print(loop.remove_signal_handler(signal.SIGTERM))


asyncio.run(main())
