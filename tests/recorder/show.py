#!/usr/bin/env python3
"""Print a trace compactly (a reading aid): show.py TRACE.json..."""
import json
import sys

for path in sys.argv[1:]:
    d = json.load(open(path, encoding="utf-8"))
    print("===", path)
    for s in d["stdout"]:
        print(" ", s["t"], repr(s["text"]))
    print("  steps:", " | ".join(f"{s['task']}@{s['t']} {s['at']}->{s['to']}" for s in d["steps"]))
    print("  tasks:", [(t["name"], t["coro"], t["created"], t["done"], t["state"]) for t in d["tasks"]])
    print("  warnings:", [w["text"] for w in d["warnings"]], "error:", d["error"], "end:", d["end"])
