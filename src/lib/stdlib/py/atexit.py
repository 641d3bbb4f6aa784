# `atexit`: functions to call when the interpreter exits, last registered first. They run after
# the program's module code and its non-daemon threads end (also after an uncaught exception or
# sys.exit), before the interpreter's shutdown finalizes what is left; os._exit and a stopped run
# skip them. A callback that raises is reported on stderr and the rest still run. As in CPython's
# C module before 3.14, unregister leaves a hole where a callback was, and _ncallbacks() counts
# holes too; 3.14 removes it.

import sys as _sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    for i, c in enumerate(_callbacks):
        if c is not None and c[0] == func:
            _callbacks[i] = None
    if _sys.version_info >= (3, 14):
        _callbacks[:] = [c for c in _callbacks if c is not None]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    _callbacks.clear()


def _run_exitfuncs():
    # Those registered by then, last first; one registered meanwhile is not called.
    for i in reversed(range(len(_callbacks))):
        c = _callbacks[i] if i < len(_callbacks) else None
        if c is None:
            continue
        func, args, kwargs = c
        try:
            func(*args, **kwargs)
        except BaseException as e:
            if _sys.version_info >= (3, 13):
                _sys.stderr.write(f'Exception ignored in atexit callback {func!r}:\n')
            else:
                _sys.stderr.write(f'Exception ignored in atexit callback: {func!r}\n')
            import traceback
            traceback.print_exception(e)
    _callbacks.clear()

# CPython writes the module in C: `<built-in function register>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('atexit', globals(), 'register unregister')
del _c_functions
