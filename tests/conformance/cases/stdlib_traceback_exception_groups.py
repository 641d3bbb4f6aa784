"""A batch job logs what failed: traceback and logging draw exception groups
in numbered boxes, nested groups deeper, with causes and notes inside. The printed text has the
file's base name and no caret lines (which the simulator does not draw)."""
import asyncio
import logging
import os
import re
import sys
import traceback


def no_carets(text):
    text = text.replace(__file__, os.path.basename(__file__))
    return "\n".join(line for line in text.splitlines() if not re.fullmatch(r"[ |]*[~^]+[~^ ]*", line))


class Plain(logging.Formatter):
    def formatException(self, ei):
        return no_carets(super().formatException(ei))


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Plain("%(levelname)s %(message)s"))
log = logging.getLogger("batch")
log.addHandler(handler)
log.propagate = False


async def load(n):
    await asyncio.sleep(0.1 * n)
    if n % 2:
        try:
            {}["row"]
        except KeyError as e:
            raise ValueError(f"row {n} is bad") from e
    return n


def check(values):
    problems = []
    for v in values:
        try:
            if v < 0:
                raise ArithmeticError(f"negative {v}")
        except ArithmeticError as e:
            e.add_note(f"while checking {v}")
            problems.append(e)
    if problems:
        raise ExceptionGroup("invalid values", [*problems, ExceptionGroup("inner", [TypeError("t")])])


async def main():
    try:
        check([1, -2, -3])
    except ExceptionGroup:
        print(no_carets(traceback.format_exc()))
    try:
        check([-1])
    except* (ArithmeticError, TypeError):
        log.exception("check failed")
    try:
        check([-4, -5])
    except* ArithmeticError as eg:
        log.error("arithmetic: %d", len(eg.exceptions), exc_info=True)
    except* TypeError:
        log.exception("types")
    many = ExceptionGroup("many", [OSError(i) for i in range(17)])
    print(no_carets("".join(traceback.format_exception(many))))
    group = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("mid", [ExceptionGroup("deep", [KeyError(3)])])])
    print(no_carets("".join(traceback.format_exception(group))))
    results = await asyncio.gather(*(load(n) for n in range(4)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    try:
        raise ExceptionGroup("loads failed", errors) from RuntimeError("batch 7")
    except ExceptionGroup as eg:
        print(no_carets("".join(traceback.format_exception(eg))))
        print(no_carets("".join(traceback.format_exception(eg, chain=False))))


asyncio.run(main())
