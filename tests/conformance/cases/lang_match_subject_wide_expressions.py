# A match subject can be any expression: a conditional, `not`, `and`/`or`, a comparison or a
# membership test at its top level, alone or in an unparenthesised tuple. The last one raises
# inside the subject, and the traceback points into it.
import enum


class Op(enum.Enum):
    ADD = "+"
    SUB = "-"


def classify(tok, flags):
    match Op(tok) if tok in "+-" else tok:
        case Op.ADD:
            kind = "add"
        case Op.SUB:
            kind = "sub"
        case other:
            kind = f"other {other!r}"
    match not flags, len(flags) > 1:
        case True, _:
            extra = "no flags"
        case False, True:
            extra = "many flags"
        case _:
            extra = "one flag"
    match tok in "+-*/" and tok != "/":
        case True:
            arith = "arith"
        case False:
            arith = "-"
    return kind, extra, arith


for tok, flags in [("+", []), ("-", ["v"]), ("*", ["a", "b"]), ("/", [])]:
    print(tok, classify(tok, flags))
rows = [1, 2]
match None or 0 or "fallback":
    case str(s):
        print("or gives", s)
match rows is None, 2 < len(rows) + 1 <= 4:
    case (False, True):
        print("comparisons", True)

match rows[5] if rows else None:
    case _:
        print("unreachable")
