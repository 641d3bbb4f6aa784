# An OrderedDict subclass whose __getitem__/__setitem__ call move_to_end (the usual LRU cache):
# move_to_end and popitem work on the dict itself and never call the subclass's methods back.
from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __getitem__(self, k):
        v = super().__getitem__(k)
        self.move_to_end(k)
        return v

    def __setitem__(self, k, v):
        print("  set", k)
        super().__setitem__(k, v)
        self.move_to_end(k)
        if len(self) > self.cap:
            oldest = next(iter(self))
            print("  evict", oldest)
            del self[oldest]


lru = LRU(2)
lru["a"] = 1
lru["b"] = 2
print(lru["a"])
lru["c"] = 3
print(lru, list(lru.items()))
lru.move_to_end("c", last=False)
print(list(lru), lru.popitem(), lru.popitem(last=False), len(lru))
