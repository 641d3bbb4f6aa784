# strptime, shared by time.strptime and datetime's strptime. A format turns into one regular
# expression: each directive is a named group of the values it accepts (numbers as alternations, the
# longer spellings first, as CPython writes them), a run of whitespace matches any run of whitespace,
# and every other character stands for itself. The data must match from its start, case-insensitively;
# the groups found are then read into a date. Names are the C locale's, and the zone names the
# simulated machine's (UTC).

import re as _re
import sys as _sys

_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_FULL_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                'september', 'october', 'november', 'december')


def _words(group, words):
    longest_first = sorted(words, key=len, reverse=True)
    return '(?P<' + group + '>' + '|'.join(_re.escape(w) for w in longest_first) + ')'


_DIRECTIVES = {
    'Y': r'(?P<Y>\d\d\d\d)',
    'y': r'(?P<y>\d\d)',
    'G': r'(?P<G>\d\d\d\d)',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'd': r'(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': _words('A', _FULL_DAYS),
    'a': _words('a', [d[:3] for d in _FULL_DAYS]),
    'B': _words('B', _FULL_MONTHS),
    'b': _words('b', [m[:3] for m in _FULL_MONTHS]),
    'p': _words('p', ('am', 'pm')),
    # the zone names time.tzname gives (UTC, no daylight saving time), and the two always known
    'Z': _words('Z', ('utc', 'gmt')),
    '%': '%',
}
# the C locale's date and time layouts
_LAYOUTS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
if _sys.version_info >= (3, 14):
    # 3.14 takes an hour with a leading space, and glibc's %e, %k, %l, %P, %T, %R and %r
    _DIRECTIVES['H'] = r'(?P<H>2[0-3]|[0-1]\d|\d| \d)'
    _DIRECTIVES['I'] = r'(?P<I>1[0-2]|0[1-9]|[1-9]| [1-9])'
    _DIRECTIVES['e'] = _DIRECTIVES['d']
    _DIRECTIVES['k'] = _DIRECTIVES['H']
    _DIRECTIVES['l'] = _DIRECTIVES['I']
    _DIRECTIVES['P'] = _DIRECTIVES['p']
    _LAYOUTS.update(T='%H:%M:%S', R='%H:%M', r='%I:%M:%S %p')

# characters the regular expression would read as its own syntax
_SPECIAL = '\\.^$*+?(){}[]|'
_YEARS = 'YyG'

_compiled = {}


def _translate(fmt, whole):
    out = []
    i = 0
    n = len(fmt)
    has_day = has_year = False
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
            continue
        i += 1
        if ch != '%':
            out.append('\\' + ch if ch in _SPECIAL else ch)
            continue
        if i == n:
            raise ValueError(f"stray % in format '{whole}'")
        d = fmt[i]
        i += 1
        if d in _LAYOUTS:
            inner, inner_day, inner_year = _translate(_LAYOUTS[d], whole)
            out.append(inner)
            has_day = has_day or inner_day
            has_year = has_year or inner_year
            continue
        if d.isspace() or d in _SPECIAL:
            # CPython escapes the format before it looks at directives: '%' is what it names
            raise ValueError(f"'%' is a bad directive in format '{whole}'")
        if d not in _DIRECTIVES:
            raise ValueError(f"'{d}' is a bad directive in format '{whole}'")
        out.append(_DIRECTIVES[d])
        if d == 'd':
            has_day = True
        elif d in _YEARS:
            has_year = True
    return ''.join(out), has_day, has_year


def _regex(fmt):
    compiled = _compiled.get(fmt)
    if compiled is None:
        text, has_day, has_year = _translate(fmt, fmt)
        if has_day and not has_year and _sys.version_info >= (3, 13):
            import warnings
            # 3.14 corrected the spelling
            message = _NO_YEAR if _sys.version_info < (3, 14) else _NO_YEAR.replace('ambiguious', 'ambiguous')
            # reported at the program's call: the first frame that is not the library's (whose code
            # is named '<loopline function>')
            warnings.warn(message, DeprecationWarning, skip_file_prefixes=('<loopline ',))
        compiled = _re.compile(text, _re.IGNORECASE)
        if len(_compiled) > 5:
            _compiled.clear()
        _compiled[fmt] = compiled
    return compiled


