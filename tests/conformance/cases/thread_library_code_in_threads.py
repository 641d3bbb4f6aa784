"""Code run in a thread may call into any library: re, io.StringIO, json, a nested function with a
decorator and a default computed by a call, a class made in the thread, `del d[f()]`, and
`obj.attr += f(x)` / `d[k] += f(x)` (a call on the right of an augmented assignment to an
attribute or item). Each used to stop the run with an internal error in a thread."""
import dataclasses
import functools
import io
import json
import re
import threading
import time

LINES = ['user=kim action=login', 'user=lee action=buy item=book', 'user=kim action=logout']


class Stats:
    def __init__(self):
        self.chars = 0
        self.per_user = {}
        self.lock = threading.Lock()


def worker(stats, lines, out):
    buf = io.StringIO()

    @functools.lru_cache(maxsize=None)
    def parse(line, pattern=re.compile(r'(\w+)=(\w+)')):
        return dict(pattern.findall(line))

    @dataclasses.dataclass(frozen=True)
    class Event:
        user: str
        action: str

    pending = {line: len(line) for line in lines}
    for line in lines:
        time.sleep(0.01)
        fields = parse(line)
        ev = Event(fields['user'], fields['action'])
        with stats.lock:
            stats.chars += len(line)
            stats.per_user.setdefault(ev.user, 0)
            stats.per_user[ev.user] += len(ev.action)
        buf.write(f'{ev.user}:{ev.action};')
        del pending[min(pending)]
    out[threading.current_thread().name] = (buf.getvalue(), re.sub(r'(\w+):', lambda m: m[1].upper() + ':', buf.getvalue()),
                                            json.dumps(sorted(pending)), parse.cache_info().hits)


stats = Stats()
out = {}
threads = [threading.Thread(target=worker, args=(stats, LINES[i:] + LINES[:i], out), name=f'w{i}') for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(out):
    print(name, out[name])
print('chars', stats.chars, 'per user', sorted(stats.per_user.items()))
