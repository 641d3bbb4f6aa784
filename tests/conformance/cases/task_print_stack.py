# Task.get_stack() and Task.print_stack(): a task not started or suspended shows its coroutine's
# frame, one that raised shows the traceback of its exception, a finished or cancelled one has none.
import asyncio
import contextlib
import io
import os


async def leaf():
    await asyncio.sleep(1)


async def middle():
    await leaf()


def check(n):
    if n > 1:
        raise ValueError(f"bad {n}")


async def boom():
    await asyncio.sleep(0)
    check(2)


async def quick():
    return 1


def show(task, **kw):
    # The output names the program's file; printed with its base name only.
    out = io.StringIO()
    task.print_stack(file=out, **kw)
    print(out.getvalue().replace(__file__, os.path.basename(__file__)), end="")


def describe(task, **kw):
    frames = task.get_stack(**kw)
    print(len(frames), [(f.f_code.co_name, f.f_lineno) for f in frames])


async def main():
    t = asyncio.create_task(middle(), name="mid")
    describe(t)
    show(t)
    await asyncio.sleep(0)
    describe(t)
    describe(t, limit=0)
    describe(t, limit=-1)
    show(t)
    show(t, limit=0)
    # Without file: the header is print()'s (stdout), the frames print_list's (stderr).
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        t.print_stack()
    for name, stream in (("stdout", out), ("stderr", err)):
        print(name, repr(stream.getvalue().replace(__file__, os.path.basename(__file__))))

    b = asyncio.create_task(boom(), name="boom")
    await asyncio.sleep(0.1)
    describe(b)
    describe(b, limit=1)
    show(b)
    show(b, limit=1)

    q = asyncio.create_task(quick())
    await q
    describe(q)
    show(q)

    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    describe(t)
    show(t)
    # print_stack reads the exception without retrieving it: still "never retrieved" unless awaited.
    try:
        await b
    except ValueError as e:
        print("awaited:", e)


asyncio.run(main())
