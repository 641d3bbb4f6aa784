/**
 * The programs `npm run bench` measures, shared by the engine, CLI and memory benches: each is run by
 * Loopline and by CPython 3.13 (C tasks, virtual clock) and reported as a ratio.
 */

/** gather of `n` coroutines that each sleep and print. */
export const gatherProgram = (n: number) => `import asyncio

async def worker(i):
    await asyncio.sleep(i % 10 / 10)
    print(f"worker {i} done")

async def main():
    await asyncio.gather(*(worker(i) for i in range(${n})))

asyncio.run(main())
`;

/** `n` tasks alive at once, each parked on a one-second sleep: memory per task. */
export const parkedTasksProgram = (n: number) => `import asyncio

async def parked(i):
    await asyncio.sleep(1)
    return i

async def main():
    tasks = [asyncio.create_task(parked(i)) for i in range(${n})]
    done = await asyncio.gather(*tasks)
    print(len(done))

asyncio.run(main())
`;

export const queueProgram = `import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    for _ in range(10):
        await q.put(None)

async def consumer(q, totals, k):
    while True:
        item = await q.get()
        if item is None:
            break
        totals[k] += item

async def main():
    q = asyncio.Queue(maxsize=100)
    totals = [0] * 10
    await asyncio.gather(producer(q, 100_000), *(consumer(q, totals, k) for k in range(10)))
    print(sum(totals))

asyncio.run(main())
`;

export const crawlProgram = `import asyncio
import random

random.seed(7)

async def fetch(sem, i, stats):
    async with sem:
        await asyncio.sleep(random.random() / 10)
        stats["done"] += 1
        return i * 2

async def main():
    sem = asyncio.Semaphore(10)
    stats = {"done": 0}
    results = await asyncio.gather(*(fetch(sem, i, stats) for i in range(2_000)))
    print(stats["done"], sum(results))

asyncio.run(main())
`;

export const cpuProgram = `import asyncio

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def words(n):
    counts = {}
    text = " ".join(f"w{i % 97}" for i in range(n))
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return len(counts), max(counts.values())

def primes(n):
    sieve = [True] * n
    total = 0
    for i in range(2, n):
        if sieve[i]:
            total += i
            for j in range(i * i, n, i):
                sieve[j] = False
    return total

class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        if self.x < 0 or self.x > 100:
            self.v = -self.v

async def simulate(n, steps):
    ps = [Particle(i % 100, (i % 7) - 3) for i in range(n)]
    for s in range(steps):
        for p in ps:
            p.step(0.5)
        if s % 10 == 0:
            await asyncio.sleep(0)
    return round(sum(p.x for p in ps), 3)

async def main():
    print(fib(22))
    print(words(20_000))
    print(primes(50_000))
    print(await simulate(200, 100))

asyncio.run(main())
`;

