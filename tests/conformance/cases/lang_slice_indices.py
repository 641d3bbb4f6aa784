# slice.indices(length) clamps a slice to a sequence of that length as indexing does (with its
# ValueError and TypeError cases); a str takes any object with __index__ as an index, like a list.


class Idx:
    def __index__(self):
        return 2


print("abc"[Idx()], [1, 2, 3][Idx()], "héllo"[Idx()], b"xyz"[Idx()])
for s in [slice(1, None, 2), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, -7, -2), slice(None, 2**70), slice(True, 3)]:
    print(s, [s.indices(n) for n in (0, 1, 4, 10)])
for bad in [(slice(1), "a"), (slice(1), -1), (slice("a", 2), 3), (slice(0, 5, 0), 3), (slice(1.5), 2)]:
    try:
        print(bad[0].indices(bad[1]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
