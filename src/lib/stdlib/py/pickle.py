# `pickle`: objects to bytes and back, writing the bytes CPython's C pickler (_pickle) writes for
# every protocol 0-5: the opcodes, the memo (PUT/BINPUT/MEMOIZE and GET), protocol 4's frames,
# batches of 1000 items, globals by module and qualified name (with Python 2's names below
# protocol 3), and reductions (__reduce_ex__/__reduce__, copyreg's dispatch_table, and object's
# default reduction: copyreg._reconstructor below protocol 2, NEWOBJ from 2). The unpickler reads
# every opcode of those protocols.

import sys
import copyreg
import _compat_pickle
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
from functools import partial
import codecs
import io
import re
from itertools import islice
from sys import maxsize
from types import FunctionType

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING",
           "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE",
           "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST",
           "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP",
           "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING",
           "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "5.0" if sys.version_info >= (3, 14) else "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 5 if sys.version_info >= (3, 14) else 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'


class PickleBuffer:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("pickle.PickleBuffer is not simulated in Loopline")


# The opcodes (one byte each).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_V = sys.version_info[1]
_NoValue = object()


# Protocol 0 keeps a str on one line of raw-unicode-escape text: the characters that would break the
# line or be read back as an escape are written as \\uXXXX first, the backslash before the others.
_PROTO0_ESCAPES = (('\\', '\\u005c'), ('\0', '\\u0000'), ('\n', '\\u000a'), ('\r', '\\u000d'),
                   ('\x1a', '\\u001a'))


def _raw_unicode_escape(s):
    # Protocol 0's text: Latin-1 bytes, \\uXXXX / \\UXXXXXXXX for the other code points.
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o < 256:
            out.append(o)
        elif o < 0x10000:
            out += b'\\u%04x' % o
        else:
            out += b'\\U%08x' % o
    return bytes(out)


def _raw_unicode_unescape(data):
    parts = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            # A backslash preceded by an odd number of backslashes is literal.
            k = i - 1
            while k >= 0 and data[k] == 0x5c:
                k -= 1
            if (i - 1 - k) % 2 == 0:
                width = 4 if data[i + 1] == 0x75 else 8
                digits = data[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, n,
                                             'truncated \\uXXXX escape' if width == 4 else
                                             'truncated \\UXXXXXXXX escape')
                parts.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        parts.append(chr(b))
        i += 1
    return ''.join(parts)


def encode_long(x):
    # Two's complement, little-endian, in the fewest bytes that keep the sign (0: no bytes).
    if not x:
        return b''
    size = x.bit_length() // 8 + 1
    raw = x.to_bytes(size, 'little', signed=True)
    # A negative number whose top byte is all sign, the byte below carrying it already: drop it.
    if x < 0 and size > 1 and raw[-1] == 0xff and raw[-2] & 0x80:
        raw = raw[:-1]
    return raw


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _getattribute(obj, name):
    top = obj
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError(f"Can't get local attribute {name!r} on {top!r}")
        try:
            parent = obj
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {top!r}") from None
    return obj, parent


def whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for modname, mod in list(sys.modules.items()):
        if mod is None or modname in ('__main__', '__mp_main__'):
            continue
        try:
            found = _getattribute(mod, name)[0]
        except AttributeError:
            continue
        if found is obj:
            return modname
    return '__main__'


_function = type(lambda: 0)
_method = type((lambda: 0).__get__(0))
_builtin_function = type(len)


def _local_error(obj, qualname):
    if _V >= 14:
        return PicklingError(f"Can't pickle local object {obj!r}")
    if _V == 13:
        return AttributeError(f"Can't get local object {qualname!r}")
    return AttributeError(f"Can't pickle local object {qualname!r}")


def _not_found(obj, module_name, name):
    if _V >= 14:
        return PicklingError(f"Can't pickle {obj!r}: it's not found as {module_name}.{name}")
    return PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed")


def _builtin_reduce(obj, cls, proto):
    # The reductions of the built-in types that have their own (CPython's C __reduce__s).
    if cls is complex:
        return complex, (obj.real, obj.imag)
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if cls is bytearray:
        return bytearray, ((bytes(obj),) if obj else ())
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    if isinstance(obj, (_method, _builtin_function)):
        owner = getattr(obj, '__self__', None)
        if owner is None or isinstance(owner, type(sys)):
            return obj.__qualname__
        return getattr, (owner, obj.__name__)
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        return (cls, obj.args, d) if d else (cls, obj.args)
    if isinstance(obj, (set, frozenset)):
        d = getattr(obj, '__dict__', None)
        return cls, (list(obj),), d or None
    return None


