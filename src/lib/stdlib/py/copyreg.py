# `copyreg`: the registry pickle and copy consult (dispatch_table: a reduction function per class,
# the extension codes), and the helpers CPython's default reductions name in a pickle:
# _reconstructor (protocols 0 and 1), __newobj__ and __newobj_ex__ (protocol 2 and later).

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}
_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


if __import__('sys').version_info >= (3, 14):
    def pickle_super(obj):
        return super, (obj.__thisclass__, obj.__self__)

    pickle(super, pickle_super)


def _reconstructor(cls, base, state):
    # The object protocols 0 and 1 remade: a bare instance of cls, or one made (and initialised
    # when base has an __init__ of its own) from the built-in base's value.
    made = object.__new__(cls) if base is object else base.__new__(cls, state)
    if base is not object and base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        name = '_%s%s' % (stripped, name) if stripped else name
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


def _builtin_base(cls):
    # The first class of the MRO implemented inside the interpreter (CPython: not a heap type).
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
    return object


def _reduce_ex(self, proto):
    # Protocols 0 and 1: remade by _reconstructor from the built-in base's value, then the state.
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is cls and base is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    value = None if base is object else base(self)
    slotted = bool(getattr(self, "__slots__", None))
    if not hasattr(self, "__getstate__"):
        if slotted:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled with protocol {proto}")
        state = getattr(self, "__dict__", None)
    elif slotted and type(self).__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    else:
        state = self.__getstate__()
    reduced = (_reconstructor, (cls, base, value))
    return reduced + (state,) if state else reduced
