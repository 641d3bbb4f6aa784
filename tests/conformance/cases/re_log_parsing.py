# Tasks parse log lines and fake HTTP payloads with `re` while they arrive through a queue.
import asyncio
import re

LOG = re.compile(
    r"""^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+\[(?P<time>[^\]]+)\]\s+
        "(?P<method>GET|POST|PUT|DELETE)\s(?P<path>/\S*)\sHTTP/(?P<ver>\d\.\d)"\s+
        (?P<status>\d{3})\s(?P<size>\d+|-)$""",
    re.VERBOSE,
)
HEADER = re.compile(r'^([\w-]+):\s*(.*?)\s*$', re.MULTILINE)
SECRET = re.compile(r'(?i)(token|password)=([^&\s]+)')

LINES = [
    '10.0.0.1 - [03/Dec/2026:12:00:01] "GET /index.html HTTP/1.1" 200 512',
    '10.0.0.2 - [03/Dec/2026:12:00:02] "POST /login?user=ann&password=hunter2 HTTP/1.1" 302 -',
    'garbage line that does not parse',
    '192.168.1.20 - [03/Dec/2026:12:00:03] "DELETE /api/items/42?token=abc123 HTTP/2.0" 404 0',
    '10.0.0.1 - [03/Dec/2026:12:00:04] "GET /img/logo.png HTTP/1.1" 200 20480',
]
PAYLOADS = [
    'HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id:  r-17  \nContent-Length: 27\n\n{"ids": [3, 14, 15], "ok": true}',
    'HTTP/1.1 503 Service Unavailable\nRetry-After: 2\n\nTOKEN=zzz try later',
]


async def producer(queue):
    for i, line in enumerate(LINES):
        await asyncio.sleep(0.1 * (i % 3 + 1))
        await queue.put(('log', line))
    for body in PAYLOADS:
        await asyncio.sleep(0.25)
        await queue.put(('http', body))
    for _ in range(2):
        await queue.put(None)


async def parser(name, queue, stats):
    while (item := await queue.get()) is not None:
        kind, text = item
        await asyncio.sleep(0.05)
        if kind == 'log':
            m = LOG.match(text)
            if not m:
                stats['bad'] += 1
                print(f'{name}: unparsed {text[:20]!r}')
                continue
            d = m.groupdict()
            stats[d['status']] = stats.get(d['status'], 0) + 1
            path = SECRET.sub(lambda s: s[1] + '=***', d['path'])
            print(f"{name}: {d['method']:6} {path} -> {d['status']} ({d['size']}) span={m.span('path')}")
        else:
            head, _, body = text.partition('\n\n')
            status = re.match(r'HTTP/(\d)\.(\d) (\d+) (.*)', head)
            headers = dict(HEADER.findall(head.split('\n', 1)[1]))
            ids = [int(x) for x in re.findall(r'\b\d+\b', body)]
            words = re.split(r'\W+', SECRET.sub(r'\1=<hidden>', body))
            print(f'{name}: status {status.group(3, 4)} headers {headers}')
            print(f'{name}: ids {ids} words {words}')


async def main():
    queue = asyncio.Queue()
    stats = {'bad': 0}
    await asyncio.gather(producer(queue), parser('p1', queue, stats), parser('p2', queue, stats))
    print('stats', sorted(stats.items()))
    print(re.sub(r'(\d+)', lambda m: f'<{int(m[1]) * 2}>', 'doubled 1 22 333'), LOG.groups, sorted(LOG.groupindex))


asyncio.run(main())
