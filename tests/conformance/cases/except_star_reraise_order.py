# What a try/except* raises at its end (PEP 654): the exceptions its handlers raised, in handler
# order, then one group shaped like the original holding every re-raised or unhandled leaf. A naked
# exception a handler matches is wrapped in a group whose args hold a tuple.
import asyncio


def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            print("   ", [repr(x.__context__) for x in e.exceptions])
    else:
        print(label, "-> nothing")


def converted():
    try:
        raise ExceptionGroup("many", [OSError("disk"), RuntimeError("x")])
    except* OSError as e:
        raise ValueError("converted") from e


def bare_reraise():
    try:
        raise ExceptionGroup("many", [OSError("disk"), RuntimeError("x"), OSError("net")])
    except* OSError:
        raise


def mixed():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
    except* TypeError:
        raise RuntimeError("a")
    except* ValueError:
        raise RuntimeError("b")


def keeps_shape():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
    except* TypeError:
        raise
    except* KeyError:
        pass


def naked_reraise():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("handler sees", repr(e), e.args)
        raise


def naked_unmatched():
    try:
        raise ValueError(1)
    except* TypeError:
        pass


def one_raised():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("only")
    except* TypeError:
        pass


for name, fn in [("converted", converted), ("bare_reraise", bare_reraise), ("mixed", mixed),
                 ("keeps_shape", keeps_shape), ("naked_reraise", naked_reraise),
                 ("naked_unmatched", naked_unmatched), ("one_raised", one_raised)]:
    show(name, fn)

excs = [ValueError(1)]
eg = ExceptionGroup("m", excs)
excs.append(KeyError(2))
print(repr(eg), eg.args, len(eg.exceptions))
print(repr(ExceptionGroup("t", (TypeError(3),))))


async def fails(n):
    await asyncio.sleep(0.01 * n)
    raise OSError(f"task {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2):
                tg.create_task(fails(n))
    except* OSError as e:
        raise LookupError("wrapped") from e


try:
    asyncio.run(main())
except Exception as e:
    print("main ->", repr(e), repr(e.__cause__))
