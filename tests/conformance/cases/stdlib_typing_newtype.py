# typing.NewType is a class in 3.10+: its repr is module.name (also inside other aliases), calling it returns the value unchanged, it names its supertype, a | union with it works, and subclassing one fails with CPython's suggestion; a Callable[..., T] annotation reprs with its typing prefix.
from typing import Callable, List, NewType, Optional, TypeVar, get_type_hints

UserId = NewType("UserId", int)
OrderId = NewType("OrderId", str)
AdminId = NewType("AdminId", UserId)
T = TypeVar("T")

print(UserId, repr(OrderId), AdminId, UserId(5), type(UserId(5)).__name__, OrderId("A1"), AdminId(UserId(3)))
print(UserId.__name__, UserId.__qualname__, UserId.__module__, UserId.__supertype__, AdminId.__supertype__)
print(List[UserId], Optional[UserId], UserId | None, dict[str, UserId], Callable[[UserId], OrderId])


def lookup(uid: UserId, fallback: Callable[..., T]) -> Optional[OrderId]:
    return None


print(get_type_hints(lookup))
print(lookup.__annotations__)
try:
    class Special(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
