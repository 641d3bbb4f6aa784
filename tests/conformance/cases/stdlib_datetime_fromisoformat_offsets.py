"""A feed reader takes timestamps from several APIs: fromisoformat reads a UTC offset of hours alone
('+01'), with seconds and a fraction, a fraction after the hours or minutes, more than six
fraction digits (the rest passed over), a time alone after 'T', and refuses a trailing '.'."""
import asyncio
from datetime import datetime, time

STAMPS = [
    "2024-05-05T10:20:30.12+01", "2024-05-05T10:20:30+01", "2024-05-05T10+01", "2024-05-05T10Z",
    "2024-05-05 10:20:30.12-01:30:15.5", "20240505T102030+0100", "2024-05-05T10:20:30.1234567",
    "2024-05-05T10:20:30,5", "2024-05-05T10:20:30.", "2024-05-05T10:20:30+01:", "2024-05-05T10:20+",
    "2024-05-05T10:20:30.5+01:00Z", "2024-05-05T10:20:30+00:00", "2024-05-05T10:20:30-0000",
]
TIMES = [
    "T102030", "T10:20", "T10", "t10", "102030.5", "10:20.5", "10.5", "10:20:30.12+01", "10:20Z",
    "T10:20:30+0100", "10:20:30.", "10:2030", "1020:30", "10:20:30:5", "10:", "10:+01", "T",
    "10:20+24:00", "25:00",
]


async def read(kind, text):
    await asyncio.sleep(0.01)
    try:
        value = (datetime if kind == "dt" else time).fromisoformat(text)
        return f"{value!r} {value.isoformat()}"
    except ValueError as e:
        return f"ValueError: {e}"


async def main():
    jobs = [("dt", s) for s in STAMPS] + [("t", s) for s in TIMES]
    for (kind, text), result in zip(jobs, await asyncio.gather(*(read(k, s) for k, s in jobs))):
        print(kind, repr(text), "->", result)


asyncio.run(main())
