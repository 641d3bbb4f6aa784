# queue for Loopline's simulated threads (src/lib/sim/threads.md): FIFO, LIFO and priority
# queues whose blocking put() and get() wait on threading Conditions, with CPython 3.13's
# rules for timeouts, task_done()/join() and shutdown().

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    pass


class Full(Exception):
    pass


class ShutDown(Exception):
    pass


def _bad_timeout():
    return ValueError("'timeout' must be a non-negative number")


def _wait_while(cond, blocked, recheck, timeout, expired):
    # With `cond`'s lock held: sleep on it as long as blocked() says so, calling recheck()
    # (which may raise ShutDown) after every wake-up. A timeout that runs out raises `expired`.
    if timeout is None:
        while blocked():
            cond.wait()
            recheck()
        return
    if timeout < 0:
        raise _bad_timeout()
    deadline = _now() + timeout
    while blocked():
        left = deadline - _now()
        if left <= 0.0:
            raise expired
        cond.wait(left)
        recheck()


class Queue:
    # The items live in self.queue, shaped by four hooks the variants below override:
    # _init (make the container), _qsize, _put and _get. Public attributes are those
    # programs know from CPython (maxsize, queue, mutex and its three conditions, ...).

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    # -- the container hooks (a deque here)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # -- conditions, checked with the lock held

    def _is_empty(self):
        return not self._qsize()

    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def _refuse_when_shut(self):
        if self.is_shutdown:
            raise ShutDown

    def _refuse_when_drained(self):
        if self.is_shutdown and self._is_empty():
            raise ShutDown

    # -- the public interface

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            self._refuse_when_shut()
            if self.maxsize > 0:
                if block:
                    _wait_while(self.not_full, self._is_full, self._refuse_when_shut, timeout, Full)
                elif self._is_full():
                    raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            self._refuse_when_drained()
            if block:
                _wait_while(self.not_empty, self._is_empty, self._refuse_when_drained, timeout, Empty)
            elif self._is_empty():
                raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._is_empty()

    def full(self):
        with self.mutex:
            return self._is_full()

    def shutdown(self, immediate=False):
        # Every waiter wakes up: putters raise ShutDown, getters once nothing is left. With
        # immediate=True what is left is dropped and counts as done for join().
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                dropped = 0
                while self._qsize():
                    self._get()
                    dropped += 1
                self.unfinished_tasks = max(0, self.unfinished_tasks - dropped)
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()


class LifoQueue(Queue):
    # A list used as a stack: append to put, pop from the same end to get.
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    # A heap: get() returns the smallest item.
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class SimpleQueue:
    # An unbounded FIFO without task tracking: a deque, and a semaphore counting its items
    # that get() acquires.

    def __init__(self):
        self._items = deque()
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._items.append(item)
        self._available.release()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise _bad_timeout()
        if not self._available.acquire(block, timeout):
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)


# CPython's SimpleQueue and Empty come from its C module _queue.
SimpleQueue.__module__ = '_queue'
Empty.__module__ = '_queue'
from _stdlib_native import c_types as _c_types
_c_types(SimpleQueue)
del _c_types
