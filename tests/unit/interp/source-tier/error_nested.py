def g(x):
    y = [1, 2]
    return y[x]


def f(n):
    total = 0
    for i in range(n):
        total += g(
            i
        )
    return total


print(f(2))
print(f(3))
