"""Log timestamps parsed with datetime.strptime: each directive takes only digits in its range
(%m 1-12, %H 0-23, %j 1-366; %Y four digits, %y two), so a bad month is a format mismatch or
leftover data, as CPython's regex-based parser reports it. Out-of-range fields given to the
constructors name the value from 3.14."""
import asyncio
from datetime import date, datetime, time

LINES = [
    ("2024-13-01", "%Y-%m-%d"),
    ("2024-01-13", "%Y-%d-%m"),
    ("24-01-01", "%Y-%m-%d"),
    ("2024-1-5", "%Y-%m-%d"),
    ("2024-02-30", "%Y-%m-%d"),
    ("10:60", "%H:%M"),
    ("24:00", "%H:%M"),
    ("12:00:61", "%H:%M:%S"),
    ("2024 045", "%Y %j"),
    ("2024 000", "%Y %j"),
    ("1/2/3", "%d/%m/%y"),
    ("13 PM", "%I %p"),
    ("12 am", "%I %p"),
    ("2024-00-10", "%Y-%m-%d"),
    ("99999", "%Y"),
    ("5.123", "%S.%f"),
]


async def parse(data, fmt):
    await asyncio.sleep(0.01)
    try:
        return f"{data!r} -> {datetime.strptime(data, fmt)}"
    except ValueError as e:
        return f"{data!r} -> ValueError: {e}"


async def main():
    for line in await asyncio.gather(*(parse(d, f) for d, f in LINES)):
        print(line)
    for make, args in [(date, (2023, 2, 29)), (date, (2024, 13, 1)), (date, (10000, 1, 1)),
                       (time, (24, 0)), (time, (1, 1, 60)), (datetime, (2024, 4, 31, 1))]:
        try:
            make(*args)
        except ValueError as e:
            print(make.__name__, args, "ValueError:", e)


asyncio.run(main())
