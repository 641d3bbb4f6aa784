# zoneinfo's API as programs use it: keys and their errors, the cache, reprs, copying and pickling,
# arithmetic and comparisons of aware datetimes in different zones, a meeting planner's table.
import copy
import pickle
import zoneinfo
from datetime import datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

print(zoneinfo.__all__)
print(ZoneInfo.__module__, ZoneInfoNotFoundError.__module__, issubclass(ZoneInfoNotFoundError, KeyError))
print(zoneinfo.InvalidTZPathWarning.__mro__[1].__name__, zoneinfo.TZPATH)
for key in ["Nope/Zone", "", "../x", "/etc/x", "a b", "asia/seoul", "America", "UTC", "zone.tab",
            "posixrules", "Factory", "posix/Europe/Paris", "EST5EDT", "Asia//Seoul", "Asia/./Seoul",
            "Asia/", "./UTC", ".", "..", "a/../../b", "Asia/../UTC", 5, None, b"UTC"]:
    try:
        z = ZoneInfo(key)
        print(repr(key), "->", repr(z), str(z), z.key)
    except Exception as e:
        print(repr(key), type(e).__name__, e)

try:
    ZoneInfo("Mars/Olympus")
except KeyError as e:
    print("caught", type(e).__name__, repr(e), e.args)

seoul = ZoneInfo("Asia/Seoul")
print(seoul is ZoneInfo("Asia/Seoul"), seoul is ZoneInfo.no_cache("Asia/Seoul"), seoul == ZoneInfo.no_cache("Asia/Seoul"))
print(isinstance(seoul, tzinfo), type(seoul).__name__, hash(seoul) == hash(ZoneInfo("Asia/Seoul")))
print(copy.copy(seoul) is seoul, copy.deepcopy(seoul) is seoul, pickle.loads(pickle.dumps(seoul)) is seoul)
fresh = ZoneInfo.no_cache("Asia/Seoul")
print(pickle.loads(pickle.dumps(fresh)) is fresh, pickle.loads(pickle.dumps(fresh)) is seoul)
ZoneInfo.clear_cache(only_keys=["Asia/Seoul"])
print(ZoneInfo("Asia/Seoul") is seoul)
ZoneInfo.clear_cache()
print(ZoneInfo("Asia/Seoul") is seoul, ZoneInfo("Asia/Seoul") is ZoneInfo("Asia/Seoul"))


class MyZone(ZoneInfo):
    pass


mine = MyZone("Europe/Paris")
print(repr(mine), mine is MyZone("Europe/Paris"), mine is ZoneInfo("Europe/Paris"), type(mine).__name__)

ny = ZoneInfo("America/New_York")
print(ny.utcoffset(None), ny.dst(None), ny.tzname(None))
utc = ZoneInfo("UTC")
print(utc.utcoffset(None), utc.dst(None), utc.tzname(None))
print(time(12, 30, tzinfo=ny).utcoffset(), time(12, 30, tzinfo=utc).utcoffset(), time(9, tzinfo=ny).tzname())
try:
    ny.fromutc(datetime(2024, 1, 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    ny.fromutc(datetime(2024, 1, 1, tzinfo=seoul))
except Exception as e:
    print(type(e).__name__, e)
try:
    ny.fromutc("2024")
except Exception as e:
    print(type(e).__name__, e)

# Aware arithmetic: wall-clock within one zone, absolute across zones.
a = datetime(2024, 3, 9, 12, tzinfo=ny)
b = a + timedelta(days=1)
print(b, b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc))
paris = ZoneInfo("Europe/Paris")
c = a.astimezone(paris)
print(c, c == a, c > a - timedelta(seconds=1), sorted([c, a, b])[0])
ambiguous = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print(ambiguous == ambiguous.replace(fold=1), ambiguous.astimezone(paris), ambiguous.replace(fold=1).astimezone(paris))
print(ambiguous.astimezone(paris) == ambiguous.replace(fold=1))
print(datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc) == ambiguous, datetime(2024, 11, 3, 6, 30, tzinfo=timezone.utc) == ambiguous.replace(fold=1))
print(datetime.fromtimestamp(1_700_000_000, seoul), datetime(2024, 7, 1, tzinfo=seoul).timestamp())
print(datetime(2024, 7, 1, 9, tzinfo=ny).strftime("%Y-%m-%d %H:%M %Z %z"), datetime(2024, 1, 1, tzinfo=ny).isoformat())

# A meeting planner: 15:00 in Seoul for each office, across a DST change.
offices = ["America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"]
for day in ["2024-03-01", "2024-03-15", "2024-04-10", "2024-11-05"]:
    meeting = datetime.fromisoformat(day + "T15:00").replace(tzinfo=seoul)
    row = [f"{meeting.astimezone(ZoneInfo(k)):%a %H:%M %Z}" for k in offices]
    print(day, " | ".join(row))
print(len(zoneinfo.available_timezones()), "Asia/Seoul" in zoneinfo.available_timezones(), "posixrules" in zoneinfo.available_timezones())
zoneinfo.reset_tzpath(["/opt/zones"])
print(zoneinfo.TZPATH)
for bad in ["/opt/zones", ["relative"]]:
    try:
        zoneinfo.reset_tzpath(bad)
    except Exception as e:
        print(type(e).__name__, e)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
