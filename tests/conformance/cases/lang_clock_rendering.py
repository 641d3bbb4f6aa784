import asyncio
import datetime
import time

async def main():
    print(time.time(), time.monotonic(), time.strftime("%H:%M:%S"))
    print(datetime.datetime.now())
    await asyncio.sleep(3661.5)
    print(time.time(), time.strftime("%X"), time.localtime().tm_min)
    now = datetime.datetime.now()
    print(now, now.strftime("%Y-%m-%d %H:%M:%S.%f"), repr(now))
    time.sleep(86400)
    print(datetime.date.today(), time.strftime("%a %d %b %Y"), f"{time.perf_counter():.1f}")

asyncio.run(main())
