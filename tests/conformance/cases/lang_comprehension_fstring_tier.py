# Comprehension elements and f-strings in them: names local to the comprehension, the enclosing
# function's (free), the module's and the builtins; fields of every kind of value, and where a
# failing field or operand is reported.
import asyncio

SCALE = 3


class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"

    def __repr__(self):
        return "Fmt()"


def words(n):
    return " ".join(f"w{i % 7}" for i in range(n))


def mixed(xs, ys):
    return [f"<{x}|{x!r}|{x:>4}>" for x in xs], list(f"{y}" for y in ys), list(f"{y!r}" for y in ys)


def scaled(xs):
    k = 10
    return {f"k{x}": x * k + SCALE for x in xs}, sum(x * k for x in xs), [len(f"{x}{k}") for x in xs]


def nested(n):
    return [[f"{i}.{j}" for j in range(i)] for i in range(n)]


class Holder:
    z = 5
    try:
        seen = [z for _ in range(2)]
    except NameError as e:
        seen = str(e)


async def main():
    print(words(20))
    print(mixed([1, 2.5, "s", Fmt()], [None, True, 3j, b"x", Fmt(), (1, 2), [3]]))
    print(scaled(range(4)))
    print(nested(4))
    print(Holder.seen)
    print(max(f"{p}" for p in ["b", "a", "c"]), "".join(f"{c}" for c in "xyz"))
    await asyncio.sleep(0)
    try:
        print(list(f"{missing_name}" for _ in range(2)))
    except NameError as e:
        print("NameError:", e)
    try:
        print(list(f"{x + 'a'}" for x in range(2)))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([f"{x:>3}" for x in [None]])
    except TypeError as e:
        print("TypeError:", e)
    print(list(f"{x}" for x in [1, 2, "three"]))
    print(sum(x.real for x in [1, 2.5, 3]))


asyncio.run(main())
print([f"{x}" for x in (1, 2)][-1], list(f"{x}-{x * 2}" for x in range(3)))
print(list(f"{v / 0}" for v in [1]))
