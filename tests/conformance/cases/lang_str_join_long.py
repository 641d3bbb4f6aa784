# str.join over many items (lists, tuples, generators), with separators at every item count
# around 4096 and its multiples, and a non-str item far into the items.
import hashlib


def digest(s):
    return len(s), hashlib.sha256(s.encode()).hexdigest()[:16], s[:12], s[-12:]


for n in [4095, 4096, 4097, 8191, 8192, 8193, 20000]:
    items = [f"w{i % 97}" for i in range(n)]
    print(n, digest(", ".join(items)), digest("".join(tuple(items))), digest("-".join(x for x in items)))
    assert ", ".join(items) == ", ".join(iter(items)) == ", ".join(items[:4096]) + (", " if n > 4096 else "") + ", ".join(items[4096:])

print(digest(" ".join(str(i) for i in range(50_000))))
print(" ".join(["a"] * 10_000).count("a"), "".join("b" for _ in range(9000)) == "b" * 9000)

for where in [4095, 4096, 9000]:
    items = ["x"] * 10_000
    items[where] = 7
    try:
        "".join(items)
    except TypeError as e:
        print("list:", e)
    seen = []

    def gen():
        for i, x in enumerate(items):
            seen.append(i)
            yield x

    try:
        "/".join(gen())
    except TypeError as e:
        print("generator:", e, len(seen))


class S(str):
    pass


print(digest("+".join(S(f"s{i}") for i in range(5000))))
