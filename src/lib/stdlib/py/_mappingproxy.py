"""A read-only view of a dict, as CPython's mappingproxy: enum's __members__, a field's metadata
in dataclasses, a pattern's groupindex in re."""

import sys as _sys


class mappingproxy:
    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __len__(self):
        return len(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, key):
        return key in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._d
        return self._d == other

    if _sys.version_info >= (3, 12):
        def __hash__(self):
            return hash(self._d)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


from _collections_abc import Mapping as _Mapping

_Mapping.register(mappingproxy)
del _Mapping
