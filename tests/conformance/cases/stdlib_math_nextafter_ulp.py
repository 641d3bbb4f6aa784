# math.nextafter (and its steps= of 3.12+) and math.ulp, as float-comparison helpers use them:
# subnormals, zeros of both signs, infinities, NaN, steps through zero, and the errors.
import asyncio
import math


async def main():
    await asyncio.sleep(0.1)
    vals = [0.0, -0.0, 1.0, -1.0, 5e-324, -5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 1e-310, 123.456, 2.0 ** -1022]
    for x in vals:
        print(x, math.ulp(x), math.nextafter(x, math.inf), math.nextafter(x, -math.inf), math.nextafter(x, 0.0), math.nextafter(x, -0.0))
    print(math.nextafter(0.0, -0.0), math.nextafter(-0.0, 0.0), math.nextafter(1.0, 1.0), math.nextafter(1, 2), math.nextafter(math.nan, 1), math.nextafter(1, math.nan))
    try:
        for x, y, n in [(1.0, 2.0, 0), (1.0, 2.0, 3), (1.0, 0.0, 10), (5e-324, -1.0, 3), (1e-323, -1.0, 2), (1e-323, -1.0, 1), (-1.0, 1.0, 2**70), (0.0, 1.0, 4), (1.0, 1.0000000000000004, 5), (-0.0, 0.0, 1)]:
            print(x, y, n, math.nextafter(x, y, steps=n))
        math.nextafter(1.0, 2.0, steps=-1)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    for bad in [("a", 1), (1, "b")]:
        try:
            math.nextafter(*bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        math.ulp("x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
