# Class patterns as message handlers write them: bytes(b), bytearray(b) and frozenset(s) take the
# subject itself like int(n) and str(s) do, and so do subclasses of those builtins (an IntEnum, a
# str subclass) unless a class sets __match_args__; the TypeErrors a bad class pattern gives.
import asyncio
import enum
from dataclasses import dataclass


class Count(int):
    pass


class Word(str):
    __match_args__ = ("shout",)

    @property
    def shout(self):
        return self.upper() + "!"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Tag(enum.StrEnum if hasattr(enum, "StrEnum") else str):
    pass


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class NumArgs:
    __match_args__ = (1,)


@dataclass
class Frame:
    kind: str
    body: bytes


def route(msg):
    match msg:
        case Frame("data", bytes(b)) if len(b) > 3:
            return f"long data frame {b!r}"
        case Frame(kind, bytes(b)):
            return f"{kind} frame of {len(b)} bytes"
        case bytes(b):
            return f"raw bytes {b!r}"
        case bytearray(b):
            return f"buffer {bytes(b)!r}"
        case frozenset(s):
            return f"flags {sorted(s)}"
        case Count(n):
            return f"count {n} ({type(n).__name__})"
        case Level(lv):
            return f"level {lv!r}"
        case Word(s):
            return f"word {s}"
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as n):
            return f"bit {n}"
        case dict(d) if "op" in d:
            return f"op {d['op']}"
        case _:
            return f"other {msg!r}"


async def main():
    inbox = asyncio.Queue()
    for m in [b"ab", Frame("data", b"abcdef"), Frame("ping", b""), bytearray(b"xy"), frozenset({3, 1}),
              Count(7), Level.HIGH, Word("hi"), True, 1, 5, {"op": "add"}, Tag("t")]:
        inbox.put_nowait(m)
    while not inbox.empty():
        print(route(await inbox.get()))

    patterns = {
        "ListArgs(a)": ListArgs(),
        "NumArgs(q)": NumArgs(),
        "Frame(1, 2, 3)": Frame("a", b""),
        "Frame(k, kind='x')": Frame("a", b""),
        "Frame(kind=k, body=b, kind=c)": None,
        "bytes(a, b)": b"",
        "Count(a, b)": Count(1),
        "frozenset(a, b)": frozenset(),
        "Level(a, b)": Level.LOW,
        "Word(a, b)": Word("a"),
        "len()": 1,
    }
    for pat, subject in patterns.items():
        src = f"match v:\n    case {pat}:\n        r = 1\n"
        try:
            exec(src, globals(), {"v": subject})
            print(pat, "ok")
        except (TypeError, SyntaxError) as e:
            print(pat, type(e).__name__ + ":", e)


asyncio.run(main())
