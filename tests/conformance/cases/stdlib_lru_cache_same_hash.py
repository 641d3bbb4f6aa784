# lru_cache's lookups of keys of one hash: how often each key is compared, by a bounded cache
# (a lookup, one after the call, one to store, one to drop the oldest) and by an unbounded one.
import functools


class Same:
    """Keys of one hash: the lookups compare them."""

    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 7

    def __eq__(self, other):
        print('  eq', self.k, other.k)
        return self.k == other.k


@functools.lru_cache(maxsize=2)
def bounded(k):
    return k.k


@functools.lru_cache(maxsize=None)
def unbounded(k):
    return k.k


for cached in [bounded, unbounded]:
    for k in [1, 2, 1, 3, 1]:
        print('call', k)
        cached(Same(k))
    print(cached.cache_info())

