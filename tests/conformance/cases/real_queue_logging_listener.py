"""Non-blocking logging for an asyncio service: loggers put records on a queue through
logging.handlers.QueueHandler and a QueueListener thread writes them out; an audit logger
buffers in a MemoryHandler that flushes on errors or when full."""
import asyncio
import logging
import logging.handlers
import os
import queue
import sys


class ShortPaths(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__, os.path.basename(__file__))


records = queue.Queue()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(ShortPaths("%(asctime)s %(threadName)s %(name)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(records, out, respect_handler_level=True)
log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
to_queue = logging.handlers.QueueHandler(records)
to_queue.setFormatter(ShortPaths("%(message)s"))  # the queued text is formatted here
log.addHandler(to_queue)
memory = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
audit = logging.getLogger("audit")
audit.addHandler(memory)
audit.propagate = False


async def work(i):
    await asyncio.sleep(0.1 * i)
    log.info("job %d done", i)
    audit.warning("audit %d", i)
    if i == 2:
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError:
            log.exception("job %d failed", i)
            audit.error("audit error %d", i)


async def main():
    listener.start()
    await asyncio.gather(*(work(i) for i in range(4)))
    listener.stop()
    print("buffered:", [r.getMessage() for r in memory.buffer], records.qsize())
    memory.close()
    print("target after close:", memory.target)


asyncio.run(main())
