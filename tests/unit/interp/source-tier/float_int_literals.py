# A float meeting an int literal: arithmetic, division, comparisons and augmented assignment, with
# the literal on either side, at the edges (NaN, infinities, -0.0, 2**53 and past it, zero divisors).
def ops(x):
    return [x + 1, 1 + x, x - 3, 3 - x, x * 2, 2 * x, x * -1, x / 4, 4 / x if x else None, x / -2]


def cmps(x):
    return [x < 0, x <= 0, x > 100, x >= 100, 0 < x, 100 > x, x == 0, x != 0, 0 == x, 1 != x, x == -3]


def edges(x):
    return [x < 9007199254740993, x == 9007199254740993, x > 9007199254740992, x + 9007199254740993, x == 2**53]


def aug(x):
    x += 1
    x -= 2
    x *= 3
    return x


class P:
    def __init__(self, x):
        self.x = x

    def step(self):
        self.x += 2
        self.x *= -1
        return self.x


nan = float("nan")
inf = float("inf")
for x in [0.0, -0.0, 0.5, -3.0, 99.5, 100.0, 1e300, inf, -inf, nan, 9007199254740992.0, 7, True, -3]:
    print(ops(x))
    print(cmps(x))
    print(edges(x))
    print(aug(x), P(x).step())
items = [1.5, 2.5]
items[0] += 1
items[1] *= 2
print(items)
for bad in [lambda: 1.5 / 0, lambda: 0 / 0.0, lambda: 3 / -0.0]:
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError")
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError", e)
