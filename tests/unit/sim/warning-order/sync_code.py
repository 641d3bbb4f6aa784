# A coroutine never awaited, freed as its statement ends, warns before the DeprecationWarning of
# asyncio.get_event_loop() on the next line (3.12, 3.13; 3.11 gives none) and the UserWarning after.
import asyncio
import warnings


async def work():
    return 1


def setup():
    work()
    loop = asyncio.get_event_loop()
    work()
    warnings.warn("configured", UserWarning)
    loop.close()


setup()
print("end")
