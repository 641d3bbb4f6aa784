"""Generators that block inside threads: a generator function calling time.sleep or queue.get, a
generator expression over it, iter(q.get, sentinel), yield from, and the builtins that consume them
(sum, list, sorted, any, next), while the main thread has work of its own to do meanwhile."""
import queue
import threading
import time


def ticks(name, n, every):
    for i in range(n):
        time.sleep(every)
        yield f'{name}{i}'


def drain(q):
    while (item := q.get()) is not None:
        yield item


def both(q):
    yield from ticks('y', 2, 0.15)
    yield from drain(q)


def stamp(*args):
    print(f'{time.monotonic():.2f}', threading.current_thread().name, *args)


def reader(q):
    for t in ticks('a', 3, 0.1):
        stamp('tick', t)
    stamp('sum', sum(len(t) for t in ticks('b', 2, 0.1)))
    stamp('drained', list(drain(q)))
    stamp('next', next(ticks('c', 5, 0.05)), next(iter([]), 'empty'))
    stamp('any', any(t.endswith('1') for t in ticks('d', 4, 0.1)))


def worker(q, out):
    for item in iter(q.get, 'stop'):
        stamp('got', item)
        out.put(item.upper())
    stamp('sorted', sorted(x for x in both(q)))


def made_here(box):
    box.append(ticks('m', 2, 0.2))


q1, q2, out = queue.Queue(), queue.Queue(), queue.Queue()
threads = [threading.Thread(target=reader, args=(q1,), name='reader'),
           threading.Thread(target=worker, args=(q2, out), name='worker')]
for t in threads:
    t.start()
for i in range(3):
    time.sleep(0.12)
    stamp('main puts', i)
    q1.put(f'r{i}')
    q2.put(f'w{i}')
q1.put(None)
q2.put('stop')
stamp('main reads', [out.get() for _ in range(3)])
time.sleep(0.2)
q2.put('z')
q2.put(None)
box = []
t = threading.Thread(target=made_here, args=(box,))
t.start()
t.join()
for m in box[0]:
    stamp('main iterates', m)
for t in threads:
    t.join()
stamp('done')