/** Text-heavy: html.parser over a generated page, and a log parser and a tokenizer built on re. */
export const textProgram = `import re
from html.parser import HTMLParser

words = ["alpha", "caf\\u00e9", "\\u201cquoted\\u201d", "&amp;", "&#169;", "\\U0001F600", "x<y"]
page = ["<html><head><script>var a = 1 < 2;</script></head><body>"]
for i in range(1200):
    page.append('<div class="c%d" id="d%d"><!-- note %d --><p>%s <a href="/p/%d?a=1&amp;b=2">%s</a></p><br/></div>\\n'
                % (i % 7, i, i, " ".join(words[(i + k) % 7] for k in range(6)), i, words[i % 7]))
page.append("</body></html>")

class Counter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = self.chars = 0
    def handle_starttag(self, tag, attrs):
        self.tags += 1
    def handle_data(self, data):
        self.chars += len(data)

p = Counter()
p.feed("".join(page))
p.close()
print(p.tags, p.chars)

LINE = re.compile(r'(?P<date>\\d{4}-\\d\\d-\\d\\d) \\[(?P<level>[A-Z]+)\\] (?P<ip>\\d+(?:\\.\\d+){3}) "(?P<path>\\S+)" (?P<status>\\d{3})')
lines = ['2024-03-%02d [%s] 10.0.%d.%d "/api/%d" %d' % (1 + i % 28, ("INFO", "WARN", "ERROR")[i % 3], i % 256, i % 7, i, (200, 404, 500)[i % 3])
         for i in range(20000)]
levels = {}
for ln in lines:
    m = LINE.match(ln)
    levels[m["level"]] = levels.get(m["level"], 0) + int(m.group("status") == "500")
text = "\\n".join(lines)
print(sorted(levels.items()), len(re.findall(r'"(\\S+)"', text)), len(re.split(r"\\s+", text)))
print(len(re.sub(r"\\d+\\.\\d+\\.\\d+\\.\\d+", lambda m: m.group().rsplit(".", 1)[0], text)))

TOKEN = re.compile(r'(?P<NUM>\\d+(?:\\.\\d*)?)|(?P<NAME>[A-Za-z_]\\w*)|(?P<OP>[-+*/=()])|(?P<WS>\\s+)')
kinds = {}
for m in TOKEN.finditer("x%d = (y + %d.5) * z\\n" % (1, 2) * 10000):
    kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
print(sorted(kinds.items()))
`;

/** Text-heavy data: json.dumps/loads of nested records (escapes, non-ASCII, big ints, floats) and a csv round trip. */
export const dataProgram = `import csv
import io
import json

records = []
for i in range(4000):
    records.append({"id": i, "name": "caf\\u00e9 \\"%d\\"" % i, "big": 10 ** 25 + i, "ratio": i / 7,
                    "tags": ["t%d" % (i % 13), "\\U0001F600", None, i % 2 == 0], "nested": {"a": [i, -i], "b": "x\\ny"}})
text = json.dumps(records)
back = json.loads(text)
pretty = json.dumps(back, indent=2, sort_keys=True, ensure_ascii=False)
print(len(text), len(pretty), back == records, json.loads(pretty)[-1]["ratio"])

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "name", "ratio", "note"])
for r in records:
    w.writerow([r["id"], r["name"], r["ratio"], "line\\nbreak, %d" % r["id"] if r["id"] % 5 == 0 else ""])
rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
print(len(out.getvalue()), len(rows), rows[5]["note"] == "line\\nbreak, 5", sum(float(r["ratio"]) for r in rows))
`;

/** The engine bench's programs, by the name it prints. */
export const enginePrograms: Record<string, string> = {
  'gather of 10,000 coroutines that sleep and print': gatherProgram(10_000),
  'producer/consumer: 100,000 items through a bounded Queue, 10 workers': queueProgram,
  'crawl: 2,000 requests through a Semaphore(10), random latencies': crawlProgram,
  'CPU-heavy: fib, word counts, a sieve, a class-based particle simulation': cpuProgram,
  'text-heavy: html.parser over a 160 KB page, a 20,000-line log and a tokenizer through re': textProgram,
  'text-heavy: json dumps/loads of 4,000 nested records (0.8 MB) and a csv write and DictReader round trip':
    dataProgram,
};

/** A small program for start-up figures (CLI against python3). */
export const smallProgram = `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    await asyncio.gather(say_after(1, "hello"), say_after(2, "world"))

asyncio.run(main())
`;

/** The endless `while True: await asyncio.sleep(0.1)` loop, stopped by the app's step cap. */
export const endlessProgram = `import asyncio

async def main():
    while True:
        await asyncio.sleep(0.1)

asyncio.run(main())
`;

/** An endless timer loop that prints every step: runs to the app's step cap (the panels bench). */
export const printingLoopProgram = `import asyncio

async def main():
    i = 0
    while True:
        print("tick", i)
        i += 1
        await asyncio.sleep(0.1)

asyncio.run(main())
`;
