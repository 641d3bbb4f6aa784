# run: python
# datetime's classes are C types in CPython: error messages name them with their module.
import datetime

for obj in (datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 1, 9, 30), datetime.time(9),
            datetime.timedelta(days=1), datetime.timezone.utc):
    try:
        obj.missing_attribute
    except AttributeError as exc:
        print(type(obj).__name__, "->", exc)
try:
    datetime.date(2024, 1, 1) < 5
except TypeError as exc:
    print(exc)
