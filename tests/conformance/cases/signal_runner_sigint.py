# Runner.run (and asyncio.run) puts its own SIGINT handler in place while its task runs, when the
# default one is set, and puts the default back after unless the program changed it meanwhile.
import asyncio
import signal


async def main():
    h = signal.getsignal(signal.SIGINT)
    print("default inside run:", h is signal.default_int_handler)
    print(type(h).__name__, h.func.__name__, type(h.func.__self__).__name__)
    print("main_task is current:", h.keywords["main_task"] is asyncio.current_task(), list(h.keywords))
    print("args:", h.args)


print("before:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
asyncio.run(main())
print("after:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
with asyncio.Runner() as r:
    r.run(main())
    print("between runs:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def own():
    print("own handler kept:", signal.getsignal(signal.SIGINT) is handler)
    signal.signal(signal.SIGINT, other)


def handler(signum, frame):
    pass


def other(signum, frame):
    pass


signal.signal(signal.SIGINT, handler)
asyncio.run(own())
print("after own:", signal.getsignal(signal.SIGINT).__name__)
signal.signal(signal.SIGINT, signal.default_int_handler)


async def changes():
    signal.signal(signal.SIGINT, handler)


asyncio.run(changes())
print("changed inside run kept:", signal.getsignal(signal.SIGINT) is handler)
