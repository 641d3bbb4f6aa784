# socket.makefile()'s file objects: a SocketIO (the raw stream over the socket's recv_into and
# send) under CPython's buffered layer (_io.BufferedReader, BufferedWriter, BufferedRWPair) and,
# in text mode, a TextIOWrapper. A read blocks as the socket's recv does (on the virtual clock,
# handing the GIL over), and returns once the bytes it needs are there: readline() at a line's end
# or the end of the stream. Writes wait in the writer's buffer (8192 bytes) until a flush, a close
# or a write that does not fit, as CPython's do. The socket stays open while a file made from it
# does (socket.close() then only marks it [closed]), as CPython counts them.

import _stdlib_native
from _fileio import RawIOBase, BufferedIOBase, UnsupportedOperation, _StreamTextIOWrapper

DEFAULT_BUFFER_SIZE = 8192


class SocketIO(RawIOBase):
    """The raw stream: reads are one recv_into, writes one send."""

    __module__ = 'socket'

    def __init__(self, sock, mode):
        if mode not in ('r', 'w', 'rw', 'rb', 'wb', 'rwb'):
            raise ValueError(f'invalid mode: {mode!r}')
        self._sock = sock
        if 'b' not in mode:
            mode += 'b'
        self._mode = mode
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        self._closed = False
        self._timeout_occurred = False
        sock._io_refs += 1

    @property
    def closed(self):
        return self._closed

    @property
    def name(self):
        return -1 if self._closed else self.fileno()

    @property
    def mode(self):
        return self._mode

    def _check(self, op=None):
        if self._closed:
            raise ValueError('I/O operation on closed file.' if op is None else f'{op} of closed file')

    def readable(self):
        self._check()
        return self._reading

    def writable(self):
        self._check()
        return self._writing

    def seekable(self):
        self._check()
        return False

    def fileno(self):
        self._check()
        return self._sock.fileno()

    # A socket's stream has no position: IOBase's refusals.
    def seek(self, pos, whence=0, /):
        raise UnsupportedOperation('seek')

    def tell(self):
        raise UnsupportedOperation('seek')

    def truncate(self, pos=None, /):
        raise UnsupportedOperation('truncate')

    def readinto(self, b):
        self._check()
        if not self._reading:
            raise UnsupportedOperation('File not open for reading')
        if self._timeout_occurred:
            raise OSError('cannot read from timed out object')
        if self._sock.gettimeout() == 0:
            _stdlib_native.not_simulated('reading the file of a non-blocking socket (makefile)')
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            # What was read before the timeout may be lost: CPython's file refuses further reads.
            self._timeout_occurred = True
            raise

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        return bytes(buf[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                return b''.join(chunks)
            chunks.append(data)

    def write(self, b):
        self._check()
        if not self._writing:
            raise UnsupportedOperation('File not open for writing')
        return self._sock.send(b)

    def flush(self):
        self._check('flush')

    def close(self):
        if not self._closed:
            self._closed = True
            self._sock._decref_socketios()
            self._sock = None

    def __del__(self):
        # CPython's IOBase closes a file it frees: the socket's count of open files drops.
        self.close()


class _Reader:
    """The read half of the buffered layer."""

    def _read_chunk(self, size):
        return self.raw.read(max(size, self._size))

    def read(self, size=-1, /):
        self._check('read')
        self._need_read()
        if size is None or size < 0:
            data = bytes(self._rbuf) + self.raw.readall()
            self._rbuf = bytearray()
            return data
        while len(self._rbuf) < size:
            chunk = self._read_chunk(size - len(self._rbuf))
            if not chunk:
                break
            self._rbuf.extend(chunk)
        data = bytes(self._rbuf[:size])
        del self._rbuf[:size]
        return data

    def read1(self, size=-1, /):
        self._check('read')
        self._need_read()
        if not self._rbuf:
            self._rbuf.extend(self.raw.read(self._size if size is None or size < 0 else max(size, self._size)))
        n = len(self._rbuf) if size is None or size < 0 else size
        data = bytes(self._rbuf[:n])
        del self._rbuf[:n]
        return data

    def readline(self, size=-1, /):
        self._check('readline')
        self._need_read()
        limit = None if size is None or size < 0 else size
        while True:
            end = self._rbuf.find(b'\n')
            if end >= 0:
                n = end + 1
                break
            if limit is not None and len(self._rbuf) >= limit:
                n = limit
                break
            chunk = self.raw.read(self._size)
            if not chunk:
                n = len(self._rbuf)
                break
            self._rbuf.extend(chunk)
        if limit is not None:
            n = min(n, limit)
        data = bytes(self._rbuf[:n])
        del self._rbuf[:n]
        return data

    def peek(self, size=0, /):
        self._check('peek')
        if not self._rbuf:
            self._rbuf.extend(self.raw.read(self._size))
        return bytes(self._rbuf)


class _Writer:
    """The write half: a buffer of buffer_size bytes, sent when a write does not fit, or at a flush."""

    def write(self, b, /):
        self._check('write to')
        self._need_write()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if len(self._wbuf) + len(b) <= self._size:
            self._wbuf.extend(b)
            return len(b)
        self._send_buffer()
        if len(b) <= self._size:
            self._wbuf.extend(b)
        else:
            self.raw.write(b)
        return len(b)

    def _send_buffer(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self.raw.write(data)

    def flush(self):
        self._check('flush of')
        self._send_buffer()


class _Buffered(BufferedIOBase):
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self._size = buffer_size
        self._rbuf = bytearray()
        self._wbuf = bytearray()

    def __repr__(self):
        return f'<_io.{type(self).__name__} name={self.name!r}>'

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def _check(self, op):
        if self.raw.closed:
            raise ValueError(f'{op} closed file' if op.endswith(('to', 'of')) else f'{op} of closed file')

    def _check_open(self):
        if self.raw.closed:
            raise ValueError('I/O operation on closed file.')

    def _need_read(self):
        if not self.raw._reading:
            raise UnsupportedOperation('read')

    def _need_write(self):
        if not self.raw._writing:
            raise UnsupportedOperation('write')

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self.raw.fileno()

    def flush(self):
        self._check('flush of')

    def close(self):
        if self.raw.closed:
            return
        try:
            if self._wbuf:
                self._send_buffer()
        finally:
            self.raw.close()

    def __del__(self):
        # Freed unclosed, as CPython's buffered files: what it holds is sent, then it closes.
        self.close()

    def detach(self):
        _stdlib_native.not_simulated('detach() of a socket file')

    def seek(self, pos, whence=0, /):
        raise UnsupportedOperation('File or stream is not seekable.')

    def tell(self):
        return self.raw.tell()

    def truncate(self, pos=None, /):
        raise UnsupportedOperation('truncate')

    # What the other half would do (_Reader and _Writer come first where a file has them).

    def read(self, size=-1, /):
        raise UnsupportedOperation('read')

    read1 = readline = peek = read

    def write(self, b, /):
        raise UnsupportedOperation('write')


class BufferedReader(_Reader, _Buffered):
    __module__ = '_io'


class BufferedWriter(_Writer, _Buffered):
    __module__ = '_io'


class BufferedRWPair(_Reader, _Writer, _Buffered):
    __module__ = '_io'

    def __repr__(self):
        return f'<_io.BufferedRWPair object at {hex(id(self))}>'

    @property
    def name(self):
        raise AttributeError("'_io.BufferedRWPair' object has no attribute 'name'")

    @property
    def mode(self):
        raise AttributeError("'_io.BufferedRWPair' object has no attribute 'mode'")

    def seek(self, pos, whence=0, /):
        raise UnsupportedOperation('seek')


class TextIOWrapper(_StreamTextIOWrapper):
    """Text over a socket file: UTF-8 or a one-byte codec, with the newline modes of open().

    Writing, flushing, closing and the rest are any stream's text layer's (_fileio.py): writes wait
    in the wrapper until 8192 bytes, a flush, a read or a close, as CPython's do. Reading differs:
    a socket's stream ends only when the peer shuts it, so a read decodes a chunk at a time and
    stops once it has what it needs."""

    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if encoding == 'locale':
            encoding = 'UTF-8'  # the locale's, as CPython's on a UTF-8 machine
        _StreamTextIOWrapper.__init__(self, buffer, encoding, errors, newline)
        if self.encoding.lower().replace('_', '-') not in ('utf-8', 'utf8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1'):
            _stdlib_native.not_simulated(f'makefile() text in the {encoding!r} encoding')
        self._undecoded = bytearray()  # bytes read but not yet decoded (a character cut in two)

    def _drop_read_ahead(self):
        self._text = ''
        self._undecoded = bytearray()

    def __del__(self):
        # Freed unclosed, as CPython's files: the text waiting in it is written, then it closes.
        self.close()

    def _more(self):
        """Read and decode one more chunk; False at the end of the stream."""
        chunk = self.buffer.read1(DEFAULT_BUFFER_SIZE)
        if not chunk:
            if self._undecoded:
                data, self._undecoded = bytes(self._undecoded), bytearray()
                self._text += data.decode(self.encoding, self.errors)
            return False
        self._undecoded.extend(chunk)
        data = bytes(self._undecoded)
        cut = len(data)
        if self.encoding.lower().replace('_', '-') in ('utf-8', 'utf8'):
            # Keep a character cut at the chunk's end for the next chunk.
            for back in range(1, min(4, len(data)) + 1):
                byte = data[-back]
                if byte & 0xC0 != 0x80:
                    need = 2 if byte & 0xE0 == 0xC0 else 3 if byte & 0xF0 == 0xE0 else 4 if byte & 0xF8 == 0xF0 else 1
                    if need > back:
                        cut = len(data) - back
                    break
        self._undecoded = bytearray(data[cut:])
        self._text += data[:cut].decode(self.encoding, self.errors)
        return True

    def _check_read(self):
        self._check_open()
        if not self.buffer.raw._reading:
            raise UnsupportedOperation('not readable')
        self._write_pending()

    def _line_end(self, text, final):
        """Where the first line of text ends (after its newline), or -1."""
        nl = self._newline
        if nl is None or nl == '':
            for i, ch in enumerate(text):
                if ch == '\n':
                    return i + 1
                if ch == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    if final:
                        return i + 1
                    return -1  # a \r at the end: a \n may follow
            return -1
        i = text.find(nl)
        return -1 if i < 0 else i + len(nl)

    def _translate(self, line):
        if self._newline is None:
            return line.replace('\r\n', '\n').replace('\r', '\n')
        return line

    def readline(self, size=-1, /):
        self._check_read()
        final = False
        while True:
            end = self._line_end(self._text, final)
            if end >= 0 or final or (size is not None and 0 <= size <= len(self._text)):
                break
            final = not self._more()
        if end < 0:
            end = len(self._text)
        if size is not None and 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return self._translate(line)

    def read(self, size=-1, /):
        self._check_read()
        if size is None or size < 0:
            while self._more():
                pass
            text, self._text = self._text, ''
            return self._translate(text)
        while len(self._text) < size and self._more():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return self._translate(text)


# CPython writes these in C: error messages name them '_io.TextIOWrapper' and so on.
_stdlib_native.c_types(BufferedReader, BufferedWriter, BufferedRWPair, TextIOWrapper)


def makefile(sock, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
    """socket.makefile: the file object of that mode over sock."""
    if not set(mode) <= {'r', 'w', 'b'}:
        raise ValueError(f'invalid mode {mode!r} (only r, w, b allowed)')
    writing = 'w' in mode
    reading = 'r' in mode or not writing
    binary = 'b' in mode
    rawmode = ('r' if reading else '') + ('w' if writing else '')
    raw = SocketIO(sock, rawmode)
    if buffering is None:
        buffering = -1
    if buffering < 0:
        buffering = DEFAULT_BUFFER_SIZE
    if buffering == 0:
        if not binary:
            raw.close()  # CPython's raw stream is freed, and closed, with the error
            raise ValueError('unbuffered streams must be binary')
        return raw
    if reading and writing:
        buffer = BufferedRWPair(raw, buffering)
    elif reading:
        buffer = BufferedReader(raw, buffering)
    else:
        buffer = BufferedWriter(raw, buffering)
    if binary:
        return buffer
    text = TextIOWrapper(buffer, encoding, errors, newline)
    text.mode = mode
    return text
