# linecache over the program's own file, as tracebacks and debugging helpers use it: a frame's
# line from its file name and line number, a hand-made traceback printer walking an exception's
# frames, a "where am I" logger; lazycache with a module's loader (a source that is not a file),
# which of __spec__ and __loader__ each version asks first, and what the cache keeps.
import inspect
import linecache
import sys
import traceback

HERE = __file__


def where(message):
    caller = traceback.extract_stack(limit=2)[0]
    line = linecache.getline(caller.filename, caller.lineno).strip()
    print(f"[{caller.name}:{caller.lineno}] {message}  <- {line}")


def parse(text):
    where("parsing")
    return int(text)  # may fail


def load(items):
    total = 0
    for item in items:
        total += parse(item)
    return total


where("start")
try:
    load(["1", "2", "x"])
except ValueError as exc:
    print("caught:", exc)
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        name = frame.f_code.co_name
        text = linecache.getline(frame.f_code.co_filename, lineno)
        print(f"  {name:<8} {lineno:>3} {text.strip()!r} {text.endswith(chr(10))}")
    summary = traceback.extract_tb(exc.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in summary])

lines = linecache.getlines(HERE)
print(len(lines) > 60, lines[0].rstrip(), repr(lines[-1]))
print(repr(linecache.getline(HERE, 1)), repr(linecache.getline(HERE, len(lines) + 1)))
print(linecache.getline(HERE, 10, globals()) == "HERE = __file__\n")
entry = linecache.cache[HERE]
print(len(entry), entry[2] is lines, entry[0] == sum(len(x.encode()) for x in lines))
linecache.checkcache(HERE)
print(HERE in linecache.cache)
linecache.checkcache()
print(HERE in linecache.cache)
print(inspect.getsource(parse).splitlines()[0] == linecache.getline(HERE, parse.__code__.co_firstlineno).rstrip())


# A module whose source comes from its loader, not from a file.
class MemoryLoader:
    def __init__(self, sources):
        self.sources = sources
        self.asked = []

    def get_source(self, name):
        self.asked.append(name)
        return self.sources.get(name)


class Spec:
    def __init__(self, name, loader):
        self.name = name
        self.loader = loader


loader = MemoryLoader({"plugins.greet": "def hello():\n    return 'hi'\r\n\x0cpass", "spec.name": "from spec\n"})
fake = {"__name__": "plugins.greet", "__loader__": loader}
print(linecache.lazycache("plugins/greet.py", fake), len(linecache.cache["plugins/greet.py"]))
print(loader.asked, callable(linecache.cache["plugins/greet.py"][0]))
print(linecache.lazycache("plugins/greet.py", fake))
linecache.checkcache("plugins/greet.py")
print(linecache.getlines("plugins/greet.py"), loader.asked)
entry = linecache.cache["plugins/greet.py"]
print(entry[0], entry[1], entry[3])
linecache.checkcache()
print("plugins/greet.py" in linecache.cache, linecache.lazycache("plugins/greet.py", fake))
print(linecache.getline("plugins/none.py", 1, {"__name__": "plugins.none", "__loader__": loader}), loader.asked)
print("plugins/none.py" in linecache.cache, linecache.cache.get("plugins/none.py", ("?",))[0] is not None)

# Which loader and name are asked: __loader__ first up to 3.12, the spec's from 3.13.
spec_loader = MemoryLoader({"spec.name": "from the spec's loader\n", "plain": "from spec loader, plain name\n"})
other = MemoryLoader({"spec.name": "from __loader__, spec name\n", "plain": "from __loader__\n"})
print(linecache.getlines("a.py", {"__name__": "plain", "__loader__": other, "__spec__": Spec("spec.name", spec_loader)}))
print(linecache.getlines("b.py", {"__name__": "plain", "__spec__": Spec("spec.name", spec_loader)}))
print(linecache.getlines("c.py", {"__name__": "plain", "__loader__": other, "__spec__": Spec("spec.name", None)}))
print(linecache.lazycache("d.py", {"__name__": "plain"}), linecache.lazycache("d.py", {}), linecache.lazycache("d.py", None))
print(linecache.lazycache("<input>", fake), linecache.lazycache("", fake), linecache.lazycache(HERE, fake))
print(linecache.lazycache("e.py", {"__name__": "", "__loader__": other}))


class Failing:
    def get_source(self, name):
        raise ImportError("no source for " + name)


print(linecache.getlines("f.py", {"__name__": "f", "__loader__": Failing()}), "f.py" in linecache.cache)
print(len(linecache.cache["f.py"]))
print(sys.version_info >= (3, 13) or type(linecache.cache["f.py"][0]).__name__)
