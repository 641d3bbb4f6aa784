# A bounded deque reports its bound (a recent-items buffer reads d.maxlen to know when it is full).
from collections import deque

recent = deque(maxlen=3)
for n in range(5):
    recent.append(n)
    print(list(recent), len(recent) == recent.maxlen)
print(deque([1, 2]).maxlen, deque("abc", 2), deque("abc", 2).maxlen)
