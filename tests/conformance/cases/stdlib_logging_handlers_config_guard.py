"""Guard for logging.handlers and logging.config: BufferingHandler and MemoryHandler (capacity,
flush level, setTarget, close with and without flushOnClose), QueueHandler.prepare's copy,
QueueListener with respect_handler_level, RotatingFileHandler with a namer and a rotator and with
no backups, then dictConfig: '()' factories with '.' properties, formatter classes, validate and
defaults, filters on handlers and loggers, ext:// values, the errors it wraps (and their causes),
existing loggers below a configured one, disable_existing_loggers both ways, and an empty root."""
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s %(levelname)s] %(message)s"))


def rec(msg, level=logging.INFO, name="h"):
    return logging.makeLogRecord({"msg": msg, "levelno": level, "levelname": logging.getLevelName(level),
                                  "name": name})


class Counting(logging.handlers.BufferingHandler):
    def flush(self):
        print("flush with", [r.msg for r in self.buffer])
        super().flush()


buf = Counting(3)
for i in range(4):
    buf.handle(rec("b%d" % i))
    print("buffered", len(buf.buffer), buf.shouldFlush(rec("x")))
buf.close()
print("after close", buf.buffer)

mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
mem.handle(rec("m1"))
mem.handle(rec("m2"))
print("held", len(mem.buffer))
mem.handle(rec("m3 error", logging.ERROR))
print("held", len(mem.buffer))
mem.setTarget(None)
mem.handle(rec("m4"))
mem.handle(rec("m5"))
mem.handle(rec("m6"))
print("no target, held", len(mem.buffer))
mem.setTarget(out)
mem.flush()
mem.handle(rec("m7"))
mem.close()
print("closed", mem.target, len(mem.buffer))
quiet = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
quiet.handle(rec("never shown"))
quiet.close()
print("flushOnClose=False left", len(quiet.buffer), quiet.target)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
try:
    raise ValueError("inside")
except ValueError:
    original = logging.makeLogRecord({"msg": "got %s", "args": (5,), "exc_info": sys.exc_info(),
                                      "levelname": "ERROR", "levelno": 40})
qh.handle(original)
sent = q.get_nowait()
print(sent is original, sent.msg.splitlines()[0], sent.msg.splitlines()[-1], sent.message == sent.msg)
print(sent.args, sent.exc_info, sent.exc_text, sent.stack_info, original.args, original.msg)
print(getattr(qh, "listener", "no listener attribute"), q.empty())

lq = queue.Queue()
loud = logging.StreamHandler(sys.stdout)
loud.setLevel(logging.WARNING)
loud.setFormatter(logging.Formatter("loud %(message)s"))
listener = logging.handlers.QueueListener(lq, out, loud, respect_handler_level=True)
for level, text in [(logging.INFO, "l-info"), (logging.WARNING, "l-warn")]:
    lq.put(rec(text, level))
listener.start()
if sys.version_info >= (3, 14):
    try:
        listener.start()
    except RuntimeError as e:
        print("RuntimeError:", e)
listener.stop()
print("stopped", listener._thread, lq.qsize())
every = logging.handlers.QueueListener(lq, loud)
lq.put(rec("all handlers", logging.INFO))
every.start()
every.stop()

folder = tempfile.mkdtemp()
path = os.path.join(folder, "app.log")
rot = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
rot.namer = lambda name: name + ".old"
rot.rotator = lambda src, dst: (print("rotate", os.path.basename(src), "->", os.path.basename(dst)),
                               os.rename(src, dst))
rot.setFormatter(logging.Formatter("%(message)s"))
for i in range(6):
    rot.handle(rec("line number %d" % i))
rot.close()
print(sorted(os.listdir(folder)))
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name)) as f:
        print(name, repr(f.read()))
single = logging.handlers.RotatingFileHandler(os.path.join(folder, "one.log"), maxBytes=20)
single.setFormatter(logging.Formatter("%(message)s"))
for i in range(3):
    single.handle(rec("entry %d" % i))
single.close()
with open(os.path.join(folder, "one.log")) as f:
    print("one.log", repr(f.read()), sorted(n for n in os.listdir(folder) if n.startswith("one")))
