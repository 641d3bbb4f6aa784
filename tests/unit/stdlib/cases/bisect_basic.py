import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 4), bisect_right(a, 2, 0, 2), bisect_right(a, 5, hi=3), bisect_left(a, 2, lo=5, hi=5))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 9, 2, 100) if False else None)

grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(s, x)
print(s)
t = [1, 2, 3]
insort_left(t, 2)
insort_right(t, 2.0)
insort_left(t, 2.5, 0, 2)
print(t)

people = [('ann', 31), ('bob', 25), ('cy', 40)]
people.sort(key=lambda p: p[1])
print(bisect_left(people, 31, key=lambda p: p[1]), bisect_right(people, 31, key=lambda p: p[1]))
insort(people, ('dee', 31), key=lambda p: p[1])
insort_left(people, ('eve', 31), key=lambda p: p[1])
print(people)
print(bisect.bisect_left('acegi', 'd'), bisect.bisect_right(range(0, 100, 10), 35))
print(bisect_left([1, 2, 3], 2, True))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: bisect_left([1, 2], 1, -1))
show(lambda: bisect_right([1, 2], 1, lo=None))
show(lambda: bisect_left([1], 1, 0, 5))
show(lambda: bisect_left(None, 1))
show(lambda: insort((), 1))
show(lambda: bisect_left([1, 2], 'a'))
show(lambda: bisect_left([1, 2], 1, 0, 1.5))
bisect.bisect([1], 1, -5)
