class A:
    def __init__(self):
        self.a = 1


def get(o, n):
    total = 0
    for i in range(n):
        total += o.a
        if i == 2:
            return o.b
    return total


print(get(A(), 2))
print(get(A(), 5))
