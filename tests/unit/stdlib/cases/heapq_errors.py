import heapq


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: heapq.heappush((), 1))
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapify((3, 1)))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heappushpop('ab', 1))
show(lambda: heapq.heappush([]))
show(lambda: heapq.heappop('x'))
show(lambda: heapq.heappush([1, 2], 'a'))
show(lambda: heapq.heapify([1, None, 3]))
show(lambda: list(heapq.merge([1], ['a', 'b'])))
h = [{'k': 1}]
show(lambda: heapq.heappush(h, {'k': 0}))
heapq.heappop([])
