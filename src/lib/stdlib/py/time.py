# `time` on the virtual clock. Natives (stdlib/time.ts): the clocks, sleep (it blocks the loop, or the
# simulated thread that calls it), asctime, ctime, _fields_at (the broken-down UTC time of a
# timestamp) and the two renderers behind strftime. Here: struct_time, the checks CPython makes of a
# time tuple, gmtime/localtime, strftime, mktime and strptime. The simulated machine's zone is UTC:
# localtime is gmtime (the recorder's is, zone name 'GMT' included), and mktime reads a tuple as UTC.

import sys as _sys
from operator import index as _index
from types import SimpleNamespace as _SimpleNamespace

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
_STRUCT_TM_ITEMS = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')
_EXTRA = ('tm_zone', 'tm_gmtoff')


def _field(position):
    return property(lambda self: tuple.__getitem__(self, position))


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = list(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)')
        if len(items) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)')
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        self = _stdlib_native.tuple_new(cls, items[:9])
        extra = items[9:]
        for name in _EXTRA[len(extra):]:
            extra.append(dict.get(name) if dict else None)
        object.__setattr__(self, '_extra', tuple(extra))
        return self

    tm_year = _field(0)
    tm_mon = _field(1)
    tm_mday = _field(2)
    tm_hour = _field(3)
    tm_min = _field(4)
    tm_sec = _field(5)
    tm_wday = _field(6)
    tm_yday = _field(7)
    tm_isdst = _field(8)
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __setattr__(self, name, value):
        if name in _FIELDS or name in _EXTRA:
            raise AttributeError('readonly attribute')
        if name.startswith('n_') and name in type(self).__dict__:
            raise AttributeError(f"'time.struct_time' object attribute '{name}' is read-only")
        tail = ' and no __dict__ for setting new attributes' if _sys.version_info >= (3, 13) else ''
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'{tail}")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({shown})'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0], 'tm_gmtoff': self._extra[1]}))


def _seconds(seconds):
    # a float, or anything that is an integer ('str' object cannot be interpreted as an integer)
    if seconds is None or isinstance(seconds, float):
        return seconds
    return _index(seconds)


def gmtime(seconds=None, /):
    return struct_time(_fields_at(_seconds(seconds)), {'tm_zone': 'GMT', 'tm_gmtoff': 0})


def localtime(seconds=None, /):
    return struct_time(_fields_at(_seconds(seconds)), {'tm_zone': 'GMT', 'tm_gmtoff': 0})


def _tuple_fields(t, caller):
    # the nine integers of a struct_time or a 9-tuple, as CPython's gettmarg reads them
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{caller}(): illegal time tuple argument')
    return [_index(v) for v in t]


def strftime(*args, **kwargs):
    # A C function's argument checks: no keywords, one or two positional arguments.
    if kwargs:
        raise TypeError('strftime() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        bound = 'at least 1 argument' if not args else 'at most 2 arguments'
        raise TypeError(f'strftime() takes {bound} ({len(args)} given)')
    format = args[0]
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    if len(args) == 1:
        return _strftime_now(format)
    t = args[1]
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _tuple_fields(t, 'strftime')
    # 0 stands for the first month, day of the month and day of the year
    mon = mon or 1
    mday = mday or 1
    yday = yday or 1
    # CPython moves the weekday to C's Sunday-based count with C's %, whose result has the sign of the
    # dividend: Monday-based -1 is Sunday, below that is out of range
    sunday_based = (wday + 1) % 7 if wday + 1 >= 0 else -(-(wday + 1) % 7)
    checks = ((1 <= mon <= 12, 'month'), (1 <= mday <= 31, 'day of month'), (0 <= hour <= 23, 'hour'),
              (0 <= minute <= 59, 'minute'), (0 <= sec <= 61, 'seconds'), (sunday_based >= 0, 'day of week'),
              (1 <= yday <= 366, 'day of year'))
    for ok, what in checks:
        if not ok:
            raise ValueError(f'{what} out of range')
    wday = (sunday_based + 6) % 7
    zone, gmtoff = None, None
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    if zone is None:
        zone = tzname[1 if isdst > 0 else 0]
    return _strftime_fields(format, (year, mon, mday, hour, minute, sec, wday, yday, zone, gmtoff or 0))


def get_clock_info(*args, **kwargs):
    # What CPython reports of each clock on Linux (glibc's clock_gettime); Pyodide's (3.14) reads the
    # wall clock to the millisecond, the process's time with C's clock(), and has no thread clock.
    if kwargs:
        raise TypeError('get_clock_info() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'get_clock_info() takes exactly 1 argument ({len(args)} given)')
    name = args[0]
    if not isinstance(name, str):
        given = 'None' if name is None else type(name).__name__
        raise TypeError(f'get_clock_info() argument 1 must be str, not {given}')
    pyodide = _sys.version_info >= (3, 14)
    if name == 'time':
        source, steady, resolution = 'CLOCK_REALTIME', False, 0.001 if pyodide else 1e-09
    elif name in ('monotonic', 'perf_counter'):
        source, steady, resolution = 'CLOCK_MONOTONIC', True, 1e-09
    elif name == 'process_time':
        source, steady, resolution = 'CLOCK_PROCESS_CPUTIME_ID', True, 1e-09
        if pyodide:
            return _SimpleNamespace(implementation='clock()', monotonic=True, adjustable=False,
                                    resolution=1e-06)
    elif name == 'thread_time' and not pyodide:
        source, steady, resolution = 'CLOCK_THREAD_CPUTIME_ID', True, 1e-09
    else:
        raise ValueError('unknown clock')
    return _SimpleNamespace(implementation=f'clock_gettime({source})', monotonic=steady,
                            adjustable=not steady, resolution=resolution)


def mktime(t, /):
    year, mon, mday, hour, minute, sec = _tuple_fields(t, 'mktime')[:6]
    # months, days, hours ... beyond their range carry over, as C's mktime normalises them
    year += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    from datetime import date
    days = date(year, mon, 1).toordinal() - 719163 + mday - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + sec)


def strptime(string, format='%a %b %d %H:%M:%S %Y', /):
    import _strptime
    return _strptime._strptime_time(string, format)


import _stdlib_native
_stdlib_native.c_types(struct_time)
_stdlib_native.c_functions('time', globals(), 'gmtime localtime strftime mktime strptime get_clock_info')
del _field
