import asyncio
import traceback


async def main():
    await asyncio.sleep(0.1)
    return {}["missing"]


with asyncio.Runner() as runner:
    try:
        runner.run(main())
    except KeyError:
        traceback.print_exc()

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
except KeyError:
    traceback.print_exc()
loop.close()
asyncio.run(main())
