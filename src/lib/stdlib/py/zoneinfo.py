# `zoneinfo`: the IANA time zones of the tz database CPython reads on the machine the goldens were
# recorded on (/usr/share/zoneinfo, 2025b), from _zoneinfo_tables.py: a chunk fetched only for
# programs that mention zoneinfo, each zone decoded the first time a program asks for it. Local
# times map to offsets as PEP 495 has it (`fold` picks the side of a gap or a repeated hour); past
# the last listed transition the zone's POSIX rule decides. The leap-second zones (right/...) and
# reading TZif files (`from_file`) are not simulated.

import sys as _sys
from bisect import bisect_right as _after
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
TZPATH = _DEFAULT_TZPATH

# Files of the database's directory that are not zones: opening one as a zone says so.
_NOT_TZIF = frozenset(['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab',
                       'zone1970.tab'])
# Days from 0001-01-01 to 1970-01-01 (datetime's ordinals).
_EPOCH_DAY = 719163


class ZoneInfoNotFoundError(KeyError):
    pass


ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    pass


InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'

_index = None


def _tables():
    # The chunk is imported when a zone is first asked for, not with the module.
    import _zoneinfo_tables
    return _zoneinfo_tables


def _zone_index():
    global _index
    if _index is None:
        _index = {}
        tables = _tables()
        for item in (tables.ZONES + ' ' + tables.UNLISTED).split(' '):
            key, _, n = item.partition('=')
            _index[key] = int(n)
    return _index


def available_timezones():
    unlisted = {item.partition('=')[0] for item in _tables().UNLISTED.split(' ')}
    return {key for key in _zone_index() if key not in unlisted}


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        TZPATH = _DEFAULT_TZPATH
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
    relative = [path for path in to if not path.startswith('/')]
    if relative:
        listed = ''.join(f'\n    {path}' for path in relative)
        raise ValueError(f'Paths should be absolute but found the following relative paths:{listed}')
    TZPATH = tuple(to)


def _check_key(key):
    if isinstance(key, bytes):
        raise TypeError("Can't mix strings and bytes in path components")
    if not isinstance(key, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(key).__name__}')
    if key.startswith('/'):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    # The key as a normalized path: empty and '.' parts dropped, '..' taking back the part before.
    kept = []
    for part in key.split('/'):
        if part == '..' and kept and kept[-1] != '..':
            kept.pop()
        elif part not in ('', '.'):
            kept.append(part)
    if ('/'.join(kept) or '.') != key:
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    if key == '.' or kept[0] == '..':
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


def _b36(text):
    return int(text, 36)


class _Kind:
    """A local time type: offset from UTC, the DST part of it, abbreviation."""
    __slots__ = ('utcoff', 'dstoff', 'tzname', 'seconds')

    def __init__(self, text):
        off, dst, name = text.split('/', 2)
        self.seconds = _b36(off)
        self.utcoff = _timedelta(seconds=self.seconds)
        self.dstoff = _timedelta(seconds=_b36(dst))
        self.tzname = name


def _ymd_to_days(year, month, day):
    return _datetime(year, month, day).toordinal() - _EPOCH_DAY


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


class _Moment:
    """When in a year a POSIX rule switches: a day rule and the local time of day (seconds)."""
    __slots__ = ('how', 'a', 'b', 'c', 'at')

    def __init__(self, text):
        day, _, at = text.partition('@')
        self.at = _b36(at)
        self.how = day[0]
        if self.how == 'M':
            self.a, self.b, self.c = [int(x) for x in day[1:].split('.')]
        else:
            self.a = int(day[1:])

    def local_seconds(self, year):
        """Seconds from the epoch (as if local time were UTC) of this moment in `year`."""
        if self.how == 'M':
            month, week, weekday = self.a, self.b, self.c
            first = _ymd_to_days(year, month, 1)
            # 1970-01-01 was a Thursday: weekday 4 with Sunday as 0.
            first_weekday = (first + 4) % 7
            day = 1 + (weekday - first_weekday) % 7 + 7 * (week - 1)
            length = _MONTH_DAYS[month - 1] + (month == 2 and _leap(year))
            while day > length:
                day -= 7
            days = first + day - 1
        elif self.how == 'J':
            # 1 to 365, February 29 never counted.
            days = _ymd_to_days(year, 1, 1) + self.a - 1
            if self.a >= 60 and _leap(year):
                days += 1
        else:
            days = _ymd_to_days(year, 1, 1) + self.a
        return days * 86400 + self.at


class _Rule:
    """The zone's rule after its last listed transition: standard time and DST by the year."""
    __slots__ = ('std', 'dst', 'start', 'end', 'diff')

    def __init__(self, text, kinds):
        std, dst, start, end, diff = text.split(',')
        self.std = kinds[int(std)]
        self.dst = kinds[int(dst)]
        self.start = _Moment(start)
        self.end = _Moment(end)
        self.diff = _b36(diff)

    def for_wall(self, seconds, year, fold):
        # Summer time as a span of wall-clock time: a gap's hour belongs to the side `fold` picks,
        # and so does a repeated hour (fold 0: its first pass).
        begin = self.start.local_seconds(year)
        finish = self.end.local_seconds(year)
        d = self.diff
        if fold:
            begin, finish = begin + min(d, 0), finish - max(d, 0)
        else:
            begin, finish = begin + max(d, 0), finish - min(d, 0)
        return self.dst if _in_span(seconds, begin, finish) else self.std

    def for_utc(self, seconds, year):
        """The type at a UTC instant, and whether the wall time it shows is the second of two."""
        begin = self.start.local_seconds(year) - self.std.seconds
        finish = self.end.local_seconds(year) - self.dst.seconds
        summer = _in_span(seconds, begin, finish)
        d = self.diff
        if d >= 0:
            second_pass = not summer and 0 <= seconds - finish < d
        else:
            second_pass = summer and 0 <= seconds - begin < -d
        return (self.dst if summer else self.std), second_pass


