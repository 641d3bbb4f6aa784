"""A read-only view of a dict, as CPython's mappingproxy: a class's __dict__, enum's __members__,
a field's metadata in dataclasses, a pattern's groupindex in re. The type itself is native
(runtime/types/mappingproxy.ts, given to this module as `mappingproxy`); _collections_abc registers
it as a Mapping, as CPython's does (importing _collections_abc here would make every importer of
types, enum, dataclasses or re pay for it at start-up)."""
