# Exceptions raised by several exit callbacks of an ExitStack or AsyncExitStack chain as nested
# with statements would chain them: each one's __context__ is the one raised before it (CPython
# rewrites the end of the implicit chain), and a stack whose body ended normally starts the chain
# afresh, even inside an except block.
import asyncio
import contextlib


class R:
    def __init__(self, name, fail=True):
        self.name, self.fail = name, fail

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.fail:
            raise RuntimeError(self.name)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        if self.fail:
            raise RuntimeError("a" + self.name)


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return " <- ".join(out)


for body in (IndexError("body"), None):
    try:
        with contextlib.ExitStack() as st:
            for n in "xyz":
                st.enter_context(R(n, n != "y"))
            if body:
                raise body
    except RuntimeError as e:
        print(chain(e))
try:
    try:
        raise KeyError("outer")
    except KeyError:
        with contextlib.ExitStack() as st:
            st.enter_context(R("p"))
            st.enter_context(R("q"))
except RuntimeError as e:
    print(chain(e))


async def main():
    for body in (ValueError("abody"), None):
        try:
            async with contextlib.AsyncExitStack() as st:
                await st.enter_async_context(R("1"))
                st.enter_context(R("2"))
                await st.enter_async_context(R("3"))
                if body:
                    raise body
        except RuntimeError as e:
            print(chain(e))


asyncio.run(main())
