# asyncio's names that CPython takes from its C accelerator _asyncio: built-in functions of that
# module (current_task from 3.12; 3.11's is tasks.py's function), in the package and in the
# submodule that defines the Python version.
import asyncio
import asyncio.events
import asyncio.tasks

names = ['current_task', '_enter_task', '_leave_task', '_register_task', '_unregister_task',
         'get_running_loop', '_get_running_loop', 'get_event_loop', '_set_running_loop']
for name in names:
    f = getattr(asyncio, name)
    shown = repr(f).split(' at 0x')[0]
    print(name, type(f).__name__, f.__module__, f.__qualname__, shown)
print([n for n in names if getattr(asyncio.events, n, None) is not None and getattr(asyncio.events, n) is not getattr(asyncio, n)])
print([n for n in names if getattr(asyncio.tasks, n, None) is not None and getattr(asyncio.tasks, n) is not getattr(asyncio, n)])
