import pprint
from collections import deque, Counter, defaultdict, OrderedDict
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    qty: int
    tags: list = field(default_factory=list)


inv = {f"sku-{i:03d}": Item(f"sku-{i:03d}", i * 7 % 11, ["fragile"] * (i % 2)) for i in range(5)}
pprint.pprint(inv, width=70)
pprint.pprint(Item("x" * 30, 1, ["a" * 20, "b" * 20, "c" * 20]), width=40)
pprint.pprint(deque(range(30), maxlen=30), width=50)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=60, compact=True)
dd = defaultdict(list)
for w in "alpha beta gamma delta epsilon zeta eta theta".split():
    dd[len(w)].append(w)
pprint.pprint(dd, width=50)
pprint.pprint(OrderedDict((k, k * 3) for k in "abcdefghij"), width=40)
pprint.pprint({"set": set(range(15)), "fs": frozenset("ab"), "t": tuple(range(12)), "s": "word " * 15}, width=50)
print(pprint.pformat(range(1000)), pprint.pformat(b"bytes" * 20, width=40))
pprint.pprint([{"id": i, "nested": {"deep": [i] * 3}} for i in range(3)], depth=2)
pprint.pprint(b"bytes" * 20, width=40)
pprint.pprint(bytearray(b"0123456789" * 9), width=30)
pprint.pprint({"key": b"\x00\x01\xff" * 12, "b": bytearray(b"ab")}, width=35)
pprint.pprint([b"abcdefgh" * 6, b"xy"], width=25)
print(pprint.pformat(b"short"), pprint.pformat(b"ab'cd\"ef" * 8, width=20))
pprint.pprint(b"x" * 50, width=1)
