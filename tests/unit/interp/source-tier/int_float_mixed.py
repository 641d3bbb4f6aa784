# An int variable meeting a float variable in + - * (either side, augmented too): the int converted
# to float with round-half-even past 2**53, signed zeros, infinities and NaN, and the OverflowError
# of an int too large for a float.
def ops(a, b):
    return [a + b, a - b, a * b, b + a, b - a, b * a]


def aug(a, b):
    a += b
    a -= b
    a *= b
    return a


class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        return self.x


for i, f in [(3, 0.5), (-3, 0.0), (0, -0.5), (2**53 + 1, 1.0), (2**60 + 3, 0.25), (-(2**63), 0.5), (3, float("inf")), (0, float("nan")), (True, 0.5)]:
    print(ops(i, f), ops(f, i), aug(i, f), aug(f, i))
p = P(1, 3)
print([p.step(0.5) for _ in range(3)])
for big in (10**400, -(10**309)):
    for args in ((big, 1.5), (1.5, big)):
        try:
            ops(*args)
        except OverflowError as e:
            print("OverflowError", e)
        try:
            aug(*args)
        except OverflowError as e:
            print("OverflowError", e)
P(0.5, 10**400).step(2.0)
