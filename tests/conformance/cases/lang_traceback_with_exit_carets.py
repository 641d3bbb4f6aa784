# A context manager whose __exit__ / __aexit__ raises: the traceback's line for the `with` is
# located at the context expression from 3.13 (no carets before), on the normal exit and when the
# body failed; an exception from the body that __exit__ lets through keeps its own position.
import asyncio
import os
import traceback


class Strict:
    def __init__(self, fail_on_exit):
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.fail_on_exit:
            raise RuntimeError("exit refused")
        return False

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        return self.__exit__(*exc)


def show():
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)), end="")


def plain():
    try:
        with Strict(True) as s:
            s.value = 1
    except RuntimeError:
        show()
    try:
        with Strict(True):
            {}["missing"]
    except RuntimeError:
        show()
    try:
        with Strict(False):
            {}["missing"] + 1
    except KeyError:
        show()


async def main():
    try:
        async with Strict(True):
            await asyncio.sleep(0)
    except RuntimeError:
        show()
    try:
        async with Strict(False):
            1 / 0
    except ZeroDivisionError:
        show()


plain()
asyncio.run(main())
