# open() and the file objects it returns, on the simulated machine's in-memory file system (_fs):
# binary files (_io.BufferedReader, BufferedWriter, BufferedRandom) and text files
# (_io.TextIOWrapper over one of them), with CPython's modes, errors and reprs.
# Writes reach the file at once: CPython keeps up to a block of writes in the object until a
# flush or close, so a second handle that reads a file before the writer flushes sees them here
# where CPython may not. Reading and writing take no virtual time.

import _fs
import sys as _sys


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def writable_target(buffer, what):
    # A read-write buffer that readinto/recv_into fill: its length in bytes and a function that
    # writes bytes at its start. An array.array's memoryview is a read-only copy of its items, so
    # the array takes the bytes itself (CPython writes them into the array's own memory).
    put_bytes = getattr(type(buffer), '_put_bytes', None)
    if put_bytes is not None:
        return len(buffer) * buffer.itemsize, lambda data: put_bytes(buffer, data)
    try:
        view = memoryview(buffer)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError(f'{what} must be read-write bytes-like object, not {type(buffer).__name__}')
    view = view.cast('B')

    def put(data):
        view[:len(data)] = data
    return len(view), put


class IOBase:
    __module__ = 'io'

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1, /):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint < total:
                break
        return lines

    def writelines(self, lines, /):
        self._check_open()
        for line in lines:
            self.write(line)

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def _read_into(self, buffer, read, what):
        # Into a writable buffer, what one `read` of its length in bytes gives; the count put there.
        size, put = writable_target(buffer, f'{what}() argument')
        self._check_into_open()
        data = read(size)
        if not isinstance(data, bytes):
            raise TypeError(f'{read.__name__}() should return bytes')
        if len(data) > size:
            raise ValueError(f'{read.__name__}() returned too much data: {size} bytes requested, {len(data)} returned')
        put(data)
        return len(data)

    def _check_into_open(self):
        # (A closed stream's own read says so: BytesIO's 'I/O operation on closed file.')
        pass

    def readinto(self, buffer, /):
        return self._read_into(buffer, self.read, 'readinto')

    def readinto1(self, buffer, /):
        return self._read_into(buffer, self.read1, 'readinto1')


class TextIOBase(IOBase):
    pass


class _Buffered(BufferedIOBase):
    # One open file: its node, position and what the mode allows. Over a descriptor (open(fd)),
    # what the descriptor does not allow is _denied ('r', 'w'): a read fails at once with
    # [Errno 9]; writes are lost and the flush or close that would have written them fails, as
    # CPython's buffer writes to the descriptor only then.
    _denied = ''
    _lost = False

    def __init__(self, node, name, mode, readable, writable, append):
        self._node = node
        self._pos = len(node.data) if append else 0
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._append = append
        self._closed = False
        self._fd = -1
        self._closefd = True

    def __repr__(self):
        return f'<_io.{type(self).__name__} name={self.name!r}>'

    @property
    def closed(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        lost = self._lost
        self._lost = False
        if self._closefd and self._fd >= 0:
            if _fs.open_description(self._fd) is not self:
                # os.close() closed its descriptor first: the kernel's close fails.
                raise _fs.bad_fd()
            _fs.close_fd(self._fd)
        if lost:
            raise _fs.bad_fd()

    def fileno(self):
        self._check_open()
        return self._fd

    def _check_into_open(self):
        self._check_open('readinto')

    def _check_open(self, what=None):
        if self._closed:
            raise ValueError(f'{what} of closed file' if what else 'I/O operation on closed file.')

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open('flush')
        if self._lost:
            self._lost = False
            raise _fs.bad_fd()

    def _check_read(self):
        self._check_open('read')
        if not self._readable:
            raise UnsupportedOperation('read')
        if 'r' in self._denied:
            raise _fs.bad_fd()

    def read(self, size=-1, /):
        self._check_read()
        data = self._node.data
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        chunk = _fs.read(self._node, self._pos, end)
        self._pos = max(self._pos, end)
        return chunk

    def read1(self, size=-1, /):
        return self.read(size)

    def readline(self, size=-1, /):
        self._check_read()
        data = self._node.data
        nl = _fs.find_byte(self._node, '\n', self._pos)
        end = len(data) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = _fs.read(self._node, self._pos, end)
        self._pos = max(self._pos, end)
        return chunk

    def write(self, b, /):
        self._check_open('write')
        if not self._writable:
            raise UnsupportedOperation('write')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if 'w' in self._denied:
            self._lost = True
            return len(b)
        if self._append:
            self._pos = len(self._node.data)
        self._pos = _fs.write_at(self._node, self._pos, b)
        return len(b)

    def seek(self, pos, whence=0, /):
        self._check_open('seek')
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._node.data) + pos)
        else:
            raise ValueError(f'whence value {whence} unsupported')
        return self._pos

    def tell(self):
        self._check_open('tell')
        return self._pos

    def truncate(self, pos=None, /):
        self._check_open('truncate')
        if not self._writable:
            raise UnsupportedOperation('truncate')
        if pos is None:
            pos = self._pos
        _fs.resize(self._node, pos)
        return pos


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


