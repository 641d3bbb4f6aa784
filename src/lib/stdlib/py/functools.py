# `functools`: partial, reduce, wraps / update_wrapper, lru_cache, cache, total_ordering, cached_property,
# cmp_to_key, partialmethod, singledispatch, singledispatchmethod.

import sys as _sys


if _sys.version_info >= (3, 14):
    class _PlaceholderType:
        """The type of the Placeholder singleton.

Used as a placeholder for partial arguments."""
        # A singleton of a final C type: no attributes, no subclasses, pickled by its name.
        __module__ = 'functools'
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            if args or kwargs:
                raise TypeError('PlaceholderType takes no arguments')
            return _placeholder

        def __init_subclass__(cls, **kwargs):
            raise TypeError("type 'functools._PlaceholderType' is not an acceptable base type")

        def __setattr__(self, name, value):
            raise AttributeError(f"'functools._PlaceholderType' object has no attribute '{name}' "
                                 'and no __dict__ for setting new attributes')

        def __repr__(self):
            return 'Placeholder'

        def __reduce__(self):
            return 'Placeholder'

    Placeholder = _placeholder = object.__new__(_PlaceholderType)
else:
    _placeholder = None  # no Placeholder before 3.14


def _check_placeholders(args, keywords):
    # 3.14: positional Placeholders must be followed by a value; keywords take none.
    if args and args[-1] is _placeholder:
        raise TypeError('trailing Placeholders are not allowed')
    for value in keywords.values():
        if value is _placeholder:
            raise TypeError('Placeholder cannot be passed as a keyword argument')


def _fill_placeholders(args, more):
    # The Placeholders of `args` take `more`'s first items in order; the rest follow.
    filled = []
    taken = 0
    for a in args:
        if a is _placeholder and taken < len(more):
            a = more[taken]
            taken += 1
        filled.append(a)
    return tuple(filled) + tuple(more[taken:])


class partial:
    # func, args and keywords are read-only (an instance's __dict__ holds only what a program adds).
    # A partial of a partial without attributes of its own takes over its function and arguments,
    # as C's partial_new does: from 3.13 any partial's (a subclass's too), before only one whose
    # class calls as partial does. 3.14's Placeholders in args are filled by the call's first
    # positional arguments (_phcount of them), a partial of a partial filling the inner one's.
    __module__ = 'functools'
    __slots__ = ('_func', '_args', '_keywords', '_phcount', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError(f"type '{cls.__name__}' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if _placeholder is not None:
            _check_placeholders(args, keywords)
        if _sys.version_info >= (3, 13):
            inner = isinstance(func, partial)
        else:
            inner = isinstance(func, partial) and type(func).__call__ is partial.__call__
        if inner and not func.__dict__:
            args = _fill_placeholders(func.args, args) if func._phcount else func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        self._phcount = 0 if _placeholder is None else args.count(_placeholder)
        return self

    func = property(lambda self: self._func, doc='function object to use in future partial calls')
    args = property(lambda self: self._args, doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._keywords, doc='dictionary of keyword arguments to future partial calls')

    def __call__(self, /, *args, **keywords):
        if self._phcount:
            if len(args) < self._phcount:
                raise TypeError(f"missing positional arguments in 'partial' call; "
                                f'expected at least {self._phcount}, got {len(args)}')
            return self.func(*_fill_placeholders(self.args, args), **{**self.keywords, **keywords})
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('argument to __setstate__ must be a tuple')
        func, args, keywords, namespace = state
        if not callable(func) or not isinstance(args, tuple) or (keywords is not None and not isinstance(keywords, dict)):
            raise TypeError('invalid partial state')
        if _placeholder is not None and args and args[-1] is _placeholder:
            raise TypeError('trailing Placeholders are not allowed')
        self._phcount = 0 if _placeholder is None else args.count(_placeholder)
        self._func = func
        self._args = args
        self._keywords = {} if keywords is None else dict(keywords)
        self.__dict__.clear()
        self.__dict__.update(namespace or {})

    def __get__(self, obj, objtype=None):
        # 3.14: a method descriptor, bound as a function is; a plain attribute before (3.13 warns).
        if obj is None:
            return self
        if _sys.version_info >= (3, 14):
            import types
            return types.MethodType(self, obj)
        if _sys.version_info >= (3, 13):
            import warnings
            warnings.warn('functools.partial will be a method descriptor in future Python versions; '
                          'wrap it in staticmethod() if you want to preserve the old behavior', FutureWarning, 2)
        return self

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        if cls is partial:
            name = 'functools.partial'
        elif _sys.version_info >= (3, 13):
            name = f'{cls.__module__}.{cls.__qualname__}'
        else:
            name = cls.__name__
        return f'{name}({", ".join(parts)})'


def wraps(wrapped):
    def deco(f):
        f.__name__ = wrapped.__name__
        f.__qualname__ = wrapped.__qualname__
        return f
    return deco


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for x in it:
        value = function(value, x)
    return value


if _sys.version_info >= (3, 14):
    WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                           '__annotate__', '__type_params__')
elif _sys.version_info >= (3, 12):
    WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                           '__annotations__', '__type_params__')
