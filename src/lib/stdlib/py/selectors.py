# selectors over the program's loopback network: the selector classes Linux's CPython has
# (EpollSelector, the DefaultSelector; PollSelector; SelectSelector), each on the matching call of
# the select module (stdlib select.py), which waits on the virtual clock and reports the sockets in
# Linux's order. Keys, maps and errors are those of CPython's selectors; the code is Loopline's.

import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_ALL_EVENTS = EVENT_READ | EVENT_WRITE


def _fileobj_to_fd(fileobj):
    """The descriptor of an int or of an object with fileno() (ValueError when there is none)."""
    if not isinstance(fileobj, int):
        try:
            fileobj = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None
    if fileobj >= 0:
        return fileobj
    raise ValueError(f'Invalid file descriptor: {fileobj}')


def _not_registered(fileobj):
    return KeyError(f'{fileobj!r} is not registered')


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
# CPython's own text: help() and __doc__ show it.
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""


class _SelectorMapping(Mapping):
    """The read-only view get_map() gives: file objects (or fds) to their keys."""

    def __init__(self, selector):
        self._selector = selector

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        sel = self._selector
        return sel._fd_to_key.get(sel._fileobj_lookup(fileobj), default)

    def __getitem__(self, fileobj):
        sel = self._selector
        found = sel._fd_to_key.get(sel._fileobj_lookup(fileobj))
        if found is None:
            raise _not_registered(fileobj)
        return found

    def __len__(self):
        return len(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """What every selector offers: register file objects for events, then wait for them."""

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        keys = self.get_map()
        if keys is None:
            raise RuntimeError('Selector is closed')
        try:
            return keys[fileobj]
        except KeyError:
            raise _not_registered(fileobj) from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError


class _BaseSelectorImpl(BaseSelector):
    """The keys: fd -> SelectorKey, shared by the concrete selectors."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # A closed file object (fileno() -1) is still found by identity.
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def _registered(self, fileobj):
        """FILEOBJ's key; KeyError when it has none."""
        try:
            return self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise _not_registered(fileobj) from None

    def register(self, fileobj, events, data=None):
        if events == 0 or events & ~_ALL_EVENTS:
            raise ValueError(f'Invalid events: {events!r}')
        fd = self._fileobj_lookup(fileobj)
        if fd in self._fd_to_key:
            raise KeyError(f'{fileobj!r} (FD {fd}) is already registered')
        key = self._fd_to_key[fd] = SelectorKey(fileobj, fd, events, data)
        return key

    def unregister(self, fileobj):
        key = self._registered(fileobj)
        del self._fd_to_key[key.fd]
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            # New events: registered afresh (the subclass tells its poller).
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = self._fd_to_key[key.fd] = key._replace(data=data)
        return key

    def close(self):
        self._map = None
        self._fd_to_key.clear()

    def get_map(self):
        return self._map

    def _ready(self, reports, events_of):
        """(key, events) for each (fd, native events) reported that is still registered."""
        out = []
        for fd, native in reports:
            key = self._fd_to_key.get(fd)
            if key:
                out.append((key, events_of(native) & key.events))
        return out


class SelectSelector(_BaseSelectorImpl):
    """On select.select()."""

    def __init__(self):
        super().__init__()
        # The fds select() is asked about, per direction.
        self._want_read, self._want_write = set(), set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        for wanted, fds in ((EVENT_READ, self._want_read), (EVENT_WRITE, self._want_write)):
            if events & wanted:
                fds.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._want_read.discard(key.fd)
        self._want_write.discard(key.fd)
        return key

    def select(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        readable, writable, _ = select.select(self._want_read, self._want_write, [], timeout)
        readable, writable = set(readable), set(writable)
        found = []
        # Each fd once, with what it is ready for.
        for fd in readable | writable:
            key = self._fd_to_key.get(fd)
            if key:
                events = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
                found.append((key, events & key.events))
        return found


class _PollLikeSelector(_BaseSelectorImpl):
    """On a poll or epoll object: what they share (the poller's own bits in _IN and _OUT)."""

    _poller_factory = None
    _IN = None
    _OUT = None

    def __init__(self):
        super().__init__()
        self._selector = self._poller_factory()

    def _native(self, events):
        bits = 0
        if events & EVENT_READ:
            bits |= self._IN
        if events & EVENT_WRITE:
            bits |= self._OUT
        return bits

    def _ours(self, bits):
        # Any bit but the read one counts as writable (errors, hang-ups too), any but the write one as readable.
        events = 0
        if bits & ~self._IN:
            events |= EVENT_WRITE
        if bits & ~self._OUT:
            events |= EVENT_READ
        return events

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._native(events))
            return key
        except BaseException:
            # The poller refused it: the key goes again.
            super().unregister(fileobj)
            raise

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._drop_fd(key.fd)
        return key

    def _drop_fd(self, fd):
        try:
            self._selector.unregister(fd)
        except OSError:
            pass  # already closed: the kernel has dropped it

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        new_events = events != key.events
        if new_events:
            try:
                self._selector.modify(key.fd, self._native(events))
            except BaseException:
                super().unregister(fileobj)
                raise
        if new_events or data != key.data:
            key = self._fd_to_key[key.fd] = key._replace(events=events, data=data)
        return key

    def _poll(self, timeout):
        # poll() counts whole milliseconds, rounded up; None waits for ever.
        if timeout is not None:
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1e3)
        return self._selector.poll(timeout)

    def select(self, timeout=None):
        return self._ready(self._poll(timeout), self._ours)


class PollSelector(_PollLikeSelector):
    """On select.poll()."""

    _poller_factory = staticmethod(select.poll)
    _IN = select.POLLIN
    _OUT = select.POLLOUT


class EpollSelector(_PollLikeSelector):
    """On select.epoll(): Linux's DefaultSelector."""

    _poller_factory = select.epoll
    _IN = select.EPOLLIN
    _OUT = select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def _poll(self, timeout):
        # Seconds, rounded up to a whole millisecond; -1 waits for ever. At most one event per key.
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            timeout = math.ceil(timeout * 1e3) * 1e-3
        return self._selector.poll(timeout, max(len(self._fd_to_key), 1))

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
