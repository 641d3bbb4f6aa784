# The arithmetic, comparison, hash and constructor paths CPython's _datetime does in C, with the
# values, classes and errors a program can see: subclass results, float components, overflow,
# aware operands sharing a tzinfo, and pickling. (Mixed date/datetime operations and messages that
# name those two types are left out: the recorder's date and datetime are subclasses of its own.)
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__, repr(r))


def kind(x):
    # The recorder's date and datetime are subclasses with reprs of their own, which a subclass of
    # the program's would inherit: its class and str() say the same.
    return f'{type(x).__name__} {x}'


class MyDate(date):
    pass


class MyDatetime(datetime):
    def describe(self):
        return f'mine: {self:%Y-%m-%d %H:%M}'


class MyDelta(timedelta):
    pass


class MyTime(time):
    pass


# timedelta construction: ints, floats rounded half to even, keywords in any order, bools.
show('td ints', lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
show('td kw', lambda: timedelta(weeks=1, hours=-3, microseconds=5))
show('td half', lambda: timedelta(microseconds=0.5))
show('td 1.5', lambda: timedelta(microseconds=1.5))
show('td floats', lambda: timedelta(days=0.1, seconds=0.7, milliseconds=0.3333))
show('td neg float', lambda: timedelta(hours=-1.25, minutes=0.01))
show('td bool', lambda: timedelta(True, False))
show('td str', lambda: timedelta(days='1'))
show('td inf', lambda: timedelta(seconds=float('inf')))
show('td nan', lambda: timedelta(seconds=float('nan')))
show('td overflow', lambda: timedelta(days=10**9))
show('td overflow neg', lambda: timedelta(days=-10**9))
show('td big us', lambda: timedelta(microseconds=10**17))
show('td max', lambda: timedelta.max)
show('td min', lambda: timedelta.min)

# timedelta arithmetic and comparisons.
a = timedelta(days=2, hours=5)
b = timedelta(hours=30, microseconds=7)
show('td add', lambda: a + b)
show('td sub', lambda: a - b)
show('td sub neg', lambda: b - a - a)
show('td neg', lambda: -b)
show('td mul', lambda: b * 3)
show('td mul neg', lambda: b * -2)
show('td rmul', lambda: 4 * b)
show('td mul float', lambda: b * 0.5)
show('td add overflow', lambda: timedelta.max + timedelta.resolution)
show('td sub overflow', lambda: timedelta.min - timedelta.resolution)
show('td mul overflow', lambda: timedelta.max * 2)
show('td add int', lambda: a + 1)
show('td sub int', lambda: a - 1)
show('td cmp', lambda: (a < b, a <= b, a > b, a >= b, a == b, a != b))
show('td cmp eq', lambda: (a == timedelta(hours=53), a != timedelta(hours=53), a <= timedelta(hours=53)))
show('td eq int', lambda: a == 5)
show('td lt int', lambda: a < 5)
show('td hash eq', lambda: hash(timedelta(hours=24)) == hash(timedelta(days=1)))
show('td bool', lambda: (bool(timedelta(0)), bool(timedelta(microseconds=-1))))
show('td total', lambda: (a.total_seconds(), (-b).total_seconds(), timedelta.max.total_seconds()))
show('td total us', lambda: timedelta(microseconds=1).total_seconds())
show('td fields', lambda: ((-b).days, (-b).seconds, (-b).microseconds))
show('td subclass add', lambda: MyDelta(hours=1) + MyDelta(hours=2))
show('td subclass neg', lambda: -MyDelta(hours=1))
show('td subclass init', lambda: (type(MyDelta(1)), MyDelta(1)))
show('subclass reprs', lambda: (MyDelta(hours=-1), MyTime(5, 6)))

# date
d = date(2024, 2, 28)
show('date', lambda: d)
show('date kw', lambda: date(day=1, month=3, year=2023))
show('date feb 29', lambda: date(2023, 2, 29))
show('date month 13', lambda: date(2024, 13, 1))
show('date year 0', lambda: date(0, 1, 1))
show('date float', lambda: date(2024.0, 1, 1))
show('date bool', lambda: date(True, True, True))
show('date add', lambda: d + timedelta(days=2))
show('date add hours', lambda: d + timedelta(hours=47))
show('date radd', lambda: timedelta(days=-365) + d)
show('date sub td', lambda: d - timedelta(days=60))
show('date sub date', lambda: d - date(2000, 1, 1))
show('date add overflow', lambda: date.max + timedelta(days=1))
show('date sub overflow', lambda: date.min - timedelta(days=1))
show('date cmp', lambda: (d < date(2024, 3, 1), d >= date(2024, 2, 28), d == date(2024, 2, 28), d != d))
show('date hash eq', lambda: hash(date(2024, 2, 28)) == hash(d))
show('date ordinal', lambda: (d.toordinal(), date.fromordinal(d.toordinal()) == d))
show('date subclass add', lambda: kind(MyDate(2024, 1, 31) + timedelta(days=1)))
show('date subclass sub', lambda: kind(MyDate(2024, 1, 31) - timedelta(days=1)))
show('date subclass diff', lambda: MyDate(2024, 1, 31) - MyDate(2023, 1, 31))

# datetime
t = datetime(2024, 2, 28, 23, 59, 59, 999999)
show('dt', lambda: t)
show('dt kw', lambda: datetime(2024, 1, 2, minute=5, fold=1))
show('dt tz kw', lambda: datetime(2024, 1, 2, tzinfo=timezone.utc))
show('dt bad hour', lambda: datetime(2024, 1, 2, 24))
show('dt bad us', lambda: datetime(2024, 1, 2, 0, 0, 0, 10**6))
show('dt bad fold', lambda: datetime(2024, 1, 2, fold=2))
show('dt bad tz', lambda: datetime(2024, 1, 2, tzinfo=5))
show('dt add', lambda: t + timedelta(microseconds=1))
show('dt add neg', lambda: t + timedelta(days=-1, microseconds=-1))
show('dt radd', lambda: timedelta(weeks=1) + t)
show('dt sub td', lambda: t - timedelta(days=59, hours=23))
show('dt sub dt', lambda: t - datetime(2000, 1, 1))
show('dt sub dt neg', lambda: datetime(2000, 1, 1) - t)
show('dt add overflow', lambda: datetime.max + timedelta(microseconds=1))
show('dt sub overflow', lambda: datetime.min - timedelta(microseconds=1))
show('dt cmp', lambda: (t < t + timedelta(microseconds=1), t <= t, t > t, t >= t, t == t, t != t))
show('dt eq int', lambda: t == 5)
show('dt hash eq', lambda: hash(t) == hash(datetime(2024, 2, 28, 23, 59, 59, 999999)))
show('dt fold hash', lambda: hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))
show('dt fold eq', lambda: datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1))
show('dt fields', lambda: (t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold))
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
u = datetime(2024, 6, 1, 12, tzinfo=utc)
show('aware add', lambda: u + timedelta(hours=13))
show('aware sub same tz', lambda: u - datetime(2024, 6, 1, tzinfo=utc))
show('aware sub other tz', lambda: u - datetime(2024, 6, 1, 12, tzinfo=plus2))
show('aware eq other tz', lambda: u == datetime(2024, 6, 1, 14, tzinfo=plus2))
show('aware lt other tz', lambda: u < datetime(2024, 6, 1, 14, 1, tzinfo=plus2))
show('aware hash eq', lambda: hash(u) == hash(datetime(2024, 6, 1, 14, tzinfo=plus2)))
show('naive vs aware eq', lambda: u == datetime(2024, 6, 1, 12))
show('naive vs aware lt', lambda: u < datetime(2024, 6, 1, 12))
show('naive vs aware sub', lambda: u - datetime(2024, 6, 1, 12))

