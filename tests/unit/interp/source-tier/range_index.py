# Indexes by a range loop's counter take its JS number (source-tier.ts indexNumber): every way the
# name can stop holding the loop's value, and ranges whose numbers would not be exact.
def sieve(n):
    s = [True] * n
    total = 0
    for i in range(2, n):
        if s[i]:
            total += i
            for j in range(i * i, n, i):
                s[j] = False
    return total


def rebound(xs):
    out = []
    for i in range(len(xs)):
        out.append(xs[i])
        i = len(xs) - 1 - i
        out.append(xs[i])
        xs[i] = -xs[i]
    return out, xs


def nested(grid):
    out = []
    for i in range(len(grid)):
        for i in range(len(grid[0]) - 1, -1, -1):
            out.append(grid[0][i])
        out.append(grid[i][0])
    return out


def negative(xs):
    out = []
    for k in range(-1, -len(xs) - 1, -1):
        out.append(xs[k])
        xs[k] = k
    return out, xs


def other_loops(xs):
    out = []
    for i in [2, 0, 1]:
        out.append(xs[i])
    for i in (1, 2):
        xs[i] = i
    for i in iter([0, 1]):
        out.append(xs[i])
    return out, xs


def huge(xs):
    out = []
    big = 2**60
    for i in range(big, big + 2):
        out.append(xs[i - big])
    for i in range(0, 3, 2**53):
        out.append(xs[i])
    for i in range(-2**55, 2, 2**55):
        try:
            out.append(xs[i])
        except IndexError as e:
            out.append(str(e))
    return out


def kinds(xs, t):
    out = []
    for i in range(3):
        out.append(t[i])
        out.append(xs[i] if i else xs[True])
        i = float(i)
        try:
            out.append(xs[i])
        except TypeError as e:
            out.append(str(e))
    for i in range(2):
        pass
    else:
        out.append(t[i])
    return out


def deleted(xs):
    for i in range(2):
        del i
        try:
            xs[i] = 0
        except UnboundLocalError as e:
            return str(e)


def past_end(xs):
    for i in range(len(xs) + 1):
        xs[i] = i


print(sieve(1000), sieve(2), sieve(50))
print(rebound([1, 2, 3, 4, 5]))
print(nested([[1, 2, 3], [4, 5, 6]]))
print(negative([10, 20, 30]))
print(other_loops([7, 8, 9]))
print(huge([5, 6, 7]))
print(kinds([1, 2, 3], (4, 5, 6)))
print(deleted([1, 2]))
past_end([0, 0])
