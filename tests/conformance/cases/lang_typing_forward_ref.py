# A type written as a string is a typing.ForwardRef wherever typing takes a type: a TypeVar's
# bound (and, on 3.11, its constraints), the arguments of List[...], Optional[...], a generic
# class's subscription. Its repr, __forward_arg__, equality and hash are CPython's (3.14 moved it to
# annotationlib and dropped the evaluated cache); get_type_hints evaluates the references, also
# those inside aliases.
import sys
import typing
from typing import ClassVar, Dict, ForwardRef, Generic, List, Optional, TypeVar, get_type_hints

T = TypeVar("T", bound="str")
b = T.__bound__
print(b, type(b).__name__, type(b).__module__, b.__forward_arg__)
print(b == ForwardRef("str"), b == ForwardRef("int"), hash(b) == hash(ForwardRef("str")))
print(b.__forward_is_argument__, b.__forward_is_class__, b.__forward_module__)
print(getattr(b, "__forward_evaluated__", "no cache"))
print(TypeVar("U", "int", str).__constraints__)
print(List["Node"], Optional["Node"], Dict[str, "Node"].__args__, typing.Union["A", int])
print(ClassVar["int"], List[T]["Node"], List[None], Optional[None])
Box = TypeVar("Box")


class Pair(Generic[Box]):
    pass


print(Pair["Node"], ForwardRef("List[int]").__forward_arg__)
print(ForwardRef("x", module="m"), ForwardRef("x", module="m") == ForwardRef("x"))
print({ForwardRef("a"): 1, ForwardRef("a"): 2}, isinstance(b, ForwardRef))
for bad in (3, None):
    try:
        ForwardRef(bad)
    except TypeError as e:
        print("TypeError:", e)
try:

    class Sub(ForwardRef):
        pass

except TypeError as e:
    print("TypeError:", e)


class Node:
    nxt: Optional["Node"]
    kids: List["Node"]
    plain: list["Node"]
    name: "str"
    again: "'Node'"


print(get_type_hints(Node))
ref = Node.__annotations__["nxt"].__args__[0]
print(ref, getattr(ref, "__forward_evaluated__", "no cache"), getattr(ref, "__forward_value__", "no cache"))


def f(x: "Node", y: "List[Node]", z: Dict[str, "int"]) -> "int":
    pass


print(get_type_hints(f), f.__annotations__)


def g(x: "Missing"):
    pass


try:
    get_type_hints(g)
except NameError as e:
    print("NameError:", e)
if sys.version_info >= (3, 14):
    # 3.14's annotationlib.ForwardRef evaluates itself.
    print(ForwardRef("int").evaluate(), ForwardRef("list[Node]").evaluate(globals=globals()))
    print(ForwardRef("X").evaluate(locals={"X": 4}, globals={"X": 3}), ForwardRef("Node").evaluate(owner=f))
    try:
        ForwardRef("Missing").evaluate()
    except NameError as e:
        print("NameError:", e, e.name)
    print(ForwardRef("Missing").evaluate(format=3), typing.evaluate_forward_ref(ForwardRef("Node"), owner=Node))
