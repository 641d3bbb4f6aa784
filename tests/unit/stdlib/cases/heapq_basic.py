import heapq
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 4]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(len(h))], h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapify(data)
print(data)
print(heappushpop(data, -1), heappushpop(data, 6), data)
print(heapreplace(data, 10), data)
print(heappushpop([], 3))

tasks = []
heappush(tasks, (2, 'write'))
heappush(tasks, (1, 'read'))
heappush(tasks, (2, 'close'))
heappush(tasks, (0, 'open'))
while tasks:
    print(heappop(tasks))

words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum']
print(nlargest(3, words), nsmallest(3, words))
print(nlargest(3, words, key=len), nsmallest(3, words, key=len))
print(nlargest(10, [3, 1, 2]), nsmallest(0, [3, 1]), nsmallest(-2, [1]), nlargest(1, []), nsmallest(1, iter([4, 2, 6])))
print(nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')], key=lambda t: t[0]))

print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2, 3, 3], [0])))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(merge([9, 5, 1], [8, 2], reverse=True)))
print(list(merge([(1, 'x')], [(1, 'y')], key=lambda t: t[0])), list(merge()))
g = merge(iter([1, 2]), iter([1]))
print(next(g), next(g), list(g))


class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name

    def __lt__(self, other):
        return self.p < other.p

    def __repr__(self):
        return f'Job({self.p}, {self.name!r})'


jobs = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b'), Job(1, 'a2')]
heapify(jobs)
print(jobs, heappop(jobs), jobs)
print(heapq.heappushpop(jobs, Job(0, 'z')))
