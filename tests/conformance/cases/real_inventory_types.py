"""Inventory domain code built on subclasses of dict and list, __class_getitem__, weak
caches, copy semantics, bisect-sorted price tiers and an async restock pass."""
import asyncio
import bisect
import copy
import weakref
from functools import total_ordering


class Registry(dict):
    def __missing__(self, key):
        value = self[key] = Bucket(key)
        return value

    def __repr__(self):
        return f"Registry({len(self)} buckets)"


class Bucket(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {getattr(item, '__name__', item)}"

    def total(self):
        return sum(i.qty for i in self)


@total_ordering
class Item:
    _cache = weakref.WeakValueDictionary()

    def __new__(cls, sku=None, qty=0, price=0.0):
        cached = cls._cache.get(sku)
        if cached is not None:
            return cached
        obj = super().__new__(cls)
        cls._cache[sku] = obj
        return obj

    def __init__(self, sku, qty=0, price=0.0):
        if not hasattr(self, "sku"):
            self.sku, self.qty, self.price, self.tags = sku, qty, price, []

    def __eq__(self, other):
        return isinstance(other, Item) and (self.price, self.sku) == (other.price, other.sku)

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty}, price={self.price})"


TIERS = [5, 20, 100]
TIER_NAMES = ["budget", "standard", "premium", "luxury"]


def tier(price):
    return TIER_NAMES[bisect.bisect_right(TIERS, price)]


async def restock(item, amount):
    await asyncio.sleep(0.01 * amount)
    item.qty += amount
    return item.sku, item.qty


async def main():
    reg = Registry()
    for sku, qty, price, cat in [("A1", 3, 4.5, "tools"), ("B2", 0, 25.0, "tools"), ("C3", 7, 120.0, "garden"), ("D4", 1, 20.0, "garden")]:
        reg[cat].append(Item(sku, qty, price))
    print(reg, sorted(reg), Bucket[Item], Bucket["x"])
    print(Item("A1") is reg["tools"][0], len(Item._cache), Item("A1"))
    print({b.name: b.total() for b in reg.values()}, [tier(i.price) for b in reg.values() for i in b])
    snapshot = copy.copy(reg["tools"])
    deep = copy.deepcopy(reg["garden"])
    reg["tools"][0].tags.append("sale")
    print(type(snapshot).__name__, snapshot[0].tags, deep[0].tags, deep[0] is reg["garden"][0], deep[0] == reg["garden"][0])
    low = [i for b in reg.values() for i in b if i.qty < 2]
    print("restocked:", await asyncio.gather(*(restock(i, 10 - i.qty) for i in low)))
    everything = sorted(i for b in reg.values() for i in b)
    print(everything[0], max(everything), everything[1] <= everything[2], isinstance(reg, dict), reg.get("toys"))
    print(asyncio.get_running_loop().time())


asyncio.run(main())
