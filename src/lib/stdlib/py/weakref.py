# `weakref` on Loopline's object-lifetime model (sim/lifetimes.ts). An object dies when the program
# lets go of its last reference (a name rebound or deleted, a function's return, list.clear/remove,
# del d[k], dict.clear, set.discard/remove/clear, an attribute replaced or deleted) and nothing
# reachable holds it: checked as the program's next statement starts, so a death inside one
# statement (`print(f())` whose f drops one) shows after that statement, not during it. Objects in
# a reference cycle die at gc.collect() or at interpreter shutdown (after atexit, the program's
# globals cleared in their order). Then ref() returns None, callbacks run newest first (a reference
# that is itself garbage calls none), WeakValueDictionary/WeakKeyDictionary/WeakSet lose the entry
# and finalize() runs (a reference that died first, or a finalize called or detached, is no longer
# counted and calls nothing); a proxy() forwards each operation to its object until it died (then
# ReferenceError). Not modelled: an object held only by a garbage cycle dies when dropped rather than at the next collection; a value
# the program stores straight into a standard-library module's namespace is not seen as held;
# past the run's mark budget, deaths wait for a batch of drops or the next safe point.
# WeakMethod's call looks the method up again by name. Objects CPython cannot refer to weakly
# (int, str, tuple, list, dict, None, object(), a class whose __slots__ leave out __weakref__, ...)
# raise its TypeError.

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

import sys

def _check(obj):
    name = _refusal(obj)
    if name is not None:
        raise TypeError(f"cannot create weak reference to '{name}' object")


class ref:
    __slots__ = ('_hash', '__dict__')

    def __new__(cls, obj, callback=None, /, *args, **kw):
        _check(obj)
        if cls is ref and callback is None:
            # CPython hands out one shared plain reference per object.
            for r in _refs(obj):
                if type(r) is ref and _callback(r) is None:
                    return r
        self = object.__new__(cls)
        self._hash = None
        _weaken(self, obj, callback)
        return self

    def __init__(self, obj, callback=None, /, *args, **kw):
        pass

    def __call__(self):
        return _deref(self)

    @property
    def __callback__(self):
        return _callback(self)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        if self._hash is None:
            o = self()
            if o is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(o)
        return self._hash

    def __repr__(self):
        o = self()
        if o is None:
            return f"<weakref at {hex(id(self))}; dead>"
        return f"<weakref at {hex(id(self))}; to '{type(o).__name__}' at {hex(id(o))}>"


ReferenceType = ref
ref.__name__ = 'ReferenceType'
ref.__qualname__ = 'ReferenceType'


class KeyedRef(ref):
    # A reference that remembers its key: the weak containers' entries.
    __slots__ = ('key',)

    def __new__(cls, obj, callback, key):
        self = ref.__new__(cls, obj, callback)
        self.key = key
        return self


