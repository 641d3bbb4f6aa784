"""Character names, aliases, named sequences, combining classes, bidirectional classes, East Asian
widths and decompositions of one CPython version's unicodedata, as JSON on stdout
(scripts/unicodedata-names.mjs runs it in 3.11-3.13 and Pyodide's 3.14). Reads the candidate
aliases and named sequences (name, then the code points in hex) as JSON on stdin: CPython cannot
list its aliases, so each candidate is kept only when this version's lookup() accepts it."""
import json
import re
import sys
import unicodedata

# Names CPython makes from the code point (Hangul syllables from their jamo).
ALGORITHMIC = re.compile(
    r'(CJK UNIFIED IDEOGRAPH-|CJK COMPATIBILITY IDEOGRAPH-|TANGUT IDEOGRAPH-|'
    r'KHITAN SMALL SCRIPT CHARACTER-|NUSHU CHARACTER-|HANGUL SYLLABLE )'
)


def runs(prop):
    out = []
    prev = None
    for cp in range(0x110000):
        v = prop(chr(cp))
        if v != prev:
            out.append([cp, v])
            prev = v
    return out


def collect(candidates):
    names = {}
    algorithmic = {}
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        m = ALGORITHMIC.match(n)
        if m:
            spans = algorithmic.setdefault(m.group(1), [])
            if spans and spans[-1][1] == cp - 1:
                spans[-1][1] = cp
            else:
                spans.append([cp, cp])
        else:
            names[cp] = n
    aliases = []
    sequences = []
    for name, cps in candidates:
        text = ''.join(chr(int(c, 16)) for c in cps)
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue
        if found != text:
            continue
        if len(text) > 1:
            sequences.append([name, cps])
        elif unicodedata.name(text, None) != name:
            aliases.append([name, cps[0]])
    decomposition = {}
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d:
            decomposition[cp] = d
    return json.dumps({
        'version': unicodedata.unidata_version,
        'names': names,
        'algorithmic': algorithmic,
        'aliases': aliases,
        'sequences': sequences,
        'combining': runs(unicodedata.combining),
        'bidirectional': runs(unicodedata.bidirectional),
        'east_asian_width': runs(unicodedata.east_asian_width),
        'decomposition': decomposition,
    })


if __name__ == '__main__':
    sys.stdout.write(collect(json.load(sys.stdin)))
