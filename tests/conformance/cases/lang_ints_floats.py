import asyncio

async def main():
    await asyncio.sleep(0)
    print(2 ** 100, -(3 ** 40), 10 ** 20 // 7)
    print(0.1 + 0.2, 1e16, 1e15, 2.5, 1 / 3, 2 / 2, 1e-5, 123456789.0 * 10)
    print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2))
    print(round(2.5), round(3.5), round(0.125, 2), int(-3.9), abs(-4.5))
    print(float("inf"), -float("inf"), float("nan"), 1e308 * 10)
    print(True + True, 3 * "ab", [0] * 3, 17 / 4, 2 ** -2, pow(2, 10, 1000))
    print(int("ff", 16), hex(255), bin(10), oct(8), 0o17, 0b101, 1_000_000)
    print(max(3, 7.5, -1), min([4, 2, 8]), sum([0.1] * 10), 3 == 3.0, 0.1 * 3 == 0.3)

asyncio.run(main())
