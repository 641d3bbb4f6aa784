"""A nightly report stamps its files with the time module: gmtime/localtime give time.struct_time
(a tuple with named fields and tm_zone/tm_gmtoff), strftime formats a struct_time or a plain
9-tuple field by field (a weekday or day of the year given is printed as given) after CPython's
range checks, and mktime reads a tuple as local time (the machine's zone is UTC)."""
import asyncio
import time

STAMPS = [0, 86399, 951782400, 1700000000]


async def stamp(seconds):
    await asyncio.sleep(0.01)
    st = time.gmtime(seconds)
    return st, time.strftime("%Y-%m-%d %H:%M:%S %a %j %Z %z", st)


async def main():
    for st, text in await asyncio.gather(*(stamp(s) for s in STAMPS)):
        print(st)
        print("  ", text, st.tm_yday, st.tm_zone, st.tm_gmtoff, st[:3], len(st))
    local = time.localtime(3600)
    print(type(local), type(local).__name__, local.tm_zone, local.tm_hour, local == time.gmtime(3600))
    print(time.timezone, time.altzone, time.daylight, time.tzname)
    fixed = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
    print(time.strftime("%c | %x | %X | %U %W %w %u %G-W%V | %I %p %y %C %%", fixed))
    print(time.strftime("%a %j %Z %z %s", (2024, 3, 5, 14, 7, 9, 0, 1, 0)))
    print(time.strftime("%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
    print(time.strftime("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime("%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0)))
    bad = [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
           (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
           (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2, 3), [2024, 1, 1, 0, 0, 0, 0, 1, 0], "x",
           (2024.0, 1, 1, 0, 0, 0, 0, 1, 0)]
    for t in bad:
        try:
            print(repr(time.strftime("%Y-%m-%d", t)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    made = time.struct_time((2024, 3, 5, 1, 2, 3, 1, 65, 0, "EST", -18000))
    print(made, made.tm_zone, made.tm_gmtoff, time.strftime("%H:%M %Z %z", made))
    plain = time.struct_time(range(9))
    print(plain, plain.tm_zone, plain.tm_gmtoff, plain == tuple(range(9)), plain.n_fields, plain.n_sequence_fields)
    print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9], {"tm_zone": "X"}).tm_zone)
    for args in [(1, 2), (1,) * 12, 5]:
        try:
            time.struct_time(args)
        except TypeError as e:
            print("TypeError:", e)
    for name in ["tm_year", "tm_zone"]:
        try:
            setattr(made, name, 1)
        except AttributeError as e:
            print("AttributeError:", e)
    print(time.mktime((2024, 3, 5, 1, 2, 3, 0, 0, 0)), time.mktime((2024, 14, 40, 25, 0, 0, 0, 0, -1)),
          time.mktime(time.gmtime(12345)), time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
    try:
        time.mktime((1, 2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        time.gmtime("x")
    except TypeError as e:
        print("TypeError:", e)
    print(time.asctime(made), time.ctime(86400 * 365), time.gmtime(-1.5))
    print(time.strftime("%H:%M:%S %Z"), time.localtime().tm_sec, time.gmtime().tm_zone)


asyncio.run(main())