for _cls in (BufferedReader, BufferedWriter, BufferedRandom):
    _cls.__module__ = '_io'


def _translate(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


# CPython's text layer decodes 8 KB at a time; what its newline decoder has seen depends on that.
_CHUNK = 8192


def _seen_newlines(wrapper, region, undelivered, region_bytes):
    # TextIOWrapper.newlines with universal newlines (newline None or ''): the kinds of line end in
    # the text decoded since the last seek or write, in CPython's order. The decoder holds back a
    # final '\r' (it may start a '\r\n') until the reader has gone past it. Text read past the
    # first chunk of a larger one is refused: which chunks CPython had decoded is not modelled.
    if wrapper._newline not in (None, '') or not region:
        return None
    if undelivered and region_bytes > _CHUNK:
        import _stdlib_native
        _stdlib_native.not_simulated('newlines of a text stream read in part, beyond its first 8 KB')
    if undelivered and region.endswith('\r'):
        region = region[:-1]
    crlf = region.count('\r\n')
    kinds = tuple(k for k, n in (('\r', region.count('\r') - crlf), ('\n', region.count('\n') - crlf),
                                 ('\r\n', crlf)) if n)
    return None if not kinds else kinds[0] if len(kinds) == 1 else kinds


def _check_text_args(encoding, newline):
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f'illegal newline value: {newline}')
    'x'.encode(encoding or 'utf-8')
    if (encoding or '').lower().replace('-', '').replace('_', '').replace(' ', '').startswith(
            ('utf16', 'utf32', 'u16', 'u32')):
        # This layer finds line ends among the bytes and encodes each write alone: right for
        # UTF-8 and the one-byte codecs, not for these (codecs.open reads and writes them).
        raise NotImplementedError(f'text files in the {encoding!r} encoding are not simulated in Loopline')


