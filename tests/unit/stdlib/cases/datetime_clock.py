import asyncio
import datetime
import time
from datetime import date, timedelta


async def tick(n, delay):
    for _ in range(n):
        await asyncio.sleep(delay)
        now = datetime.datetime.now()
        print(now, now.microsecond, repr(now))


async def main():
    start = datetime.datetime.now()
    print(start, repr(start), date.today(), datetime.datetime.today(), datetime.datetime.utcnow())
    await tick(3, 0.1)
    await asyncio.sleep(0.0000005)
    print(datetime.datetime.now().microsecond)
    await asyncio.sleep(0.000001)
    print(datetime.datetime.now().microsecond)
    await asyncio.sleep(59.7)
    now = datetime.datetime.now()
    print(now - start, (now - start).total_seconds(), now.strftime("%H:%M:%S.%f %j %A"), now.isoformat())
    print(datetime.datetime.now(datetime.timezone.utc), repr(datetime.datetime.now(datetime.timezone.utc)))
    print(datetime.datetime.now(datetime.timezone(timedelta(hours=-5))))
    time.sleep(86400 * 10 + 3600 * 5)
    print(date.today(), date.today().weekday(), datetime.datetime.now().ctime(), datetime.datetime.now().timestamp())
    deadline = datetime.datetime.now() + timedelta(seconds=2.5)
    while datetime.datetime.now() < deadline:
        await asyncio.sleep(1)
        print("waiting", datetime.datetime.now().time(), deadline - datetime.datetime.now())
    print(datetime.datetime.fromtimestamp(time.time()) == datetime.datetime.now(), time.time())


asyncio.run(main())
