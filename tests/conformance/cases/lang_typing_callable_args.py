# typing.Callable keeps its arguments flat: Callable[[int, str], bool].__args__ is (int, str,
# bool), Callable[[], int]'s is (int,), and the parameter list is written back in the repr unless
# the first argument stands for all of it (..., a ParamSpec, Concatenate[...]); get_args gives the
# list back; substituting a ParamSpec with a list of types flattens it in.
import typing
from typing import Callable, Concatenate, ParamSpec, TypeVar, get_args, get_origin
P = ParamSpec("P"); T = TypeVar("T")
for c in [Callable[[int, str], bool], Callable[[], int], Callable[..., T], Callable[P, T],
          Callable[Concatenate[int, P], T], Callable[[T], list[T]]]:
    print(repr(c), c.__args__, c.__parameters__, get_args(c))
print(Callable[..., T][int], Callable[[T], T][str], Callable[[T], T][str].__args__)
print(Callable[P, T][[int, str], bool], Callable[P, T][[int, str], bool].__args__)
print(Callable[P, T][..., bool], Callable[P, T][..., bool].__args__)
print(Callable[[int], str] == Callable[[int], str])
