# A datetime is a date: isinstance and issubclass say so, and functools.singledispatch sends a
# datetime, and a date made by a datetime's date(), to the function registered for date.
import datetime as dt
import functools

d = dt.datetime(2024, 2, 29, 13, 5)
print(isinstance(d, dt.date), isinstance(d.date(), dt.date), issubclass(dt.datetime, dt.date))
print(isinstance(dt.date.today(), dt.datetime), isinstance(dt.datetime.now(), dt.datetime))
print(isinstance(d, (int, dt.date)), issubclass(bool, dt.date), isinstance(d.time(), dt.time))


@functools.singledispatch
def to_text(x):
    return f"object {type(x).__name__}"


@to_text.register
def _(x: dt.date):
    return "date " + x.isoformat()


@to_text.register
def _(x: dt.timedelta):
    return f"{x.total_seconds():g}s"


for value in (d, d.date(), dt.date(2024, 1, 1), dt.datetime.now(), dt.timedelta(minutes=2), 3):
    print(to_text(value))
print(to_text.dispatch(dt.datetime) is to_text.dispatch(dt.date))