_NO_YEAR = '''Parsing dates involving a day of month without a year specified is ambiguious
and fails to parse leap day. The default behavior will change in Python 3.15
to either always raise an exception or to use a different default year (TBD).
To avoid trouble, add a specific year to the input & format.
See https://github.com/python/cpython/issues/70647.'''


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _parse(data, fmt):
    # -> ((year, month, day, hour, minute, second, weekday, yday, isdst, zone name, gmtoff),
    #     microseconds, microseconds of the offset)
    for position, arg in enumerate((data, fmt)):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {position} must be str, not {type(arg)}')
    from datetime import date
    found = _regex(fmt).match(data)
    if found is None:
        raise ValueError(f'time data {data!r} does not match format {fmt!r}')
    if found.end() != len(data):
        raise ValueError(f'unconverted data remains: {data[found.end():]}')
    g = found.groupdict()
    year = iso_year = iso_week = week = weekday = yday = gmtoff = None
    week_from_monday = False
    month = day = 1
    hour = minute = second = micro = offset_micro = 0
    isdst = -1
    # in the order of the format: a later directive overrides an earlier one
    for key, text in g.items():
        if key == 'y':
            year = int(text) + (2000 if int(text) < 69 else 1900)
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = _FULL_MONTHS.index(text.lower()) + 1
        elif key == 'b':
            month = [m[:3] for m in _FULL_MONTHS].index(text.lower()) + 1
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            # 12 AM is midnight, 12 PM noon; without %p an hour is AM
            hour = int(text) % 12
            if (g.get('p') or '').lower() == 'pm':
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            micro = int(text.ljust(6, '0'))
        elif key == 'A':
            weekday = _FULL_DAYS.index(text.lower())
        elif key == 'a':
            weekday = [d[:3] for d in _FULL_DAYS].index(text.lower())
        elif key == 'w':
            weekday = (int(text) + 6) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            yday = int(text)
        elif key in ('U', 'W'):
            week = int(text)
            week_from_monday = key == 'W'
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, offset_micro = _offset(text)
        elif key == 'Z':
            # UTC and GMT are never daylight saving time
            isdst = 0

    _check_iso(year, iso_year, iso_week, week, weekday, yday)

    # No year: 1900, but 29 February is worked out in 1904 (a leap year) and given 1900 at the end.
    leap_day_only = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day_only else 1900

    if yday is None and weekday is not None:
        if week is not None:
            first = date(year, 1, 1).weekday()
            shift = 0 if week_from_monday else 1
            first = (first + shift) % 7
            day_in_week = (weekday + shift) % 7
            if week == 0:
                yday = 1 + day_in_week - first
            else:
                yday = 1 + (7 - first) % 7 + 7 * (week - 1) + day_in_week
        elif iso_year is not None and iso_week is not None:
            found_date = date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = found_date.year, found_date.month, found_date.day
        if yday is not None and yday <= 0:
            year -= 1
            yday += 366 if _is_leap(year) else 365
    if yday is None:
        yday = date(year, month, day).toordinal() - date(year, 1, 1).toordinal() + 1
    else:
        found_date = date.fromordinal(date(year, 1, 1).toordinal() + yday - 1)
        year, month, day = found_date.year, found_date.month, found_date.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    if leap_day_only:
        year = 1900
    fields = (year, month, day, hour, minute, second, weekday, yday, isdst, g.get('Z'), gmtoff)
    return fields, micro, offset_micro


_DAY_OF_YEAR_WITH_G = ("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                       "Use '%Y' instead.")
_G_NEEDS = ("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
            "directive ('%A', '%a', '%w', or '%u').")
_V_NEEDS = ("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
            "directive ('%A', '%a', '%w', or '%u').")
_V_WITH_Y = "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."


def _check_iso(year, iso_year, iso_week, week, weekday, yday):
    # %G and %V go together, with a weekday; 3.13 made the rules stricter
    if _sys.version_info >= (3, 13):
        if iso_year is not None:
            if yday is not None:
                raise ValueError(_DAY_OF_YEAR_WITH_G)
            if iso_week is None or weekday is None:
                raise ValueError(_G_NEEDS)
        elif iso_week is not None:
            raise ValueError(_V_NEEDS if year is None or weekday is None else _V_WITH_Y)
    elif year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError(_G_NEEDS)
        if yday is not None:
            raise ValueError(_DAY_OF_YEAR_WITH_G)
    elif week is None and iso_week is not None:
        raise ValueError(_V_NEEDS if weekday is None else _V_WITH_Y)


def _offset(text):
    if text == 'Z':
        return 0, 0
    sign = -1 if text[0] == '-' else 1
    body = text[1:]
    if body[2:3] == ':':
        body = body[:2] + body[3:]
        if len(body) > 4:
            if body[4] != ':':
                raise ValueError(f'Inconsistent use of : in {text}')
            body = body[:4] + body[5:]
    seconds = int(body[:2]) * 3600 + int(body[2:4]) * 60 + int(body[4:6] or 0)
    micro = int(body[7:].ljust(6, '0')) if len(body) > 7 else 0
    return sign * seconds, sign * micro


def _strptime_time(data, fmt='%a %b %d %H:%M:%S %Y'):
    import time
    return time.struct_time(_parse(data, fmt)[0])


def _strptime_datetime(cls, data, fmt='%a %b %d %H:%M:%S %Y'):
    from datetime import timedelta, timezone
    fields, micro, offset_micro = _parse(data, fmt)
    args = fields[:6] + (micro,)
    name, gmtoff = fields[9], fields[10]
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=offset_micro)
        args += (timezone(delta, name) if name else timezone(delta),)
    return cls(*args)
