"""An inventory report pretty-prints its dataclasses: pprint lays out a dataclass that does not fit
one field a line (nested ones too), leaves a custom or disabled repr alone, and hides repr=False fields."""
import pprint
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    qty: int
    tags: list = field(default_factory=list)
    secret: str = field(default="s3cr3t", repr=False)


@dataclass
class Shelf:
    name: str
    items: list
    parent: object = None


@dataclass
class Custom:
    label: str

    def __repr__(self):
        return f"<Custom {self.label} {'x' * 60}>"


@dataclass(repr=False)
class NoRepr:
    label: str


class Special(Item):
    pass


items = [Item("A-100", 3, ["fragile", "blue"]), Item("B-200", 12), Special("C-300", 1, ["x"] * 20)]
shelf = Shelf("top shelf with a long descriptive name", items)
pprint.pprint(items[0])
pprint.pprint(items, width=40)
pprint.pprint(shelf)
pprint.pprint({"shelf": shelf, "count": len(items)}, width=60)
print(pprint.pformat(shelf, depth=2))
pprint.pprint([Custom("c")] * 2)
text = pprint.pformat([NoRepr("n" * 10)] * 8)
print(text.count("\n"), text.count("NoRepr object at 0x"))
shelf.parent = shelf
pprint.pprint(shelf, width=50)
print(pprint.pformat(Item("Z" * 90, 0), compact=True))