def _object_reduce_ex(obj, proto):
    # object.__reduce_ex__: a class's own __reduce__ when it has one, else the default.
    cls = type(obj)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    return _default_reduce(obj, proto)


def _default_reduce(obj, proto):
    # object.__reduce__ (protocol 0) and what object.__reduce_ex__ falls back on.
    cls = type(obj)
    rv = _builtin_reduce(obj, cls, proto)
    if rv is not None:
        return rv
    if cls is memoryview and proto >= 2:
        raise TypeError("cannot pickle memoryview objects")
    if cls.__module__ in ('builtins', '_thread') and cls not in (object, list, dict):
        name = cls.__name__
        if name == 'lock' and proto >= 2:
            name = '_thread.lock'
        elif name == 'lock' and _V < 13:
            raise PicklingError("Can't pickle <class '_thread.lock'>: attribute lookup lock on _thread failed")
        raise TypeError(f"cannot pickle {name!r} object")
    if proto >= 2:
        return _reduce_newobj(obj, cls)
    return copyreg._reduce_ex(obj, proto)


def _reduce_newobj(obj, cls):
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = tuple(getnewargs()) if getnewargs is not None else ()
    getstate = getattr(obj, '__getstate__', None)
    state = getstate() if getstate is not None else None
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems


def _reduce(obj, proto):
    cls = type(obj)
    rex = getattr(cls, '__reduce_ex__', None)
    if rex is not None and rex is not object.__reduce_ex__:
        return obj.__reduce_ex__(proto)
    return _object_reduce_ex(obj, proto)


def _T(obj):
    cls = type(obj)
    module = cls.__module__
    if module in (None, 'builtins', '__main__'):
        return cls.__qualname__
    return f'{module}.{cls.__qualname__}'


class _Output:
    # Where the pickle goes: committed chunks, and protocol 4's current frame.
    def __init__(self):
        self.chunks = []
        self.frame = None
        self.frame_len = 0

    def start_framing(self):
        self.frame = []
        self.frame_len = 0

    def end_framing(self):
        if self.frame is not None and self.frame_len > 0:
            self.commit_frame(True)
        self.frame = None

    def commit_frame(self, force=False):
        if self.frame is not None and (self.frame_len >= _FRAME_SIZE_TARGET or force):
            if self.frame_len >= _FRAME_SIZE_MIN:
                self.chunks.append(FRAME + pack("<Q", self.frame_len))
            self.chunks.extend(self.frame)
            self.frame = []
            self.frame_len = 0

    def write(self, data):
        if self.frame is not None:
            self.frame.append(data)
            self.frame_len += len(data)
        else:
            self.chunks.append(data)

    def write_large(self, header, payload):
        if self.frame is not None:
            self.commit_frame(True)
        self.chunks.append(header)
        self.chunks.append(payload)


