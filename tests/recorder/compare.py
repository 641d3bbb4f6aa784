#!/usr/bin/env python3
"""Compare two traces under the conformance equality rule.

Usage: python3 compare.py [--keys k1,k2,...] A.json B.json
       exit 0 when equal, else 1 and the first difference.  --keys restricts the comparison
       to some of stdout,steps,tasks,warnings,error,end (default: all).

Rule (shared/conformance/README.md): stdout (text and time), steps, tasks, error and end are
equal, warnings hold the same texts (as a multiset: order is ignored, times are ignored);
memory addresses (0x followed by hex digits) compare equal to each other, and two numbers
closer than 1e-6 are equal. A trace recorded with processes (`"order": "per-instant"`,
virtual_processes.py) has the stdout lines of each instant compared as a multiset.
"""

import json
import re
import sys

TOL = 1e-6
ADDR = re.compile(r"0x[0-9a-fA-F]+")


def norm_text(s):
    return ADDR.sub("0x?", s) if isinstance(s, str) else s


def diff(a, b, path):
    """Return a description of the first difference, or None."""
    if isinstance(a, bool) or isinstance(b, bool):
        return None if a is b else f"{path}: {a!r} != {b!r}"
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return None if abs(a - b) < TOL else f"{path}: {a!r} != {b!r}"
    if isinstance(a, str) and isinstance(b, str):
        return None if norm_text(a) == norm_text(b) else f"{path}: {a!r} != {b!r}"
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            d = diff(x, y, f"{path}[{i}]")
            if d:
                return d
        if len(a) != len(b):
            extra = a[len(b)] if len(a) > len(b) else b[len(a)]
            return f"{path}: length {len(a)} != {len(b)} (first extra: {extra!r})"
        return None
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a.keys() | b.keys():
            if k not in a or k not in b:
                return f"{path}: key {k!r} only in {'first' if k in a else 'second'}"
        for k in a:
            d = diff(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if a is None and b is None:
        return None
    return f"{path}: {a!r} != {b!r}"


ALL_KEYS = ("stdout", "steps", "tasks", "warnings", "error", "end")


def per_instant(stdout):
    """The lines of each instant (times within TOL of its first line) sorted by text."""
    out, group = [], []
    for o in stdout:
        if group and abs(o["t"] - group[0]["t"]) > TOL:
            out += sorted(group, key=lambda x: x["text"])
            group = []
        group.append(o)
    return out + sorted(group, key=lambda x: x["text"])


def compare(a, b, keys=ALL_KEYS):
    if "per-instant" in (a.get("order"), b.get("order")) and "stdout" in a and "stdout" in b:
        a = dict(a, stdout=per_instant(a["stdout"]))
        b = dict(b, stdout=per_instant(b["stdout"]))
    for key in ("stdout", "steps", "tasks", "error", "end"):
        if key not in keys:
            continue
        if key not in a or key not in b:
            return f"missing key {key!r}"
        d = diff(a[key], b[key], key)
        if d:
            return d
    if "warnings" not in keys:
        return None
    wa = sorted(norm_text(w["text"]) for w in a.get("warnings", []))
    wb = sorted(norm_text(w["text"]) for w in b.get("warnings", []))
    if wa != wb:
        return f"warnings: {wa!r} != {wb!r}"
    return None


def main():
    args = sys.argv[1:]
    keys = ALL_KEYS
    if len(args) >= 2 and args[0] == "--keys":
        keys = tuple(args[1].split(","))
        args = args[2:]
    if len(args) != 2:
        print("usage: compare.py [--keys k1,k2,...] A.json B.json", file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        a = json.load(f)
    with open(args[1], encoding="utf-8") as f:
        b = json.load(f)
    d = compare(a, b, keys)
    if d:
        print(d)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
