"""A breadth-first crawler over a fake site: a Semaphore bounds concurrency, every fetch
has a deadline (asyncio.timeout), links are pulled out of the HTML with re, and slow pages
are reported rather than crashing the crawl."""
import asyncio
import re
from collections import deque
from urllib.parse import urljoin

SITE = {
    "/": ('<a href="/docs">Docs</a> <a href="/blog">Blog</a> <a href="https://ext.example/x">x</a>', 0.1),
    "/docs": ('<a href="/docs/intro">Intro</a><a href="/docs/api">API</a><a href="/">home</a>', 0.2),
    "/blog": ('<A HREF="/blog/2024">2024</A> <a href=\'/blog/slow\'>slow</a>', 0.15),
    "/docs/intro": ("<p>no links here</p>", 0.05),
    "/docs/api": ('<a href="/docs/api/v2">v2</a>', 0.3),
    "/docs/api/v2": ('<a href="/missing">?</a>', 0.1),
    "/blog/2024": ("<h1>2024</h1>", 0.25),
    "/blog/slow": ("<h1>slow</h1>", 5.0),
}
LINK = re.compile(r"""<a\s+href=(["'])(?P<url>.*?)\1""", re.IGNORECASE)
BASE = "https://site.example"


class NotFound(Exception):
    pass


async def fetch(path):
    if path not in SITE:
        await asyncio.sleep(0.01)
        raise NotFound(path)
    body, latency = SITE[path]
    await asyncio.sleep(latency)
    return body


async def crawl(start, max_concurrency=2, per_page=1.0):
    sem = asyncio.Semaphore(max_concurrency)
    seen = {start}
    queue = deque([start])
    report = {}
    loop = asyncio.get_running_loop()

    async def visit(path):
        async with sem:
            t = loop.time()
            try:
                async with asyncio.timeout(per_page):
                    body = await fetch(path)
            except TimeoutError:
                report[path] = "timeout"
                return []
            except NotFound:
                report[path] = "404"
                return []
            links = [m.group("url") for m in LINK.finditer(body)]
            report[path] = f"ok {len(body)}B {len(links)} links in {loop.time() - t:.2f}s"
            return links

    while queue:
        batch = list(queue)
        queue.clear()
        results = await asyncio.gather(*(visit(p) for p in batch))
        for links in results:
            for link in links:
                absolute = urljoin(BASE + "/", link)
                if not absolute.startswith(BASE):
                    continue
                path = absolute[len(BASE):] or "/"
                if path not in seen:
                    seen.add(path)
                    queue.append(path)
        print(f"{loop.time():6.2f}s level done: {batch}")
    return report


async def main():
    report = await crawl("/")
    width = max(map(len, report))
    for path in sorted(report):
        print(f"  {path:<{width}}  {report[path]}")


asyncio.run(main())
