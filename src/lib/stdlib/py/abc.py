# `abc`: ABC, ABCMeta, abstractmethod. Instantiating a class with abstract methods raises CPython's
# TypeError (the native `set_abstract` records them on the class). `isinstance` against an ABC only sees
# real subclasses: register() records nothing.

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


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls)
        return cls

    def register(cls, subclass):
        return subclass

    # isinstance and issubclass call these: only real subclasses count (no register()).
    def __instancecheck__(cls, instance):
        return cls in type(instance).__mro__

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return cls in subclass.__mro__


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def register(cls, subclass):
        return subclass


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    _compute_abstracts(cls)
    return cls


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True