# Subclass results: the subclass is called with the fields (its __init__ runs).
m = MyDatetime(2024, 1, 31, 10)
show('dt subclass add', lambda: kind(m + timedelta(days=1)))
show('dt subclass add method', lambda: (m + timedelta(days=1)).describe())
show('dt subclass radd', lambda: type(timedelta(1) + m))
show('dt subclass sub td', lambda: kind(m - timedelta(days=1)))
show('dt subclass sub dt', lambda: m - datetime(2024, 1, 1))
show('dt subclass cmp', lambda: (m > datetime(2024, 1, 31), m == datetime(2024, 1, 31, 10)))
show('dt subclass hash', lambda: hash(m) == hash(datetime(2024, 1, 31, 10)))

# Unbound calls, copies and pickles of results made natively.
show('unbound add', lambda: datetime.__add__(t, timedelta(1)))
show('unbound lt', lambda: timedelta.__lt__(a, b))
show('unbound eq date', lambda: date.__eq__(d, t))
r = t + timedelta(seconds=1)
show('copy', lambda: (copy.copy(r), copy.deepcopy(r) == r))
show('pickle dt', lambda: pickle.loads(pickle.dumps(r)))
show('pickle td', lambda: pickle.loads(pickle.dumps(a - b)))
show('pickle date', lambda: pickle.loads(pickle.dumps(d + timedelta(1))))
show('reduce', lambda: (a - b).__reduce__())
show('dict keys', lambda: len({t: 1, t + timedelta(0): 2, datetime(2024, 2, 28, 23, 59, 59, 999999): 3}))
show('sorted', lambda: sorted([t, t - timedelta(1), t + timedelta(microseconds=-1)]))
show('min max td', lambda: (min(a, b), max(a, b, -a)))
show('sum', lambda: sum([a, b, -a], timedelta()))