class TextIOWrapper(TextIOBase):
    __module__ = '_io'

    def __new__(cls, buffer=None, *args, **kwargs):
        # Over a binary stream that is not a file of the file system (io.BytesIO, a user's
        # class): the text layer of any stream, below.
        if cls is TextIOWrapper and not isinstance(buffer, _Buffered):
            cls = _StreamTextIOWrapper
        return object.__new__(cls)

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False):
        _check_text_args(encoding, newline)
        self.buffer = buffer
        self.encoding = 'UTF-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.mode = buffer.mode
        # where the newline decoder was last reset (open, seek, write), and the furthest byte read since
        self._dec_start = self._dec_far = 0
        # utf-8-sig: UTF-8 with a byte order mark at the start of the file only (written by a
        # write at position 0, skipped by a read from there).
        self._codec = self.encoding
        self._sig = self.encoding.lower().replace('-', '_').replace(' ', '_') == 'utf_8_sig'
        if self._sig:
            self._codec = 'utf-8'

    def __repr__(self):
        return f'<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>'

    @property
    def newlines(self):
        start, far = self._dec_start, self._dec_far
        if far <= start or not self.buffer._readable:
            return None
        data = self.buffer._node.data
        region = self._decode(_fs.read(self.buffer._node, start, len(data)), start)
        return _seen_newlines(self, region, far < len(data), len(data) - start)

    def _reset_newlines(self):
        self._dec_start = self._dec_far = self.buffer._pos

    def _note_read(self, result):
        self._dec_far = max(self._dec_far, self.buffer._pos)
        return result

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def close(self):
        self.buffer.close()

    def fileno(self):
        return self.buffer.fileno()

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check_open()
        return self.buffer._readable

    def writable(self):
        self._check_open()
        return self.buffer._writable

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()
        self.buffer.flush()

    def _check_read(self):
        self._check_open()
        if not self.buffer._readable:
            raise UnsupportedOperation('not readable')
        if 'r' in self.buffer._denied:
            raise _fs.bad_fd()

    def _decode(self, b, start=None):
        text = b.decode(self._codec, self.errors)
        if self._sig and start == 0 and text.startswith('\ufeff'):
            return text[1:]
        return text

    def _bytes_of(self, text, start):
        n = len(text.encode(self._codec, self.errors))
        if self._sig and start == 0 and _fs.read(self.buffer._node, 0, 3) == b'\xef\xbb\xbf':
            n += 3
        return n

    def write(self, s, /):
        self._check_open()
        if not self.buffer._writable:
            raise UnsupportedOperation('not writable')
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        text = s
        if self._newline in ('\r', '\r\n'):
            text = text.replace('\n', self._newline)
        data = text.encode(self._codec, self.errors)
        if self._sig and self.buffer.tell() == 0:
            data = b'\xef\xbb\xbf' + data
        self.buffer.write(data)
        self._reset_newlines()
        return len(s)

    def read(self, size=-1, /):
        self._check_read()
        if size is None or size < 0:
            start = self.buffer._pos
            text = self._decode(self.buffer.read(), start)
            return self._note_read(_translate(text) if self._newline is None else text)
        start = self.buffer._pos
        raw = self._decode(_fs.read(self.buffer._node, start), start)
        k = 0
        count = 0
        while k < len(raw) and count < size:
            if self._newline is None and raw[k] == '\r' and raw[k + 1:k + 2] == '\n':
                k += 1
            k += 1
            count += 1
        text = raw[:k]
        self.buffer._pos += self._bytes_of(text, start)
        return self._note_read(_translate(text) if self._newline is None else text)

    def _line_end(self, node, start):
        # The byte index just past the next line ending ('\n' and '\r' never occur inside a
        # UTF-8 sequence, so the bytes can be searched directly).
        nl = self._newline
        size = len(node.data)
        if nl in ('\n', '\r', '\r\n'):
            i = _fs.find_byte(node, nl, start)
            return size if i < 0 else i + len(nl)
        n = _fs.find_byte(node, '\n', start)
        r = _fs.find_byte(node, '\r', start)
        if r < 0 or (0 <= n < r):
            return size if n < 0 else n + 1
        return r + 2 if _fs.read(node, r + 1, r + 2) == b'\n' else r + 1

    def readline(self, size=-1, /):
        self._check_read()
        buf = self.buffer
        data = buf._node.data
        start = min(buf._pos, len(data))
        end = self._line_end(buf._node, start)
        text = self._decode(_fs.read(buf._node, start, end), start)
        if size is not None and size >= 0 and len(text) > size:
            text = text[:size]
            end = start + self._bytes_of(text, start)
        buf._pos = max(buf._pos, end)
        return self._note_read(_translate(text) if self._newline is None else text)

    def _check_seek(self, cookie, whence):
        # What a text file refuses to seek to (only a cookie from tell(), or the start or end).
        self._check_open()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0 and cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        if whence not in (0, 1, 2):
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')

    def seek(self, cookie, whence=0, /):
        self._check_seek(cookie, whence)
        pos = self.buffer.seek(cookie, whence)
        self._reset_newlines()
        return pos

    def tell(self):
        self._check_open()
        return self.buffer._pos

    def truncate(self, pos=None, /):
        self._check_open()
        return self.buffer.truncate(pos)


