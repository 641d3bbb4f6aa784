"""Guard for logging's core classes, checked piece by piece: level names, Filter's dotted-prefix
match, filters that are callables or hand back a new record, the three format styles with
defaults and their validation errors, formatTime/formatException/formatStack, BufferingFormatter,
LogRecord and makeLogRecord, handler names and reprs, setStream, handleError and lastResort (their
stderr text caught in a StringIO), placeholders in the manager, setLoggerClass, hasHandlers,
Logger.log's level check, disable() and the module-level shortcuts."""
import io
import logging
import sys
import time

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s/%(levelname)s: %(message)s"))

print("names:", logging.getLevelName(40), logging.getLevelName("WARN"), logging.getLevelName(33),
      logging.getLevelName("LOUD"), logging.getLevelName(logging.NOTSET))

flt = logging.Filter("a.b")
for nm in ["a.b", "a.bc", "a.b.c", "a", "x.a.b", "a.b."]:
    rec = logging.LogRecord(nm, logging.INFO, "/tmp/m.py", 3, "m", (), None)
    print("filter", repr(nm), bool(flt.filter(rec)))
print("empty filter:", logging.Filter().filter(logging.makeLogRecord({"name": "zz"})))

log = logging.getLogger("guard")
log.propagate = False
log.addHandler(out)
log.setLevel(logging.DEBUG)


def only_even(record):
    return record.args and record.args[0] % 2 == 0


log.addFilter(only_even)
log.addFilter(only_even)
print("filters:", len(log.filters))
for i in range(3):
    log.info("n=%d", i)
log.removeFilter(only_even)
log.removeFilter(only_even)


class Upper(logging.Filter):
    def filter(self, record):
        if sys.version_info >= (3, 12):
            new = logging.makeLogRecord(record.__dict__)
            new.msg = "LOUD " + str(record.msg)
            return new
        record.msg = "LOUD " + str(record.msg)
        return True


log.addFilter(Upper())
log.warning("shout %s", "this")
log.filters.clear()

rec = logging.LogRecord("r", logging.ERROR, "/srv/app/job.py", 12, "value %s and %s", ("a", 1), None,
                        func="fn")
print(repr(rec), rec.filename, rec.module, rec.funcName, rec.getMessage())
rec2 = logging.LogRecord("r", 20, "noext", 1, ["list", "msg"], None, None)
print(rec2.getMessage(), rec2.module, rec2.levelname, rec2.args)
rec3 = logging.LogRecord("r", 20, "p.py", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(rec3.getMessage(), type(rec3.args).__name__)
made = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "custom": 5})
print(made.getMessage(), made.custom, made.name, made.levelno, made.levelname)

for style, fmt in [("%", "%(greeting)s %(message)s"), ("{", "{greeting} {message}"),
                   ("$", "${greeting} $message")]:
    f = logging.Formatter(fmt, style=style, defaults={"greeting": "hi"})
    print("style", style, f.format(made), f.usesTime())
    made.greeting = "yo"
    print("style", style, f.format(made))
    del made.greeting
for style, fmt in [("%", "no fields"), ("{", "no fields"), ("$", "no fields"), ("{", "{")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("x", validate=False)._fmt)
print(logging.Formatter()._fmt, logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt)
for style, fmt in [("%", "%(asctime)s"), ("{", "{asctime:>5}"), ("$", "$asctime"), ("$", "${asctime}")]:
    print("usesTime", style, fmt, logging.Formatter(fmt, style=style).usesTime())
try:
    logging.Formatter("%(nope)s").format(made)
except ValueError as e:
    print("ValueError:", e)

time.sleep(3.25)
tf = logging.Formatter("%(asctime)s %(message)s")
tf.converter = time.gmtime
trec = logging.makeLogRecord({"msg": "t", "created": 3723.5, "msecs": 500.0})
print(tf.formatTime(trec), tf.formatTime(trec, "%H:%M"), tf.format(trec))
tf.default_msec_format = None
print(tf.formatTime(trec))
tf.default_msec_format = "%s.%03d"
tf.default_time_format = "%M:%S"
print(tf.formatTime(trec))

try:
    raise KeyError("boom")
except KeyError:
    ei = sys.exc_info()
ef = logging.Formatter("%(message)s")
erec = logging.makeLogRecord({"msg": "failed\n", "exc_info": ei})
text = ef.format(erec)
print(repr(text.splitlines()[0]), repr(text.splitlines()[-1]), erec.exc_text.endswith("'boom'"))
erec.exc_text = "cached"
print(repr(ef.format(erec)))
srec = logging.makeLogRecord({"msg": "with stack", "stack_info": "Stack (most recent call last):\n  here"})
print(repr(ef.format(srec)), ef.formatStack("s"))


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d:" % len(records)

    def formatFooter(self, records):
        return "]"


