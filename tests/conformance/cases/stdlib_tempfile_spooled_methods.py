# SpooledTemporaryFile's file methods before and after rolling over: read/read1/readinto,
# readline(s) and iteration, the yes/no questions, flush, truncate past max_size (rolls over), errors and
# newlines, a method given too many arguments, and entering a closed one.
import tempfile


def report(s):
    print(s._rolled, s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)


s = tempfile.SpooledTemporaryFile(max_size=64)
s.write(b'alpha\nbeta\ngamma\n')
s.flush()
report(s)
s.seek(0)
print(s.read1(3), s.readline(), s.readlines(), s.tell())
s.seek(2)
buf = bytearray(4)
print(s.readinto(buf), bytes(buf))
s.seek(0)
print([line for line in s])
print(s.truncate(4), s._rolled, s.tell())
print(s.truncate(100), s._rolled)
report(s)
s.seek(0)
print(s.read(), s.errors if hasattr(s._file, 'errors') else '-')
try:
    s.close(1)
except TypeError as e:
    print('TypeError', e)
try:
    s.tell(5)
except TypeError as e:
    print('TypeError', e)
s.close()
try:
    with s:
        pass
except ValueError as e:
    print('ValueError', e)

t = tempfile.SpooledTemporaryFile(max_size=5, mode='w+', newline=None)
t.write('a\r\nb\n')
print(t._rolled, t.errors, t.encoding, t.newlines)
t.seek(0)
print(repr(t.read()))
b = bytearray(3)
u = tempfile.SpooledTemporaryFile()
u.write(b'xyz')
u.seek(0)
print(u.readinto(b), b)
