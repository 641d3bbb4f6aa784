# The TypeError for an object that is not a context manager: which method it names (only a
# missing __exit__ is named in 3.11-3.13) and the hint towards 'async with' / 'with'.
import asyncio


class Nothing:
    pass


class EnterOnly:
    def __enter__(self):
        return self


class ExitOnly:
    def __exit__(self, *exc):
        return False


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


for make in (Nothing, EnterOnly, ExitOnly, AsyncOnly):
    try:
        with make():
            pass
    except TypeError as e:
        print(e)


async def main():
    for make in (Nothing, SyncOnly, EnterOnly):
        try:
            async with make():
                pass
        except TypeError as e:
            print(e)


asyncio.run(main())
