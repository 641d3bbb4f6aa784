# `calendar`: leap years, weekdays and month lengths, the Calendar iterators and TextCalendar's
# plain-text months and years (as the Unix `cal` lays them out), over datetime.date. English names
# only (the C locale); HTMLCalendar's tables; the locale calendars are not simulated.

import datetime
import sys as _sys
from itertools import repeat

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday', 'isleap',
           'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar', 'TextCalendar', 'HTMLCalendar',
           'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f'bad month number {self.month!r}; must be 1-12'


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f'bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)'


if _sys.version_info >= (3, 12):
    # 3.12 made the month and day numbers IntEnums whose members are module globals.
    from enum import IntEnum, global_enum

    @global_enum
    class Month(IntEnum):
        JANUARY = 1
        FEBRUARY = 2
        MARCH = 3
        APRIL = 4
        MAY = 5
        JUNE = 6
        JULY = 7
        AUGUST = 8
        SEPTEMBER = 9
        OCTOBER = 10
        NOVEMBER = 11
        DECEMBER = 12

    @global_enum
    class Day(IntEnum):
        MONDAY = 0
        TUESDAY = 1
        WEDNESDAY = 2
        THURSDAY = 3
        FRIDAY = 4
        SATURDAY = 5
        SUNDAY = 6

    __all__ += ['Day', 'Month'] + [m.name for m in Month]
    # global_enum exports the members into a module already imported; this one is still being made.
    globals().update(Month.__members__)
    globals().update(Day.__members__)
    _months = list(Month)
    _as_day = Day
else:
    January, February = 1, 2
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
    _months = list(range(1, 13))

    def _as_day(n):
        return n

# Days in each month of a common year, by month number.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                'October', 'November', 'December']
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


class _localized_month:
    # Month names by number, '' at 0; indexable and sliceable like a list of 13.
    def __init__(self, format):
        self.format = format
        names = _MONTH_NAMES if format == '%B' else [n[:3] for n in _MONTH_NAMES]
        self._names = [''] + names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 13


class _localized_day:
    # Day names, Monday first.
    def __init__(self, format):
        self.format = format
        self._names = _DAY_NAMES if format == '%A' else [n[:3] for n in _DAY_NAMES]

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    if year % 4:
        return False
    # Century years only when divisible by 400.
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    # Leap years in [y1, y2): those up to y2 - 1 less those up to y1 - 1.
    def upto(y):
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # The calendar repeats every 400 years, so fold into datetime's range.
        year = 2000 + year % 400
    return _as_day(datetime.date(year, month, day).weekday())


def _days_in(y, m):
    return mdays[m] + 1 if m == 2 and isleap(y) else mdays[m]


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _month_before(y, m):
    return (y, m - 1) if m > 1 else (y - 1, 12)


def _month_after(y, m):
    return (y, m + 1) if m < 12 else (y + 1, 1)


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


class Calendar(object):
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    # Any int is stored; reads give it modulo 7.
    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for k in range(7):
            yield (start + k) % 7

    def _padding(self, year, month):
        # Days shown from the months before and after, to fill whole weeks.
        first, count = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        return lead, count, -(lead + count) % 7

    def itermonthdates(self, year, month):
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def itermonthdays(self, year, month):
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, 1 + ndays)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        before, ndays, after = self._padding(year, month)
        py, pm = _month_before(year, month)
        last = _days_in(py, pm)
        for d in range(last - before + 1, last + 1):
            yield py, pm, d
        for d in range(1, 1 + ndays):
            yield year, month, d
        ny, nm = _month_after(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd
            wd = (wd + 1) % 7

    def monthdatescalendar(self, year, month):
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _weeks(list(self.itermonthdays(year, month)))

    def _year(self, months, width):
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardatescalendar(self, year, width=3):
        return self._year([self.monthdatescalendar(year, m) for m in _months], width)

    def yeardays2calendar(self, year, width=3):
        return self._year([self.monthdays2calendar(year, m) for m in _months], width)

    def yeardayscalendar(self, year, width=3):
        return self._year([self.monthdayscalendar(year, m) for m in _months], width)


class TextCalendar(Calendar):
    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('' if day == 0 else f'{day:2d}').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][0:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = f'{name} {theyear!r}'
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(week, w).rstrip() for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        colwidth = 7 * w + 6
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        days_line = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            out.append(formatstring([self.formatmonthname(theyear, k, colwidth, False) for k in months],
                                    colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([days_line] * len(months), colwidth, c).rstrip())
            out.append(gap)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    # A month is a <table> of rows: the month's name, the weekdays' abbreviations, then one row per
    # week, each day a cell whose class names its weekday (or 'noday' outside the month); a year is a
    # table of such months, `width` to a row. The class names are attributes a subclass may change.
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if day == 0:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day}</td>'

    def formatweek(self, theweek):
        return '<tr>' + ''.join([self.formatday(d, wd) for d, wd in theweek]) + '</tr>'

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        return '<tr>' + ''.join([self.formatweekday(i) for i in self.iterweekdays()]) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        if _sys.version_info >= (3, 14) and not 1 <= themonth <= 12:
            raise IllegalMonthError(themonth)
        title = f'{month_name[themonth]} {theyear}' if withyear else f'{month_name[themonth]}'
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_month}">',
                self.formatmonthname(theyear, themonth, withyear=withyear), self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        return '\n'.join(rows) + '\n</table>\n'

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_year}">\n',
                 f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for first in range(1, 13, width):
            cells = [f'<td>{self.formatmonth(theyear, m, withyear=False)}</td>'
                     for m in range(first, min(first + width, 13))]
            parts.append('<tr>' + ''.join(cells) + '</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = _sys.getdefaultencoding()
        head = [f'<?xml version="1.0" encoding="{encoding}"?>',
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />']
        if css is not None:
            head.append(f'<link rel="stylesheet" type="text/css" href="{css}" />')
        head += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>']
        page = '\n'.join(head) + '\n' + self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, 'xmlcharrefreplace')


# The module-level functions: one shared TextCalendar, as CPython keeps.
c = TextCalendar()
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not (MONDAY <= firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


# Text output, printed or returned.
month, prmonth = c.formatmonth, c.prmonth
calendar, prcal = c.formatyear, c.pryear
week, prweek = c.formatweek, c.prweek
weekheader = c.formatweekheader
monthcalendar = c.monthdayscalendar

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(1970, 1, 1).toordinal()


def timegm(tuple):
    y, mo, d, h, mi, s = tuple[:6]
    # Day 1 of the month through datetime, the rest by arithmetic (so d may run past the month).
    elapsed = datetime.date(y, mo, 1).toordinal() - _EPOCH_ORD + (d - 1)
    return elapsed * 86400 + h * 3600 + mi * 60 + s
