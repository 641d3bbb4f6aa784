# A memoised recursive function close to the recursion limit: 3.13 and later do not count the
# cache wrapper's call as a level (fib(900) works), 3.11 and 3.12 do (it fails near 500 levels).
# Past the limit the error is CPython's RecursionError on every version.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for n in [400, 900, 1200]:
    fib.cache_clear()
    try:
        print(n, fib(n) % 1000003, fib.cache_info().currsize)
    except RecursionError as e:
        print(n, "RecursionError:", e, fib.cache_info().currsize > 0)


@functools.lru_cache(maxsize=128)
def walk(n):
    return 0 if n == 0 else 1 + walk(n - 1)


for n in [450, 950]:
    walk.cache_clear()
    try:
        print("walk", n, walk(n), walk.cache_info())
    except RecursionError as e:
        print("walk", n, "RecursionError:", e)
