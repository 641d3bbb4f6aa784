# Comprehensions whose `for` unpacks with a starred target (`for *_, last in rows`), as log
# parsers and result collectors write them; Lezer's grammar has no rule for the bare form.
import asyncio

ROWS = [("GET", "/a", 200, 12), ("POST", "/b", 401, 30), ("GET", "/c", 500, 120)]


async def fetch(i):
    await asyncio.sleep(i / 10)
    return (f"task-{i}", "ok" if i % 2 else "retry", i * 10)


async def main():
    print([ms for *_, ms in ROWS])
    print({method: rest for method, *rest in ROWS})
    print({code for _, *_, code, _ in ROWS})
    print(list(path.upper() for _, path, *_ in ROWS if _ != 12))
    results = await asyncio.gather(*(fetch(i) for i in range(4)))
    print([name for name, *status in results if status[0] == "ok"])
    print([(first, rest) for first, *rest in ["abc", "de", "f"]])
    print([[y for *y, in [row]] for row in [(1, 2), (3,)]])
    print(sum(n for *_, n in results), [x for a in [[1, 2, 3]] for *x, z in [a]])
    nested = [(1, (2, 3, 4)), (5, (6, 7))]
    print([(a, b) for a, (*b, _) in nested])
    try:
        print([x for *x, y, z in [(1,)]])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
