# `io`: StringIO for in-memory text (what contextlib.redirect_stdout and print(file=...) write to),
# BytesIO for in-memory bytes (_bytesio), and open() with its file classes on the simulated
# machine's in-memory file system (_fileio).

from _fileio import (open, UnsupportedOperation, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
                     BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper)
from _bytesio import BytesIO

__all__ = ['StringIO', 'BytesIO', 'open', 'UnsupportedOperation', 'IOBase', 'RawIOBase',
           'BufferedIOBase', 'TextIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper',
           'DEFAULT_BUFFER_SIZE', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class StringIO(TextIOBase):
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._buf = initial_value
        self._pos = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check_open()
        return self._buf

    def write(self, s, /):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        if not s:
            return 0
        buf = self._buf
        if self._pos > len(buf):
            # Writing past the end fills the gap with NUL characters, as CPython's StringIO does.
            buf += '\0' * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def read(self, size=-1, /):
        self._check_open()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readline(self, size=-1, /):
        self._check_open()
        start = min(self._pos, len(self._buf))
        nl = self._buf.find('\n', start)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def seek(self, pos, whence=0, /):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None, /):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True