class Pickler:
    dispatch_table = dispatch_table

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None:
            if protocol < 5:
                raise ValueError("buffer_callback needs protocol >= 5")
            raise NotImplementedError("pickle's buffer_callback is not simulated in Loopline")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._out = _Output()
        self.write = self._out.write
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self._out.start_framing()
        self.save(obj)
        self.write(STOP)
        self._out.end_framing()
        data = b''.join(self._out.chunks)
        self._file_write(data)

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            self.write(BINPUT + pack("<B", idx) if idx < 256 else LONG_BINPUT + pack("<I", idx))
        else:
            self.write(PUT + repr(idx).encode("ascii") + b'\n')
        self.memo[id(obj)] = idx, obj

    def _get(self, i):
        if self.bin:
            return BINGET + pack("<B", i) if i < 256 else LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def _save_in(self, value, obj, what, key=_NoValue):
        # 3.14 notes where a failure was: 'when serializing list item 1'.
        if _V < 14:
            self.save(value)
            return
        try:
            self.save(value)
        except BaseException as exc:
            where = what if key is _NoValue else f'{what} {key}'
            exc.add_note(f'when serializing {_T(obj)} {where}')
            raise

    def save(self, obj, save_persistent_id=True):
        self._out.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self._save_pers(pid)
            return
        t = type(obj)
        # As _pickle: the atoms first (never memoized), then the memo, then str and bytes, and
        # only then reducer_override (never asked about those).
        if obj is None or t is bool or t is int or t is float:
            self._dispatch[t](self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        if t is str or t is bytes:
            self._dispatch[t](self, obj)
            return
        rv = NotImplemented
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            f = self._dispatch.get(t)
            if f is not None:
                f(self, obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t, _NoValue)
            if reduce is not _NoValue:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        if _V < 14:
            self.save_reduce(*rv, obj=obj)
            return
        try:
            self.save_reduce(*rv, obj=obj)
        except BaseException as exc:
            exc.add_note(f'when serializing {_T(obj)} object')
            raise

    def _save_pers(self, pid):
        if self.bin:
            # The id goes out as an object of its own, then a mark that it names a persistent one.
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        text = str(pid)
        if not text.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.write(PERSID + text.encode('ascii') + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None,
                    *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self._save_in(cls, obj, 'class')
                self._save_in(args, obj, '__new__ arguments')
                self._save_in(kwargs, obj, '__new__ arguments')
                write(NEWOBJ_EX)
            else:
                self._save_in(partial(cls.__new__, cls, *args, **kwargs), obj, 'reconstructor')
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self._save_in(cls, obj, 'class')
            self._save_in(args[1:], obj, '__new__ arguments')
            write(NEWOBJ)
        else:
            self._save_in(func, obj, 'reconstructor')
            self._save_in(args, obj, 'reconstructor arguments')
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems, obj)
        if dictitems is not None:
            self._batch_setitems(dictitems, obj)
        if state is not None:
            if state_setter is None:
                self._save_in(state, obj, 'state')
                write(BUILD)
            else:
                self._save_in(state_setter, obj, 'state setter')
                save(obj)
                self._save_in(state, obj, 'state')
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    _dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    _dispatch[type(None)] = save_none

    def save_bool(self, obj):
        pair = (NEWFALSE, NEWTRUE) if self.proto >= 2 else (FALSE, TRUE)
        self.write(pair[bool(obj)])
    _dispatch[bool] = save_bool

    def save_long(self, obj):
        fits32 = -0x80000000 <= obj < 0x80000000
        if self.bin and 0 <= obj < 0x100:
            self.write(BININT1 + pack("<B", obj))
        elif self.bin and 0 <= obj < 0x10000:
            self.write(BININT2 + pack("<H", obj))
        elif self.bin and fits32:
            self.write(BININT + pack("<i", obj))
        elif self.proto >= 2:
            body = encode_long(obj)
            size = len(body)
            self.write((LONG1 + pack("<B", size) if size < 0x100 else LONG4 + pack("<i", size)) + body)
        else:
            digits = repr(obj).encode("ascii")
            self.write(INT + digits + b'\n' if fits32 else LONG + digits + b'L\n')
    _dispatch[int] = save_long

    def save_float(self, obj):
        self.write(BINFLOAT + pack('>d', obj) if self.bin else FLOAT + repr(obj).encode('ascii') + b'\n')
    _dispatch[float] = save_float

    def _save_bytes_no_memo(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._out.write_large(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_no_memo(obj)
        self.memoize(obj)
    _dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._out.write_large(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)
    _dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if not self.bin:
            text = obj
            for char, escape in _PROTO0_ESCAPES:
                text = text.replace(char, escape)
            self.write(UNICODE + _raw_unicode_escape(text) + b'\n')
        else:
            data = obj.encode('utf-8', 'surrogatepass')
            size = len(data)
            if self.proto >= 4 and size < 256:
                self.write(SHORT_BINUNICODE + pack('<B', size) + data)
            elif self.proto >= 4 and size > 0xffffffff:
                self._out.write_large(BINUNICODE8 + pack('<Q', size), data)
            elif size >= _FRAME_SIZE_TARGET:
                self._out.write_large(BINUNICODE + pack('<I', size), data)
            else:
                self.write(BINUNICODE + pack('<I', size) + data)
        self.memoize(obj)
    _dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for i, element in enumerate(obj):
                self._save_in(element, obj, 'item', i)
            if id(obj) in memo:
                self.write(POP * n + self._get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for i, element in enumerate(obj):
            self._save_in(element, obj, 'item', i)
        if id(obj) in memo:
            get = self._get(memo[id(obj)][0])
            write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    _dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj), obj)
            return
        # A list of exactly one item is one APPEND; longer ones go in MARK ... APPENDS batches.
        if len(obj) == 1:
            self._save_in(obj[0], obj, 'item', 0)
            self.write(APPEND)
            return
        total = 0
        while True:
            self.write(MARK)
            count = 0
            while total < len(obj):
                self._save_in(obj[total], obj, 'item', total)
                total += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            self.write(APPENDS)
            if total >= len(obj):
                return
    _dispatch[list] = save_list

    def _batch_appends(self, items, obj):
        write = self.write
        it = iter(items)
        if not self.bin:
            for i, x in enumerate(it):
                self._save_in(x, obj, 'item', i)
                write(APPEND)
            return
        start = 0
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for i, x in enumerate(batch, start):
                    self._save_in(x, obj, 'item', i)
                write(APPENDS)
            elif n:
                self._save_in(batch[0], obj, 'item', start)
                write(APPEND)
            start += n
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()), obj)
            return
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                self.save(k)
                self._save_in(v, obj, 'item', repr(k) if _V >= 14 else None)
            self.write(SETITEM)
            return
        # Batches of 1000 until one is short (an exact multiple ends with an empty batch).
        it = iter(list(obj.items()))
        while True:
            self.write(MARK)
            count = 0
            for k, v in it:
                self.save(k)
                self._save_in(v, obj, 'item', repr(k) if _V >= 14 else None)
                count += 1
                if count == _BATCHSIZE:
                    break
            self.write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCHSIZE:
                return
    _dispatch[dict] = save_dict

    def _batch_setitems(self, items, obj):
        save = self.save
        write = self.write
        it = iter(items)
        if not self.bin:
            for k, v in it:
                save(k)
                self._save_in(v, obj, 'item', repr(k) if _V >= 14 else None)
                write(SETITEM)
            return
        while True:
            batch = []
            for kv in it:
                batch.append(kv)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    self._save_in(v, obj, 'item', repr(k) if _V >= 14 else None)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                self._save_in(v, obj, 'item', repr(k) if _V >= 14 else None)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        size = len(obj)
        it = iter(list(obj))
        while True:
            self.write(MARK)
            count = 0
            for item in it:
                self._save_in(item, obj, 'element')
                count += 1
                if count == _BATCHSIZE:
                    break
            self.write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCHSIZE:
                return
    _dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self._save_in(item, obj, 'element')
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    _dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise _local_error(obj, name)
        try:
            if obj is codecs.encode:
                # CPython's codecs.encode is _codecs' (a C module Loopline has no copy of).
                module_name, module = '_codecs', codecs
            else:
                __import__(module_name, level=0)
                module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise _not_found(obj, module_name, name) from None
        if obj2 is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name), _NoValue)
            if code is not _NoValue:
                # The smallest EXT opcode whose operand holds the code.
                op, fmt = (EXT1, '<B') if code <= 0xff else (EXT2, '<H') if code <= 0xffff else (EXT4, '<i')
                write(op + pack(fmt, code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif '.' in name and parent is not module:
            # Below protocol 4, a nested name is getattr(getattr(top, a), b): 3.11 and 3.12 save
            # it as a reduction on the parent (memoized as any), 3.13 writes the path out.
            if _V < 13:
                self.save_reduce(getattr, (parent, name.rpartition('.')[2]), obj=obj)
                return
            path = name.split('.')
            top = path.pop(0)
            for attrname in path:
                self.save(getattr)
                if self.proto < 2:
                    write(MARK)
            self._save_toplevel_by_name(module_name, top)
            for attrname in path:
                self.save(attrname)
                write(TUPLE if self.proto < 2 else TUPLE2)
                write(REDUCE)
        else:
            self._save_toplevel_by_name(module_name, name.rpartition('.')[2])
        self.memoize(obj)

    def _save_toplevel_by_name(self, module_name, name):
        if self.proto >= 3:
            self.write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
            return
        if self.fix_imports:
            renamed = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
            if renamed is not None:
                module_name, name = renamed
            elif module_name in _compat_pickle.REVERSE_IMPORT_MAPPING:
                module_name = _compat_pickle.REVERSE_IMPORT_MAPPING[module_name]
        try:
            self.write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                % (module_name, name, self.proto)) from None

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch[_function] = save_global
    _dispatch[type] = save_type


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        if buffers is not None:
            raise NotImplementedError("pickle's out-of-band buffers are not simulated in Loopline")
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self.memo, self.encoding, self.errors = {}, encoding, errors
        self.proto, self.fix_imports = 0, fix_imports

    def _read(self, n):
        frame = self._frame
        if frame is not None:
            if len(frame) - self._frame_at >= n:
                data = frame[self._frame_at:self._frame_at + n]
                self._frame_at += n
                return data
            if self._frame_at < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            if len(data) == 0 and n > 0 and self._at_op:
                raise EOFError("Ran out of input")
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        frame = self._frame
        if frame is not None:
            end = frame.find(b'\n', self._frame_at)
            if end >= 0:
                line = frame[self._frame_at:end + 1]
                self._frame_at = end + 1
                return line
            if self._frame_at < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        self._frame = None
        self._frame_at = 0
        dispatch = self._dispatch
        try:
            while True:
                self._at_op = True
                key = self._read(1)
                self._at_op = False
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key[0])
                                          if 32 <= key[0] < 127 else "invalid load key, '\\x%02x'." % key[0])
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")

    _dispatch = {}

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    _dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        # A frame's bytes are read at once (too few: truncated), and the opcodes read from them.
        n, = unpack('<Q', self._read(8))
        if self._frame is not None and self._frame_at < len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        self._frame = data
        self._frame_at = 0
    _dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))
    _dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    _dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    _dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    _dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    _dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = int(data, 0)
        self.append(val)
    _dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self._read(4))[0])
    _dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read(1)[0])
    _dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])
    _dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    _dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))
    _dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))
    _dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._readline()[:-1]))
    _dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])
    _dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(codecs.escape_decode(data)[0]))
    _dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))
    _dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        self.append(self._read(n))
    _dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))
    _dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))
    _dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self._read(8))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))
    _dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = unpack('<Q', self._read(8))
        self.append(self._read(n))
    _dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self._read(8))
        self.append(bytearray(self._read(n)))
    _dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_out_of_band(self):
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    _dispatch[NEXT_BUFFER[0]] = load_out_of_band

    def load_readonly_buffer(self):
        pass
    _dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))
    _dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))
    _dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))
    _dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    _dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    _dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tuple_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)
    _dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_tuple_n(2)
    _dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_tuple_n(3)
    _dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    _dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    _dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    _dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    _dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    _dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {}
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]
        self.append(d)
    _dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    _dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    _dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))
    _dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    _dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    _dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    _dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self._get_extension(self._read(1)[0])
    _dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self._get_extension(unpack('<H', self._read(2))[0])
    _dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self._get_extension(unpack('<i', self._read(4))[0])
    _dispatch[EXT4[0]] = load_ext4

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _NoValue)
        if obj is _NoValue:
            key = _inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            obj = _extension_cache[code] = self.find_class(*key)
        self.append(obj)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if module == '_codecs' and name in ('encode', 'decode'):
            return getattr(codecs, name)
        __import__(module, level=0)
        if self.proto >= 4 and '.' in name:
            return _getattribute(sys.modules[module], name)[0]
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            if _V >= 14:
                raise
            raise AttributeError(f"Can't get attribute {name!r} on {sys.modules[module]!r}") from None

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("args must be a tuple")
        self.append(func(*args))
    _dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")
    _dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    _dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    _dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))
    _dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read(1)[0])
    _dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])
    _dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    _dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self._read(1)[0]] = self._top()
    _dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self._read(4))
        self.memo[i] = self._top()
    _dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()
    _dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        self._top().append(value)
    _dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if isinstance(list_obj, list):
            list_obj.extend(items)
            return
        extend = getattr(list_obj, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    _dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value
    _dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]
    _dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)
    _dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and not (type(inst).__setstate__ is _object_setstate):
            setstate(state)
            return
        state, slotstate = state if isinstance(state, tuple) and len(state) == 2 else (state, None)
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    _dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    _dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)
    _dispatch[STOP[0]] = load_stop


_object_setstate = getattr(object, '__setstate__', object())


def _check_protocol(protocol):
    pass


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


# The names CPython's module also has: its pure-Python implementations (here the same classes and
# functions), and what they use.
_Pickler = Pickler
_Unpickler = Unpickler
_Framer = _Output
_dump, _dumps, _load, _loads = dump, dumps, load, loads
_HAVE_PICKLE_BUFFER = True
if sys.version_info < (3, 12):
    PyStringMap = None


class _Unframer:
    def __init__(self, file_read, file_readline, file_tell=None):
        raise NotImplementedError("pickle._Unframer is not simulated in Loopline")


def _test():
    raise NotImplementedError("pickle._test() is not simulated in Loopline")


if sys.version_info >= (3, 14):
    from itertools import batched

    def _main(args=None):
        raise NotImplementedError("pickle's command line is not simulated in Loopline")


for _c in (Pickler, Unpickler):
    _c.__module__ = '_pickle'
del _c
# The C module _pickle's: `<built-in function dumps>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_pickle', globals(), 'dump dumps load loads')
del _c_functions
