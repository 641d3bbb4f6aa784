from __future__ import annotations
import asyncio
from dataclasses import dataclass

@dataclass
class Node:
    value: int
    next: Node | None = None

def f(a: int, b: list[Node] = None, *rest: str, k: float = 1.0) -> dict[str, int]:
    return {}

x: int = 5
print(f.__annotations__, Node(1, Node(2)), __annotations__)
