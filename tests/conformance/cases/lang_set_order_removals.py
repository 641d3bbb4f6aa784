# Sets iterate in the order of CPython's hash table, removals included: a removed member leaves a
# dummy that a later insertion may take and that counts towards the next resize; pop takes the
# first member from where the last pop stopped; difference_update and -= rebuild a table that is
# more than a quarter dummies; ^= and |= walk the other set in its table's order. Tuples of
# numbers hash as CPython hashes them (xxHash-based), so their sets are ordered too.
grid = {(x, y) for x in range(6) for y in range(6)}
print(grid)
for point in [(0, 0), (1, 1), (2, 2), (3, 3), (5, 0)]:
    grid.discard(point)
grid.add((9, 9))
grid.add((-1, 4))
print(grid)

pairs = {(i, i * i) for i in range(12)}
print([pairs.pop() for _ in range(4)], pairs)
pairs |= {(i, -i) for i in range(3, 9)}
print(pairs)

mixed = {(n, n % 3, n / 4) for n in range(20)}
mixed -= {(n, n % 3, n / 4) for n in range(0, 20, 2)}
mixed ^= {(n, n % 3, n / 4) for n in range(15, 25)}
print(mixed)

s = {0, 8}
s.discard(0)
s.add(16)
print(s, {5, 1, 3}.pop())
numbers = set(range(40))
for n in range(0, 40, 3):
    numbers.remove(n)
numbers.difference_update(range(1, 40, 5))
numbers.update([100, 64, -3, 41])
print(numbers)
nested = {((i, i + 1), (i,), ()) for i in range(10)}
nested.discard(((4, 5), (4,), ()))
nested.add(((4, 5), (4,), (0,)))
print(nested)
while len(nested) > 3:
    nested.pop()
print(nested)
