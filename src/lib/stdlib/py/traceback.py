# `traceback`: formatting and printing exceptions the program holds. The frames shown are the
# program's own (from the `except` that caught the exception down to the raise), without the
# caret lines CPython adds under part of a line; frame and stack objects are not simulated.

import sys
import _stdlib_native

_unset = object()


def _value_of(exc, value):
    if value is not _unset:
        return value
    if isinstance(exc, type):
        raise TypeError('exc must be an exception instance when value is not given')
    return exc


def _exc_line(e):
    t = type(e)
    name = t.__qualname__
    if t.__module__ not in ('builtins', '__main__'):
        name = t.__module__ + '.' + name
    try:
        text = str(e)
    except Exception:
        text = '<exception str() failed>'
    return name + ': ' + text if text else name


def format_exception_only(exc, /, value=_unset, *, show_group=False):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    lines = [_exc_line(value) + '\n']
    for note in getattr(value, '__notes__', None) or ():
        lines.append(str(note) + '\n')
    return lines


def format_exception(exc, /, value=_unset, tb=_unset, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _stdlib_native.format_exception(value, bool(chain))


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)
