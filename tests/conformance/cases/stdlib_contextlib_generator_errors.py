# contextmanager's and asynccontextmanager's protocol errors and exception paths: a generator that
# never yields, one that yields twice (after a clean exit and after a thrown error), one that
# swallows the error, one that raises another, a StopIteration from the body; suppress with an
# exception group (3.12+ splits it, 3.11 does not); nullcontext both ways. (Not here: an async
# generator yielding again after athrow(), which CPython keeps alive in a reference cycle until
# asyncio.run's shutdown_asyncgens, a lifetime the simulator does not model.)
import asyncio
import contextlib


def describe(e):
    ctx = type(e.__context__).__name__ if e.__context__ is not None else None
    cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
    return f"{type(e).__name__}: {e} (context {ctx}, cause {cause}, suppress {e.__suppress_context__})"


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def twice():
    try:
        yield 1
    except ValueError:
        pass
    yield 2


@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


@contextlib.contextmanager
def convert():
    try:
        yield
    except KeyError as e:
        raise TypeError("converted") from e


@contextlib.contextmanager
def plain():
    yield "plain"


def sync_cases():
    for label, make, body_error in [
        ("no yield", no_yield, None),
        ("twice clean", twice, None),
        ("twice thrown", twice, ValueError("v")),
        ("swallow", swallow, KeyError("k")),
        ("convert", convert, KeyError("k")),
        ("stop iteration", plain, StopIteration(7)),
        ("runtime error", plain, RuntimeError("r")),
    ]:
        try:
            with make() as value:
                if body_error is not None:
                    raise body_error
            print(label, "-> ok", value)
        except BaseException as e:
            print(label, "->", describe(e), e is body_error)


@contextlib.asynccontextmanager
async def a_no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def a_twice():
    try:
        yield 1
    except ValueError:
        pass
    yield 2


@contextlib.asynccontextmanager
async def a_plain():
    yield "plain"


async def async_cases():
    for label, make, body_error in [
        ("a no yield", a_no_yield, None),
        ("a twice clean", a_twice, None),
        ("a stop iteration", a_plain, lambda: StopIteration(8)),
        ("a stop async", a_plain, lambda: StopAsyncIteration(9)),
    ]:
        # Errors made in the body: none is kept alive (with the generator's frame) past its case.
        try:
            async with make() as value:
                if body_error is not None:
                    raise body_error()
            print(label, "-> ok", value)
        except BaseException as e:
            print(label, "->", describe(e))
    async with contextlib.nullcontext(5) as five:
        print("async nullcontext", five)


sync_cases()
asyncio.run(async_cases())
with contextlib.nullcontext() as nothing:
    print("nullcontext", nothing)
with contextlib.suppress(KeyError):
    raise KeyError("gone")
print("suppressed KeyError")
for group in (
    ExceptionGroup("all keys", [KeyError(1), KeyError(2)]),
    ExceptionGroup("mixed", [KeyError(1), ValueError(2)]),
):
    try:
        with contextlib.suppress(KeyError):
            raise group
        print(group.message, "-> suppressed")
    except BaseException as e:
        print(group.message, "->", type(e).__name__, e, e is group, [repr(x) for x in e.exceptions])
try:
    with contextlib.suppress(KeyError):
        raise ValueError("kept")
except ValueError as e:
    print("not suppressed", e)
