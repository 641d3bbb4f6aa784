# asyncio's names as CPython's package has them in each version: dir() (no helper of the
# simulator's), __all__ (its submodules' in order), `from asyncio import *` binding exactly
# __all__, the submodules and their __all__, the private names of its namespace. Pyodide's 3.14
# (Emscripten) has no AF_UNIX, so the Unix-socket streams (Linux's) are left out of what is printed.
import asyncio

UNIX = {'open_unix_connection', 'start_unix_server'}


def shown(seq):
    kept = [n for n in seq if n not in UNIX]
    return tuple(kept) if isinstance(seq, tuple) else kept


names = [n for n in dir(asyncio) if not n.startswith('__')]
print(len(shown(names)))
print(shown(names))
print(shown(asyncio.__all__))
print(sorted(n for n in set(names) - set(asyncio.__all__)))
print(asyncio.__name__, '__all__' in dir(asyncio), '__all__' in vars(asyncio))
for sub in names:
    m = getattr(asyncio, sub)
    if isinstance(m, type(asyncio)):
        all_ = getattr(m, '__all__', None)
        print(sub, m.__name__, all_ if all_ is None else shown(all_))
print(sorted(n for n in vars(asyncio) if n.startswith('_') and not n.startswith('__')))
print(asyncio.SendfileNotAvailableError.__mro__)
print(asyncio.BufferedProtocol.__mro__)
print(asyncio.exceptions.SendfileNotAvailableError is asyncio.SendfileNotAvailableError)
print(asyncio.events.get_event_loop is asyncio.get_event_loop, asyncio.locks.Lock is asyncio.Lock)

before = set(globals())
from asyncio import *

bound = set(globals()) - before - {'before'}
print(sorted(bound) == sorted(asyncio.__all__), all(globals()[n] is getattr(asyncio, n) for n in bound))
print(sorted(n for n in bound if n.startswith('_')))
