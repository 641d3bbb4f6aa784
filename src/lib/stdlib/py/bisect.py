# `bisect`: binary search and insertion in sorted sequences, with lo/hi bounds and a key.
from operator import index as _index
# The probing loop is native, as CPython's is C: a[mid], the key, then one `<` per probe.
from _stdlib_native import bisect_search as _search


# The C functions' Py_ssize_t parameters: lo and hi beyond it are refused, with different messages.
_LIMIT = 1 << 63


def _bounds(a, lo, hi):
    lo = _index(lo)
    if not -_LIMIT <= lo < _LIMIT:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if hi is not None:
        try:
            hi = _index(hi)
        except TypeError:
            raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'") from None
        if not -_LIMIT <= hi < _LIMIT:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    # -1 is the C default: None and -1 both mean len(a).
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    return _search(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    return _search(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right

# C functions of _bisect in CPython: `<built-in function bisect_right>`, bisect and insort included.
from _stdlib_native import c_functions as _c_functions
_c_functions('_bisect', globals(), 'bisect_right bisect_left insort_right insort_left')
del _c_functions
