"""An access-log importer parses timestamps with strptime in every style logs use: HTTP dates with
a zone name (%Z), C-locale %c/%x/%X, week numbers (%U/%W with a weekday), ISO weeks (%G-W%V-%u),
offsets with colons and seconds (%z), 12-hour clocks; time.strptime gives a time.struct_time.
3.11 and 3.12 check %G/%V less strictly than 3.13."""
import asyncio
import time
from datetime import datetime

CASES = [
    ("Thu, 10 Oct 2024 13:55:36 GMT", "%a, %d %b %Y %H:%M:%S %Z"),
    ("UTC 2024", "%Z %Y"),
    ("EST 2024", "%Z %Y"),
    ("10/Oct/2024:13:55:36 -0700", "%d/%b/%Y:%H:%M:%S %z"),
    ("2024-10-10T13:55:36+05:30:15.5", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-10-10 13:55 +0000 UTC", "%Y-%m-%d %H:%M %z %Z"),
    ("2024-10-10 13:55 Z", "%Y-%m-%d %H:%M %z"),
    ("Tue Mar  5 14:07:09 2024", "%c"),
    ("03/05/24 14:07:09", "%x %X"),
    ("week 41 2024 4", "week %W %Y %w"),
    ("w41 2024 Thu", "w%U %Y %a"),
    ("w00 2023 0", "w%U %Y %w"),
    ("w53 2024 7", "w%W %Y %u"),
    ("2024-W10-3", "%G-W%V-%u"),
    ("2021-W01-1", "%G-W%V-%u"),
    ("2024 10 3", "%Y %V %u"),
    ("2024 10", "%G %V"),
    ("2024 5 10", "%G %j %V"),
    ("2024 2023 5 3", "%Y %G %V %u"),
    ("1 5 3 2024", "%U %V %u %Y"),
    ("10/10/24 1:05 pm", "%m/%d/%y %I:%M %p"),
    ("12 AM", "%I %p"),
    ("MONDAY january 1 2024", "%A %B %d %Y"),
    ("2024-366", "%Y-%j"),
    ("5 10 2024 x", "%d %m %Y"),
    ("5", "%Q"),
    ("5", "%d %"),
    ("(7)", "(%d)"),
]


async def parse(data, fmt):
    await asyncio.sleep(0.01)
    try:
        return repr(datetime.strptime(data, fmt))
    except ValueError as e:
        return f"ValueError: {e}"


async def main():
    results = await asyncio.gather(*(parse(d, f) for d, f in CASES))
    for (data, fmt), result in zip(CASES, results):
        print(f"{data!r:36} {fmt!r:30} {result}")
    st = time.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M")
    print(st, type(st).__name__, st.tm_zone, st.tm_gmtoff)
    print(time.strptime("Tue Mar  5 14:07:09 2024"))
    zoned = time.strptime("2024 +0130 UTC", "%Y %z %Z")
    print(zoned.tm_isdst, zoned.tm_zone, zoned.tm_gmtoff)
    for data, fmt in [(5, "%d"), ("5", 5), ("2024-13-01", "%Y-%m-%d"), ("2024-01-01 junk", "%Y-%m-%d")]:
        try:
            time.strptime(data, fmt)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    # a day of the month without a year: 3.13 warns (once per format); 29 February is parsed in a
    # leap year and given year 1900, which datetime then refuses
    print(time.strptime("29 2", "%d %m")[:3])
    try:
        datetime.strptime("29 2", "%d %m")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
