# `types`: the classes of the interpreter's own objects, found by asking objects of each kind
# for their type, plus SimpleNamespace and the dynamic class helpers. Kinds Loopline has no
# objects of (cells, descriptors) are not simulated.

import sys as _sys
import _stdlib_native
from _mappingproxy import mappingproxy as MappingProxyType


def _function():
    pass


async def _coroutine():
    pass


def _generator():
    yield 1


async def _async_generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
GetSetDescriptorType = type(int.real)
MemberDescriptorType = type(range.start)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)
GeneratorType = type(_generator())
_made = _coroutine()
CoroutineType = type(_made)
_made.close()
AsyncGeneratorType = type(_async_generator())
UnionType = type(int | str)
GenericAlias = type(list[int])
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
CodeType = type(_function.__code__)
FrameType, TracebackType = _stdlib_native.frame_classes()
del _function, _coroutine, _generator, _async_generator, _Class, _made


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args and _sys.version_info < (3, 13):
            raise TypeError('no positional arguments expected')
        if len(args) > 1:
            raise TypeError(f'SimpleNamespace expected at most 1 argument, got {len(args)}')
        initial = dict(*args)
        initial.update(kwargs)
        for key in initial:
            if type(key) is not str:
                raise TypeError('keywords must be strings')
        self.__dict__.update(initial)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f'{name}(...)'
        _repr_running.add(id(self))
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(id(self))
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

    if _sys.version_info >= (3, 13):
        def __replace__(self, /, **changes):
            result = type(self)()
            result.__dict__.update(self.__dict__)
            result.__dict__.update(changes)
            return result


_repr_running = set()


def resolve_bases(bases):
    # The bases a class statement ends up with: each base that is not a class replaced by the
    # entries its __mro_entries__ gives.
    resolved = []
    changed = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if entries is None:
            resolved.append(base)
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(new)
    return tuple(resolved) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    # Return the metaclass, the namespace and the remaining keywords of a class statement.
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _winner(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _winner(meta, bases):
    # The most derived metaclass among meta and the bases' metaclasses.
    winner = meta
    for base_meta in map(type, bases):
        if issubclass(winner, base_meta):
            continue
        if not issubclass(base_meta, winner):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) '
                            'subclass of the metaclasses of all its bases')
        winner = base_meta
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    # What a class statement does, as a call: resolve the bases, pick the metaclass, fill the namespace
    # with EXEC_BODY, make the class.
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    if meta is type and '__module__' not in ns:
        # type() names the module of the frame that calls it: this one.
        ns['__module__'] = __name__
    return meta(name, resolved, ns, **kwds)


if _sys.version_info >= (3, 12):
    def get_original_bases(cls, /):
        # Return the class's bases before any __mro_entries__ changed them.
        try:
            return cls.__dict__.get('__orig_bases__', cls.__bases__)
        except AttributeError:
            raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None


def coroutine(func):
    # Convert a regular generator function into a (generator-based) coroutine function.
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        # Already a coroutine function (CO_COROUTINE or CO_ITERABLE_COROUTINE): as it is.
        if flags & 0x180:
            return func
        # A generator function: its generators can be awaited from now on.
        if flags & 0x20:
            return _stdlib_native.mark_iterable_coroutine(func)
    import functools

    # Something else returning generator-like objects: wrap what it returns, as CPython does.
    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType or _stdlib_native.is_iterable_coroutine(coro):
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    # A plain generator seen as an awaitable (CPython's types._GeneratorWrapper).
    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


_stdlib_native.c_types(SimpleNamespace)
