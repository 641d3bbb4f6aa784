# socket.makefile(): a file object over a connected socket, as CPython's buffered SocketIO is
# (BufferedReader / BufferedWriter / BufferedRWPair, in a TextIOWrapper for text modes).
#
# Reads take what the socket has (a recv of up to the buffer size) and block only when the
# request is not satisfied yet: readline() until a line end or EOF, read(n) until n bytes
# (characters) or EOF, read() until EOF. Writes stay in the buffer until flush(), close(), or
# until more than the buffer size (8192 bytes) is waiting, so the peer sees nothing before that.
# Text modes decode (UTF-8 unless told) and read universal newlines ('\r\n' and '\r' are '\n');
# written '\n' stays '\n' (POSIX). The socket stays open while a file made from it is: closing
# the socket first only closes it for real when its last file is closed, as in CPython.

from _fileio import UnsupportedOperation

_BUFFER = 8192


class SocketFile:
    def __init__(self, sock, mode, buffering, encoding, errors, newline):
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError(f'invalid mode {mode!r} (only r, w, b allowed)')
        self._sock = sock
        self._reading = 'r' in mode or 'w' not in mode
        self._writing = 'w' in mode
        self._binary = 'b' in mode
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        if buffering == 0 and not self._binary:
            raise ValueError('unbuffered streams must be binary')
        # how many written bytes may wait (unbuffered: none), and how much one recv asks for
        self._limit = _BUFFER if buffering is None or buffering < 0 or buffering == 1 else buffering
        self._recv_size = self._limit or _BUFFER
        self._rbuf = b''
        self._wbuf = []
        self._wsize = 0
        self._eof = False
        self.closed = False
        self.mode = mode.replace('b', '') if not self._binary else mode
        sock._io_refs += 1

    # ---- the socket underneath

    def _fill(self):
        """One recv into the read buffer; False at EOF."""
        if self._eof:
            return False
        data = self._sock.recv(self._recv_size)
        if not data:
            self._eof = True
            return False
        self._rbuf += data
        return True

    def _check(self, op):
        """op: 'read', 'readline', 'write' or None (an operation that only needs an open file)."""
        if self.closed:
            if self._binary and op is not None:
                raise ValueError(f'{op} of closed file' if op != 'write' else 'write to closed file')
            raise ValueError('I/O operation on closed file.')
        if op in ('read', 'readline') and not self._reading:
            raise UnsupportedOperation('read' if self._binary else 'not readable')
        if op == 'write' and not self._writing:
            raise UnsupportedOperation('write' if self._binary else 'not writable')

    def _decode(self, data):
        text = data.decode(self._encoding, self._errors)
        if self._translate:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _text_prefix(self, data):
        """The longest prefix of data that is whole characters (a multi-byte one may be split)."""
        for cut in range(0, 4):
            try:
                return data[:len(data) - cut].decode(self._encoding, self._errors), len(data) - cut
            except UnicodeDecodeError:
                if cut == 3:
                    raise
        return '', 0

    # ---- reading

    def _line_end(self):
        buf = self._rbuf
        i = buf.find(b'\n')
        if not self._binary and self._universal:
            r = buf.find(b'\r')
            if r >= 0 and (i < 0 or r < i):
                if r + 1 < len(buf):
                    return r + 2 if buf[r + 1:r + 2] == b'\n' else r + 1
                if self._eof:
                    return r + 1
                return -1
        return i + 1 if i >= 0 else -1

    def readline(self, size=-1):
        self._check('readline')
        while True:
            end = self._line_end()
            if end > 0 or not self._fill():
                break
        if end <= 0:
            end = len(self._rbuf)
        if size is not None and size >= 0 and self._binary:
            end = min(end, size)
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line if self._binary else self._decode(line)

    def read(self, size=-1):
        self._check('read')
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b''
            return data if self._binary else self._decode(data)
        if self._binary:
            while len(self._rbuf) < size and self._fill():
                pass
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
            return data
        while True:
            text, used = self._text_prefix(self._rbuf)
            if len(text) >= size or not self._fill():
                break
        text, used = self._text_prefix(self._rbuf)
        text = text[:size]
        used = len(text.encode(self._encoding, self._errors))
        self._rbuf = self._rbuf[used:]
        return self._decode(text.encode(self._encoding, self._errors))

    def read1(self, size=-1):
        self._check('read')
        if not self._rbuf:
            self._fill()
        n = len(self._rbuf) if size is None or size < 0 else size
        data, self._rbuf = self._rbuf[:n], self._rbuf[n:]
        return data

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while line := self.readline():
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check('read')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- writing

    def write(self, data):
        self._check('write')
        if self._binary:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            raw = bytes(data)
        else:
            if not isinstance(data, str):
                raise TypeError(f'write() argument must be str, not {type(data).__name__}')
            raw = data.encode(self._encoding, self._errors)
        self._wbuf.append(raw)
        self._wsize += len(raw)
        if self._wsize > self._limit:
            self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError('flush of closed file' if self._binary else 'I/O operation on closed file.')
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf, self._wsize = [], 0
            self._sock.sendall(data)

    # ---- the file

    def readable(self):
        self._check(None)
        return self._reading

    def writable(self):
        self._check(None)
        return self._writing

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        if self.closed:
            return
        try:
            if self._writing and self._wbuf:
                self.flush()
        finally:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        self._check(None)
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        if not self.closed:
            self.close()
