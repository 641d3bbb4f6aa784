def add(a, b):
    c = a * 2
    return c + b


print(add(1, 2.5), add("x", "y"))
print(add([1], 2))
