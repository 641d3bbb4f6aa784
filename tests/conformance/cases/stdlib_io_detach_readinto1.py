# BytesIO.readinto1 (BufferedIOBase's: one read1 into a writable buffer) and detach, which a
# BytesIO or StringIO refuses as UnsupportedOperation, open or closed.
import io

stream = io.BytesIO(b'hello world')
target = bytearray(5)
print(stream.readinto1(target), target)
window = memoryview(bytearray(20))
print(stream.readinto1(window), bytes(window[:8]))
print(stream.readinto1(bytearray(3)), stream.tell())
for bad in (b'read-only', 7, 'text'):
    try:
        stream.readinto1(bad)
    except TypeError as e:
        print('TypeError', e)
text = io.StringIO('x')
for s in (stream, text):
    try:
        s.detach()
    except io.UnsupportedOperation as e:
        print(type(s).__name__, type(e).__name__, e.args, isinstance(e, OSError), isinstance(e, ValueError))
stream.close()
text.close()
for attempt in (lambda: stream.readinto1(bytearray(2)), stream.detach, text.detach):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
