"""A service quiets every library logger it finds in the logging manager (a common start-up idiom):
importing asyncio makes the 'asyncio' and 'concurrent.futures' loggers (and the 'concurrent'
placeholder), so the loop walks them too."""
import logging
import sys

import asyncio

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(name)s %(levelname)s %(message)s")
app = logging.getLogger("app.api")
for name, obj in list(logging.root.manager.loggerDict.items()):
    kind = type(obj).__name__
    if isinstance(obj, logging.Logger) and not name.startswith("app"):
        obj.setLevel(logging.WARNING)
    print(f"{name:20} {kind:12} {logging.getLevelName(getattr(obj, 'level', 0))}")


async def handler(n):
    app.debug("request %d", n)
    await asyncio.sleep(0.1)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    app.info("results %s", results)
    await loop.run_in_executor(None, app.info, "in the executor")
    logging.getLogger("asyncio").info("an info line asyncio would log is quiet now")
    logging.getLogger("asyncio").warning("a warning still shows")


asyncio.run(main())
print("children of the root:", sorted(logging.getLogger("concurrent").name for _ in [0]),
      logging.getLogger("concurrent.futures").parent.name)
