"""`await` binds tighter than every binary operator, wherever it stands in an arithmetic chain:
`2 * await f(3) + 1` is `(2 * (await f(3))) + 1`, `10 - await f(3) - 1` subtracts left to right,
`-await f(2) ** 2` is `-((await f(2)) ** 2)`, and a sign before an await applies to it alone
(these were grouped as `2 * ((await f(3)) + 1)` and `-((await f(3)) + 10)`)."""
import asyncio
import os
import traceback


async def f(x):
    await asyncio.sleep(0.1)
    return x


async def price(item):
    await asyncio.sleep(0.05)
    return {'tea': 3, 'cake': 5}[item]


async def broken_sum():
    return 2 * await f('s') - 1


async def broken_sign():
    return -await f('s') * 2


async def main():
    qty, fee = 4, 2
    total = qty * await price('tea') + fee
    discount = 10 - await price('cake') - 1
    print(total, discount, fee + await price('cake') * qty)
    print(2 ** await f(3) + 1, 2 * await f(3) + 1, 1 + await f(3) * 2, 100 / await f(5) / 2)
    print(await f(2) ** await f(3) + 1, await f(2) - await f(3) - await f(4), 2 ** await f(3) ** await f(2))
    print(-await f(2) ** 2, -await f(3) * 2 - 1, +await f(4) // 3, ~await f(0) << 2)
    print(-await f(3) + 10, ~await f(1) * 4, -await f(3) + -await f(4), 10 - -await f(2) * 3)
    print(1 | await f(2) & 3 ^ await f(4) << 1 >> await f(1), await f(7) // 2 % await f(3) * 5)
    print([2 * await f(x) + 1 for x in range(3)], f'{await f(2) * 3 + 1}', -(await f(3) + 1))
    for coro in (broken_sum, broken_sign):
        try:
            await coro()
        except TypeError:
            print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))


asyncio.run(main())
