"""A read-only view of a dict, as CPython's mappingproxy: a class's __dict__, enum's __members__,
a field's metadata in dataclasses, a pattern's groupindex in re. The type itself is native
(runtime/types/mappingproxy.ts, given to this module as `mappingproxy`); here it becomes a Mapping."""

from _collections_abc import Mapping as _Mapping

_Mapping.register(mappingproxy)
del _Mapping
