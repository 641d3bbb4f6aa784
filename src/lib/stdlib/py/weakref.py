# `weakref` with one difference from CPython: Loopline has no reference counts, so an object
# stays alive while it is weakly referenced. ref() returns its object, a WeakValueDictionary or
# WeakKeyDictionary keeps its entries and a WeakSet its members until the program removes them,
# and callbacks and finalize() run only when called explicitly. Objects CPython cannot refer to
# weakly (int, str, tuple, list, dict, None, ...) raise its TypeError.

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

_NO_WEAKREF = (int, float, complex, bool, str, bytes, tuple, list, dict, set, frozenset, type(None))


def _check(obj):
    if type(obj) in _NO_WEAKREF:
        raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")


class ref:
    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None, /):
        _check(obj)
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        o = self._obj
        return f"<weakref at {hex(id(self))}; to '{type(o).__name__}' at {hex(id(o))}>"


ReferenceType = ref
ref.__name__ = 'ReferenceType'
ref.__qualname__ = 'ReferenceType'


class WeakMethod(ref):
    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None
        ref.__init__(self, meth, callback)


def proxy(obj, callback=None, /):
    _check(obj)
    return obj


ProxyType = type(None)


def getweakrefcount(obj, /):
    return 0


def getweakrefs(obj, /):
    return []


class WeakValueDictionary(dict):
    def __init__(self, other=(), /, **kw):
        super().__init__()
        self.update(other, **kw)

    def __setitem__(self, key, value):
        _check(value)
        super().__setitem__(key, value)

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def copy(self):
        return WeakValueDictionary(self)

    def __repr__(self):
        return f'<WeakValueDictionary at {hex(id(self))}>'


class WeakKeyDictionary(dict):
    def __init__(self, dict=None):
        super().__init__()
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        _check(key)
        super().__setitem__(key, value)

    def update(self, dict=None, /, **kwargs):
        items = dict.items() if hasattr(dict, 'items') else (dict or ())
        for k, v in items:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def copy(self):
        return WeakKeyDictionary(self)

    def __repr__(self):
        return f'<WeakKeyDictionary at {hex(id(self))}>'


class WeakSet:
    # As CPython's (_weakrefset.WeakSet): not a set itself, but a set of weak references to its
    # members (`data`), which is what its repr shows.

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for r in list(self.data):
            yield r()

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        return self.data.pop()()

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def _refs(self, other):
        return {ref(item) for item in other}

    def _made(self, refs):
        out = self.__class__()
        out.data = refs
        return out

    def union(self, other):
        return self._made(self.data | self._refs(other))

    __or__ = union

    def difference(self, other):
        return self._made(self.data - self._refs(other))

    __sub__ = difference

    def difference_update(self, other):
        self.data -= self._refs(other)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self._made(self.data & self._refs(other))

    __and__ = intersection

    def intersection_update(self, other):
        self.data &= self._refs(other)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def symmetric_difference(self, other):
        return self._made(self.data ^ self._refs(other))

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.data ^= self._refs(other)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    def __le__(self, other):
        return self.data <= self._refs(other)

    def __lt__(self, other):
        return self.data < self._refs(other)

    def __ge__(self, other):
        return self.data >= self._refs(other)

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __hash__ = None


WeakSet.__module__ = '_weakrefset'


class finalize:
    # A weakly referenced object never dies here (see the module's note), so a finalizer runs when
    # called, or at interpreter exit: atexit's turn calls the live ones whose `atexit` is true,
    # newest first (one made meanwhile joins them), and none runs after that.
    _live = []
    _registered_with_atexit = False
    _shutdown = False
    _dirty = False

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        self._obj = obj
        self._call = (func, args, kwargs)
        finalize._live.append(self)
        finalize._dirty = True

    def _take(self):
        call, self._call = self._call, None
        if call is not None:
            finalize._live.remove(self)
        return call

    def __call__(self, _=None):
        call = self._take()
        if call is None or finalize._shutdown:
            return None
        func, args, kwargs = call
        return func(*args, **kwargs)

    def detach(self):
        call = self._take()
        if call is None:
            return None
        func, args, kwargs = call
        return (self._obj, func, args, kwargs)

    def peek(self):
        if self._call is None:
            return None
        func, args, kwargs = self._call
        return (self._obj, func, args, kwargs)

    @property
    def alive(self):
        return self._call is not None

    atexit = True

    @classmethod
    def _exitfunc(cls):
        try:
            pending = None
            while True:
                if pending is None or finalize._dirty:
                    pending = [f for f in finalize._live if f.atexit]
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    import sys
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
