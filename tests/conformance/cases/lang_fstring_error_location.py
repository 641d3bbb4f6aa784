# Where a traceback points when an f-string field fails to convert or format: at the field with
# its braces (3.12+), at the whole f-string (3.11), not at an earlier operation of the line.
import os
import traceback


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


class BadFormat:
    def __format__(self, spec):
        raise ValueError(f"bad spec {spec!r}")


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))


y = 1
width = 6
show(lambda: print(f"{y/1:.3}", f"a{100:.2}b"))
show(lambda: f"{y + 1} and {BadRepr()!r}")
show(lambda: f"{y * 2:>{width}} {BadFormat():>{width}}")
show(lambda: f"{'text':d}")
show(lambda: "value: " + f"{y:{'x' * 2}}")
