# `abc`: ABC, ABCMeta, abstractmethod. Instantiating a class with abstract methods raises CPython's
# TypeError (the native `set_abstract` records them on the class). `isinstance` against an ABC sees real
# subclasses, registered ones and what the ABC's __subclasshook__ accepts, as in CPython.

import _stdlib_native

_set_abstract = _stdlib_native.set_abstract


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        pass
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('__func__', 'fget'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    _set_abstract(cls, sorted(abstracts))


# Bumped by every register(): negative answers cached before it may be wrong after it.
_abc_invalidation = [0]


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative = set()
        cls._abc_negative_version = _abc_invalidation[0]
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        # Make subclass a virtual subclass of this ABC (isinstance and issubclass say so).
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        # As CPython's _abc: real subclasses, then the ABC's __subclasshook__, then registered
        # classes, then the ABC's own subclasses (each of which may accept it).
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        key = id(subclass)
        if key in cls._abc_cache:
            return True
        if cls._abc_negative_version < _abc_invalidation[0]:
            cls._abc_negative = set()
            cls._abc_negative_version = _abc_invalidation[0]
        elif key in cls._abc_negative:
            return False
        answer = _abc_check(cls, subclass)
        (cls._abc_cache if answer else cls._abc_negative).add(key)
        return answer


def _abc_check(cls, subclass):
    if cls in subclass.__mro__:
        return True
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for sub in cls._abc_subclasses:
        if issubclass(subclass, sub):
            return True
    return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    # Changes at every register(), so a cache of answers about virtual subclasses knows when to drop them.
    return _abc_invalidation[0]


def update_abstractmethods(cls):
    _compute_abstracts(cls)
    return cls


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True
