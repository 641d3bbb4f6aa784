# The text of dates and datetimes that CPython's _datetime makes in C: isoformat with every
# timespec, str, repr, strftime with %f and the tzinfo directives, the methods a subclass may
# override, and now() on the clock.
import asyncio
from datetime import date, datetime, timedelta, timezone, tzinfo


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__, r if isinstance(r, str) else repr(r))


class Spaced(datetime):
    def isoformat(self, sep='T', timespec='auto'):
        return 'spaced ' + super().isoformat(sep, timespec)


class Shifted(datetime):
    def utcoffset(self):
        return timedelta(hours=1)


class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-3, minutes=-30)

    def tzname(self, dt):
        return 'F%T'

    def dst(self, dt):
        return None


t = datetime(987, 6, 5, 4, 3, 2, 1)
w = datetime(2024, 12, 31, 23, 0)
s = datetime(2024, 1, 2, 3, 4, 5)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds'):
    show('iso ' + spec, lambda: (t.isoformat(timespec=spec), w.isoformat(' ', spec)))
show('iso sep', lambda: (t.isoformat('_'), t.isoformat(sep='x')))
show('iso bad sep', lambda: t.isoformat(5))
show('iso bad spec', lambda: t.isoformat(timespec=None))
show('iso bad sep len', lambda: (t.isoformat('ab'), t.isoformat('')))
show('iso astral sep', lambda: t.isoformat('\U0001F600'))
show('str', lambda: (str(t), str(w), str(s), f'{t}', f'{w:%H.%M}'))
show('repr', lambda: (repr(t), repr(w), repr(s)))
show('repr fold', lambda: repr(datetime(2024, 1, 2, fold=1)))
show('date', lambda: (date(5, 6, 7).isoformat(), str(date(2024, 2, 29)), repr(date(2024, 2, 29))))
show('date strftime', lambda: date(2024, 2, 29).strftime('%A %d %B %Y, day %j, %f %z|%Z|'))
show('strftime', lambda: t.strftime('%Y-%m-%d %H:%M:%S.%f'))
show('strftime percent', lambda: (w.strftime('%%f %%z 100%%'), w.strftime('')))
show('strftime early years', lambda: (date(5, 1, 1).strftime('%Y %G %y'), datetime(999, 12, 31).strftime('%Y|%G')))
show('strftime tz naive', lambda: w.strftime('[%z] [%Z] [%:z]'))
show('strftime names', lambda: s.strftime('%a %A %b %B %p %I %y %U %W %w %u %G %V %e %C'))
show('strftime bad', lambda: s.strftime(5))
show('subclass iso', lambda: (str(Spaced(2024, 1, 2)), Spaced(2024, 1, 2).isoformat()))
show('subclass offset', lambda: (Shifted(2024, 1, 2).isoformat(), str(Shifted(2024, 1, 2)),
                                 Shifted(2024, 1, 2).strftime('%H%z')))
f = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=Fixed())
show('aware', lambda: (f.isoformat(), str(f), f.strftime('%H:%M %z %:z %Z %f')))
show('aware utc', lambda: (str(datetime(2024, 1, 2, tzinfo=timezone.utc)), repr(datetime(2024, 1, 2, tzinfo=timezone.utc))))


async def main():
    show('now start', lambda: (datetime.now(), str(datetime.now())))
    await asyncio.sleep(1.25)
    show('now later', lambda: str(datetime.now()))
    await asyncio.sleep(86400 * 3 + 0.0000015)
    show('now days', lambda: datetime.now().isoformat())
    show('now tz', lambda: str(datetime.now(timezone.utc)))
    show('now subclass', lambda: (type(Spaced.now()).__name__, str(Spaced.now())))
    show('now bad tz', lambda: datetime.now(5))
    show('now kw', lambda: str(datetime.now(tz=timezone(timedelta(hours=2)))))

asyncio.run(main())
