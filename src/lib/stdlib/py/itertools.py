# `itertools`: each tool is a class (so reprs and type names are CPython's `<itertools.chain object at ...>`,
# `count(5)`, `repeat(1, 3)`) driving a generator.

import sys as _sys

_marker = object()


def _positive_index(value, message):
    if value is None:
        return None
    if isinstance(value, int) or hasattr(type(value), '__index__'):
        value = value.__index__() if not isinstance(value, int) else int(value)
        if value >= 0:
            return value
    raise ValueError(message)


class _GenIter:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if (not isinstance(v, (int, float, complex))) and (not hasattr(type(v), '__add__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._n
        self._n = v + self._step
        return v

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle(_GenIter):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = int(times.__index__() if not isinstance(times, int) else times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


class chain(_GenIter):
    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for it in sources:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterable):
        obj = cls()
        obj._gen = cls._run(iter(iterable))
        return obj

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class islice(_GenIter):
    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start = args[0]
            stop = args[1]
            step = args[2] if len(args) > 2 else None
        stop = _positive_index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        start = _positive_index(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is not None:
            try:
                step = _positive_index(step, '')
            except ValueError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = self._run(iter(iterable), start or 0, stop, step or 1)

    @staticmethod
    def _run(it, start, stop, step):
        cnt = 0
        nxt = start
        while True:
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item


class accumulate(_GenIter):
    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            if func is None:
                total = total + element
            else:
                total = func(total, element)
            yield total


# Not a generator: as CPython's, a StopIteration the function raises ends only that next() (the
# same exception), and the next call goes on with the next item.
class starmap:
    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*next(self._it))


class takewhile(_GenIter):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                return


class dropwhile(_GenIter):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class filterfalse(_GenIter):
    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for x in it:
            if function is None:
                if not x:
                    yield x
            elif not function(x):
                yield x


class compress(_GenIter):
    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class zip_longest(_GenIter):
    # Keyword-only parameters after *args are read from **kwargs (interpreter workaround).
    def __init__(self, *iterables, **kwargs):
        fillvalue = kwargs.pop('fillvalue', None)
        if kwargs:
            raise TypeError(f"zip_longest() got an unexpected keyword argument '{next(iter(kwargs))}'")
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        n = len(iterators)
        if n == 0:
            return
        active = n
        done = [False] * n
        while True:
            values = []
            for i in range(n):
                if done[i]:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(iterators[i]))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if active == 0:
                        return
                    values.append(fillvalue)
            yield tuple(values)


class product(_GenIter):
    def __init__(self, *iterables, **kwargs):
        repeat = kwargs.pop('repeat', 1)
        if kwargs:
            raise TypeError(f"product() got an unexpected keyword argument '{next(iter(kwargs))}'")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        while True:
            yield tuple(pools[i][indices[i]] for i in range(n))
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return


class permutations(_GenIter):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        used = [False] * n
        chosen = []

        def rec(depth):
            if depth == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from rec(depth + 1)
                    chosen.pop()
                    used[i] = False
        yield from rec(0)


class combinations(_GenIter):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        pool = tuple(iterable)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_GenIter):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        pool = tuple(iterable)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if n == 0 and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
            yield tuple(pool[k] for k in indices)


class _grouper:
    def __init__(self, parent, tgtkey, token):
        self._parent = parent
        self._tgtkey = tgtkey
        self._token = token

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._token is not self._token:
            raise StopIteration
        if p._currvalue is _marker:
            p._step()
        if not (p._currkey == self._tgtkey):
            raise StopIteration
        value = p._currvalue
        p._currvalue = _marker
        return value


_grouper.__module__ = 'itertools'


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._token = None

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        token = object()
        self._token = token
        while True:
            if self._currvalue is _marker:
                self._step()
            if self._tgtkey is _marker or not (self._currkey == self._tgtkey):
                break
            self._currvalue = _marker
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, token))


class pairwise(_GenIter):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


def _batched_args(args, kwargs):
    # batched's arguments as its C argument parser takes them: (iterable, n), and from 3.13 a
    # keyword-only strict; each check in the parser's order, with its wording.
    names = ('iterable', 'n', 'strict') if _sys.version_info >= (3, 13) else ('iterable', 'n')
    given = len(args) + len(kwargs)
    if given > len(names):
        what = 'keyword arguments' if not args else 'arguments'
        raise TypeError(f'batched() takes at most {len(names)} {what} ({given} given)')
    if len(args) > 2:
        raise TypeError(f'batched() takes exactly 2 positional arguments ({len(args)} given)')
    values = list(args)
    rest = dict(kwargs)
    for position, name in enumerate(names[len(args):], len(args) + 1):
        if name in rest:
            values.append(rest.pop(name))
        elif name == 'strict':
            values.append(False)
        else:
            raise TypeError(f"batched() missing required argument '{name}' (pos {position})")
    for key in rest:
        if key in names[: len(args)]:
            position = names.index(key) + 1
            raise TypeError(f"argument for batched() given by name ('{key}') and position ({position})")
        raise TypeError(f"batched() got an unexpected keyword argument '{key}'")
    if len(values) == 2:
        values.append(False)
    return values


def _as_index(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


class batched(_GenIter):
    def __init__(self, *args, **kwargs):
        iterable, n, strict = _batched_args(args, kwargs)
        n = _as_index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = self._run(iter(iterable), n, bool(strict))

    @staticmethod
    def _run(it, n, strict):
        while True:
            batch = []
            for _ in range(n):
                try:
                    batch.append(next(it))
                except StopIteration:
                    break
            if not batch:
                return
            if strict and len(batch) != n:
                raise ValueError('batched(): incomplete batch')
            yield tuple(batch)
            if len(batch) < n:
                return


class _tee_link:
    def __init__(self):
        self.value = _marker
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


_tee.__module__ = 'itertools'


def tee(iterable, n=2):
    # As C's tee: nothing is asked of the iterable for n == 0; an iterator that is no tee is asked
    # for its iterator again (tee_fromiterable). Before 3.14 an iterator with a __copy__ is the first
    # of the result and copied for the others; from 3.14 a tee is copied for all of them.
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if _sys.version_info < (3, 14):
        copy = getattr(it, '__copy__', None)
        if copy is None:
            first = _tee(iter(it), _tee_link())
            copy = first.__copy__
        else:
            first = it
        return (first,) + tuple(copy() for _ in range(n - 1))
    first = it.__copy__() if type(it) is _tee else _tee(iter(it), _tee_link())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


# CPython writes these in C: error messages name them with their module ('itertools.count' object ...).
from _stdlib_native import c_types as _c_types, c_functions as _c_functions
_c_types(count, cycle, repeat, chain, islice, accumulate, starmap, takewhile, dropwhile, filterfalse, compress, zip_longest, product, permutations, combinations, combinations_with_replacement, _grouper, groupby, pairwise, batched, _tee)
_c_functions('itertools', globals(), 'tee')
del _c_types, _c_functions

# The item loops run natively, as in C; each method hands over to the Python above when it must.
from _stdlib_native import itertools_natives as _natives
_natives(globals())
del _natives

if _sys.version_info < (3, 12):
    # batched came in 3.12.
    del batched
