def walk(start, stop, step):
    out = []
    for i in range(start, stop, step):
        out.append(i)
        if len(out) == 4:
            break
    return out, i


big = 2**53
print(walk(0, 10, 3), walk(10, -3, -4), walk(-7, 0, 2))
print(walk(big - 2, big + 3, 1), walk(big + 5, big, -2), walk(-big - 1, -big + 2, 1))
print(walk(big - 1, 3 * big, big - 1), walk(2**64, 2**64 + 9, 4), walk(True, 3, True))
print(walk(big - 1, big, big - 1), walk(-big + 1, -big - 5, -big + 1))


def total(n):
    t = 0
    for i in range(n):
        t += i * i
    return t, type(i).__name__


print(total(1000), total(1))
big_it = iter(range(big - 1, big + 2))
print([x for x in range(big - 2, big + 2)], sum(x for x in range(-big - 2, -big + 2)), next(big_it), list(big_it))
print([x * 2 for x in range(10, 0, -3)], list(range(2**64, 2**64 + 3)), [*range(3)])
print(walk(5, 5, 1))
