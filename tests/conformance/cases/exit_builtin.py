# exit() and quit() (from site.py) end the program as sys.exit does: SystemExit with the code,
# which a try/except can still catch.
import asyncio


async def main():
    try:
        quit()
    except SystemExit as e:
        print("quit:", repr(e), e.code)
    await asyncio.sleep(0.5)
    print("leaving with 3")
    exit(3)
    print("never")


asyncio.run(main())
