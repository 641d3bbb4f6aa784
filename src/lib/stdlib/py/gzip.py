"""gzip: files in the gzip format (RFC 1952) over zlib's raw deflate streams, read and written
through GzipFile on the simulated file system or any binary file object (io.BytesIO ...), and the
one-shot compress() and decompress(). mtime comes from the virtual clock unless given."""

import builtins
import io
import os
import struct
import sys as _sys
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = ('rb', 'wb') if _sys.version_info >= (3, 13) else (1, 2)
if _sys.version_info >= (3, 12):
    READ_BUFFER_SIZE = 128 * 1024
    _CHUNK = READ_BUFFER_SIZE
    _WRITE_BUFFER_SIZE = 4 * io.DEFAULT_BUFFER_SIZE
else:
    _CHUNK = io.DEFAULT_BUFFER_SIZE
    _WRITE_BUFFER_SIZE = 1024

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_ENDED_EARLY = 'Compressed file ended before the end-of-stream marker was reached'


class BadGzipFile(OSError):
    """A gzip file whose header or trailer is wrong."""


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError(f'Invalid mode: {mode!r}')
    else:
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    binary_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


def _exactly(read, n):
    # n bytes from read(), however few each call gives; EOFError if the file ends first
    got = read(n)
    while len(got) < n:
        more = read(n - len(got))
        if not more:
            raise EOFError(_ENDED_EARLY)
        got += more
    return got


