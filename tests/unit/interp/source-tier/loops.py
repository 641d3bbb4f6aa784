def loops(n):
    seen = []
    for i in range(n):
        if i == 2:
            continue
        if i == 6:
            break
        j = 0
        while j < i:
            j += 1
            if j % 2:
                continue
            seen.append((i, j))
        else:
            seen.append("w")
    else:
        seen.append("no break")
    return seen


print(loops(4))
print(loops(10))


def nested(rows):
    total = 0
    for row in rows:
        for x in row:
            if x < 0:
                break
            total += x
        else:
            total += 100
    return total


print(nested([[1, 2], [3, -1, 5], [], [4]]))


def find(xs, want):
    for i, x in enumerate(xs):
        if x == want:
            return i
    return -1


print(find("hello", "l"), find([1, 2], 3))


def with_try(xs):
    out = 0
    for x in xs:
        try:
            out += 10 // x
        except ZeroDivisionError:
            continue
        finally:
            out += 1
        if out > 20:
            break
    return out


print(with_try([1, 0, 2, 5]), with_try([0, 0]))


def counts(words):
    d = {}
    for w in words.split():
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())


print(counts("a b a c b a"))


def sieve(n):
    s = [True] * n
    total = 0
    for i in range(2, n):
        if s[i]:
            total += i
            for j in range(i * i, n, i):
                s[j] = False
    return total


print(sieve(1000))
