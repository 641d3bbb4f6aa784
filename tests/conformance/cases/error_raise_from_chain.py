import asyncio

class ConfigError(Exception):
    pass

async def load(key):
    await asyncio.sleep(0.1)
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e

async def main():
    print("a =", await load("a"))
    try:
        await load("b")
    except ConfigError as e:
        print("caught", repr(e), "cause:", repr(e.__cause__))
    await load("c")

asyncio.run(main())