recs = [logging.makeLogRecord({"msg": m}) for m in ("a", "b")]
print(repr(logging.BufferingFormatter().format(recs)), repr(Framed(ef).format(recs)),
      repr(Framed().format([])))

h = logging.StreamHandler(sys.stdout)
print(repr(h), h.name)
h.name = "console"
h.set_name("console2")
print(h.get_name(), h.name)
h.setLevel("ERROR")
print(repr(h), h.level)
buf = io.StringIO()
print(h.setStream(sys.stdout), h.setStream(buf) is sys.stdout, h.stream is buf)
h.setLevel(logging.NOTSET)
h.handle(logging.makeLogRecord({"msg": "to buffer"}))
print(repr(buf.getvalue()))
h.terminator = "|"
h.handle(logging.makeLogRecord({"msg": "bar"}))
print(repr(buf.getvalue()))
plain = logging.Handler()
print(repr(plain), repr(logging.NullHandler()))
try:
    plain.emit(made)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(plain.format(logging.makeLogRecord({"msg": "default fmt", "levelname": "X", "name": "n"})))

err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    bad = logging.getLogger("guard.bad")
    bad.error("two %s %s", "args")
    bad.error("fine")
    nohandlers = logging.getLogger("lonely")
    nohandlers.propagate = False
    nohandlers.warning("to last resort %d", 1)
    nohandlers.info("below last resort")
    keep = logging.lastResort
    logging.lastResort = None
    nohandlers.warning("no handler 1")
    nohandlers.warning("no handler 2")
    logging.lastResort = keep
    logging.raiseExceptions = False
    bad.error("quiet %s %s", "args")
    try:
        bad.log("ERROR", "ignored")
        print("no TypeError with raiseExceptions False")
    except TypeError as e:
        print("TypeError:", e)
    logging.raiseExceptions = True
finally:
    sys.stderr = saved
lines = err.getvalue().splitlines()
print(lines[0], "|", [ln for ln in lines if ln.startswith(("TypeError", "Message", "Arguments"))])
print([ln for ln in lines if not ln.startswith((" ", "Traceback", "TypeError", "Message", "Arguments",
                                                "---", "Call stack", "Logged from"))])

p = logging.getLogger("p.q.r")
p2 = logging.getLogger("p.q.s")
print(type(logging.root.manager.loggerDict["p.q"]).__name__, type(logging.root.manager.loggerDict["p"]).__name__)
pq = logging.getLogger("p.q")
print(p.parent.name, p2.parent.name, pq.parent.name)
pp = logging.getLogger("p")
print(pq.parent.name, pp.parent.name, p.parent is pq)
print(logging.getLogger("p.q.r.t").parent is p, logging.getLogger("p.x.y").parent is pp)


class MyLogger(logging.Logger):
    pass


try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__,
      type(logging.getLogger("p.q")).__name__)
logging.setLoggerClass(logging.Logger)
print(logging.getLoggerClass().__name__)

a = logging.getLogger("hh.a")
print(a.hasHandlers(), logging.getLogger("guard.x").hasHandlers())
logging.getLogger("hh").propagate = False
logging.root.addHandler(logging.NullHandler())
print(a.hasHandlers(), logging.getLogger("zz").hasHandlers())
try:
    log.log(2.5, "x")
except TypeError as e:
    print("TypeError:", e)
log.log(15, "level %d", 15)
print(log.isEnabledFor(5), log.getEffectiveLevel(), repr(log), repr(logging.getLogger("p.q")))
logging.disable()
print(log.isEnabledFor(logging.CRITICAL), logging.root.manager.disable)
log.critical("hidden")
logging.disable(logging.INFO)
log.warning("shown after disable(INFO)")
log.info("hidden info")
logging.disable(logging.NOTSET)
try:
    logging.disable("LOUD")
except ValueError as e:
    print("ValueError:", e)
log.setLevel(logging.ERROR)
print(log.isEnabledFor(logging.WARNING))
log.setLevel(logging.DEBUG)
print(log.isEnabledFor(logging.WARNING))



class LastLine(logging.Formatter):
    def formatException(self, ei):
        return "  " + super().formatException(ei).splitlines()[-1]


logging.root.handlers.clear()
logging.root.setLevel(logging.DEBUG)
logging.root.addHandler(out)
out.setFormatter(LastLine("%(name)s/%(levelname)s: %(message)s"))
logging.log(25, "module log %s", "x")
logging.fatal("module fatal")
logging.critical("module critical")
logging.debug("module debug")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("module exception")
    log.exception("logger exception", exc_info=False)
ad = logging.LoggerAdapter(log, {"k": 1})
print(ad.name, ad.manager is logging.root.manager, ad.getEffectiveLevel(), ad.isEnabledFor(10), ad.hasHandlers())
ad.setLevel(logging.INFO)
ad.debug("adapter hidden")
ad.critical("adapter critical")
ad.log(logging.WARNING, "adapter log %s", "arg")
print(repr(ad), log.level)
