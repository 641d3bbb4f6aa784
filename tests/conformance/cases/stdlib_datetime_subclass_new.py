# Subclasses of datetime's types that take their own arguments in __new__, as C's types do:
# the value is made by the base's __new__, and there is no __init__ of the types' own.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone


class Stamp(datetime):
    """A datetime carrying a label, made from the usual fields plus label=."""

    def __new__(cls, *args, label="unnamed", **kwargs):
        self = super().__new__(cls, *args, **kwargs)
        self.label = label
        return self

    def __repr__(self):
        return f"Stamp({self.isoformat()}, label={self.label!r})"

    def __reduce__(self):
        return (_rebuild_stamp, (self.isoformat(), self.label))


def _rebuild_stamp(text, label):
    base = datetime.fromisoformat(text)
    return Stamp(*base.timetuple()[:6], label=label)


start = Stamp(2024, 5, 1, 12, 30, label="deploy")
print(start, repr(start), start.label)
later = start + timedelta(hours=3)
print(type(later).__name__, later.label, later)
print(type(Stamp.fromisoformat("2024-01-02T03:04:05")).__name__)
print(repr(Stamp.fromordinal(738000)))
print(repr(copy.deepcopy(start)))
print(repr(pickle.loads(pickle.dumps(start))))
print(Stamp(2024, 1, 1, tzinfo=timezone.utc, label="utc").utcoffset())


class Birthday(date):
    def __new__(cls, month, day):
        return super().__new__(cls, 2000, month, day)

    def __reduce__(self):
        return (Birthday, (self.month, self.day))


b = Birthday(7, 14)
print(b, type(b).__name__, b.weekday())
try:
    # 3.13 makes replace()'s copy by calling the subclass; 3.11 and 3.12 by date.__new__.
    moved = b.replace(day=15)
    print("replaced", type(moved).__name__, moved)
except TypeError as e:
    print("TypeError:", e)
print(copy.copy(b), date.__new__(date, 1999, 12, 31))


class Seconds(timedelta):
    def __new__(cls, n):
        return super().__new__(cls, seconds=n)


s = Seconds(3725)
print(s, repr(s), s.total_seconds(), type(s + s).__name__)


class Alarm(time):
    def __new__(cls, text):
        h, m = (int(p) for p in text.split(":"))
        return super().__new__(cls, h, m)


print(Alarm("06:45"), repr(Alarm("23:05").isoformat()))

# The types have no __init__ of their own: it is object's, which lets __new__'s arguments pass.
print(datetime.__init__ is object.__init__, date.__init__ is object.__init__)
print(timedelta.__init__ is object.__init__, time.__init__ is object.__init__)
print(datetime(2024, 2, 29).__init__(1, 2, 3) is None)

# C's argument parser and its messages.
for args, kwargs in [((2024,), {}), ((2024, 1, 1, 1), {}), ((2024, 1), {"year": 1}), (("2024", 1, 1), {}),
                     ((2024, 1, 1), {"color": "red"}), ((2.5, 1, 1), {}), ((10**20, 1, 1), {})]:
    try:
        date(*args, **kwargs)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: datetime(2024, 1, 1, 0, 0, 0, 0, None, 1), lambda: time(1, 2, 3, 4, None, 0),
             lambda: time(hour="7"), lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8), lambda: timedelta(years=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Pickled states: bytes, with the fold in a high bit from protocol 4.
folded = datetime(2024, 11, 3, 1, 30, 15, 250, fold=1)
for protocol in (2, 4):
    cls, state = folded.__reduce_ex__(protocol)
    print(cls.__name__, state, cls(*state).fold)
print(date(2024, 2, 29).__reduce__(), time(23, 59, 1, 7, timezone.utc).__reduce__())
print(timedelta(days=1, microseconds=5).__reduce__())
print(datetime(b"\x07\xe8\x02\x1d\x01\x02\x03\x00\x01\x00"), time(b"\x85\x00\x00\x00\x00\x01").fold)
print(repr(pickle.loads(pickle.dumps(time(6, 45, fold=1)))))


class WithInit(date):
    def __init__(self, year, month, day, note=""):
        super().__init__()
        self.note = note


for attempt in (lambda: WithInit(2020, 1, 2), lambda: WithInit(2020, 1, 2, "x")):
    try:
        w = attempt()
        print("made", w, w.note)
    except TypeError as e:
        print("TypeError:", e)

try:
    Stamp(2024, 13, 1)
except ValueError as e:
    print("ValueError:", e)