else:
    WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                           '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        if attr == '__dict__':
            try:
                items = list(vars(wrapped).items())
            except TypeError:
                items = []
            for k, v in items:
                try:
                    setattr(wrapper, k, v)
                except (AttributeError, TypeError):
                    pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_cache_info_class = []


def _cache_info_type():
    if not _cache_info_class:
        import collections
        _cache_info_class.append(
            collections.namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize']))
    return _cache_info_class[0]


_kwd_mark = (object(),)


def _key(args, kwds, typed):
    # lru_cache's key (CPython's C cache builds its own, a plain tuple; so does this one).
    key = args
    if kwds:
        key = key + _kwd_mark
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _HashedSeq(list):
    # What _make_key returns before 3.14: the key's items as a list, whose hash is the tuple's,
    # worked out once when it is made (an unhashable argument fails there, after the copy).
    __slots__ = ('hashvalue',)

    def __hash__(self):
        return self.hashvalue

    def __init__(self, tup, hash=hash):
        list.__init__(self, tup)
        self.hashvalue = hash(tup)


def _make_key(args, kwds, typed):
    # 3.14 returns the tuple itself.
    key = _key(args, kwds, typed)
    if type(key) is not tuple or _sys.version_info >= (3, 14):
        return key
    return _HashedSeq(key)


class _lru_cache_wrapper:
    # What lru_cache returns, a C type in CPython: a call, cache_info, cache_clear, binding as a
    # method, pickling by qualname and copying as itself are natives (lru-cache-native.ts), which
    # keep the cache and its counts out of the program's reach.
    __module__ = 'functools'
    __slots__ = ('__dict__', '__weakref__')

    def __new__(cls, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is not None and not hasattr(type(maxsize), '__index__'):
            raise TypeError('maxsize should be integer or None')
        self = object.__new__(cls)
        _lru_init(self, user_function, maxsize, bool(typed), cache_info_type)
        return self

    def __call__(self, /, *args, **kwargs):
        pass

    def __get__(self, instance, owner=None, /):
        pass

    def cache_info(self):
        """Report cache statistics"""

    def cache_clear(self):
        """Clear the cache and cache statistics"""

    def __reduce__(self):
        pass

    def __copy__(self):
        pass

    def __deepcopy__(self, memo, /):
        pass


def _new_cache_info(hits, misses, maxsize, currsize):
    # cache_info's namedtuple, made when first asked for (it needs collections).
    return _cache_info_type()(hits, misses, maxsize, currsize)


def lru_cache(maxsize=128, typed=False):
    # Each wrapper's cache_parameters is a lambda made where CPython makes it (its qualname shows).
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _new_cache_info)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _new_cache_info)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return (not r) and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return (not r) or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return (not r) and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return (not r) or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _own_or_inherited(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def total_ordering(cls):
    roots = {op for op in _derived if _own_or_inherited(cls, op)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _derived[root]:
        if opname not in roots:
            # The shared function itself, renamed (its qualname and docstring stay), as CPython does.
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


class KeyWrapper:
    # CPython's C key object: cmp_to_key(f) is one without an object, and calling one wraps an
    # object; two wrapped objects compare by f's result against 0.
    __slots__ = ('_cmp', 'obj')

    def __call__(self, obj):
        k = object.__new__(KeyWrapper)
        k._cmp = self._cmp
        k.obj = obj
        return k

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    k = object.__new__(KeyWrapper)
    k._cmp = mycmp
    return k


_NOT_FOUND = object()


class cached_property:
    # A non-data descriptor: the first read stores the value in the instance's __dict__ under the
    # attribute's own name, which later reads (and vars()) then find before the descriptor.
    __module__ = 'functools'

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {self.attrname!r} property.') from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


def _func_is_abstract(descriptor):
    # partialmethod and singledispatchmethod are abstract exactly when the function they wrap is.
    return getattr(descriptor.func, '__isabstractmethod__', False)


class partialmethod:
    # A descriptor: read through an instance or class, a partial of what the function binds to.
    __module__ = 'functools'

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            if _sys.version_info >= (3, 14):
                raise TypeError(f'the first argument {func!r} must be a callable or a descriptor')
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if _placeholder is not None:
            _check_placeholders(args, keywords)
        if isinstance(func, partialmethod):
            # A partialmethod of a partialmethod flattens into one (its Placeholders filled first).
            inner = func.args
            args = _fill_placeholders(inner, args) if any(a is _placeholder for a in inner) else inner + args
            func, keywords = func.func, {**func.keywords, **keywords}
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f'{type(self).__module__}.{type(self).__qualname__}({", ".join(parts)})'

    def _make_unbound_method(self):
        func, args, keywords = self.func, self.args, self.keywords

        def _method(cls_or_self, /, *more, **kw):
            if _placeholder is not None and any(a is _placeholder for a in args):
                return func(cls_or_self, *_fill_placeholders(args, more), **{**keywords, **kw})
            return func(cls_or_self, *args, *more, **{**keywords, **kw})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.__partialmethod__ = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        # 3.11-3.13 treat a partial as a plain callable; 3.14 binds whatever has __get__.
        if get is not None and (_sys.version_info >= (3, 14) or not isinstance(self.func, partial)):
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    __isabstractmethod__ = property(_func_is_abstract)


def _is_union_type(t):
    # X | Y (types.UnionType) and typing.Union[...] / Optional[...] (the same class from 3.14 on).
    from typing import Union, get_origin
    return get_origin(t) in (Union, type(int | str))


def _c3_merge(sequences):
    # C3 linearization: repeatedly take the first head that appears in no other sequence's tail.
    seqs = [list(s) for s in sequences]
    merged = []
    while True:
        seqs = [s for s in seqs if s]
        if not seqs:
            return merged
        for seq in seqs:
            head = seq[0]
            if not any(head in other[1:] for other in seqs):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in seqs:
            if seq[0] is head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    # cls's MRO with the given ABCs woven in: each ABC cls implements without a base of cls
    # implementing it goes right after the last base that is itself abstract.
    bases = cls.__bases__
    split = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            split = i
            break
    abcs = list(abcs) if abcs else []
    explicit, others = list(bases[:split]), list(bases[split:])
    implied = [a for a in abcs if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    for a in implied:
        abcs.remove(a)
    groups = [explicit, implied, others]
    merged = [[cls]]
    for group in groups:
        merged += [_c3_mro(b, abcs=abcs) for b in group]
    return _c3_merge(merged + groups)


def _compose_mro(cls, types):
    # The MRO of cls extended by those of `types` (registered classes) it implements only virtually.
    from types import GenericAlias
    own = set(cls.__mro__)
    related = [t for t in types if t not in own and hasattr(t, '__mro__')
               and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # Keep only the most derived: one that is in another's MRO comes in through that one.
    related = [t for t in related if not any(t != o and t in o.__mro__ for o in related)]
    wanted = set(related)
    order = []
    for t in related:
        chains = [[c for c in sub.__mro__ if c in wanted]
                  for sub in t.__subclasses__() if sub not in own and issubclass(cls, sub)]
        if not chains:
            order.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            order += [c for c in chain if c not in order]
    return _c3_mro(cls, abcs=order)


def _find_impl(cls, registry):
    # The implementation for the first registered class along the composed MRO; two candidates
    # neither of which is a real base of cls nor derives from the other are ambiguous.
    chosen = None
    for t in _compose_mro(cls, registry.keys()):
        if chosen is not None:
            if (t in registry and t not in cls.__mro__ and chosen not in cls.__mro__
                    and not issubclass(chosen, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(chosen, t))
            break
        if t in registry:
            chosen = t
    return registry.get(chosen)


def _dispatch_type_ok(cls):
    return isinstance(cls, type) or (_is_union_type(cls) and all(isinstance(a, type) for a in cls.__args__))


def _annotated_dispatch_type(func):
    # Plain @register: the first entry of the function's resolved annotations (its return
    # annotation when that is the only one), which must be a class or a union of classes.
    from typing import get_type_hints
    try:
        argname, cls = next(iter(get_type_hints(func).items()))
    except NameError:
        if _sys.version_info < (3, 14):
            raise
        import _stdlib_native
        _stdlib_native.not_simulated("singledispatch register() of an annotation that names "
                                     "nothing (3.14's forward references)")
    if not _dispatch_type_ok(cls):
        problem = 'not all arguments are classes' if _is_union_type(cls) else 'is not a class'
        raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {problem}.")
    return cls


def singledispatch(func):
    from abc import get_cache_token
    from types import MappingProxyType
    from weakref import WeakKeyDictionary
    registry = {object: func}
    cache = WeakKeyDictionary()
    # Set once an ABC is registered: ABCs can gain virtual subclasses, which makes answers stale.
    token = None

    def dispatch(cls):
        nonlocal token
        if token is not None and token != get_cache_token():
            cache.clear()
            token = get_cache_token()
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal token
        if _dispatch_type_ok(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
        else:
            # 3.14 asks for __annotate__; Loopline's functions have none, so their __annotations__ answer.
            if _sys.version_info >= (3, 14) and hasattr(cls, '__annotate__'):
                annotated = cls.__annotate__ is not None
            else:
                annotated = getattr(cls, '__annotations__', {})
            if not annotated:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            cls = _annotated_dispatch_type(func)
        for klass in (cls.__args__ if _is_union_type(cls) else (cls,)):
            registry[klass] = func
        if token is None and hasattr(cls, '__abstractmethods__'):
            token = get_cache_token()
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    # A method dispatching on the type of its first argument after self (or cls).

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        if _sys.version_info >= (3, 14):
            return _singledispatchmethod_get(self, obj, cls)
        dispatch = self.dispatcher.dispatch
        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            # 3.11 and 3.12 just index the arguments (IndexError when there are none).
            if not args and _sys.version_info >= (3, 13):
                raise TypeError(f'{funcname} requires at least 1 positional argument')
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

    __isabstractmethod__ = property(_func_is_abstract)

    if _sys.version_info >= (3, 14):
        def __repr__(self):
            name = getattr(self.func, '__qualname__', None) or getattr(self.func, '__name__', '?')
            return f'<single dispatch method descriptor {name}>'


class _singledispatchmethod_get:
    """What a singledispatchmethod gives on attribute access from 3.14 on: a callable bound to obj."""

    def __init__(self, unbound, obj, cls):
        self._unbound = unbound
        self._dispatch = unbound.dispatcher.dispatch
        self._obj = obj
        self._cls = cls
        func = unbound.func
        try:
            self.__module__ = func.__module__
        except AttributeError:
            pass
        try:
            self.__doc__ = func.__doc__
        except AttributeError:
            pass

    def __repr__(self):
        try:
            name = self.__qualname__
        except AttributeError:
            try:
                name = self.__name__
            except AttributeError:
                name = '?'
        if self._obj is not None:
            return f'<bound single dispatch method {name} of {self._obj!r}>'
        return f'<single dispatch method {name}>'

    def __call__(self, /, *args, **kwargs):
        if not args:
            funcname = getattr(self._unbound.func, '__name__', 'singledispatchmethod method')
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return self._dispatch(args[0].__class__).__get__(self._obj, self._cls)(*args, **kwargs)

    def __getattr__(self, name):
        # Only the wrapped function's names are read through; anything else is missing.
        if name not in {'__name__', '__qualname__', '__isabstractmethod__', '__annotations__', '__type_params__'}:
            raise AttributeError
        return getattr(self._unbound.func, name)

    @property
    def __wrapped__(self):
        return self._unbound.func

    @property
    def register(self):
        return self._unbound.register


# CPython writes these in C: error messages name them with their module ('functools.partial' object ...).
from _stdlib_native import c_types as _c_types, c_functions as _c_functions, final_types as _final_types
_c_types(partial, KeyWrapper, _lru_cache_wrapper)
_final_types(_lru_cache_wrapper)
_c_functions('_functools', globals(), 'reduce cmp_to_key')
del _c_types, _c_functions, _final_types

# Calling a partial, reduce's loop and an lru_cache wrapper's methods run natively, as in C.
from _stdlib_native import functools_natives as _natives
_natives(globals())
del _natives
