def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("caught:", e)


def down(n):
    return down(n + 1) + 1


down(0)
