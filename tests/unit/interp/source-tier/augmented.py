class Acc:
    def __init__(self, x):
        self.x = x


def accumulate(a, b):
    o = Acc(a)
    o.x += b
    o.x -= b * 2
    o.x *= b
    n = a
    n += b
    n -= b
    n *= b
    return o.x, n


print(accumulate(3, 4), accumulate(2**62, 2**62), accumulate(1.5, 2), accumulate(1, 2.5))
print(accumulate(True, 2), accumulate(-(2**70), 3), accumulate(0.1, 0.2))


def grow(a, b):
    o = Acc(a)
    o.x += b
    o.x *= 2
    keep = a
    keep += b
    return o.x, keep, a is keep


print(grow([1], [2]), grow("ab", "c"), grow((1,), (2,)))
print(accumulate(1e308, 1e308))
print(accumulate(None, 1))
