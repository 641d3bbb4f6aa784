"""Webhook ingestion: JSON payloads arrive on a queue, are validated, fields are normalised
with regular expressions, and a JSON summary is written with a custom encoder."""
import asyncio
import json
import re
from datetime import datetime, timedelta

PAYLOADS = [
    '{"event": "push", "repo": "acme/web", "ref": "refs/heads/main", "commits": [{"id": "a1b2c3d", "msg": "Fix #12: crash on login"}, {"id": "e4f5a6b", "msg": "docs: README"}]}',
    '{"event": "issue", "repo": "acme/api", "title": "Timeout when  calling /v2/users", "labels": ["bug", "P1"]}',
    '{"event": "push", "repo": "acme/api", "ref": "refs/tags/v1.4.0", "commits": []}',
    '{"event": "push", "repo": "acme/web" "ref": "broken"}',
    '{"event": "ping", "zen": "Keep it logically awesome.", "hook_id": 12345678901234567890}',
    '[1, 2.50, null, true, "\\u00e9t\\u00e9", NaN]',
]

REF = re.compile(r"^refs/(?P<kind>heads|tags)/(?P<name>.+)$")
ISSUE_REF = re.compile(r"#(\d+)")
SPACES = re.compile(r"\s{2,}")
VERSION = re.compile(r"v(\d+)\.(\d+)\.(\d+)")


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def normalise(data):
    out = {"event": data.get("event", "?")}
    if "ref" in data:
        m = REF.match(data["ref"])
        out.update(m.groupdict() if m else {"kind": "?", "name": data["ref"]})
        if v := VERSION.fullmatch(out["name"]):
            out["version"] = tuple(map(int, v.groups()))
    if "commits" in data:
        out["issues"] = {int(n) for c in data["commits"] for n in ISSUE_REF.findall(c["msg"])}
        out["short"] = [c["id"][:4] for c in data["commits"]]
    if "title" in data:
        out["title"] = SPACES.sub(" ", data["title"])
        out["paths"] = re.findall(r"/[\w/]+", data["title"])
    return out


async def receive(queue):
    for i, raw in enumerate(PAYLOADS):
        await asyncio.sleep(0.1 * (i % 3 + 1))
        await queue.put(raw)
    await queue.put(None)


async def process(queue):
    start = datetime(2024, 5, 1, 12, 0)
    summary = []
    while (raw := await queue.get()) is not None:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            print(f"bad payload: {exc.msg} at line {exc.lineno} col {exc.colno} (pos {exc.pos})")
            continue
        if not isinstance(data, dict):
            print("not an object:", data, json.dumps(data), json.dumps(data, ensure_ascii=False))
            continue
        rec = normalise(data)
        rec["at"] = start + timedelta(seconds=asyncio.get_running_loop().time())
        summary.append(rec)
    return summary


async def main():
    q = asyncio.Queue()
    _, summary = await asyncio.gather(receive(q), process(q))
    print(json.dumps(summary, cls=Encoder, indent=2, sort_keys=True))
    print(json.dumps({"n": len(summary), "ratio": 2 / 3, "big": 10**20}, separators=(",", ":")))
    print(re.sub(r"(?P<word>\b\w+\b) \1", r"\g<word>", "the the quick brown fox fox"))
    print(re.split(r"[,;]\s*", "a, b;c ,d"), re.escape("a.b*c"))


asyncio.run(main())
