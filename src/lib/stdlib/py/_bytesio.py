# io.BytesIO: a binary stream over a growing in-memory buffer, with CPython's arguments, errors and
# the buffer getbuffer() exports (no write, resize or close while a view of it is alive).

import sys as _sys
from operator import index as _index
from _fileio import BufferedIOBase, UnsupportedOperation, writable_target


def _size(size):
    # read/readline/truncate take an int or None (-1), as CPython's optional ssize_t converter does.
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(f'argument should be integer or None, not {type(size).__name__!r}')
    return _index(size)


class BytesIO(BufferedIOBase):
    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        # A bytearray so that getbuffer() can hand out a view that writes into it.
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes(initial_bytes))
        self._pos = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def _check_exports(self):
        # Growing and shrinking back is refused exactly while a getbuffer() view is alive.
        self._buf.append(0)
        del self._buf[-1]

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            self._check_exports()
        self._closed = True

    def __iter__(self):
        return self

    def __next__(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def tell(self):
        self._check_open()
        return self._pos

    # Arguments are converted before the closed check, as CPython's argument clinic does.
    def read(self, size=-1, /):
        size = _size(size)
        self._check_open()
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def read1(self, size=-1, /):
        return self.read(size)

    def detach(self):
        # BufferedIOBase's: a BytesIO has no raw stream to hand over, even closed.
        raise UnsupportedOperation('detach')

    def readinto(self, buffer, /):
        size, put = writable_target(buffer, 'readinto() argument')
        self._check_open()
        chunk = self.read(size)
        put(chunk)
        return len(chunk)

    def readline(self, size=-1, /):
        size = _size(size)
        self._check_open()
        start = min(self._pos, len(self._buf))
        nl = self._buf.find(b'\n', start)
        end = len(self._buf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def readlines(self, hint=None, /):
        if hint is None:
            hint = 0
        elif not hasattr(type(hint), '__index__'):
            raise TypeError(f'integer argument expected, got {type(hint).__name__!r}')
        hint = _index(hint)
        self._check_open()
        lines = []
        total = 0
        while line := self.readline():
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def seek(self, pos, whence=0, /):
        pos = _index(pos)
        whence = _index(whence)
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def truncate(self, size=None, /):
        if size is not None:
            # 3.14 converts the size as an index, with that message (earlier: read's).
            size = _index(size) if _sys.version_info >= (3, 14) else _size(size)
        self._check_open()
        self._check_exports()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'negative size value {size}')
        # Only shrinks: a size past the end leaves the buffer and the position as they are.
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def write(self, b, /):
        self._check_open()
        self._check_exports()
        data = _bytes(b)
        if not data:
            return 0
        end = self._pos + len(data)
        if self._pos > len(self._buf):
            # Writing past the end fills the gap with zero bytes.
            self._buf.extend(bytes(self._pos - len(self._buf)))
        self._buf[self._pos:end] = data
        self._pos = end
        return len(data)

    def writelines(self, lines, /):
        self._check_open()
        for line in lines:
            self.write(line)


def _bytes(b):
    # A bytes-like object's bytes; anything else is CPython's TypeError.
    if isinstance(b, (bytes, bytearray, memoryview)):
        return bytes(b)
    raise TypeError(f'a bytes-like object is required, not {type(b).__name__!r}')


# CPython's BytesIO is written in C: error messages name it '_io.BytesIO'.
from _stdlib_native import c_types as _c_types
_c_types(BytesIO)
