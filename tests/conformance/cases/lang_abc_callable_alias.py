# collections.abc.Callable[...] is a GenericAlias subclass, collections.abc._CallableGenericAlias:
# its __args__ spread the parameter list out (Callable[[int], str].__args__ is (int, str)), its
# repr brackets them again unless the first argument stands for all of them (..., a ParamSpec,
# Concatenate[...]), substitution gives the subclass back, and typing.get_args returns the list.
import collections.abc as cabc
import types
import typing

P = typing.ParamSpec("P")
T = typing.TypeVar("T")
for c in [cabc.Callable[[int], str], cabc.Callable[[int, float], str], cabc.Callable[[], int],
          cabc.Callable[..., str], cabc.Callable[P, int], cabc.Callable[typing.Concatenate[int, P], T],
          cabc.Callable[[T], list[T]]]:
    print(repr(c), c.__args__, c.__parameters__, type(c).__name__, typing.get_args(c))
c = cabc.Callable[[int], str]
print(type(c).__mro__, c.__origin__, typing.get_origin(c))
print(c == cabc.Callable[[int], str], hash(c) == hash(cabc.Callable[[int], str]))
print(c == types.GenericAlias(cabc.Callable, (int, str)), isinstance(c, types.GenericAlias))
print(c.__reduce__())
print(cabc.Callable[..., int].__reduce__())
g = cabc.Callable[[T], T]
print(g[int], g[int].__args__, type(g[int]).__name__)
print(cabc.Callable[..., T][str], cabc.Callable[P, int][[str, bytes]].__args__)
print(list[cabc.Callable[[int], str]], cabc.Callable[[int], str] | None)
print(cabc.Callable[[cabc.Callable[[int], str]], None])
for bad in [int, (int,), (int, str)]:
    try:
        cabc.Callable[bad]
    except TypeError as e:
        print("TypeError:", e)
try:
    c[int]
except TypeError as e:
    print("TypeError:", e)


def f(x: cabc.Callable[[int, T], list[T]]) -> cabc.Callable[[], None]:
    pass


print(typing.get_type_hints(f))