class _StreamTextIOWrapper(TextIOWrapper):
    # io.TextIOWrapper over any binary stream (io.BytesIO, ...): a read takes all the stream has
    # left and decodes it at once; the text not yet delivered is kept (tell() counts its bytes
    # back). Line ends are translated on the way out as the newline argument says. Writes wait
    # in the wrapper, as in CPython's, until 8192 bytes, a flush, tell, seek, read or close (at
    # once with write_through, at a line end with line_buffering). name, closed and _check_open
    # are TextIOWrapper's, read through the buffer property; readable/writable/seekable ask the stream.
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        _check_text_args(encoding, newline)
        self._stream = buffer
        self.encoding = 'UTF-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        # the text decoded since the last seek or write, and its size in bytes
        self._region = ''
        self._region_bytes = 0
        self._codec = self.encoding
        self._sig = self.encoding.lower().replace('-', '_').replace(' ', '_') == 'utf_8_sig'
        if self._sig:
            self._codec = 'utf-8'
        self._text = ''
        self._pending = []
        self._pending_size = 0

    @property
    def buffer(self):
        if self._stream is None:
            raise ValueError('underlying buffer has been detached')
        return self._stream

    def __repr__(self):
        shown = ''
        for attr in ('name', 'mode'):
            try:
                shown += f' {attr}={getattr(self, attr)!r}'
            except AttributeError:
                pass
        return f'<_io.TextIOWrapper{shown} encoding={self.encoding!r}>'

    def close(self):
        if self._stream is not None and not self._stream.closed:
            try:
                self.flush()
            finally:
                self._stream.close()

    def detach(self):
        self.flush()
        stream, self._stream = self.buffer, None
        return stream

    def readable(self):
        self._check_open()
        return self.buffer.readable()

    def writable(self):
        self._check_open()
        return self.buffer.writable()

    def seekable(self):
        self._check_open()
        return self.buffer.seekable()

    def flush(self):
        self._check_open()
        self._write_pending()
        self.buffer.flush()

    def _write_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_size = 0
            self.buffer.write(data)

    def write(self, s, /):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        # Text read ahead is dropped (the write goes where the stream stands, after it); from 3.13
        # a stream that cannot seek, a pipe's or a socket's, keeps it to read.
        if _sys.version_info < (3, 13) or self.buffer.seekable():
            self._drop_read_ahead()
            self._reset_newlines()
        text = s.replace('\n', self._newline) if self._newline in ('\r', '\r\n') else s
        data = text.encode(self._codec, self.errors)
        if self._sig and not self._pending and self.buffer.seekable() and self.buffer.tell() == 0:
            data = b'\xef\xbb\xbf' + data
        if self._pending_size + len(data) > 8192 and _sys.version_info < (3, 13):
            # 3.11 and 3.12 write what waits first; 3.13 writes the two together (once 8192 or more).
            self._write_pending()
        self._pending.append(data)
        self._pending_size += len(data)
        line_end = self.line_buffering and ('\n' in s or '\r' in s)
        if self._pending_size >= 8192 or line_end or self.write_through:
            self._write_pending()
        if line_end:
            self.buffer.flush()
        return len(s)

    def _drop_read_ahead(self):
        self._text = ''

    def _fill(self):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        self._write_pending()
        start = self.buffer.tell() if self.buffer.seekable() else None
        data = self.buffer.read()
        if data:
            text = data.decode(self._codec, self.errors)
            if self._sig and start == 0 and text.startswith('\ufeff'):
                text = text[1:]
            self._text += text
            self._region += text
            self._region_bytes += len(data)

    @property
    def newlines(self):
        return _seen_newlines(self, self._region, len(self._text), self._region_bytes)

    def _reset_newlines(self):
        self._region = ''
        self._region_bytes = 0

    def _deliver(self, k):
        text, self._text = self._text[:k], self._text[k:]
        return _translate(text) if self._newline is None else text

    def read(self, size=-1, /):
        self._fill()
        if size is None or size < 0:
            return self._deliver(len(self._text))
        raw = self._text
        k = 0
        count = 0
        while k < len(raw) and count < size:
            if self._newline is None and raw[k] == '\r' and raw[k + 1:k + 2] == '\n':
                k += 1
            k += 1
            count += 1
        return self._deliver(k)

    def readline(self, size=-1, /):
        self._fill()
        raw = self._text
        nl = self._newline
        if nl in ('\n', '\r', '\r\n'):
            i = raw.find(nl)
            end = len(raw) if i < 0 else i + len(nl)
        else:
            n, r = raw.find('\n'), raw.find('\r')
            if r < 0 or 0 <= n < r:
                end = len(raw) if n < 0 else n + 1
            else:
                end = r + 2 if raw[r + 1:r + 2] == '\n' else r + 1
        if size is not None and 0 <= size < end:
            end = size
        return self._deliver(end)

    def tell(self):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        self._write_pending()
        return self.buffer.tell() - len(self._text.encode(self._codec, self.errors))

    def seek(self, cookie, whence=0, /):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        self._check_seek(cookie, whence)
        if whence == 1:
            cookie, whence = self.tell(), 0
        self.flush()
        self._text = ''
        self._reset_newlines()
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None, /):
        # Without a position, where the stream stands: past the text read ahead, as CPython's.
        self.flush()
        return self.buffer.truncate(pos)

    def fileno(self):
        return self.buffer.fileno()


