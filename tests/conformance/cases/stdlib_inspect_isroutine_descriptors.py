# inspect.isroutine and ismethoddescriptor for what binds as a method without being a function:
# an lru_cache wrapper, built-in methods and slot wrappers, a partial, and descriptors of other kinds.
import functools
import inspect


class Both:
    def __get__(self, obj, owner=None):
        return self

    def __delete__(self, obj):
        pass


class GetOnly:
    def __get__(self, obj, owner=None):
        return self


def f():
    pass


cases = [
    ('lru_cache wrapper', functools.lru_cache(f)),
    ('cache wrapper', functools.cache(f)),
    ('function', f),
    ('builtin', len),
    ('method descriptor', str.upper),
    ('slot wrapper', int.__add__),
    ('method-wrapper', (1).__add__),
    ('partial', functools.partial(f)),
    ('property', property()),
    ('classmethod', classmethod(f)),
    ('staticmethod', staticmethod(f)),
    ('get only', GetOnly()),
    ('get and delete', Both()),
    ('int', 5),
]
for name, obj in cases:
    print(name, inspect.isroutine(obj), inspect.ismethoddescriptor(obj), inspect.ismethodwrapper(obj))
