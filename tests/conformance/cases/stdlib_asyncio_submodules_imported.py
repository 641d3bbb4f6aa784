# Importing asyncio imports its submodules: each is in sys.modules (before the package itself, in the
# order the package imports them, asyncio.log among them), so inspect.getmodule finds the module a
# function's __module__ names, and importing one by name gives the module the package holds.
import sys
import asyncio
import inspect

mine = [name for name in sys.modules if name == 'asyncio' or name.startswith('asyncio.')]
print(len(mine), sorted(mine))
# The package goes in last; asyncio.log right after asyncio.transports, which imports it.
print(mine[-1], mine[mine.index('asyncio.transports') + 1])
print(mine.index('asyncio.constants') < mine.index('asyncio.events') < mine.index('asyncio.tasks'))
print('logging' in sys.modules)
for f in (asyncio.sleep, asyncio.Queue, asyncio.Lock, asyncio.run, asyncio.timeout, asyncio.TaskGroup):
    m = inspect.getmodule(f)
    print(f.__name__, m.__name__ if m is not None else None, m is sys.modules.get(f.__module__))

import asyncio.events
import asyncio.base_events as base_events

print(asyncio.events is sys.modules['asyncio.events'], base_events is asyncio.base_events)
print(sys.modules['asyncio.queues'].Queue is asyncio.Queue)


async def main():
    await asyncio.sleep(0)
    return sys.modules['asyncio.tasks'].current_task().get_name()


print(asyncio.run(main()))
