import asyncio

people = [("ann", 31, "b"), ("bob", 25, "a"), ("cid", 31, "a"), ("dee", 19, "c")]

async def main():
    print(sorted(people, key=lambda p: p[1]))
    print(sorted(people, key=lambda p: (-p[1], p[0])))
    print(sorted(["banana", "Apple", "cherry"], key=str.lower, reverse=True))
    print(max(people, key=lambda p: p[1]), min(["bb", "a", "ccc"], key=len))
    words = "the quick brown fox jumps over the lazy dog the end".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
    data = [3, 1, 2]
    data.sort()
    print(data, sorted("hello"), list(reversed(data)), data[::-1], data[1:])

asyncio.run(main())
