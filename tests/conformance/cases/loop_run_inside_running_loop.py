# Calling run_until_complete from inside a coroutine, a mistake often made when moving code from
# scripts or notebooks into async functions: the running loop says it is already running, and a
# new loop refuses to run while another runs in this thread. The coroutine passed is never awaited.
import asyncio


async def fetch_config():
    await asyncio.sleep(0.1)
    return {"retries": 3}


async def main():
    loop = asyncio.get_running_loop()
    try:
        cfg = loop.run_until_complete(fetch_config())
    except RuntimeError as e:
        print("running loop:", e)
    other = asyncio.new_event_loop()
    try:
        cfg = other.run_until_complete(fetch_config())
    except RuntimeError as e:
        print("new loop:", e)
    finally:
        other.close()
    cfg = await fetch_config()
    print("awaited:", cfg)
    print(loop.is_running(), other.is_running(), other.is_closed())


asyncio.run(main())