def _in_span(seconds, begin, finish):
    if begin < finish:
        return begin <= seconds < finish
    # Summer across the new year (the southern hemisphere).
    return not (finish <= seconds < begin)


class _Zone:
    """A zone's decoded table: transitions in UTC and in wall time (one list per fold)."""
    __slots__ = ('fixed', 'first', 'kinds', 'utc', 'walls', 'after', 'rule')

    def __init__(self, text):
        if text.startswith('F|'):
            self.fixed = _Kind(text[2:])
            return
        self.fixed = None
        head, types, moves, tail = text.split('|')
        kinds = [_Kind(t) for t in types.split(';')]
        self.kinds = []
        self.utc = []
        wall_first, wall_second = [], []
        at = 0
        prev = kinds[int(head)]
        self.first = prev
        for move in moves.split(' ') if moves else ():
            gap, _, n = move.partition(':')
            at += _b36(gap)
            kind = kinds[int(n)]
            self.utc.append(at)
            self.kinds.append(kind)
            hi, lo = max(prev.seconds, kind.seconds), min(prev.seconds, kind.seconds)
            wall_first.append(at + hi)
            wall_second.append(at + lo)
            prev = kind
        self.walls = (wall_first, wall_second)
        if tail[0] == 'T':
            self.after = kinds[int(tail[1:])]
            self.rule = None
        else:
            self.after = None
            self.rule = _Rule(tail[1:], kinds)

    def kind_at_wall(self, dt):
        if self.fixed is not None:
            return self.fixed
        seconds = _wall_seconds(dt)
        walls = self.walls[dt.fold]
        if walls and seconds >= walls[-1]:
            if self.rule is None:
                return self.after
            return self.rule.for_wall(seconds, dt.year, dt.fold)
        i = _after(walls, seconds)
        return self.kinds[i - 1] if i else self.first

    def from_utc(self, dt):
        if self.fixed is not None:
            return self.fixed, False
        seconds = _wall_seconds(dt)
        utc = self.utc
        if utc and seconds >= utc[-1] and self.rule is not None:
            return self.rule.for_utc(seconds, dt.year)
        i = _after(utc, seconds)
        if i == 0:
            return self.first, False
        kind = self.kinds[i - 1]
        before = self.kinds[i - 2] if i >= 2 else self.first
        shift = before.seconds - kind.seconds
        return kind, seconds - utc[i - 1] < shift


def _wall_seconds(dt):
    return (dt.toordinal() - _EPOCH_DAY) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


_decoded = {}


def _load(key):
    _check_key(key)
    # posix/ holds the same zones (and no localtime, the machine's own).
    name = key[6:] if key.startswith('posix/') and key != 'posix/localtime' else key
    if name.startswith('right/'):
        raise NotImplementedError(f'the leap-second time zones ({key}) are not simulated in Loopline')
    if name in _NOT_TZIF:
        raise ValueError('Invalid TZif file: magic not found')
    n = _zone_index().get(name)
    if n is None:
        raise ZoneInfoNotFoundError(f'No time zone found with key {key}')
    zone = _decoded.get(n)
    if zone is None:
        zone = _decoded[n] = _Zone(_tables().DATA[n])
    return zone


class ZoneInfo(_tzinfo):
    # Each class keeps its own cache of the zones it made (ZoneInfo(key) is ZoneInfo(key)).
    _caches = {}

    def __new__(cls, key):
        cache = ZoneInfo._caches.setdefault(cls, {})
        made = cache.get(key)
        if made is None:
            made = cls._make(key, True)
            made = cache.setdefault(key, made)
        return made

    @classmethod
    def _make(cls, key, cached):
        zone = _load(key)
        self = object.__new__(cls)
        self._key = key
        self._zone = zone
        self._from_cache = cached
        return self

    @classmethod
    def no_cache(cls, key):
        return cls._make(key, False)

    @classmethod
    def from_file(cls, file_obj, /, key=None):
        raise NotImplementedError('zoneinfo.ZoneInfo.from_file (reading a TZif file) is not simulated in Loopline')

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        cache = ZoneInfo._caches.get(cls)
        if cache is None:
            return
        if only_keys is None:
            cache.clear()
        else:
            for key in only_keys:
                cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._kind(dt).utcoff

    def dst(self, dt):
        return self._kind(dt).dstoff

    def tzname(self, dt):
        return self._kind(dt).tzname

    def _kind(self, dt):
        zone = self._zone
        if zone.fixed is not None:
            return zone.fixed
        if dt is None:
            return _NO_TIME
        if not isinstance(dt, _datetime):
            raise TypeError(f'{type(dt).__name__!r} object is not a datetime')
        return zone.kind_at_wall(dt)

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        kind, second_pass = self._zone.from_utc(dt)
        local = dt + kind.utcoff
        return local.replace(fold=1) if second_pass else local

    def __str__(self):
        return str(self._key)

    def __repr__(self):
        # The class's C name: module-qualified for ZoneInfo itself, bare for a subclass.
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        return f'{name}(key={self._key!r})'

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        ZoneInfo._caches[cls] = {}


class _NoTime:
    # What a zone with transitions answers for no datetime (a time's tzinfo): nothing.
    utcoff = dstoff = tzname = None


_NO_TIME = _NoTime()