class WeakMethod(ref):
    __slots__ = ('_func_ref', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj, func = super().__call__(), self._func_ref()
        if obj is None or func is None:
            return None
        # The method bound again (Loopline's bound-method type is not callable to make one).
        return getattr(obj, func.__name__)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        # A dead one equals only itself; live ones compare their object and their function.
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __hash__(self):
        return ref.__hash__(self)


def _target(p):
    o = _deref(p)
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _unwrap(v):
    return _target(v) if type(v) in ProxyTypes else v


def _proxy_methods():
    """What a proxy does: each operation on its object (a proxy operand unwrapped too)."""
    import operator

    def getattr_(self, name):
        return getattr(_target(self), name)

    def setattr_(self, name, value):
        setattr(_target(self), name, value)

    def delattr_(self, name):
        delattr(_target(self), name)

    def repr_(self):
        o = _deref(self)
        if sys.version_info >= (3, 13):
            if o is None:
                return f"<weakproxy at {hex(id(self))}; dead>"
            return f"<weakproxy at {hex(id(self))}; to '{type(o).__qualname__}' at {hex(id(o))}>"
        return f"<weakproxy at {hex(id(self))} to {type(o).__name__} at {hex(id(o))}>"

    def hash_(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def class_(self):
        return type(_target(self))

    m = {
        '__getattr__': getattr_, '__setattr__': setattr_, '__delattr__': delattr_, '__repr__': repr_,
        '__hash__': hash_, '__class__': property(class_),
        '__str__': lambda self: str(_target(self)),
        '__bool__': lambda self: bool(_target(self)),
        '__len__': lambda self: len(_target(self)),
        '__iter__': lambda self: iter(_target(self)),
        '__next__': lambda self: next(_target(self)),
        '__reversed__': lambda self: reversed(_target(self)),
        '__contains__': lambda self, v: _unwrap(v) in _target(self),
        '__getitem__': lambda self, k: _target(self)[_unwrap(k)],
        '__int__': lambda self: int(_target(self)),
        '__float__': lambda self: float(_target(self)),
        '__index__': lambda self: operator.index(_target(self)),
        '__bytes__': lambda self: bytes(_target(self)),
    }

    def setitem(self, k, v):
        _target(self)[_unwrap(k)] = v

    def delitem(self, k):
        del _target(self)[_unwrap(k)]

    m['__setitem__'] = setitem
    m['__delitem__'] = delitem
    for name in ('neg', 'pos', 'abs', 'invert'):
        m[f'__{name}__'] = (lambda f: lambda self: f(_target(self)))(getattr(operator, name))
    for name in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
        m[f'__{name}__'] = (lambda f: lambda self, other: f(_target(self), _unwrap(other)))(getattr(operator, name))
    for name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
                 'and', 'or', 'xor'):
        f = getattr(operator, name + '_' if name in ('and', 'or') else name)
        i = getattr(operator, 'i' + name)
        m[f'__{name}__'] = (lambda f: lambda self, other: f(_target(self), _unwrap(other)))(f)
        m[f'__r{name}__'] = (lambda f: lambda self, other: f(_unwrap(other), _target(self)))(f)

        m[f'__i{name}__'] = (lambda i: lambda self, other: i(_target(self), _unwrap(other)))(i)
    m['__divmod__'] = lambda self, other: divmod(_target(self), _unwrap(other))
    m['__rdivmod__'] = lambda self, other: divmod(_unwrap(other), _target(self))
    return m


_methods = _proxy_methods()
# Two types of their own (neither subclasses the other, nor can a program subclass them).
ProxyType = type('ProxyType', (), {**_methods, '__module__': 'weakref'})
CallableProxyType = type('CallableProxyType', (), {
    **_methods, '__module__': 'weakref', '__call__': lambda self, *a, **k: _target(self)(*a, **k)})
ProxyTypes = (ProxyType, CallableProxyType)
del _methods


def proxy(obj, callback=None, /):
    _check(obj)
    cls = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        # CPython hands out one shared proxy per object (with no callback).
        for r in _refs(obj):
            if type(r) is cls and _callback(r) is None:
                return r
    p = object.__new__(cls)
    _weaken(p, obj, callback)
    return p


def getweakrefcount(obj, /):
    return len(_refs(obj))


def getweakrefs(obj, /):
    return _refs(obj)


class WeakValueDictionary:
    # As CPython's: a dict of KeyedRefs whose callback removes the entry when the value dies.

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return f'<WeakValueDictionary at {hex(id(self))}>'


class WeakKeyDictionary:
    # As CPython's: a dict keyed by weak references whose callback removes the entry.

    def __init__(self, dict=None):
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def keys(self):
        return iter(self)

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        items = dict.items() if hasattr(dict, 'items') else (dict or ())
        for k, v in items:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    __copy__ = copy

    def __repr__(self):
        return f'<WeakKeyDictionary at {hex(id(self))}>'


class WeakSet:
    # As CPython's (_weakrefset.WeakSet): not a set itself, but a set of weak references to its
    # members (`data`), which is what its repr shows.

    def __init__(self, data=None):
        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

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
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            if not self.data:
                raise KeyError('pop from empty WeakSet')
            o = self.data.pop()()
            if o is not None:
                return o

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
        out.data = {ref(r(), out._remove) for r in refs if r() is not None}
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


def _no_object():
    return None


class finalize:
    # As CPython's: a weak reference to the object whose callback is the finalizer itself; the
    # live ones whose `atexit` is true run at interpreter exit, newest first (one made meanwhile
    # joins them), and none runs after that.
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
        self._ref = ref(obj, self)
        self._call = (func, args, kwargs)
        finalize._live.append(self)
        finalize._dirty = True

    def _take(self):
        call, self._call = self._call, None
        if call is not None:
            finalize._live.remove(self)
            # Called or detached, it lets go of its weak reference (the object no longer counts it).
            self._ref = _no_object
        return call

    def __call__(self, _=None):
        if self._call is None or finalize._shutdown:
            return None
        func, args, kwargs = self._take()
        return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        if obj is None or self._call is None:
            return None
        func, args, kwargs = self._take()
        return (obj, func, args, kwargs)

    def peek(self):
        obj = self._ref()
        if obj is None or self._call is None:
            return None
        func, args, kwargs = self._call
        return (obj, func, args, kwargs)

    @property
    def alive(self):
        return self._call is not None

    atexit = True

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return f'<finalize object at {hex(id(self))}; dead>'
        return f"<finalize object at {hex(id(self))}; for '{type(obj).__name__}' at {hex(id(obj))}>"

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

# The C module _weakref's: `<built-in function proxy>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_weakref', globals(), 'proxy getweakrefcount getweakrefs')
del _c_functions
