# A small service whose asyncio tasks log to a file (logging.basicConfig(filename=...)); at the
# end the program reads its own log back, counts the records per level and removes the file.
import asyncio
import logging
import os

LOG = 'service_demo.log'

logging.basicConfig(filename=LOG, filemode='w', level=logging.INFO,
                    format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('service')


async def worker(name, jobs):
    for job in jobs:
        await asyncio.sleep(0.1 * job)
        if job == 3:
            log.warning('%s: job %d is slow', name, job)
        else:
            log.info('%s: job %d done', name, job)
    return name


async def main():
    done = await asyncio.gather(worker('a', [1, 3]), worker('b', [2, 1]), worker('c', [3]))
    log.error('finished: %s', ', '.join(done))
    handler = logging.getLogger().handlers[0]
    print(type(handler).__name__, os.path.basename(handler.baseFilename), handler.stream.mode)
    print(repr(handler.stream).replace(os.getcwd(), '<cwd>'))


asyncio.run(main())
logging.shutdown()

print('exists:', os.path.exists(LOG), 'size:', os.path.getsize(LOG))
counts = {}
with open(LOG) as f:
    for line in f:
        print(line, end='')
        level = line.split()[0]
        counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()))

# A second handler appends to the same file; the first records stay.
extra = logging.FileHandler(LOG)
extra.setFormatter(logging.Formatter('%(message)s'))
other = logging.getLogger('other')
other.addHandler(extra)
other.propagate = False
other.warning('appended')
extra.close()
with open(LOG) as f:
    lines = f.readlines()
print(len(lines), repr(lines[-1]))
os.remove(LOG)
print('exists after remove:', os.path.exists(LOG))
