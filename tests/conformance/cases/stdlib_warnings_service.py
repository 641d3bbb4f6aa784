"""A small service logs its warnings: logging.captureWarnings(True) sends them to "py.warnings".

Handlers still call an old-style API that raises DeprecationWarning; in __main__ the default
filters show it once per line. With captureWarnings the text formatwarning makes (file, line,
category, message and the source line) is logged at WARNING; captureWarnings(False) puts the
old showwarning back. A DeprecationWarning attributed to asyncio's frames is not shown.
"""
import asyncio
import logging
import os
import sys
import warnings


class ShortPaths(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).replace(__file__, os.path.basename(__file__)).rstrip("\n")
        return True


def legacy_encode(payload, *, compat=None):
    if compat is not None:
        warnings.warn("compat= is deprecated; pass an Encoder", DeprecationWarning, stacklevel=2)
    return payload.upper()


async def handle(request_id, payload, compat):
    await asyncio.sleep(0.05 * request_id)
    body = legacy_encode(payload, compat=compat)
    logging.getLogger("service").info("request %d -> %s", request_id, body)
    return body


async def from_task():
    warnings.warn("attributed to the event loop", DeprecationWarning, stacklevel=2)
    return "quiet"


async def main():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ShortPaths())
    logging.basicConfig(level=logging.INFO, handlers=[handler])

    await asyncio.gather(*(handle(i, f"p{i}", compat=i % 2 or None) for i in range(1, 5)))
    logging.captureWarnings(True)
    print(warnings.showwarning.__name__ == "_showwarning")
    await asyncio.gather(*(handle(i, f"q{i}", compat=True) for i in range(5, 7)))
    warnings.warn("disk almost full", ResourceWarning)
    warnings.warn("cache is cold", RuntimeWarning)
    print(await asyncio.create_task(from_task()))
    logging.captureWarnings(False)
    print(warnings.showwarning.__name__ == "_showwarning")
    await handle(7, "r7", compat=True)
    warnings.warn("after capture", UserWarning)


asyncio.run(main())
