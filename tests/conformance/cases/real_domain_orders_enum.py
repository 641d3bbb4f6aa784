"""Domain model of an order book: enums (Enum, IntEnum, Flag, StrEnum with auto),
frozen and ordered dataclasses, __post_init__ validation, and an async settlement loop."""
import asyncio
import enum
from dataclasses import dataclass, field, replace, asdict, astuple
from decimal import Decimal


class Side(enum.Enum):
    BUY = "buy"
    SELL = "sell"

    @property
    def sign(self):
        return 1 if self is Side.BUY else -1


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Flags(enum.Flag):
    NONE = 0
    MARGIN = enum.auto()
    SHORT = enum.auto()
    ICEBERG = enum.auto()


class Venue(enum.StrEnum):
    NYSE = enum.auto()
    LSE = enum.auto()


@dataclass(frozen=True, order=True)
class Order:
    priority: Priority
    oid: int
    symbol: str = field(compare=False)
    side: Side = field(compare=False)
    qty: int = field(compare=False)
    price: Decimal = field(compare=False)
    flags: Flags = field(default=Flags.NONE, compare=False)
    venue: Venue = field(default=Venue.NYSE, compare=False)

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"order {self.oid}: qty must be positive, got {self.qty}")

    @property
    def notional(self):
        return self.side.sign * self.qty * self.price


@dataclass
class Book:
    positions: dict = field(default_factory=dict)
    settled: list = field(default_factory=list)

    async def settle(self, order):
        await asyncio.sleep(0.1 if order.venue is Venue.NYSE else 0.25)
        self.positions[order.symbol] = self.positions.get(order.symbol, 0) + order.side.sign * order.qty
        self.settled.append(order.oid)
        return order.notional


async def main():
    raw = [
        (Priority.NORMAL, 1, "ACME", Side.BUY, 100, Decimal("10.50")),
        (Priority.HIGH, 2, "ACME", Side.SELL, 40, Decimal("10.75"), Flags.SHORT | Flags.MARGIN),
        (Priority.LOW, 3, "INIT", Side.BUY, 10, Decimal("99.99"), Flags.NONE, Venue.LSE),
        (Priority.HIGH, 4, "INIT", Side.BUY, 0, Decimal("1")),
    ]
    orders = []
    for args in raw:
        try:
            orders.append(Order(*args))
        except ValueError as exc:
            print("rejected:", exc)
    orders.sort(reverse=True)
    print([(o.oid, o.priority.name, int(o.priority)) for o in orders])
    print(orders[1])
    print(Flags.SHORT in orders[0].flags, orders[0].flags, list(Flags), Venue.LSE, repr(Venue.LSE))
    book = Book()
    notionals = await asyncio.gather(*(book.settle(o) for o in orders))
    print("notionals:", notionals, "sum", sum(notionals))
    print("book:", book)
    amended = replace(orders[0], qty=41)
    print(asdict(amended)["qty"], astuple(amended)[:3], amended == orders[0], amended < orders[2])
    try:
        amended.qty = 1
    except Exception as exc:
        print(type(exc).__name__, exc)
    print(Side("sell"), Priority(5), Side["BUY"].value, sorted(Priority, reverse=True))


asyncio.run(main())
