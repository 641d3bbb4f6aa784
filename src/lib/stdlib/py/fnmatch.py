# `fnmatch`: shell patterns (*, ?, [seq], [!seq]) for file names. Patterns become the very regular
# expression text CPython's translate() gives (programs print it and join several with '|'),
# matched by the `re` module; on POSIX names are not case-folded.

import functools
import os
import re
import sys as _sys

_V314 = _sys.version_info >= (3, 14)

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]
if _V314:
    import itertools
    __all__.insert(1, "filterfalse")


# POSIX case normalization: only the type check of os.path.normcase.
_normcase = os.fspath


def fnmatch(name, pat):
    return fnmatchcase(_normcase(name), _normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        return re.compile(bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    match = _compile_pattern(_normcase(pat))
    return [name for name in names if match(name)]


if _V314:
    def filterfalse(names, pat):
        match = _compile_pattern(_normcase(pat))
        return [name for name in names if match(name) is None]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


class _Star:
    pass


_STAR = _Star()


def _bracket(pat, i, j):
    # The regex class for the set pat[i:j] (the text between '[' and ']').
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges (not a leading '-' or one right after '!').
        pieces = []
        k = i + 2 if pat[i] == '!' else i + 1
        start = i
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            pieces.append(pat[start:k])
            start = k + 1
            k = k + 3
        last = pat[start:j]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # A range whose start is after its end is dropped, as the regex would reject it.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    # Characters regex sets may one day read as set operations are escaped.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return f'[{body}]'


def _pieces(pat, question='.'):
    # The pattern as regex pieces, with one _STAR for each run of '*' (glob.translate gives '?'
    # its own regex).
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append(question)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                out.append(_bracket(pat, i, j))
                i = j + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    parts = _pieces(pat)
    # Fixed text up to the first star; each later "star, fixed text" but the last is an atomic
    # lazy group, so matching never backtracks into it.
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not _STAR:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and parts[i] is not _STAR:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    end = r'\z' if _V314 else r'\Z'
    return fr"(?s:{''.join(out)}){end}"