print(repr(single).replace(folder, "DIR"), single.mode, single.maxBytes, single.backupCount)


class Tagged(logging.Formatter):
    def format(self, record):
        return "tagged:" + super().format(record)


class Prefix(logging.Filter):
    def __init__(self, prefix, name=""):
        super().__init__(name)
        self.prefix = prefix

    def filter(self, record):
        return str(record.msg).startswith(self.prefix)


def make_handler(stream, label):
    h = logging.StreamHandler(stream)
    h.label = label
    return h


old = logging.getLogger("old")
child = logging.getLogger("svc.child")
child.setLevel(logging.ERROR)
child.propagate = False
child.addHandler(logging.NullHandler())
grand = logging.getLogger("svc.child.deep")
other = logging.getLogger("svcx")

config = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "tagged": {"class": "__main__.Tagged", "format": "%(message)s"},
        "made": {"()": "logging.Formatter", "fmt": "made|%(message)s"},
        "loose": {"format": "no fields here", "validate": False},
    },
    "filters": {
        "ok": {"()": Prefix, "prefix": "ok", ".": {"extra_attr": 7}},
        "svc": {"name": "svc"},
    },
    "handlers": {
        "a": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain",
              "filters": ["ok"], "level": "DEBUG"},
        "b": {"()": make_handler, "stream": "ext://sys.stdout", "label": "bee", "formatter": "made",
              ".": {"terminator": " <\n"}},
        "c": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "tagged"},
        "d": {"class": logging.StreamHandler if sys.version_info >= (3, 12) else "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "loose"},
    },
    "loggers": {
        "svc": {"level": "INFO", "handlers": ["a", "b"], "filters": ["svc"]},
        "plain": {"handlers": ["c", "d"], "propagate": False},
    },
    "root": {"level": "WARNING"},
}
logging.config.dictConfig(config)
print(old.disabled, other.disabled, child.disabled, child.level, child.handlers, child.propagate, grand.disabled)
print(config["handlers"]["a"]["class"], sorted(config["formatters"]["made"]))
svc = logging.getLogger("svc")
print([type(h).__name__ for h in svc.handlers], svc.handlers[1].label, svc.filters[0].name)
print(logging.getLogger().handlers, logging.getLogger().level)
flt = svc.handlers[0].filters[0]
print(type(flt).__name__, flt.prefix, flt.extra_attr)
svc.info("ok: passes a")
svc.info("blocked by a's filter")
svc.debug("below svc's level")
child.error("from a reset child")
logging.getLogger("plain").warning("to c and d")

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"o": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["o"], "level": "DEBUG"}})
print(old.disabled, other.disabled, svc.disabled, svc.handlers, logging.getLogger().level)
root_handlers = list(logging.getLogger().handlers)
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False, "root": {}})
print(logging.getLogger().handlers == root_handlers, len(root_handlers))

bad_configs = [
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "filters": ["missing"]}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "loggers": {"x": {"filters": ["missing"]}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "filters": {"f": {"()": "no_such_module.Thing"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.nothing"}}},
    {"version": 1, "root": {"level": "LOUD"}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
    {"version": "1"},
    {"version": 1, "handlers": {"h": {"class": logging.NullHandler}}},
    {"version": 1, "handlers": {"m": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "nope"}}},
    {"version": 1, "formatters": {"f": {"()": "logging.Formatter", "not-an-ident": 1}}},
    {"version": 1, "filters": {"f": {"()": "logging.Filter", "name": "x", "1st": 2}}},
]
logging.config.dictConfig({"version": 1, "handlers": {
    "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "z_out"},
    "z_out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "f"}},
    "formatters": {"f": {"format": "mem> %(message)s"}},
    "loggers": {"buffered": {"handlers": ["mem"], "level": "DEBUG", "propagate": False}}})
buffered = logging.getLogger("buffered")
buffered.info("first")
print("held", len(buffered.handlers[0].buffer), buffered.handlers[0].target.name)
buffered.info("second")
for bad in bad_configs:
    try:
        logging.config.dictConfig(bad)
        print("accepted")
    except (ValueError, TypeError) as e:
        cause = e.__cause__
        print(type(e).__name__, e, "| cause:", type(cause).__name__ if cause else None)
