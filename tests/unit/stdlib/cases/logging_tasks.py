import asyncio
import logging
import os
import sys


class Short(logging.Formatter):
    def formatException(self, ei):
        text = super().formatException(ei)
        return text.replace(__file__, os.path.basename(__file__))


logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format='%(asctime)s %(levelname)-8s %(name)s [%(taskName)s/%(threadName)s] %(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger("app.worker")
log.setLevel(logging.DEBUG)
for h in logging.getLogger().handlers:
    h.setFormatter(Short(h.formatter._fmt))
print(log, logging.getLogger(), log.parent)

async def work(n):
    log.info('start %d', n)
    await asyncio.sleep(0.25 * n)
    try:
        raise ValueError(f'bad {n}')
    except ValueError:
        log.exception('failed %s', n)
    log.debug('done %(n)s', {'n': n})

async def main():
    log.warning('main starting')
    await asyncio.gather(work(1), work(2))
    logging.getLogger('app').setLevel('ERROR')
    log.info('hidden')
    log.error('shown')

asyncio.run(main())
logging.info('outside')
