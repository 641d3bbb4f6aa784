# Operators and builtins that take an object's __index__ or __len__ as CPython's C slots do.
import asyncio


class I:
    def __index__(self):
        return 3


class Huge:
    def __index__(self):
        return 2**70


class BigLen:
    def __len__(self):
        return 2**70


print('ab' * I(), I() * [0], (1,) * I(), b'x' * I(), [0, 1, 2, 3][I()])
lst = [1]
lst *= I()
print(lst)
for f in (lambda: 'ab' * Huge(), lambda: len(BigLen()), lambda: 'ab' * 1.5, lambda: [1] * object()):
    try:
        print(f())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)


class BadNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class GoodNext:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    try:
        async for x in BadNext():
            pass
    except TypeError as e:
        print(e)
    print([x async for x in GoodNext()])


asyncio.run(main())
