# logging.config.dictConfig naming the program's own filter and formatter factories
# ('()': '__main__.Name'), as configuration dicts in scripts do; and what a name that cannot be
# resolved gives.
import asyncio
import logging
import logging.config


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.n % 2 == 0


def make_formatter(prefix):
    return logging.Formatter(prefix + " %(name)s: %(message)s")


logging.config.dictConfig({
    "version": 1,
    "filters": {"even": {"()": "__main__.OnlyEven"}},
    "formatters": {"p": {"()": "__main__.make_formatter", "prefix": ">>"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                         "filters": ["even"], "formatter": "p"}},
    "root": {"level": "INFO", "handlers": ["out"]},
})


async def worker(n):
    await asyncio.sleep(0.1 * n)
    logging.getLogger("worker").info("n=%d", n, extra={"n": n})


async def main():
    await asyncio.gather(*(worker(n) for n in range(4)))
    for bad in ["__main__.Missing", "nosuchmod.X"]:
        try:
            logging.config.dictConfig({"version": 1, "filters": {"f": {"()": bad}}})
        except ValueError as e:
            print(e, "|", e.__cause__, "|", repr(e.__cause__.__cause__))


asyncio.run(main())
