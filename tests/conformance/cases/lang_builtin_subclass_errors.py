"""Units and labels as int/str subclasses in a metrics service: refusals name the subclasses
(ordering, +, unary -), hashing finds the builtin's __hash__ before a later base's."""
import asyncio


class Label(str):
    pass


class Count(int):
    pass


class Tagged:
    def __hash__(self):
        return 7


class Port(int, Tagged):
    pass


async def check(name, f):
    await asyncio.sleep(0.01)
    try:
        print(name, f())
    except TypeError as e:
        print(name, "TypeError:", e)


async def main():
    cases = {
        "lt": lambda: Label("a") < Count(1),
        "add": lambda: Label("a") + Count(1),
        "radd": lambda: Count(1) + Label("a"),
        "neg": lambda: -Label("a"),
        "inv": lambda: ~Count(5),
        "ok": lambda: (Label("a") < Label("b"), Count(1) < 2.5, Label("ab") * Count(2)),
        "list": lambda: Label("a") < [1],
        "hash": lambda: (hash(Port(3)), int.__hash__(5), str.__hash__("x") == hash("x")),
        "dict": lambda: {Port(3): "p"}[3],
    }
    for name, f in cases.items():
        await check(name, f)


asyncio.run(main())