_StreamTextIOWrapper.__name__ = _StreamTextIOWrapper.__qualname__ = 'TextIOWrapper'
_StreamTextIOWrapper.__module__ = '_io'

# CPython writes these in C: error messages name them '_io.TextIOWrapper' and so on.
from _stdlib_native import c_types as _c_types
_c_types(BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, _StreamTextIOWrapper)


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    for i, c in enumerate(mode):
        if c not in 'xrwa+tb' or c in mode[:i]:
            raise ValueError(f'invalid mode: {mode!r}')
    if 't' in mode and 'b' in mode:
        raise ValueError("can't have text and binary mode at once")
    kinds = sum(c in mode for c in 'xrwa')
    if kinds > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if kinds == 0:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    kind = next(c for c in 'xrwa' if c in mode)
    return kind, '+' in mode, 'b' in mode


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    kind, plus, binary = _parse_mode(mode)
    if opener is not None:
        # opener(name, flags) opens the descriptor (os.open's flags for the mode, as FileIO asks).
        flags = {'r': 0, 'w': 0o1101, 'x': 0o301, 'a': 0o2101}[kind] | 0o2000000
        if plus:
            flags = (flags & ~3) | 2
        path = _fs.name(file, '')
        fd = opener(path, flags)
        if not isinstance(fd, int):
            raise TypeError(f"expected opener to return int, got {type(fd).__name__}")
        if fd < 0:
            raise ValueError(f'opener returned {fd}')
        result = open(fd, mode, buffering, encoding, errors, newline, closefd)
        (result if binary else result.buffer).name = path
        return result
    for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"open() argument '{what}' must be str or None, not {type(value).__name__}")
        if binary and value is not None:
            raise ValueError(f"binary mode doesn't take an {what} argument" if what != 'newline' else "binary mode doesn't take a newline argument")
    if isinstance(file, int) and not isinstance(file, bool):
        # A descriptor (os.open's, tempfile.mkstemp's): the file object takes over its open
        # description (node and position) and closes it when closed, unless closefd=False.
        desc = _fs.fd_description(file)
        if _fs.is_dir(desc._node):
            raise _fs.error(21, file)
        name = file
        node = desc._node
    else:
        if not closefd:
            raise ValueError('Cannot use closefd=False with file name')
        name = _fs.name(file, '')
        node = _fs.open_file(name, kind != 'r', kind == 'x', kind == 'w')
    readable = kind == 'r' or plus
    writable = kind != 'r' or plus
    raw_mode = {'r': 'rb', 'w': 'wb', 'x': 'xb', 'a': 'ab'}[kind]
    if plus:
        raw_mode = ('rb+' if kind in 'rw' else raw_mode + '+')
    cls = BufferedRandom if plus else BufferedReader if kind == 'r' else BufferedWriter
    if isinstance(name, int):
        buffer = cls(node, name, raw_mode, readable, writable, kind == 'a' or desc._append)
        if kind != 'a':
            buffer._pos = desc._pos
        buffer._closefd = closefd
        buffer._denied = ('' if desc._readable else 'r') + ('' if desc._writable else 'w')
        buffer._fd = name
        _fs.hand_over(name, buffer)
    else:
        buffer = cls(node, name, raw_mode, readable, writable, kind == 'a')
        buffer._fd = _fs.new_fd(None)
        _fs.hand_over(buffer._fd, buffer)
    if binary:
        return buffer
    text = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    text.mode = mode
    return text
