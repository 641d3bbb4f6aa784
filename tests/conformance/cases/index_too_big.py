# Indexes beyond C's Py_ssize_t: CPython refuses them before any bounds check, with its own
# messages (IndexError or OverflowError), except range, which computes with Python ints.
import asyncio
import collections

K = 10**30


def attempt(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


async def main():
    xs = [1, 2, 3]
    attempt("list", lambda: xs[K])
    attempt("list neg", lambda: xs[-K])
    attempt("str", lambda: "abc"[K])
    attempt("tuple", lambda: (1, 2)[-K])
    attempt("bytes", lambda: b"ab"[K])
    attempt("deque", lambda: collections.deque([1])[K])
    attempt("range", lambda: range(5)[K])
    attempt("pop", lambda: [1].pop(K))
    attempt("insert", lambda: [1].insert(K, 0))
    attempt("slice", lambda: xs[-K:K])
    attempt("edge", lambda: [1][2**63])
    attempt("edge - 1", lambda: [1][2**63 - 1])
    attempt("neg edge", lambda: [1][-(2**63)])
    attempt("neg edge - 1", lambda: [1][-(2**63) - 1])

    def store():
        xs[K] = 0

    def remove():
        del xs[K]

    attempt("store", store)
    attempt("del", remove)
    await asyncio.sleep(0)


asyncio.run(main())
