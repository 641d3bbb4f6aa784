# An int of more than 4,300 decimal digits cannot be written in decimal (CPython's
# int/str conversion limit), whichever way it is printed; other bases and reading are as CPython.
import asyncio

x = 10 ** 4300


def in_fstring():
    return f"{x}"


def concatenated():
    return str(x) + "!"


async def main():
    print(len(str(x - 1)), str(-(x - 1))[:3])
    for write in (
        in_fstring,
        concatenated,
        lambda: print(x),
        lambda: repr(x),
        lambda: "{}".format(x),
        lambda: "%d" % x,
        lambda: "%i" % -x,
        lambda: format(-x, "_d"),
        lambda: format(x, ","),
        lambda: [x],
        lambda: {1: x},
        lambda: int("9" * 4301),
        lambda: hex(x)[:5],
        lambda: format(x, "x")[:4],
        lambda: int("f" * 5000, 16) > 0,
    ):
        await asyncio.sleep(0)
        try:
            r = write()
            print("ok", repr(r)[:12])
        except ValueError as e:
            print("ValueError:", e)
    print(x)


asyncio.run(main())
