import asyncio

class Account:
    rate = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance for {self.owner!r}: {v}")
        self._balance = v
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    @classmethod
    def empty(cls, owner):
        return cls(owner)
    @staticmethod
    def fee(x):
        return round(x * 0.01, 2)

async def transfer(a, b, amount, lock):
    async with lock:
        await asyncio.sleep(0.1)
        a.balance -= amount
        b.balance += amount
        return a, b

async def main():
    lock = asyncio.Lock()
    x, y = Account("kim", 100), Account.empty("lee")
    results = await asyncio.gather(transfer(x, y, 30, lock), transfer(y, x, 10, lock), return_exceptions=True)
    print(results)
    try:
        await transfer(y, x, 500, lock)
    except ValueError as e:
        print("error:", e)
    print(Account.fee(1234.5), Account.rate, x.balance, y.balance)
    print(sorted([x, y], key=lambda a: a.balance), {a.owner: a.balance for a in (x, y)})
    d = {}
    for ch in "hello world":
        d[ch] = d.get(ch, 0) + 1
    print(d, max(d, key=d.get), sum(d.values()), list(reversed(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))))[:3])

asyncio.run(main())
