# `datetime` on the virtual clock: now()/today()/utcnow() read the simulation clock as UTC seconds since
# 1970-01-01 (the local time zone is UTC, as in the recorder). timedelta, date, time, datetime, tzinfo and
# timezone follow CPython 3.13's documented behaviour, reprs and messages; strftime goes through Loopline's
# glibc-compatible strftime after expanding %f/%z/%:z/%Z as CPython's datetime does.

import sys as _sys
import _stdlib_native

_clock = _stdlib_native.clock
_c_strftime = _stdlib_native.strftime
# Instances are made as C makes them: object.__new__ refuses a class whose __new__ is native.
_new_object = _stdlib_native.new_object

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_EPOCH_ORDINAL = 719163
_US_PER_DAY = 86400000000
_US_PER_SECOND = 1000000

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_len(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _to_ordinal(y, m, d):
    # Days from the civil date (a March-based year makes leap days fall at the end).
    yy = y - 1 if m <= 2 else y
    era = yy // 400
    yoe = yy - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + _EPOCH_ORDINAL


def _from_ordinal(n):
    z = n - _EPOCH_ORDINAL + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400
    if m <= 2:
        y += 1
    return y, m, d


def _day_of_year(y, m, d):
    return _to_ordinal(y, m, d) - _to_ordinal(y, 1, 1) + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    # 3.14 names the bad value (and the valid days of that month).
    new = _sys.version_info >= (3, 14)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year must be in {MINYEAR}..{MAXYEAR}, not {year}' if new else f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError(f'month must be in 1..12, not {month}' if new else 'month must be in 1..12')
    last = _month_len(year, month)
    if not 1 <= day <= last:
        raise ValueError(f'day {day} must be in range 1..{last} for month {month} in year {year}' if new
                         else 'day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = map(_index, (hour, minute, second, microsecond))
    for name, value, hi in (('hour', hour, 23), ('minute', minute, 59), ('second', second, 59),
                            ('microsecond', microsecond, 999999)):
        if not 0 <= value <= hi:
            raise ValueError(f'{name} must be in 0..{hi}' + (f', not {value}' if _sys.version_info >= (3, 14) else ''))
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1' + (f', not {fold}' if _sys.version_info >= (3, 14) else ''))
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _tn(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


def _foreign(obj):
    # A user-defined type may implement the reflected operation itself.
    return type(obj).__module__ not in ('builtins', 'datetime')


def _binop_error(op, left, right):
    return TypeError(f"unsupported operand type(s) for {op}: '{_tn(left)}' and '{_tn(right)}'")


def _arg_type(value):
    # How a C function's argument error names what it was given: None by name, else its type.
    return 'None' if value is None else type(value).__name__


def _cmp_error(op, left, right):
    return TypeError(f"'{op}' not supported between instances of '{_tn(left)}' and '{_tn(right)}'")


def _div_round_half_even(a, b):
    q, r = divmod(a, b)
    twice = 2 * r
    bb = b
    if b < 0:
        twice = -twice
        bb = -b
    if twice > bb or (twice == bb and q % 2 == 1):
        q += 1
    return q


def _round_half_even_float(x):
    # int nearest to the float x, ties to even (exact: no float error beyond x itself).
    fl = int(x // 1)
    frac = x - fl
    if frac > 0.5:
        return fl + 1
    if frac < 0.5:
        return fl
    return fl if fl % 2 == 0 else fl + 1


def _cls_name(obj):
    # The C types' tp_name, as their reprs print it: 'datetime.date' for the module's own types, the
    # bare class name for a subclass written in Python.
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__name__


# ---------------------------------------------------------------------------- timedelta

def _int_division_by_zero():
    """An int division's ZeroDivisionError, in this version's words."""
    try:
        1 // 0
    except ZeroDivisionError as e:
        return e


class timedelta:
    # As in C, the value is made in __new__ (a subclass's __new__ passes its arguments on; there is
    # no __init__ of its own).
    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                 minutes=0, hours=0, weeks=0):
        whole = 0
        part = 0.0
        has_float = False
        for name, value, unit in (('days', days, _US_PER_DAY),
                                  ('seconds', seconds, _US_PER_SECOND),
                                  ('microseconds', microseconds, 1),
                                  ('milliseconds', milliseconds, 1000),
                                  ('minutes', minutes, 60 * _US_PER_SECOND),
                                  ('hours', hours, 3600 * _US_PER_SECOND),
                                  ('weeks', weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                whole += int(value) * unit
            elif isinstance(value, float):
                has_float = True
                ip = int(value)
                whole += ip * unit
                part += (value - ip) * unit
            else:
                raise TypeError(f'unsupported type for timedelta {name} component: {type(value).__name__}')
        if has_float:
            fl = int(part // 1)
            frac = part - fl
            if frac > 0.5 or (frac == 0.5 and (whole + fl) % 2 == 1):
                fl += 1
            whole += fl
        self = _new_object(cls)
        self._set_us(whole)
        return self

    def _set_us(self, us):
        d, rem = divmod(us, _US_PER_DAY)
        if not -999999999 <= d <= 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        s, micro = divmod(rem, _US_PER_SECOND)
        self._days = d
        self._seconds = s
        self._microseconds = micro
        self._hashcode = -1

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f'{_cls_name(self)}({", ".join(args)})'

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = f'{self._days} day{plural}, ' + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        if isinstance(other, date) or _foreign(other):
            return NotImplemented
        raise _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        if _foreign(other):
            return NotImplemented
        raise _binop_error('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        if _foreign(other):
            return NotImplemented
        raise _binop_error('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=other._us() - self._us())
        if _foreign(other):
            return NotImplemented
        raise _binop_error('-', other, self)

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return timedelta(microseconds=self._us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * int(other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_div_round_half_even(self._us() * a, b))
        if _foreign(other):
            return NotImplemented
        raise _binop_error('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if _foreign(other):
            return NotImplemented
        raise _binop_error('*', other, self)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        if _foreign(other):
            return NotImplemented
        raise _binop_error('//', self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise _int_division_by_zero()
            return timedelta(microseconds=_div_round_half_even(self._us(), int(other)))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise _int_division_by_zero()
            return timedelta(microseconds=_div_round_half_even(b * self._us(), a))
        if _foreign(other):
            return NotImplemented
        raise _binop_error('/', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        if _foreign(other):
            return NotImplemented
        raise _binop_error('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _cmp(self, other):
        a = self._us()
        b = other._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        if _foreign(other):
            return NotImplemented
        raise _cmp_error('<', self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        if _foreign(other):
            return NotImplemented
        raise _cmp_error('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        if _foreign(other):
            return NotImplemented
        raise _cmp_error('>', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        if _foreign(other):
            return NotImplemented
        raise _cmp_error('>=', self, other)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------- strftime

def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if rest.seconds or rest.microseconds:
        s += f'{sep}{rest.seconds:02d}'
        if rest.microseconds:
            s += f'.{rest.microseconds:06d}'
    return s


def _wrap_strftime(obj, fmt, seconds, micro):
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % micro)
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '').replace('%', '%%'))
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append('' if name is None else name.replace('%', '%%'))
        elif ch == ':' and i < n and fmt[i] == 'z' and _sys.version_info >= (3, 12):
            i += 1
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ':').replace('%', '%%'))
        elif ch in 'YG' and _sys.version_info >= (3, 14) and isinstance(obj, date):
            # 3.14 writes a year before 1000 with four digits itself (glibc would not pad it).
            year = obj.year if ch == 'Y' else obj.isocalendar()[0]
            out.append('%04d' % year if year < 1000 else '%' + ch)
        else:
            out.append('%')
            out.append(ch)
    return _c_strftime(''.join(out), seconds)


from time import struct_time as _struct_time


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_to_ordinal(y, m, d) + 6) % 7
    return _struct_time((y, m, d, hh, mm, ss, wday, _day_of_year(y, m, d), dstflag))


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return _stdlib_native.tuple_new(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'{_cls_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})'


IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _iso_week1_monday(year):
    first = _to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _parse_int(s, what):
    if (not s.isdigit()) or (not s.isascii()):
        raise ValueError(what)
    return int(s)


# ---------------------------------------------------------------------------- date

def _state_bytes(state, what):
    """A pickled state as bytes (a str is a Python 2 pickle's, read as latin-1)."""
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError(f"Failed to encode latin1 string when unpickling a {what} object. "
                             "pickle.load(data, encoding='latin1') is assumed.") from None
    return state


def _state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')
    return tz


def _micro_bytes(us):
    return [us >> 16, (us >> 8) & 0xFF, us & 0xFF]


def _state_micro(s, at):
    return (s[at] << 16) | (s[at + 1] << 8) | s[at + 2]


def _replace_maker(obj, base):
    """What replace() makes a copy with: from 3.13 a subclass itself; before, the base's __new__."""
    cls = type(obj)
    if cls is base or _sys.version_info >= (3, 13):
        return cls
    return lambda *args, **kwargs: base.__new__(cls, *args, **kwargs)


class date:
    # The native parser (datetime-native.ts) hands a pickled state over alone, as bytes or str.
    def __new__(cls, year, month=None, day=None):
        if isinstance(year, (bytes, str)):
            s = _state_bytes(year, 'date')
            self = _new_object(cls)
            self._year, self._month, self._day = s[0] * 256 + s[1], s[2], s[3]
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = _new_object(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def _from_ordinal_days(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_clock())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError(f'year {_from_ordinal(n)[0]} is out of range')
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        # Fields that parsed but are out of range are the constructor's error, as in CPython.
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f'Year is out of range: {year}')
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = (_to_ordinal(year, 1, 1) + 6) % 7
                if first_weekday == 3 or (first_weekday == 2 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f'Invalid week: {week}')
        if not 0 < day < 8:
            raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
        n = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f'{_cls_name(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month - 1],
                                            self._day, self._year)

    def _epoch_seconds(self):
        return (self.toordinal() - _EPOCH_ORDINAL) * 86400

    def strftime(self, format):
        return _wrap_strftime(self, format, self._epoch_seconds(), 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'format() argument 2 must be str, not {type(fmt).__name__}')
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return _replace_maker(self, date)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        # date and datetime only compare with their own kind; before 3.13 date's own methods compare
        # the date part of any date (datetime's refuse a date first, as operators ask the subclass).
        if _sys.version_info < (3, 13):
            return isinstance(other, date)
        return isinstance(other, date) and isinstance(other, datetime) == isinstance(self, datetime)

    def __eq__(self, other):
        if isinstance(other, date) and (_sys.version_info < (3, 13) or not isinstance(other, datetime)):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        if _foreign(other) or isinstance(other, date):
            return NotImplemented
        raise _cmp_error('<', self, other)

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        if _foreign(other) or isinstance(other, date):
            return NotImplemented
        raise _cmp_error('<=', self, other)

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        if _foreign(other) or isinstance(other, date):
            return NotImplemented
        raise _cmp_error('>', self, other)

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        if _foreign(other) or isinstance(other, date):
            return NotImplemented
        raise _cmp_error('>=', self, other)

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_ordinal_days(self.toordinal() + other.days)
        if _foreign(other):
            return NotImplemented
        raise _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _foreign(other):
            return NotImplemented
        raise _binop_error('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_ordinal_days(self.toordinal() - other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(days=self.toordinal() - other.toordinal())
        if _foreign(other):
            return NotImplemented
        raise _binop_error('-', self, other)

    def __rsub__(self, other):
        if _foreign(other):
            return NotImplemented
        raise _binop_error('-', other, self)

    def __reduce__(self):
        return (self.__class__, (bytes([self._year >> 8, self._year & 0xFF, self._month, self._day]),))


# Facts: the range and step of dates.
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _iso_date_end(s):
    # Where the date part of a datetime string ends: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D],
    # YYYYWww[D] (a run of digits after YYYYWww is split as CPython's C parser splits it).
    if len(s) <= 7:
        return len(s)
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if len(s) > 8 and s[8] == '-':
            return 8 if len(s) > 10 and s[10].isdigit() else 10
        return 8
    if s[4] == 'W':
        end = 7
        while end < len(s) and s[end] in '0123456789':
            end += 1
        return end if end < 9 else (7 if end % 2 == 0 else 8)
    return 8


def _parse_iso_date(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        return (_parse_int(s[0:4], 'bad'), _parse_int(s[5:7], 'bad'), _parse_int(s[8:10], 'bad'))
    if len(s) == 8 and 'W' not in s:
        return (_parse_int(s[0:4], 'bad'), _parse_int(s[4:6], 'bad'), _parse_int(s[6:8], 'bad'))
    # ISO week dates: YYYY-Www, YYYY-Www-D, YYYYWww, YYYYWwwD (the day defaults to Monday).
    dash = len(s) > 4 and s[4] == '-'
    body = s[5:] if dash else s[4:]
    if len(s) not in (7, 8, 10) or not body.startswith('W') or len(body) < 3:
        raise ValueError('bad')
    y = _parse_int(s[0:4], 'bad')
    w = _parse_int(body[1:3], 'bad')
    rest = body[3:]
    if dash and rest and rest[0] != '-' or not dash and rest.startswith('-'):
        raise ValueError('bad')
    rest = rest[1:] if dash else rest
    if len(rest) > 1:
        raise ValueError('bad')
    d = _parse_int(rest, 'bad') if rest else 1
    first_weekday = (_to_ordinal(y, 1, 1) + 6) % 7 if MINYEAR <= y <= MAXYEAR else -1
    long_year = first_weekday == 3 or (first_weekday == 2 and _is_leap(y))
    if not (1 <= w <= 52 or w == 53 and long_year) or not 1 <= d <= 7:
        raise ValueError('bad')
    return _from_ordinal(_iso_week1_monday(y) + (w - 1) * 7 + (d - 1))


# ---------------------------------------------------------------------------- tzinfo

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst


class timezone(tzinfo):
    def __new__(cls, offset, name=None):
        # A zero offset without a name is the utc singleton, as CPython's constructor gives.
        if name is None and isinstance(offset, timedelta) and not offset and '_UTC' in globals():
            return _UTC
        return object.__new__(cls)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is not None and not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             f"and timedelta(hours=24), not {offset!r}{'' if _sys.version_info >= (3, 14) else '.'}")
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_cls_name(self)}({self._offset!r})'
        return f'{_cls_name(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta, ':')


_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---------------------------------------------------------------------------- time

def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        if us:
            return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


class time:
    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)):
            s = _state_bytes(hour, 'time')
            tz = _state_tzinfo(minute if minute != 0 else None)
            self = _new_object(cls)
            self._hour, self._minute, self._second = s[0] & 0x7F, s[1], s[2]
            self._microsecond, self._tzinfo, self._fold = _state_micro(s, 3), tz, s[0] >> 7
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _new_object(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            # a time alone may start with 'T'
            hh, mm, ss, us, tz = _parse_iso_time(time_string[1:] if time_string[:1] == 'T' else time_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(hh, mm, ss, us, _iso_tz(tz))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond != 0:
            s = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second != 0:
            s = f'{self._hour}, {self._minute}, {self._second}'
        else:
            s = f'{self._hour}, {self._minute}'
        s = f'{_cls_name(self)}({s})'
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __reduce_ex__(self, protocol):
        return (self.__class__, _time_state(self, protocol))

    def __reduce__(self):
        return (self.__class__, _time_state(self, 2))

    def strftime(self, format):
        seconds = (_to_ordinal(1900, 1, 1) - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return _wrap_strftime(self, format, seconds, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'format() argument 2 must be str, not {type(fmt).__name__}')
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        given = (hour, minute, second, microsecond)
        mine = (self._hour, self._minute, self._second, self._microsecond)
        fields = [m if g is None else g for g, m in zip(given, mine)]
        make = _replace_maker(self, time)
        return make(*fields, self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _key(self):
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us

    def _check_cmp(self, other, op):
        if not isinstance(other, time):
            if _foreign(other):
                return False
            raise _cmp_error(op, self, other)
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return True

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._key() == other._key()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if not self._check_cmp(other, '<'):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._check_cmp(other, '<='):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._check_cmp(other, '>'):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._check_cmp(other, '>='):
            return NotImplemented
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


# Facts: the range and step of times of day.
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _iso_tz(tz):
    # The tzinfo of a parsed offset: an offset out of range is timezone()'s own error (made after
    # the parse, as CPython's is, so it is not an 'Invalid isoformat string').
    return timezone(tz) if isinstance(tz, timedelta) else tz


def _two_digits(s, i):
    pair = s[i:i + 2]
    if len(pair) != 2 or not (pair.isdigit() and pair.isascii()):
        raise ValueError('bad')
    return int(pair)


def _parse_hms(s, followed):
    # CPython's C reader of a time or of a UTC offset: 'hh', 'mm' and 'ss' with ':' between them or
    # with nothing (the character after the hours decides), and after any of them (the seconds only
    # from 3.14) '.' or ',' and a fraction, six digits of which count (more are passed over). What is left after the numbers is
    # an error, unless an offset follows (CPython reads the time up to the offset and then does not
    # look at what its reader said about the rest). -> (hh, mm, ss, us)
    values = [0, 0, 0]
    i = 0
    n = len(s)
    colons = True
    fraction = False
    for k in range(3):
        values[k] = _two_digits(s, i)
        i += 2
        if i >= n:
            return values + [0]
        c = s[i]
        i += 1
        if k == 0:
            colons = c == ':'
        if i >= n:
            if not followed:
                raise ValueError('bad')
            return values + [0]
        if k == 2 and _sys.version_info >= (3, 14):
            # 3.14: after the seconds only a fraction
            if c not in '.,':
                raise ValueError('bad')
            fraction = True
            break
        if colons and c == ':':
            continue
        if c in '.,':
            if _sys.version_info >= (3, 14):
                # 3.14 takes a fraction of seconds only
                raise ValueError('bad')
            fraction = True
            break
        if colons:
            raise ValueError('bad')
        i -= 1
    us = 0
    if fraction or i < n:
        take = min(6, n - i)
        digits = s[i:i + take]
        if not (digits.isdigit() and digits.isascii()):
            raise ValueError('bad')
        us = int(digits.ljust(6, '0'))
        i += take
        while i < n and s[i].isdigit() and s[i].isascii():
            i += 1
        if i < n and not followed:
            raise ValueError('bad')
    return values + [us]


def _parse_iso_time(s):
    cut = 0
    while cut < len(s) and s[cut] not in 'Z+-':
        cut += 1
    hh, mm, ss, us = _parse_hms(s[:cut], cut < len(s))
    if cut == len(s):
        return hh, mm, ss, us, None
    if s[cut] == 'Z':
        if cut + 1 != len(s):
            raise ValueError('bad')
        return hh, mm, ss, us, _UTC
    oh, om, osec, ous = _parse_hms(s[cut + 1:], False)
    off = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
    if s[cut] == '-':
        off = -off
    return hh, mm, ss, us, (_UTC if not off else off)


# ---------------------------------------------------------------------------- datetime

def _split_timestamp(t):
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        if hasattr(type(t), '__float__'):
            t = float(t)
        else:
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    if t in (float('inf'), float('-inf')) or abs(t) > 1e18:
        raise OverflowError('timestamp out of range for platform time_t')
    whole = int(t)
    us = _round_half_even_float((t - whole) * 1e6)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return whole, us


def _utc_fields(secs):
    days, rem = divmod(secs, 86400)
    n = days + _EPOCH_ORDINAL
    if not 1 <= n <= _MAX_ORDINAL:
        raise ValueError(f'year {_from_ordinal(n)[0]} is out of range')
    y, m, d = _from_ordinal(n)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _time_state(t, protocol):
    hour = t._hour + (128 if t._fold and protocol > 3 else 0)
    state = bytes([hour, t._minute, t._second, *_micro_bytes(t._microsecond)])
    return (state,) if t._tzinfo is None else (state, t._tzinfo)


class datetime(date):
    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)):
            s = _state_bytes(year, 'datetime')
            tz = _state_tzinfo(month)
            self = _new_object(cls)
            self._year, self._month, self._day = s[0] * 256 + s[1], s[2] & 0x7F, s[3]
            self._hour, self._minute, self._second, self._microsecond = s[4], s[5], s[6], _state_micro(s, 7)
            self._tzinfo, self._fold = tz, s[2] >> 7
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _new_object(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, total, tz=None):
        days, rem = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _from_ordinal(days)
        secs, us = divmod(rem, _US_PER_SECOND)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def _local_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * _US_PER_SECOND + self._microsecond)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        if tz is not None:
            result = cls(y, m, d, hh, mm, ss, us, tz)
            return tz.fromutc(result)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(timestamp, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_clock(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_clock())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_clock())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not ' + type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not ' + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            s = date_string
            cut = _iso_date_end(s)
            dpart, tpart = s[:cut], (s[cut + 1:] if len(s) > cut else None)
            y, m, d = _parse_iso_date(dpart)
            hh, mm, ss, us, tz = _parse_iso_time(tpart) if tpart is not None else (0, 0, 0, 0, None)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(y, m, d, hh, mm, ss, us, _iso_tz(tz))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _build_struct_time(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0)

    def timestamp(self):
        off = self.utcoffset()
        secs = ((self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second)
        if off is not None:
            return (self._local_us() - off._us() - _EPOCH_ORDINAL * _US_PER_DAY) / 10**6
        return secs + self._microsecond / 1e6

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        given = (year, month, day, hour, minute, second, microsecond)
        mine = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        fields = [m if g is None else g for g, m in zip(given, mine)]
        make = _replace_maker(self, datetime)
        return make(*fields, self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(0), 'UTC')
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                offset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month - 1], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        # The C method's argument conversions: one character ('C'), then a str.
        if not isinstance(sep, str) or len(sep) != 1:
            what = _arg_type(sep)
            if isinstance(sep, str) and _sys.version_info >= (3, 14):
                what = f'a string of length {len(sep)}'
            raise TypeError(f'isoformat() argument 1 must be a unicode character, not {what}')
        if not isinstance(timespec, str):
            raise TypeError(f'isoformat() argument 2 must be str, not {_arg_type(timespec)}')
        s = ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = f'{_cls_name(self)}({", ".join(map(str, fields))})'
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def strftime(self, format):
        secs = ((self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second)
        return _wrap_strftime(self, format, secs, self._microsecond)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        if off is not None and not isinstance(off, timedelta):
            raise TypeError(f'tzinfo.utcoffset() must return None or timedelta, not \'{type(off).__name__}\'')
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def _aware_key(self, op):
        off = self.utcoffset()
        if off is None:
            return self._local_us()
        return self._local_us() - off._us()

    def __eq__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._local_us() == other._local_us()
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                return False
            # PEP 495: a time in a gap or a repeated hour (its offset hangs on fold) equals no
            # time of another zone.
            if a is not None and (self._fold_matters(a) or other._fold_matters(b)):
                return False
            return self._aware_key('==') == other._aware_key('==')
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            # A date declines too (as date declines a datetime): the error then names the
            # operands in the program's order, whichever of the two was asked first. Before 3.13
            # a datetime refused to order itself against a date in words of its own.
            if isinstance(other, date) and _sys.version_info < (3, 13):
                raise TypeError(f"can't compare {_tn(self)} to {_tn(other)}")
            if _foreign(other) or isinstance(other, date):
                return None
            raise _cmp_error(op, self, other)
        if self._tzinfo is other._tzinfo:
            a = self._local_us()
            b = other._local_us()
        else:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a = self._aware_key(op)
            b = other._aware_key(op)
        return 0 if a == b else (1 if a > b else -1)

    def __lt__(self, other):
        c = self._cmp(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other, '>=')
        return NotImplemented if c is None else c >= 0

    def _fold_matters(self, offset):
        return self.replace(fold=1 - self._fold).utcoffset() != offset

    def __hash__(self):
        # Both sides of a repeated hour hash as its first pass.
        key = self.replace(fold=0) if self._fold else self
        return hash(key._aware_key('hash'))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() + other._us(), self._tzinfo)
        if _foreign(other):
            return NotImplemented
        raise _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _foreign(other):
            return NotImplemented
        raise _binop_error('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return timedelta(microseconds=self._local_us() - other._local_us())
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._aware_key('-') - other._aware_key('-'))
        if _foreign(other):
            return NotImplemented
        raise _binop_error('-', self, other)

    # As C's: the state is bytes (the fold in the month's high bit from protocol 4), then the zone.
    def __reduce_ex__(self, protocol):
        return (self.__class__, _datetime_state(self, protocol))

    def __reduce__(self):
        return (self.__class__, _datetime_state(self, 2))


def _datetime_state(dt, protocol):
    month = dt._month + (128 if dt._fold and protocol > 3 else 0)
    state = bytes([dt._year >> 8, dt._year & 0xFF, month, dt._day, dt._hour, dt._minute, dt._second,
                   *_micro_bytes(dt._microsecond)])
    return (state,) if dt._tzinfo is None else (state, dt._tzinfo)


_date_class = date
_time_class = time

datetime.min, datetime.max = datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------- strptime

def _strptime(cls, data, fmt):
    if not isinstance(data, str):
        raise TypeError(f'strptime() argument 1 must be str, not {type(data).__name__}')
    if not isinstance(fmt, str):
        raise TypeError(f'strptime() argument 2 must be str, not {type(fmt).__name__}')
    import _strptime
    return _strptime._strptime_datetime(cls, data, fmt)


# CPython writes these in C: error messages name them with their module ('datetime.timedelta' object ...).
from _stdlib_native import c_types as _c_types
_c_types(timedelta, date, tzinfo, timezone, time, datetime)
del _c_types

# The common cases of the arithmetic, comparisons, hashes and field reads run natively, as in C; every
# other call of those methods still runs the Python above.
_stdlib_native.datetime_natives(timedelta, date, time, datetime, tzinfo)
