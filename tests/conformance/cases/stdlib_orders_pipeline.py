import asyncio
import sys
from dataclasses import dataclass, field
from collections import defaultdict, Counter, namedtuple
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    status: str = "new"

Point = namedtuple("Point", ["x", "y"])

async def process(order, log):
    await asyncio.sleep(len(order.items) / 10)
    order.status = "done"
    log[order.status].append(order.id)
    return order

async def main():
    log = defaultdict(list)
    orders = [Order(1, ["a"]), Order(2), Order(3, ["a", "b", "c"])]
    done = await asyncio.gather(*(process(o, log) for o in orders))
    print(done[0], dict(log), Counter(i for o in orders for i in o.items).most_common(2))
    print(Point(1, 2), Point(1, 2)._replace(y=5), Color.RED, Color(2).name, list(Color))
    print("to stderr", file=sys.stderr)
    print("to stdout", file=sys.stdout)
    sys.stdout.write("raw write\n")

asyncio.run(main())
