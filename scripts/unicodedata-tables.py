"""The Unicode character database tables of the simulated unicodedata, collected from CPython.
Run in each version; it prints that version's tables as JSON (scripts/unicodedata-tables.mjs
runs it in 3.11-3.13 and Pyodide's 3.14 and writes src/lib/stdlib/py/_unicodedata_data.py)."""
import json
import sys
import unicodedata


def collect():
    cats = []
    prev = None
    for cp in range(0x110000):
        c = unicodedata.category(chr(cp))
        if c != prev:
            cats.append([cp, c])
            prev = c
    nums = {}
    for cp in range(0x110000):
        ch = chr(cp)
        n = unicodedata.numeric(ch, None)
        if n is not None:
            d = unicodedata.digit(ch, None)
            kind = 2 if unicodedata.decimal(ch, None) is not None else 1 if d is not None else 0
            nums[cp] = [repr(n), kind]
    mirrored = [cp for cp in range(0x110000) if unicodedata.mirrored(chr(cp))]
    return json.dumps({'version': unicodedata.unidata_version, 'cats': cats, 'nums': nums, 'mirrored': mirrored})


if __name__ == '__main__':
    sys.stdout.write(collect())
