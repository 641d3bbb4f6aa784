def f(n):
    while n > 0:
        n -= 1
    return undefined_name + n


f(3)
