# With logging configured, the loop's default exception handler logs through the 'asyncio' logger
# in the program's format: the record is base_events.py's default_exception_handler's.
import asyncio
import logging

logging.basicConfig(format='%(levelname)s [%(name)s] %(filename)s:%(lineno)d %(funcName)s: %(message)s')
log = logging.getLogger('jobs')


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    raise ConnectionError(f'host {n} unreachable')


def on_tick(count):
    raise KeyError(f'tick {count}')


async def main():
    log.warning('starting')
    job = asyncio.create_task(fetch(1))
    await asyncio.sleep(0.5)
    del job
    log.warning('dropped the job')
    asyncio.get_running_loop().call_soon(on_tick, 3)
    await asyncio.sleep(0)
    logging.getLogger('asyncio').setLevel(logging.CRITICAL)
    asyncio.get_running_loop().call_soon(on_tick, 4)
    await asyncio.sleep(0)
    log.warning('done')


asyncio.run(main())
