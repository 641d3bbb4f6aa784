"""A metrics exporter's edge cases that changed between versions: json's NaN refusal names the
value from 3.12, a trailing comma gets its own message from 3.13, Fraction takes format specs
from 3.12, and reversed() of a __getitem__-only sequence needs its length."""
import asyncio
import json
from fractions import Fraction


class Window:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


async def export(name, f):
    await asyncio.sleep(0.01)
    try:
        print(name, f())
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)


async def main():
    await export("nan", lambda: json.dumps(float("nan"), allow_nan=False))
    await export("inf", lambda: json.dumps([float("-inf")], allow_nan=False))
    for bad in ['{"a": 1,}', '[1, 2, ]', '{"a": 1, "b": 2 ,}']:
        await export("loads", lambda: json.loads(bad))
    await export("frac", lambda: format(Fraction(1, 3), ".4f"))
    await export("frac-empty", lambda: format(Fraction(1, 3), ""))
    await export("frac-fstr", lambda: f"{Fraction(22, 7):>10.3f}|")
    await export("window", lambda: list(Window()))
    await export("reversed", lambda: list(reversed(Window())))


asyncio.run(main())
