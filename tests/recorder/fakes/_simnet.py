"""The simulated network shared by the fake aiohttp and requests modules.

LATENCIES is filled by the recorder from the program's `# sim: latency <url-prefix> <seconds>`
comments.  A request for URL takes the latency of the longest prefix of URL named there (the
first one listed wins among equally long prefixes), else DEFAULT_LATENCY.
"""

DEFAULT_LATENCY = 1.0
LATENCIES = []  # [(prefix, seconds)] in the order they appear in the program


def latency(url):
    url = str(url)
    best = None
    for prefix, seconds in LATENCIES:
        if url.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, seconds)
    return DEFAULT_LATENCY if best is None else best[1]


def body(url):
    return "response from " + str(url)


def json_body(url):
    return {"url": str(url)}
