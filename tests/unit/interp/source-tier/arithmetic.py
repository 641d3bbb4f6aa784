def mix(a, b):
    out = []
    out.append(a + b)
    out.append(a - b)
    out.append(a * b)
    out.append(a < b)
    out.append(a == b)
    out.append(a != b)
    out.append(-a)
    out.append(not a)
    out.append(a and b)
    out.append(a or b)
    out.append(a if a > b else b)
    return out


for a, b in [(3, 2.5), (2.5, 3), (-7, 2), (7, -2), (2**60, 1.5), (1.5, 2**60), (True, 2), (0, 0.0), (-0.0, 0)]:
    print(mix(a, b))


def divs(a, b):
    return a / b, a // b, a % b


for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2.0), (7, 0.5)]:
    print(divs(a, b))


def aug(x):
    x += 1
    x -= 0.5
    x *= 3
    return x


print(aug(1), aug(2.0), aug(-4))


def big(n):
    t = 1
    while n > 0:
        t *= n
        n -= 1
    return t


print(big(30), big(30) * 1.0)
print(divs(1, 0))
