# CPython imports its C accelerator _asyncio with asyncio (from asyncio.events, just before that
# submodule goes in sys.modules): the Task and Future classes are _asyncio's, and so are the
# built-in functions asyncio takes from it.
import sys

print('_asyncio' in sys.modules)
import asyncio

print('_asyncio' in sys.modules)
names = [m for m in sys.modules if m == '_asyncio' or m.startswith('asyncio.')]
print(names[names.index('_asyncio') + 1])
import _asyncio

print(_asyncio.__name__, _asyncio.Task is asyncio.Task, _asyncio.Future is asyncio.Future)
print(asyncio.Task.__module__, asyncio.Future.__module__, asyncio.Task, asyncio.Future)
for name in ['get_running_loop', '_get_running_loop', '_set_running_loop', 'get_event_loop']:
    print(name, getattr(_asyncio, name) is getattr(asyncio, name), getattr(_asyncio, name))


async def main():
    t = asyncio.current_task()
    fut = asyncio.get_running_loop().create_future()
    print(type(t), type(t).__module__, type(t).__mro__, type(fut))
    print(isinstance(t, _asyncio.Task), isinstance(fut, _asyncio.Future), isinstance(t, _asyncio.Future))


asyncio.run(main())
