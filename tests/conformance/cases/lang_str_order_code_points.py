# Strings order by code point: a character past U+FFFF sorts after U+E000..U+FFFF (a private-use
# glyph, the replacement character), whatever UTF-16 would say. A small tag index with emoji.
import bisect
import heapq

tags = ["\U0001F600 happy", "\ufffd unknown", "\ue000 private", "z zebra", "\U00010000 linear-b", "\uffff end"]
print([t.split()[1] for t in sorted(tags)])
print([t.split()[1] for t in sorted(tags, reverse=True)])
print(min(tags).split()[1], max(tags).split()[1])
print("\uffff" < "\U0001F600", "\U0001F600" > "\ufffd", "\ue000" <= "\U00010000", "x\uffff" >= "x\U0001F600")
print("\uffff".__lt__("\U0001F600"), "\U0001F600".__le__("\ue000"), "\U00010000".__gt__("\uffff"), "a".__ge__("\U0001F600"))
print(sorted([("\U0001F600", 1), ("\uffff", 2), ("\U0001F600", 0)]))
print(sorted({"\U0001F602": 1, "\ufffe": 2, "\ud7ff": 3}))
print(sorted(["b\U0001F600", "b\uffff", "b", "b\ue000x"], key=lambda s: s[1:] or "~"))
heap = []
for t in tags:
    heapq.heappush(heap, t)
print([heapq.heappop(heap).split()[1] for _ in range(len(tags))])
index = sorted(t[0] for t in tags)
print(bisect.bisect_left(index, "\U0001F000"), bisect.bisect_right(index, "\uffff"))
print(sorted("\U0001F600\uffff\ue000a\U00010000"))


async def main():
    import asyncio

    names = ["\U0001F40D snake", "\uffef halfwidth", "\U0001F422 turtle"]
    done = await asyncio.gather(*(asyncio.sleep(0.01 * i, n) for i, n in enumerate(sorted(names))))
    print([n.split()[1] for n in done])


import asyncio

asyncio.run(main())
