import asyncio
from dataclasses import dataclass


@dataclass
class Point:
    x: object
    y: object


class Shape:
    pass


def classify(value):
    match value:
        case (int() | float()) as number if number != 99:
            return f"number {number}"
        case (str(), str()):
            return "pair of strings"
        case [Point(), *others]:
            return f"points, {len(others)} more"
        case {"kind": (Shape() | Point())}:
            return "mapping with a shape"
        case Point(int(), str()):
            return "point int/str"
        case Point(x=(int() | float()), y=Point( )):
            return "point holding a point"
        case (Shape(),):
            return "one shape in a tuple"
        case ():
            return "empty tuple"
        case (bool()):
            return "a bool, grouped"
    return "nothing matched"


async def main():
    samples = [
        1, 2.5, 99, ("a", "b"), [Point(1, 2), Point(3, 4)],
        {"kind": Shape()}, Point(1, "s"), Point(2.0, Point(0, 0)),
        (Shape(),), (), [], "text",
    ]
    for value in samples:
        print(classify(value))
        await asyncio.sleep(0)


asyncio.run(main())
