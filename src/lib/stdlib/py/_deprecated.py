# warnings.deprecated (3.13+, PEP 702): a decorator whose target warns when used. A function
# warns on each call, a class on each instantiation of itself (not of its subclasses) and on
# each subclass created; `__deprecated__` keeps the message. This module is not `warnings`, so
# warn()'s stacklevel counts the wrapper below as one frame, as CPython's does. warnings imports
# it while warnings itself is being made: warn is looked up when a warning is due.


def warn(msg, category, stacklevel):
    import warnings
    warnings.warn(msg, category=category, stacklevel=stacklevel + 1)


def _take_new(cls, msg, category, level):
    before = cls.__new__

    def __new__(kind, *args, **kwargs):
        if kind is cls:
            warn(msg, category=category, stacklevel=level + 1)
        if before is not object.__new__:
            return before(kind, *args, **kwargs)
        if (args or kwargs) and kind.__init__ is object.__init__:
            raise TypeError(f"{kind.__name__}() takes no arguments")
        return before(kind)

    _copy_names(__new__, before)
    cls.__new__ = staticmethod(__new__)
    return __new__


def _take_init_subclass(cls, msg, category, level):
    before = cls.__init_subclass__
    bound = hasattr(before, '__func__')
    inner = before.__func__ if bound else before

    def __init_subclass__(*args, **kwargs):
        warn(msg, category=category, stacklevel=level + 1)
        return inner(*args, **kwargs)

    _copy_names(__init_subclass__, inner)
    cls.__init_subclass__ = classmethod(__init_subclass__) if bound else __init_subclass__
    return __init_subclass__


def _copy_names(wrapper, wrapped):
    import functools
    functools.update_wrapper(wrapper, wrapped)


class deprecated:
    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', not "
                            + repr(type(message).__name__))
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg, category, level = self.message, self.category, self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            made_new = _take_new(arg, msg, category, level)
            made_init_subclass = _take_init_subclass(arg, msg, category, level)
            arg.__deprecated__ = made_new.__deprecated__ = made_init_subclass.__deprecated__ = msg
            return arg
        if not callable(arg):
            raise TypeError("@deprecated decorator with non-None category must be applied to "
                            f"a class or callable, not {arg!r}")
        import functools
        import inspect

        def wrapper(*args, **kwargs):
            warn(msg, category=category, stacklevel=level + 1)
            return arg(*args, **kwargs)

        functools.update_wrapper(wrapper, arg)
        if inspect.iscoroutinefunction(arg):
            wrapper = inspect.markcoroutinefunction(wrapper)
        arg.__deprecated__ = wrapper.__deprecated__ = msg
        return wrapper


deprecated.__module__ = 'warnings'
