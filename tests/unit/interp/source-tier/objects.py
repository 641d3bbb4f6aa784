class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        if self.x < 0 or self.x > 10:
            self.v = -self.v

    @property
    def pos(self):
        return round(self.x, 3)


def run(n):
    ps = [P(i, (i % 3) - 1) for i in range(n)]
    for s in range(20):
        for p in ps:
            p.step(0.75)
    return [p.pos for p in ps]


print(run(5))

counter = 0


def bump(k):
    global counter
    counter += k
    return counter


print(bump(2), bump(3), counter)


def outer(n):
    acc = []

    def inner(k):
        acc.append(k * n)
        return len(acc)

    for i in range(3):
        inner(i)
    return acc, (lambda q: q + n)(1)


print(outer(5))


def items(d):
    d["z"] = 1
    d["a"] += 2
    xs = [0] * 3
    xs[1] = 5
    xs[-1] += 7
    return d, xs


print(items({"a": 1}))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))


def unpack(pairs):
    out = []
    for a, (b, c) in pairs:
        x, *rest = [a, b, c]
        out.append((x, rest))
    return out


print(unpack([(1, (2, 3)), (4, (5, 6))]))


def is_checks(x):
    return x is None, x is not None, x in [1, 2], x not in (3,)


print(is_checks(None), is_checks(2))