def _skip_header(read):
    """Read one member's header; its mtime, or None at the end of the file."""
    magic = read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile(f'Not a gzipped file ({magic!r})')
    method, flags, mtime = struct.unpack('<BBIxx', _exactly(read, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        size, = struct.unpack('<H', _exactly(read, 2))
        _exactly(read, size)
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            # a zero-terminated string (or the rest of the file)
            while read(1) not in (b'', b'\0'):
                pass
    if flags & FHCRC:
        _exactly(read, 2)
    return mtime


def _stored_name(name):
    # The header's FNAME: the file's base name without .gz, in Latin-1 (none if it cannot be)
    base = os.path.basename(name)
    if isinstance(base, str):
        try:
            base = base.encode('latin-1')
        except UnicodeEncodeError:
            return b''
    return base[:-3] if base.endswith(b'.gz') else base


class _Source:
    # The compressed side of a GzipFile being read: the file's bytes in chunks, with the bytes a
    # decoder did not use put back in front.
    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.ahead = b''

    def read(self, n):
        if self.ahead:
            taken, self.ahead = self.ahead[:n], self.ahead[n:]
            return taken
        return self.fileobj.read(n)

    def unread(self, data):
        self.ahead = data + self.ahead


class _Decoder:
    # The uncompressed stream of a gzip file, member after member, each checked against its
    # trailer (CRC-32 and length).
    def __init__(self, fileobj):
        self.source = _Source(fileobj)
        self.last_mtime = None
        self.reset()

    def reset(self):
        self.inflater = None
        self.done = False

    def chunk(self, want):
        """Some uncompressed bytes (at most want, if want > 0); b'' at the end of the file."""
        while not self.done:
            if self.inflater is None:
                mtime = _skip_header(self.source.read)
                if mtime is None:
                    self.done = True
                    break
                self.last_mtime = mtime
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            inflater = self.inflater
            tail = inflater.unconsumed_tail
            data = tail if tail else self.source.read(_CHUNK)
            out = inflater.decompress(data, max(want, 0))
            if inflater.unused_data:
                self.source.unread(inflater.unused_data)
            self.crc = zlib.crc32(out, self.crc)
            self.size += len(out)
            if inflater.eof:
                self._end_member()
            elif not out and not data:
                raise EOFError(_ENDED_EARLY)
            if out:
                return out
        return b''

    def _end_member(self):
        crc, size = struct.unpack('<II', _exactly(self.source.read, 8))
        if crc != self.crc:
            raise BadGzipFile(f'CRC check failed {hex(crc)} != {hex(self.crc)}')
        if size != self.size & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')
        # zero bytes may pad the space between members
        c = b'\0'
        while c == b'\0':
            c = self.source.read(1)
        if c:
            self.source.unread(c)
        self.inflater = None


class GzipFile(io.BufferedIOBase):
    """A gzip file: a file object whose bytes are compressed on the way to (or from) another."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode:
            if 't' in mode or 'U' in mode:
                raise ValueError(f'Invalid mode: {mode!r}')
            mode = mode if 'b' in mode else mode + 'b'
        if fileobj is None:
            # a file of our own, closed with the GzipFile
            self.myfileobj = fileobj = builtins.open(filename, mode or 'rb')
        if filename is not None:
            filename = os.fspath(filename)
        else:
            # the file object's name when it has a usable one
            filename = getattr(fileobj, 'name', '')
            filename = filename if isinstance(filename, (str, bytes)) else ''
        given = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._decoder = _Decoder(fileobj)
            self._ready = b''
            self.offset = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if given is None:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change in future Python releases.  '
                              'Specify the mode argument for opening it for writing.', FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b'')
            self.size = 0
            self.writebuf = []
            self.bufsize = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError(f'Invalid mode: {mode!r}')
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    if _sys.version_info < (3, 12):
        @property
        def filename(self):
            import warnings
            warnings.warn('use the name attribute', DeprecationWarning, 2)
            if self.mode == WRITE and self.name[-3:] != '.gz':
                return self.name + '.gz'
            return self.name

    @property
    def mtime(self):
        """Last modification time read from the stream, or None"""
        return self._decoder.last_mtime

    def __repr__(self):
        inner = repr(self.fileobj)
        return f'<gzip {inner[1:-1]} {hex(id(self))}>'

    def _write_header(self, level):
        out = self.fileobj
        fname = _stored_name(self.name)
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        xfl = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
        out.write(b'\037\213\010')
        out.write(bytes([FNAME if fname else 0]))
        out.write(struct.pack('<L', int(mtime)))
        out.write(bytes([xfl, 255]))
        if fname:
            out.write(fname + b'\0')

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _refuse(self, what):
        import errno
        raise OSError(errno.EBADF, f'{what}() on {"read-only" if what == "write" else "write-only"} GzipFile object')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            self._refuse('write')
        if self.fileobj is None:
            raise ValueError('write() on closed GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if _sys.version_info < (3, 12):
            self._write_raw(data, length)
        elif self.bufsize + length < _WRITE_BUFFER_SIZE:
            # from 3.12 writes wait in a buffer (a BufferedWriter's) until it would fill up
            self.writebuf.append(bytes(data))
            self.bufsize += length
        else:
            self._drain()
            if length > _WRITE_BUFFER_SIZE:
                self._write_raw(data, length)
            elif length:
                self.writebuf.append(bytes(data))
                self.bufsize = length
        return length

    def _drain(self):
        if self.mode == WRITE and self.bufsize:
            waiting = b''.join(self.writebuf)
            self.writebuf = []
            self.bufsize = 0
            self._write_raw(waiting, len(waiting))

    def _write_raw(self, data, length):
        if not length:
            return
        packed = self.compress.compress(data)
        self.fileobj.write(packed)
        self.crc = zlib.crc32(data, self.crc)
        self.size, self.offset = self.size + length, self.offset + length

    def _fill(self, want):
        # decode until `want` bytes are ready (all of them: want < 0); False at the end
        while want < 0 or len(self._ready) < want:
            piece = self._decoder.chunk(-1 if want < 0 else max(want - len(self._ready), io.DEFAULT_BUFFER_SIZE))
            if not piece:
                return False
            self._ready += piece
        return True

    def _deliver(self, n):
        data, self._ready = self._ready[:n], self._ready[n:]
        self.offset += len(data)
        return data

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            self._refuse('read')
        if size is None or size < 0:
            self._fill(-1)
            return self._deliver(len(self._ready))
        self._fill(size)
        return self._deliver(size)

    def read1(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            self._refuse('read1')
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._ready:
            self._fill(1)
        return self._deliver(size)

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_not_closed()
        if self.mode != READ:
            self._refuse('peek')
        if not self._ready:
            self._fill(1)
        return self._ready

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            self._refuse('read')
        limit = -1 if size is None or size < 0 else size
        while True:
            nl = self._ready.find(b'\n')
            if nl >= 0 or (0 <= limit <= len(self._ready)):
                break
            if not self._fill(len(self._ready) + 1):
                break
        end = len(self._ready) if nl < 0 else nl + 1
        if limit >= 0:
            end = min(end, limit)
        return self._deliver(end)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        out = self.fileobj
        if out is None:
            return
        try:
            if self.mode == WRITE:
                self._drain()
                out.write(self.compress.flush())
                out.write(struct.pack('<LL', self.crc, self.size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            own = self.myfileobj
            if own:
                self.myfileobj = None
                own.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self._drain()
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Go back to the start of the uncompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._decoder = _Decoder(self.fileobj)
        self._ready = b''
        self.offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if _sys.version_info >= (3, 12):
            self._drain()
        return self.offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._check_not_closed()
            self._drain()
            if whence != io.SEEK_SET:
                if whence != io.SEEK_CUR:
                    raise ValueError('Seek from end not supported')
                offset += self.offset
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            gap = offset - self.offset
            for _ in range(gap // _WRITE_BUFFER_SIZE):
                self.write(bytes(_WRITE_BUFFER_SIZE))
            self.write(bytes(gap % _WRITE_BUFFER_SIZE))
            # (from 3.12 the zeros may still wait in the buffer: the offset returned leaves them out)
            return self.offset
        if self.mode == READ:
            self._check_not_closed()
            if whence == io.SEEK_CUR:
                offset += self.offset
            elif whence == io.SEEK_END:
                self._fill(-1)
                offset += self.offset + len(self._ready)
            elif whence != io.SEEK_SET:
                raise ValueError(f'Invalid value for whence: {whence}')
            if offset < self.offset:
                self.rewind()
            self._fill(offset - self.offset)
            self._deliver(offset - self.offset)
        return self.offset

    if _sys.version_info < (3, 12) or _sys.version_info >= (3, 14):
        # Collected unclosed, the file is finished (trailer written). In 3.12 and 3.13 its write
        # buffer holds it in a reference cycle, so that only happens at exit.
        def __del__(self):
            if getattr(self, 'fileobj', None) is not None:
                self.close()

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    return _compress(data, compresslevel, mtime)


if _sys.version_info >= (3, 14):
    # 3.14 writes mtime 0 unless told otherwise
    def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=0):
        """Compress data in one shot and return the compressed string."""
        return _compress(data, compresslevel, mtime)


def _compress(data, compresslevel, mtime):
    if _sys.version_info >= (3, 13):
        whole = zlib.compress(data, level=compresslevel, wbits=31)
        if mtime is None:
            mtime = time.time()
        # zlib's header, with the time and the "unknown" system byte gzip writes
        return struct.pack('<4sLBB', whole, int(mtime), whole[8], 255) + whole[10:]
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else 4 if compresslevel == _COMPRESS_LEVEL_FAST else 0
    head = struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, 0, int(mtime), xfl, 255)
    body = zlib.compress(data, level=compresslevel, wbits=-15)
    return head + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xFFFFFFFF)


def decompress(data):
    """Decompress a gzip compressed string in one shot, every member of it."""
    members = []
    while True:
        stream = io.BytesIO(data)
        if _skip_header(stream.read) is None:
            return b''.join(members)
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = inflater.decompress(data[stream.tell():])
        if not inflater.eof or len(inflater.unused_data) < 8:
            raise EOFError(_ENDED_EARLY)
        crc, size = struct.unpack('<II', inflater.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile('CRC check failed')
        if size != len(out) & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')
        members.append(out)
        data = inflater.unused_data[8:].lstrip(b'\0')
