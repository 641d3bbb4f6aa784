# typing aliases inside Optional/Union: 3.14 prints every union the `X | Y` way.
from typing import Optional, List, Dict, Union
print(Optional[List[int]])
print(Optional[int])
print(Union[int, str, None])
print(Optional[Dict[str, List[int]]])
print(List[Optional[int]])
print(int | None, list[int] | None)
from typing import TypeVar, Callable
T = TypeVar('T')
print(Optional[T], Union[T, List[T]], Union[Callable[[int], str], None])
print(Optional[List[int]] == Union[List[int], None])
print(Union[Dict[str, int], List[int], None])
