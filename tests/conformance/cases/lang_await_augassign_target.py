"""An augmented assignment to an attribute or an item whose right side (or index) awaits:
`self.total += await fetch()`, `counts[key] += await n()`, `d[await k()] -= 1`. CPython evaluates
the target's object and index, reads the current value, then awaits the right side and stores;
other tasks run in between (so a read-modify-write across an await loses updates), and a missing
attribute or key fails before the await."""
import asyncio


class Account:
    def __init__(self):
        self.total = 0
        self.by_kind = {'deposit': 0, 'fee': 0}


async def fetch(amount, delay=0.1):
    await asyncio.sleep(delay)
    return amount


async def kind_of(name):
    await asyncio.sleep(0)
    return name


async def deposit(acct, amount):
    acct.total += await fetch(amount)
    acct.by_kind['deposit'] += await fetch(1, 0.05)
    acct.by_kind[await kind_of('fee')] -= 1


async def main():
    acct = Account()
    await asyncio.gather(deposit(acct, 10), deposit(acct, 20), deposit(acct, 5))
    print('total', acct.total, 'by kind', acct.by_kind)

    cells = [1, 2, 3]
    cells[await kind_of(1)] *= await fetch(10)
    cells[-1] **= await fetch(2, 0)
    print(cells)

    for label, attempt in [('attribute', lambda: missing_attr(acct)), ('key', lambda: missing_key(acct))]:
        try:
            await attempt()
        except (AttributeError, KeyError) as e:
            print(label, type(e).__name__, e)


async def missing_attr(acct):
    acct.balance += await fetch(1)


async def missing_key(acct):
    acct.by_kind['refund'] += await fetch(1)


asyncio.run(main())
