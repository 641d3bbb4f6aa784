# `io`: StringIO for in-memory text (what contextlib.redirect_stdout and print(file=...) write to),
# BytesIO for in-memory bytes (_bytesio), and open() with its file classes on the simulated
# machine's in-memory file system (_fileio).

from _fileio import (UnsupportedOperation, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
                     BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper)
from _bytesio import BytesIO
# The built-in open is this module's open, one object under both names, and so is BlockingIOError.
from builtins import open, BlockingIOError
import sys as _sys

__all__ = ['StringIO', 'BytesIO', 'open', 'BlockingIOError', 'UnsupportedOperation', 'IOBase', 'RawIOBase',
           'BufferedIOBase', 'TextIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper',
           'DEFAULT_BUFFER_SIZE', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

if _sys.version_info < (3, 12):
    def __getattr__(name):
        # 3.11 still answers the old alias of open, once warned.
        if name != 'OpenWrapper':
            raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
        import warnings
        warnings.warn('OpenWrapper is deprecated, use open instead', DeprecationWarning, stacklevel=2)
        global OpenWrapper
        OpenWrapper = open
        return open
del _sys


class StringIO(TextIOBase):
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        # the line ends seen in what was written ('\r', '\n', '\r\n'), in universal mode (None or '')
        self._seen = set()
        self._buf = self._translated(initial_value)
        # len(self._buf), kept: measuring a long buffer again at each write made writing quadratic.
        self._size = len(self._buf)
        self._pos = 0
        self._closed = False

    # An in-memory text stream has no encoding or error handler, and is not line buffered.
    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def line_buffering(self):
        return False

    def _translated(self, s):
        # newline=None stores every line end as '\n'; '\r' and '\r\n' store '\n' written as them.
        if self._newline is None or self._newline == '':
            # each write is read by itself: a '\r' at its end is a line end of its own
            rest = s.replace('\r\n', '')
            for kind, found in (('\r\n', len(rest) != len(s)), ('\r', '\r' in rest), ('\n', '\n' in rest)):
                if found:
                    self._seen.add(kind)
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def _line_end(self, start):
        # Where the line starting at start ends (after its line end), by the newline mode.
        buf = self._buf
        if self._newline == '':
            # The first '\n', then a '\r' only before it: two scans of the one line, not of the rest.
            lf = buf.find('\n', start)
            cr = buf.find('\r', start, len(buf) if lf < 0 else lf)
            if cr >= 0:
                return cr + 2 if buf[cr + 1:cr + 2] == '\n' else cr + 1
            return len(buf) if lf < 0 else lf + 1
        nl = '\n' if self._newline is None else self._newline
        i = buf.find(nl, start)
        return len(buf) if i < 0 else i + len(nl)

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        self._check_open()
        if self._newline not in (None, '') or not self._seen:
            return None
        kinds = tuple(k for k in ('\r', '\n', '\r\n') if k in self._seen)
        return kinds[0] if len(kinds) == 1 else kinds

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
        n = len(s)
        s = self._translated(s)
        if self._pos == self._size:
            self._buf += s
        else:
            buf = self._buf
            if self._pos > len(buf):
                # Writing past the end fills the gap with NUL characters, as CPython's StringIO does.
                buf += '\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def read(self, size=-1, /):
        self._check_open()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readline(self, size=-1, /):
        self._check_open()
        start = min(self._pos, len(self._buf))
        end = self._line_end(start)
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
        self._size = len(self._buf)
        return size

    def detach(self):
        # TextIOBase's: no buffer under a StringIO to hand over, even closed.
        raise UnsupportedOperation('detach')

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


# CPython's StringIO is written in C: error messages name it '_io.StringIO'.
from _stdlib_native import c_types as _c_types
_c_types(StringIO)
del _c_types
