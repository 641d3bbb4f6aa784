# `copy`: shallow and deep copies with CPython's rules: atomic values are returned as they are,
# containers are rebuilt, instances are remade from their class and their state (__dict__, or
# __getstate__/__setstate__, __reduce_ex__/__reduce__, __copy__/__deepcopy__ when defined), and
# deepcopy's memo maps id(original) to its copy so shared and cyclic parts stay shared and cyclic.

import sys as _sys


class Error(Exception):
    __module__ = 'copy'


error = Error

_function = type(lambda: 0)
_builtin_function = type(len)
_atomic = {type(None), type(...), type(NotImplemented), int, float, bool, complex, bytes, str,
           type, range, _builtin_function, _function, property}
_shallow_atomic = _atomic | {tuple, frozenset, slice, super}
_containers = {list, dict, set}
_nil = []


def copy(x):
    cls = type(x)
    if cls in _shallow_atomic:
        return x
    if cls in _containers:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=_nil):
    cls = type(x)
    if cls in _atomic:
        return x
    d = id(x)
    if memo is None:
        memo = {}
    elif (seen := memo.get(d, _nil)) is not _nil:
        return seen
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(a, memo) for a in x]
    # A tuple inside a cycle was already copied while copying its own items.
    try:
        return memo[id(x)]
    except KeyError:
        unchanged = all(old is new for old, new in zip(x, items))
    return x if unchanged else tuple(items)


def _keep_alive(x, memo):
    # CPython keeps every original alive in the memo under the memo's own id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    # object's own __reduce_ex__ and __reduce__ are _default_reduce (they are only there to be found).
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None and getattr(cls, '__reduce_ex__', None) is not object.__reduce_ex__:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor is not None and getattr(cls, '__reduce__', None) is not object.__reduce__:
        return reductor()
    return _default_reduce(x, cls)


def _default_reduce(x, cls):
    # What CPython's built-in reductions give: sets and exceptions are rebuilt by calling their
    # class, other objects are made by cls.__new__ and given their state (and the items of a list
    # or dict subclass). Objects implemented inside the interpreter cannot be remade.
    builtin_bases = (list, dict, set, frozenset, tuple, BaseException)
    if cls is memoryview:
        raise TypeError("cannot pickle memoryview objects")
    if cls.__module__ == 'builtins' and not issubclass(cls, builtin_bases):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = dict(x.__dict__) if hasattr(x, '__dict__') else None
        if not state:
            state = None
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), state
    if isinstance(x, BaseException):
        return cls, x.args, state
    getnewargs = getattr(x, '__getnewargs__', None)
    args = (cls,) + (tuple(getnewargs()) if getnewargs is not None else ())
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return _new_object, args, state, listiter, dictiter


def _restore_state(obj, state):
    """Give OBJ the state its __reduce_ex__ reported: through __setstate__ when it has one, else as
    attributes, where a pair is (instance dict or None, slot values)."""
    if hasattr(obj, '__setstate__'):
        obj.__setstate__(state)
        return
    plain, slots = state if isinstance(state, tuple) and len(state) == 2 else (state, None)
    for key, value in (plain or {}).items():
        object.__setattr__(obj, key, value)
    for key, value in (slots or {}).items():
        setattr(obj, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _restore_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f'replace() does not support {cls.__name__} objects')
    return func(obj, **changes)


if _sys.version_info < (3, 13):
    del replace  # new in 3.13
