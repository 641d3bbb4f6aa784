# A crawler with a bounded pool of workers keys its page cache by the sha256 of each URL, skips
# pages whose content digest it has seen (mirrors), and signs its report; then hashlib's objects
# (copy, update, names and sizes) and its errors with CPython's messages (only those that do not
# depend on CPython being built with OpenSSL, as Pyodide's 3.14 is not).
import asyncio
import hashlib

PAGES = {
    "https://example.org/": b"<a href=/a><a href=/b><a href=/mirror>",
    "https://example.org/a": b"alpha page <a href=/b>",
    "https://example.org/b": b"beta page <a href=/>",
    "https://example.org/mirror": b"alpha page <a href=/b>",
}


def key(url):
    return hashlib.sha256(url.encode()).hexdigest()[:16]


async def fetch(url):
    await asyncio.sleep(0.05 * (len(url) % 4 + 1))
    return PAGES[url]


async def worker(name, queue, cache, seen_bodies):
    while True:
        url = await queue.get()
        k = key(url)
        if k in cache:
            queue.task_done()
            continue
        cache[k] = None  # claimed: another worker given the same URL skips it
        body = await fetch(url)
        digest = hashlib.md5(body).hexdigest()
        cache[k] = digest
        if digest in seen_bodies:
            print(f"{name}: {url} duplicates {seen_bodies[digest]}")
        else:
            seen_bodies[digest] = url
            print(f"{name}: {url} -> cache[{k}] md5={digest}")
            for part in body.split(b"<a href=")[1:]:
                queue.put_nowait("https://example.org" + part.split(b">")[0].decode())
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    cache, seen = {}, {}
    queue.put_nowait("https://example.org/")
    workers = [asyncio.create_task(worker(f"w{i}", queue, cache, seen)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    report = hashlib.sha512()
    for k in sorted(cache):
        report.update(k.encode() + b"=" + cache[k].encode() + b"\n")
    print(len(cache), "pages, report", report.hexdigest()[:32])


asyncio.run(main())

h = hashlib.sha1(b"abc")
twin = h.copy()
twin.update(b"def")
print(h.hexdigest(), twin.hexdigest(), hashlib.sha1(b"abcdef").digest() == twin.digest())
for name in ["md5", "sha1", "sha256", "sha512", "SHA256"]:
    obj = hashlib.new(name, bytearray(b"data"))
    print(obj.name, obj.digest_size, obj.block_size, len(obj.digest()), obj.hexdigest()[:20])
print(sorted(n for n in hashlib.algorithms_guaranteed if n in ("md5", "sha1", "sha256", "sha512")))
print(hashlib.md5(b"").hexdigest(), hashlib.sha256(string=b"x").hexdigest()[:16], hashlib.md5(usedforsecurity=False).name)

for call in [
    lambda: hashlib.sha256("text"),
    lambda: hashlib.md5(42),
    lambda: hashlib.sha1().update("text"),
    lambda: hashlib.new("nope"),
]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
