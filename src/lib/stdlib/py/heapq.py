# `heapq`: a binary min-heap kept in a plain list, with CPython's sift order so the list's layout
# after each operation is the one a program prints under CPython.


def _check_list(heap, fname, whole=False):
    if not isinstance(heap, list):
        what = 'argument' if whole else 'argument 1'
        raise TypeError(f'{fname}() {what} must be list, not {type(heap).__name__}')


# The sift loops are native (_stdlib_native.heap_sift_*), as CPython's are C: a comparison may
# run an item's own __lt__, and the list may not change size meanwhile.
from _stdlib_native import heap_sift_root as _sift_toward_root, heap_sift_leaves as _sift_toward_leaves


def heappush(*args):
    if len(args) != 2:
        raise TypeError(f'heappush expected 2 arguments, got {len(args)}')
    heap, item = args
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return top
    return last


def heapreplace(*args):
    if len(args) != 2:
        raise TypeError(f'heapreplace expected 2 arguments, got {len(args)}')
    heap, item = args
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heappushpop(*args):
    if len(args) != 2:
        raise TypeError(f'heappushpop expected 2 arguments, got {len(args)}')
    heap, item = args
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(heap):
    _check_list(heap, 'heapify', True)
    for i in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, i)


def nsmallest(n, iterable, key=None):
    # Documented as equal to sorted(iterable, key=key)[:n], ties in input order.
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    # Documented as equal to sorted(iterable, key=key, reverse=True)[:n].
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


class _MergeEntry:
    # One input of merge(): its current value, its place among the inputs (ties go to the
    # earlier input) and the iterator it came from.
    __slots__ = ('value', 'sort_key', 'index', 'iterator', 'reverse')

    def __init__(self, value, sort_key, index, iterator, reverse):
        self.value = value
        self.sort_key = sort_key
        self.index = index
        self.iterator = iterator
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.sort_key < self.sort_key:
                return True
            if self.sort_key < other.sort_key:
                return False
        else:
            if self.sort_key < other.sort_key:
                return True
            if other.sort_key < self.sort_key:
                return False
        return self.index < other.index


def merge(*iterables, key=None, reverse=False):
    heap = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append(_MergeEntry(value, value if key is None else key(value), index, it, reverse))
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.value
        for value in entry.iterator:
            entry.value = value
            entry.sort_key = value if key is None else key(value)
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)

# C functions of _heapq in CPython: `<built-in function heappush>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_heapq', globals(), 'heappush heappop heapreplace heappushpop heapify')
del _c_functions
