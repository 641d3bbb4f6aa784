"""A connection server logs through a LoggerAdapter to handlers with {-style, $-style, datefmt and
default formats; handlers and loggers print as CPython names them (<StreamHandler <stdout> (NOTSET)>)."""
import asyncio
import logging
import sys

fmt1 = logging.Formatter("{asctime} {levelname:<8} {name}: {message}", style="{", datefmt="%H:%M:%S")
fmt2 = logging.Formatter("$levelname $name $message", style="$")
fmt3 = logging.Formatter("%(asctime)s.%(msecs)03d %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
fmt4 = logging.Formatter()
log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
for f in (fmt1, fmt2, fmt3, fmt4):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(f)
    log.addHandler(h)

class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {}).update(self.extra)
        return "[conn=%s] %s" % (self.extra["conn"], msg), kwargs

async def serve(conn):
    a = Adapter(log, {"conn": conn})
    a.info("open")
    await asyncio.sleep(1.25)
    a.debug("close after %.2f", 1.25)
    return conn

async def main():
    print(await asyncio.gather(serve(1), serve(2)))
    log.removeHandler(log.handlers[0])
    log.removeHandler(log.handlers[0])
    log.removeHandler(log.handlers[0])
    log.warning("only default format: %s", {"k": [1, 2]})
    try:
        {}["missing"]
    except KeyError as e:
        log.error("lookup failed: %r", e)
    print(logging.Formatter("%(message)s").format(logging.makeLogRecord({"msg": "m %s", "args": ("x",)})))
    r = logging.LogRecord("n", logging.INFO, "/p/f.py", 7, "hi %s", ("there",), None)
    print(r.getMessage(), r.filename, r.module, r.lineno, r.levelname)
    print(repr(r)[:40])
    print(logging.getLogger("svc"), logging.getLogger(), logging.getLogger("a.b"))
    h = logging.StreamHandler(sys.stdout)
    print(h, log.handlers, logging.StreamHandler())
    h.setLevel("WARNING")
    print(h, h.level)

asyncio.run(main())
