# io.TextIOWrapper over a BytesIO keeps writes until they reach 8192 bytes: 3.11 and 3.12 first
# hand over what waits when a write would pass that, 3.13 and 3.14 hand both over together.
# truncate() without a position cuts where the stream stands, past the text read ahead.
import io


def pending(sizes):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='utf-8')
    seen = []
    for n in sizes:
        t.write('x' * n)
        seen.append(len(b.getvalue()))
    t.flush()
    print(sizes, seen, len(b.getvalue()))


pending([5000, 5000])
pending([3000, 3000, 3000])
pending([8000, 100])
pending([100, 9000])
pending([4000, 4000, 4000, 4000, 4000])
pending([8191, 1])
pending([8191, 2])
pending([2000, 2000, 2000, 2000, 2000, 2000])

b = io.BytesIO(b'hello\nworld\nagain\n')
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t.readline()), t.truncate(), b.getvalue(), t.tell())
b = io.BytesIO(b'hello\nworld\n')
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t.readline()), t.truncate(3), b.getvalue(), repr(t.read()), t.tell())
