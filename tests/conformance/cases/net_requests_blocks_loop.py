# sim: latency http://slow.test 2
import asyncio
import time
import requests

async def heartbeat():
    for i in range(5):
        print(f"beat {i} at {time.time():.1f}")
        await asyncio.sleep(0.5)

async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.7)
    print("requesting at", time.strftime("%X"))
    r = requests.get("http://slow.test/page")
    print("got", r.status_code, "at", time.time())
    try:
        requests.get("http://slow.test/other", timeout=1)
    except requests.exceptions.Timeout as e:
        print("requests timeout:", e)
    await hb

asyncio.run(main())
