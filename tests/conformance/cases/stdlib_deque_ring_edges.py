# A deque used from both ends through many growths and shrinks, checked against a list model:
# rotations both ways (shorter and longer than half), insert and del in the middle, item
# assignment, bounded deques dropping from the far end, and which changes stop an iterator.
from collections import deque

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


d = deque()
model = []
for step in range(6000):
    op = rand(9)
    v = rand(1000)
    if op == 0:
        d.append(v)
        model.append(v)
    elif op == 1:
        d.appendleft(v)
        model.insert(0, v)
    elif op == 2 and model:
        assert d.pop() == model.pop()
    elif op == 3 and model:
        assert d.popleft() == model.pop(0)
    elif op == 4:
        k = rand(81) - 40
        d.rotate(k)
        if model:
            k %= len(model)
            model[:] = model[len(model) - k:] + model[:len(model) - k]
    elif op == 5 and model:
        i = rand(2 * len(model)) - len(model)
        del d[i]
        del model[i]
    elif op == 6:
        i = rand(len(model) + 5) - len(model) - 2
        d.insert(i, v)
        model.insert(i, v)
    elif op == 7 and model:
        i = rand(len(model))
        d[i] = v
        model[i] = v
    elif op == 8 and rand(20) == 0:
        d.extend(range(200))
        model.extend(range(200))
    if step % 50 == 0:
        assert list(d) == model, step
        assert list(reversed(d)) == model[::-1], step
print(len(d), sum(d), list(d) == model, d[0], d[-1])

# Drained from the left to nothing, then refilled from the right.
while d:
    d.popleft()
d.extend("abc")
print(d, d.index("c"), d.count("a"))

# A bounded deque drops from the end opposite the one it grows at.
b = deque(range(10), maxlen=5)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
b.rotate(2)
print(b)
b.extendleft("xy")
print(b)
try:
    b.insert(0, "full")
except IndexError as e:
    print("IndexError:", e)

# A full ring (its size a power of two) and a rotation by more than its length.
f = deque(range(8))
f.rotate(11)
print(f)
f.rotate(-19)
print(f)
f.append(8)
f.rotate(4)
print(f, f[4], f[-1])

# Which rotations count as a change to an iterator: any rotation of two or more items, none of one.
x = deque([1, 2, 3])
it = iter(x)
next(it)
x.rotate(0)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
y = deque([1])
it = iter(y)
y.rotate(5)
print(list(it))
z = deque()
z.rotate(3)
print(z)
