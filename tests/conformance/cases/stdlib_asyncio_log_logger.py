# asyncio.log: the 'asyncio' logger (asyncio's import makes it in CPython; Loopline when the
# program first reads or imports asyncio.log). asyncio's own records go through it: a handler the
# program puts on it at DEBUG sees each new loop's selector. (Its error reports are checked in
# tests/unit/stdlib/cases/logging_asyncio_log_errors.py: the recorder's loop replaces them.)
import asyncio
import logging
import sys

print(asyncio.log.logger is logging.getLogger('asyncio'))
import asyncio.log
from asyncio.log import logger

print(logger is asyncio.log.logger, logger.name, asyncio.log.__name__, type(asyncio.log).__name__)
print(asyncio.log.logging is logging, 'asyncio.log' in sys.modules, sys.modules['asyncio.log'] is asyncio.log)
print(logger.parent is logging.root, logger.level, logger.handlers, logger.propagate)
print(sorted(k for k in vars(asyncio.log) if not k.startswith('__')))


class Collect(logging.Handler):
    def emit(self, record):
        print('handler:', record.levelname, record.name, record.module, record.funcName, record.getMessage())


handler = Collect()
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)


async def main():
    logger.info('from the program, in %s', asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return 'ok'


print(asyncio.run(main()))
logger.setLevel(logging.INFO)
print(asyncio.run(main()))
logger.removeHandler(handler)
logger.setLevel(logging.NOTSET)
print(asyncio.run(main()), logger.handlers)
