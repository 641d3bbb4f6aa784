from collections import deque

# Iteration and removal after items were taken from the front (the deque works in place).
d = deque(range(10))
for _ in range(4):
    d.popleft()
print(list(d), d[0], d[-1], len(d))
d.remove(4)
print(list(d), len(d))
d.remove(7)
print(list(d), len(d))
d.append(10)
d.appendleft(3)
print(list(d), [x * 2 for x in d], sum(d))
try:
    d.remove(42)
except ValueError as e:
    print('ValueError', e)

# Any change while iterating raises, even one that keeps the length.
for change in ['append', 'popleft_append', 'remove_append', 'rotate', 'clear']:
    d = deque([1, 2, 3, 4])
    try:
        for x in d:
            if change == 'append':
                d.append(9)
            elif change == 'popleft_append':
                d.popleft()
                d.append(9)
            elif change == 'remove_append':
                d.remove(3)
                d.append(9)
            elif change == 'rotate':
                d.rotate(1)
            else:
                d.clear()
        print(change, 'no error', list(d))
    except RuntimeError as e:
        print(change, 'RuntimeError', e, list(d))

# A long-lived deque used as a waiter queue: many appends and removals from the front and middle.
w = deque()
for i in range(200):
    w.append(i)
    if i % 3 == 0:
        w.remove(w[0])
    if i % 7 == 0 and len(w) > 5:
        w.remove(w[len(w) // 2])
print(len(w), w[0], w[-1], sum(w), list(w)[:5])
