# What an except* clause raises goes on through an enclosing try of the same function whose
# except does not match it: the caller's traceback line is the caller's call, not the line of
# the raise inside the function (synchronous, in a coroutine, and past a finally).
import asyncio
import traceback


def sync_handler():
    try:
        try:
            raise ExceptionGroup("batch", [ValueError("v")])
        except* ValueError:
            raise RuntimeError("while handling batch")
    except KeyError:
        print("not reached")


def with_finally():
    try:
        try:
            raise ExceptionGroup("batch", [TypeError("t"), ValueError("v")])
        except* TypeError:
            raise LookupError("from except*")
    finally:
        print("finally ran")


async def worker(n):
    await asyncio.sleep(0.01 * n)
    try:
        try:
            raise ExceptionGroup(f"w{n}", [OSError(n)])
        except* OSError as eg:
            raise ConnectionError(f"worker {n} failed: {eg.exceptions[0]!r}")
    except ExceptionGroup:
        print("not reached")


async def supervise():
    try:
        await worker(1)
    except ConnectionError as e:
        show(e)


def show(exc):
    for line in traceback.format_exception(exc):
        for part in line.rstrip("\n").split("\n"):
            if part.lstrip().startswith("File"):
                print("   ", part.strip().split(", ", 1)[1])
    print("  ->", type(exc).__name__, exc)


def main():
    for fn in (sync_handler, with_finally):
        try:
            fn()
        except Exception as e:
            show(e)
    asyncio.run(supervise())


main()
with_finally()
