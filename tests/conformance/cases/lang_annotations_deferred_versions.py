# Annotations that name something not defined yet: 3.14 defers them (PEP 649) to an __annotate__
# function, so the def and class statements succeed and the names are looked up when the
# annotations are first read; 3.11-3.13 evaluate them in the statement, which fails.
import asyncio

try:

    def scale(item: Item, factor: int = 2) -> Item:
        return item * factor

    print("def made", scale(3))
except NameError as e:
    print("at def:", e)
    scale = None

try:

    class Order:
        item: Item
        count: int = 2

    print("class made", Order.count)
except NameError as e:
    print("at class:", e)
    Order = None


try:

    async def handler(request: Request) -> None:
        await asyncio.sleep(0.1)
        return request

except NameError as e:
    print("at async def:", e)
    handler = None


def plain(a: int, b: str = "x"):
    pass


print(hasattr(plain, "__annotate__"), hasattr(Order, "__annotate__"), plain.__annotations__)


class Item:
    pass


class Request:
    pass


if scale is not None:
    print(scale.__annotations__)
if Order is not None:
    print(Order.__annotations__)
if handler is not None:
    print(handler.__annotations__)
    print(asyncio.run(handler(5)))
try:
    import annotationlib

    print("annotationlib", annotationlib.Format.VALUE.value)
except ModuleNotFoundError as e:
    print(e)
