# Sequences and ints too big to hold raise CPython's MemoryError (or its OverflowError), which a
# program can catch like any exception; math's integer functions still give exact results.
# (Recorded under `ulimit -v 4000000`: a machine without a memory limit would try to allocate.)
import math


def attempt(label, make):
    try:
        make()
        print(label, "made")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(e))


attempt("str repeat", lambda: "a" * 10**10)
attempt("list repeat", lambda: [0] * 10**9)
attempt("nested list repeat", lambda: [[]] * 10**9)
attempt("tuple repeat", lambda: (1, 2) * 10**10)
attempt("str repeat past ssize_t", lambda: "ab" * 2**62)
attempt("list repeat past ssize_t", lambda: [1, 2] * 2**62)
attempt("str padding", lambda: "x".center(10**10))
attempt("shift by 2**62", lambda: 1 << 2**62)
attempt("shift by 10**20", lambda: 1 << 10**20)
attempt("shift of zero", lambda: 0 << 10**20)


def nested():
    try:
        return "ab" * 10**10
    finally:
        print("finally runs")


try:
    nested()
except MemoryError:
    print("MemoryError from nested()")

print([math.factorial(i) for i in range(12)], math.factorial(30))
print([math.comb(10, k) for k in range(12)], math.comb(100, 37))
print([math.perm(6, k) for k in range(8)], math.perm(20))
print(math.factorial(3000) % 1000003, math.comb(3000, 1400) % 1000003, math.perm(3000, 1500) % 1000003)
print(math.factorial(20000).bit_length())
