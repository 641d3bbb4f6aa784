from __future__ import annotations

import __future__
import asyncio
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional


@dataclass
class Node:
    value: int
    children: 'list[Node]' = field(default_factory=list)
    parent: 'Optional[Node]' = None


async def walk(node: Node) -> AsyncIterator[int]:
    yield node.value
    for child in node.children:
        await asyncio.sleep(0.1)
        async for v in walk(child):
            yield v


async def main() -> None:
    root = Node(1, [Node(2), Node(3, [Node(4)])])
    print([v async for v in walk(root)], root.children[0])
    print(__future__.annotations.getMandatoryRelease(), __future__.division)


asyncio.run(main())
