"""A batch importer runs every file in a TaskGroup; several fail in different ways and the
caller sorts the ExceptionGroup out with except*, notes and nested groups."""
import asyncio


class ParseError(ValueError):
    def __init__(self, name, line):
        super().__init__(f"{name}: bad row at line {line}")
        self.name, self.line = name, line


class StorageError(OSError):
    pass


FILES = {"a.csv": (0.1, None), "b.csv": (0.3, "parse"), "c.csv": (0.2, "storage"), "d.csv": (0.4, None), "e.csv": (0.15, "parse")}


async def import_file(name):
    delay, problem = FILES[name]
    await asyncio.sleep(delay)
    if problem == "parse":
        err = ParseError(name, int(delay * 100))
        err.add_note(f"while importing {name}")
        raise err
    if problem == "storage":
        raise StorageError(28, "No space left on device")
    print(f"imported {name}")
    return name


async def import_all(names):
    done = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(import_file(n), name=f"import-{n}") for n in names]
    except* ParseError as eg:
        for exc in eg.exceptions:
            print("parse problem:", exc, exc.__notes__)
    except* OSError as eg:
        print("storage problem:", [repr(e) for e in eg.exceptions], eg.message)
        raise RuntimeError("import aborted") from eg
    else:
        done = [t.result() for t in tasks]
    print("cancelled:", [t.get_name() for t in tasks if t.cancelled()])
    return done


def classify(eg):
    match, rest = eg.split(lambda e: isinstance(e, KeyError))
    return match, rest


async def main():
    print("ok batch:", await import_all(["a.csv", "d.csv"]))
    print("parse-only batch:", await import_all(["a.csv", "b.csv", "e.csv"]))
    try:
        # one task is left to cancel: CPython cancels several in the order of their addresses
        await import_all(["a.csv", "c.csv", "d.csv"])
    except RuntimeError as exc:
        cause = exc.__cause__
        print("caught:", exc, "| cause:", type(cause).__name__, len(cause.exceptions))
    eg = ExceptionGroup("mixed", [KeyError("k"), ValueError("v"), ExceptionGroup("inner", [KeyError("k2"), TypeError("t")])])
    match, rest = classify(eg)
    print(repr(match))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions[0].exceptions)
    try:
        raise eg
    except* KeyError as keys:
        print("keys:", [str(k) for k in keys.exceptions])
    except* (ValueError, TypeError) as others:
        print("others:", others.derive([ValueError("derived")]))
    print("time", asyncio.get_running_loop().time())


asyncio.run(main())
