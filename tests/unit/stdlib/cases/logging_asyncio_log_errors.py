# run: python
# asyncio's error reports go through asyncio.log.logger (the recorder's loop replaces the default
# exception handler, so plain CPython runs this): a program's own handler on it sees a task's
# exception nobody retrieved and a callback that raised, made by default_exception_handler.
import asyncio
import gc
import logging

print(asyncio.log.logger is logging.getLogger('asyncio'))
from asyncio.log import logger


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        first = record.getMessage().splitlines()[0].split(' at ')[0]
        self.seen.append((record.levelname, record.name, record.funcName, record.module, first, repr(exc)))


handler = Collect()
logger.addHandler(handler)
logger.propagate = False


def bad_callback():
    raise ValueError('from a callback')


async def fails():
    raise KeyError('never retrieved')


async def main():
    asyncio.get_running_loop().call_soon(bad_callback)
    task = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print('task done:', task.done())
    del task
    gc.collect()
    await asyncio.sleep(0)


asyncio.run(main())
for entry in handler.seen:
    print(entry)

logger.setLevel(logging.CRITICAL)


async def quiet():
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0)


asyncio.run(quiet())
print('after CRITICAL:', len(handler.seen))
logger.removeHandler(handler)
print(logger.handlers, logger.propagate)
