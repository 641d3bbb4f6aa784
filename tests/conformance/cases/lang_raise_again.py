# Re-raising keeps where the exception was caught: a bare `raise` adds no traceback entry (the
# frame's line stays where it was caught), `raise e` adds one above it. Also call errors that name
# the callee, `=` opening an f-string format spec, and -0.0 imaginary parts.
import traceback


def parse(s):
    return int(s)


def bare():
    try:
        parse("x1")
    except ValueError:
        try:
            {}["k"]
        except KeyError:
            pass
        raise


def named():
    try:
        parse("x2")
    except ValueError as e:
        raise e


saved = []


def keep():
    try:
        parse("x3")
    except ValueError as e:
        saved.append(e)


def later():
    raise saved[0]


keep()
for fn in (bare, named, later):
    try:
        fn()
    except ValueError:
        # Frames only: file names without their folder, no caret lines.
        for line in traceback.format_exc().splitlines():
            if line.startswith('  File "'):
                path, rest = line[len('  File "') :].split('"', 1)
                print(path.split("/")[-1], rest)
            elif line.strip(" ~^"):
                print(line)


def g(*args, **kwargs):
    return args, kwargs


class C:
    def m(self, *args, **kwargs):
        return args


for f in (g, C().m, dict, sorted):
    for attempt in (lambda: f(a=1, **{"a": 2}), lambda: f(**5), lambda: f(*5)):
        try:
            attempt()
        except TypeError as e:
            print(e)

print(f"{3:=+5}|{7:=5}|{'a':=^5}|{-4:=6}|")
print(repr(-0.0j), complex(1, -0.0), complex(-0.0, -0.0), complex(1, 2))
