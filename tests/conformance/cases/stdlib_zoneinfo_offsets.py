# zoneinfo against CPython: offsets, DST and names of local times in many zones (both folds), across
# the listed transitions and past them (the POSIX rule), and UTC instants turned into local times.
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

rng = random.Random(495)
everything = sorted(available_timezones())
chosen = [
    "America/New_York", "Europe/London", "Europe/Dublin", "Australia/Sydney", "Asia/Seoul",
    "Africa/Casablanca", "America/Sao_Paulo", "Pacific/Chatham", "Australia/Lord_Howe",
    "America/Santiago", "Asia/Tehran", "Antarctica/Troll", "America/Nuuk", "Pacific/Apia",
    "Europe/Moscow", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati", "UTC", "Etc/GMT+5",
    "EST5EDT", "posixrules", "Asia/Gaza",
] + rng.sample(everything, 30)

for key in chosen:
    zone = ZoneInfo(key)
    lines = []
    for _ in range(12):
        year = rng.choice([rng.randrange(1850, 2100), rng.randrange(2020, 2060)])
        moment = datetime(year, rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60))
        for fold in (0, 1):
            local = moment.replace(tzinfo=zone, fold=fold)
            lines.append(f"{local.isoformat()} f{fold} {local.utcoffset()} {local.dst()} {local.tzname()}")
    for _ in range(12):
        instant = rng.randrange(-3_000_000_000, 4_300_000_000)
        local = datetime.fromtimestamp(instant, zone)
        lines.append(f"{instant} {local.isoformat()} f{local.fold} {local.tzname()}")
    print(key)
    print("\n".join(lines))

# Hour by hour through the days of a change, listed (2024) and by the rule (2051): wall times
# with both folds, and the UTC instants around them.
for key, days in [
    ("America/New_York", ["2024-03-10", "2024-11-03", "2051-03-12", "2051-11-05"]),
    ("Australia/Sydney", ["2024-04-07", "2024-10-06", "2051-04-02", "2051-10-01"]),
    ("Europe/Dublin", ["2024-03-31", "2024-10-27", "2051-03-26", "2051-10-29"]),
    ("Australia/Lord_Howe", ["2051-04-02", "2051-10-01"]),
    ("America/Santiago", ["2051-04-02", "2051-09-03"]),
]:
    zone = ZoneInfo(key)
    for day in days:
        start = datetime.fromisoformat(day)
        for half_hours in range(48):
            wall = start + timedelta(minutes=30 * half_hours)
            shown = []
            for fold in (0, 1):
                local = wall.replace(tzinfo=zone, fold=fold)
                shown.append(f"{local.utcoffset()} {local.tzname()} -> {local.astimezone(timezone.utc):%H:%M}")
            print(key, wall, " | ".join(shown))
        first = start.replace(tzinfo=timezone.utc) - timedelta(hours=14)
        for quarter in range(40 * 4):
            instant = first + timedelta(minutes=15 * quarter)
            local = instant.astimezone(zone)
            print(key, instant.strftime("%Y-%m-%d %H:%M"), local.strftime("%H:%M %Z"), local.fold)
