# asyncio's functions are Python functions in CPython, whatever runs them: a framework that checks
# inspect.iscoroutinefunction before awaiting, prints a handler's repr, or reads its signature and
# code object to build a command line sees the same facts for sleep, gather or run as for its own.
import asyncio
import functools
import inspect
import sys

names = [
    "sleep", "gather", "wait", "wait_for", "shield", "as_completed", "ensure_future",
    "create_task", "run", "to_thread", "wrap_future", "isfuture", "iscoroutine",
    "new_event_loop", "set_event_loop", "open_connection",
    "run_coroutine_threadsafe", "create_subprocess_exec", "create_subprocess_shell",
]


def where(code):
    # The library's folder differs from one installation to another: from asyncio/ on.
    return code.co_filename[code.co_filename.rindex("asyncio/"):]


for name in names:
    fn = getattr(asyncio, name)
    code = fn.__code__
    print(name, type(fn).__name__, repr(fn).split(" at 0x")[0], inspect.isfunction(fn),
          inspect.isbuiltin(fn), inspect.iscoroutinefunction(fn))
    print("   ", inspect.signature(fn), fn.__defaults__, fn.__kwdefaults__)
    print("   ", code.co_name, where(code), code.co_firstlineno, code.co_argcount,
          code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames, hex(code.co_flags))
    print("   ", hasattr(fn, "__wrapped__"), repr(code).split(" at 0x")[0])

sleep_params = inspect.signature(asyncio.sleep).parameters
print(list(sleep_params), sleep_params["result"].default)
print(inspect.signature(asyncio.sleep).bind(1).arguments)


def run_handler(handler, *args):
    # Dispatch as a framework does: coroutine functions are awaited, plain ones called.
    if inspect.iscoroutinefunction(handler):
        return asyncio.run(handler(*args))
    return handler(*args)


print(run_handler(asyncio.sleep, 0.25, "slept"))
coro = asyncio.sleep(1)
print(repr(coro).split(" at 0x")[0], type(coro).__name__)
coro.close()


class Clock:
    nap = asyncio.sleep


async def main():
    # A function bound as a method gets the instance first, as any function does.
    print(await Clock().nap(0.5) is None)
    bound = functools.partial(asyncio.sleep, 0.1)
    print(inspect.iscoroutinefunction(bound), await bound("partial"))
    print(await asyncio.wait_for(asyncio.sleep(0.1, "on time"), 1))


try:
    asyncio.run(main())
except TypeError as e:
    print("TypeError:", e)
print(sys.version_info >= (3, 12) and asyncio.sleep.__type_params__)
