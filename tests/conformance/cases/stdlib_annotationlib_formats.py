# annotationlib (3.14): the four formats of get_annotations, call_annotate_function, ForwardRef and
# its evaluate(), annotations_to_string and type_repr. FORWARDREF and STRING run the compiler's
# __annotate__ with fake globals: an undefined name (STRING: every name) becomes a stringifier that
# prints back the expression built on it, and is a ForwardRef in the FORWARDREF result.
import dataclasses
import inspect
from annotationlib import (
    Format,
    ForwardRef,
    annotations_to_string,
    call_annotate_function,
    get_annotate_from_class_namespace,
    get_annotations,
    type_repr,
)
from typing import NamedTuple, TypedDict, get_type_hints

print(list(Format), Format.STRING == 4)


def f(
    a: int,
    b: Undefined,
    c: list[Undefined],
    d: Undefined | None,
    e: dict[str,  int] = None,
    *args: "Later",
    **kw: tuple[int, ...],
) -> Undefined.attr[1:2]:
    pass


print(get_annotations(f, format=Format.STRING))
refs = get_annotations(f, format=Format.FORWARDREF)
for k, v in refs.items():
    shown = v.__forward_arg__ if isinstance(v, ForwardRef) else v
    print(k, type(v).__name__, shown if k != "c" else (v.__origin__, [type(a).__name__ for a in v.__args__]))
inner = refs["c"].__args__[0]
print(type(inner).__name__, inner.__forward_arg__, inner.__forward_is_class__, inner.__owner__ is f)
try:
    get_annotations(f)
except NameError as e:
    print("NameError", e)


def g(
    x: -a + b * (c - d) ** 2 ** e,
    y: not a,
    z: (a, b),
    w: a < b,
    v: [a, *b],
    u: {"k": a},
    t: a(b, k=c),
    s: a[()],
    r: a[b:c, ::2],
    q: ~a | b & c ^ d << 1,
    p: (a + b).c,
):
    pass


print(get_annotations(g, format=Format.STRING))


def outer():
    def inner(x: Local, y: Glob, z: int):
        pass

    Local = int
    return inner


print(get_annotations(outer(), format=Format.FORWARDREF)["x"])
print(get_annotations(outer(), format=Format.FORWARDREF)["y"].__forward_arg__)


class C:
    x: int
    y: Later
    z: "C"


print(get_annotations(C, format=Format.STRING))
print(get_annotations(C, format=Format.FORWARDREF)["y"])
print(get_annotate_from_class_namespace({"__annotate_func__": 1}), get_annotate_from_class_namespace({}))


@dataclasses.dataclass
class Tree:
    left: Tree | None = None
    kids: list[Leaf] = dataclasses.field(default_factory=list)


class Leaf:
    pass


print([(x.name, x.type) for x in dataclasses.fields(Tree)])


class Point(NamedTuple):
    x: int
    nxt: Later = None


class Movie(TypedDict):
    title: str
    sequel: Sequel


class Later:
    pass


class Sequel(TypedDict):
    name: str


print(get_annotations(C), get_annotations(C, eval_str=True))
print(Tree(), get_type_hints(Tree))
print(Point(1), Point.__annotations__, get_type_hints(Point))
print(Movie.__annotations__, get_type_hints(Movie), sorted(Movie.__required_keys__))
print(inspect.get_annotations(f, format=Format.STRING)["c"])
print(annotations_to_string({"a": int, "b": list[int], "c": C, "d": ..., "e": "text"}))
print(type_repr(int), type_repr(C), type_repr(len), type_repr(...), type_repr(3))
ref = ForwardRef("Undefined2")
print(ref, ref.evaluate(format=Format.FORWARDREF) is ref, ref.evaluate(format=Format.STRING))
try:
    ref.evaluate()
except NameError as e:
    print("NameError", e)
print(ForwardRef("int").evaluate(), ForwardRef("list[Later]").evaluate(globals=globals()))
print(call_annotate_function(f.__annotate__, Format.STRING)["return"])
for bad in [lambda: call_annotate_function(f.__annotate__, Format.VALUE_WITH_FAKE_GLOBALS),
            lambda: get_annotations(f, format=Format.STRING, eval_str=True),
            lambda: get_annotations(f, format=7),
            lambda: get_annotations(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def missing(x: Missing):
    pass


print(inspect.signature(missing))
