"""A service logs at DEBUG: asyncio's own logger reports the selector of every new loop first
(logging.basicConfig(level=logging.DEBUG) shows it), then the service's records."""
import asyncio
import logging
import sys

logging.basicConfig(
    level=logging.DEBUG,
    stream=sys.stdout,
    format="%(levelname)s %(name)s %(module)s.%(funcName)s:%(lineno)d [%(threadName)s] %(message)s",
)
log = logging.getLogger("svc")


async def ping(host):
    log.debug("ping %s", host)
    await asyncio.sleep(0.1)
    return host.upper()


async def main():
    print(await asyncio.gather(ping("a"), ping("b")))


asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.NOTSET)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(ping("c")))
loop.close()
with asyncio.Runner() as runner:
    runner.run(ping("d"))
