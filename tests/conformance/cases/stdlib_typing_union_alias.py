# typing.Union and Optional before 3.14 are typing._UnionGenericAlias objects; substituting a
# union's type variables builds the union again (duplicates merged, a single member left bare,
# X | Y members flattened), as CPython's Union[...] does. From 3.14 they are types.UnionType.
# (3.14 makes a union with a TypeVar member a types.UnionType too; Loopline does not yet.)
from typing import List, Optional, TypeVar, Union, get_args, get_origin

T = TypeVar("T")
U = TypeVar("U")

print(type(Union[int, str]).__name__, type(Optional[int]).__name__)
print(isinstance(Union[int, str], type(Optional[bytes])), type(List[int]).__name__)
print(Union[T, int][int], Union[T, int][str], Optional[T][bytes], Union[T, List[T]][int])
print(Union[T, None][None], Union[T, U][int, int], Union[T, U][str, int])
print(type(Union[T, int][str]).__name__, get_origin(Optional[T][int]), get_args(Union[T, str][str | int]))
print(Union[int | str, float], Union[int | None, str], Union[Union[int, str], bytes | None])
print(get_args(Union[int | str, int]), Union[int | str, int])
