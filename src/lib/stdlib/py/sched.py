# `sched`: a scheduler of calls at given times, on whatever clock and sleep it is given (by default
# time.monotonic and time.sleep: the simulated machine's virtual clock). Events are kept in a heap
# ordered by (time, priority, sequence); run() sleeps until the earliest is due, calls it, and sleeps
# zero seconds after each call so that other threads get their turn, as CPython does.

import heapq as _heapq
import threading as _threading
import time as _time
from collections import namedtuple as _namedtuple
from itertools import count as _count

__all__ = ['scheduler']

Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = 'sched'

# The default of `kwargs`: an empty dict made per event, not shared.
_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        self._queue = []
        self._lock = _threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = _count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            _heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            _heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        pending = self._queue
        while True:
            with self._lock:
                if not pending:
                    return None
                first = pending[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    _heapq.heappop(pending)
            if not due:
                # Not yet: wait for it (or say how long that would be), then look again, since
                # another thread may have put an earlier event in.
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        with self._lock:
            events = list(self._queue)
        return [_heapq.heappop(events) for _ in range(len(events))]
