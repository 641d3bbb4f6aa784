# `difflib`: SequenceMatcher (Ratcliff/Obershelp matching with junk and popular-element pruning,
# matching blocks, opcodes, grouped opcodes, the three ratios), get_close_matches, Differ/ndiff
# with intraline '?' marks, restore, unified_diff and context_diff. The matcher makes the same
# choices CPython's does (longest match found first, ties to the earliest), so every diff is the
# same text; 3.14's windowed Differ and its type checks are followed. HtmlDiff and diff_bytes are
# not simulated.

import sys as _sys
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

_V314 = _sys.version_info >= (3, 14)
if not _V314:
    import re

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, length):
    # 2M/T, and 1.0 when both sequences are empty
    if not length:
        return 1.0
    return 2.0 * matches / length


class SequenceMatcher:
    """Compares two sequences of hashable elements, finding the longest matching blocks."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        # Both sequences start unset, so that set_seqs computes everything afresh.
        self.isjunk, self.a, self.b, self.autojunk = isjunk, None, None, autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element of b occurs, junk and (for long sequences) very common elements left out.
        b = self.b
        self.b2j = where = {}
        for i, elt in enumerate(b):
            where.setdefault(elt, []).append(i)
        self.bjunk = junk = set()
        if self.isjunk:
            for elt in where.keys():
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del where[elt]
        self.bpopular = popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, places in where.items():
                if len(places) > limit:
                    popular.add(elt)
            for elt in popular:
                del where[elt]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] in the ranges, earliest in a then b."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        # lengths[j]: length of the match ending at a[i-1] and b[j].
        lengths = {}
        for i in range(alo, ahi):
            found = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = found[j] = lengths.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            lengths = found
        # Grow the block by equal non-junk elements on both sides, then by equal junk ones.
        for wanted in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in junk) == wanted
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == wanted
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Matching blocks (i, j, n), increasing in i and j, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b: 'replace', 'delete', 'insert', 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups of changes with up to n lines of context around each."""
        # The cached opcode list itself is trimmed (as CPython's is), unless there were none.
        codes = self.get_opcodes() or [('equal', 0, 1, 0, 1)]
        lead = codes[0]
        if lead[0] == 'equal':
            _, i1, i2, j1, j2 = lead
            codes[0] = ('equal', max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tail = codes[-1]
        if tail[0] == 'equal':
            _, i1, i2, j1, j2 = tail
            codes[-1] = ('equal', i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for code in codes:
            tag, i1, i2, j1, j2 = code
            if tag == 'equal' and i2 - i1 > n + n:
                # A long equal stretch closes this hunk (n lines of it) and opens the next (its last n).
                hunk.append(('equal', i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                code = ('equal', max(i1, i2 - n), i2, max(j1, j2 - n), j2)
            hunk.append(code)
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        """2 * matches / total length: 1.0 for identical sequences."""
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _ratio_of(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from the elements' counts alone."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            have = left[elt] if elt in left else counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _ratio_of(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        na, nb = len(self.a), len(self.b)
        return _ratio_of(na if na < nb else nb, na + nb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities whose ratio to word is at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    return [x for score, x in _nlargest(n, scored)]


# The '?' line's mark under each character of a changed pair, by opcode: (under a, under b).
_HINT_MARKS = {'equal': (' ', ' '), 'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+')}


def _keep_original_ws(s, tags):
    # A tag line keeps the tab or space it sits under where the line was equal.
    return ''.join(c if t == " " and c.isspace() else t for c, t in zip(s, tags))


class Differ:
    """Human-readable line deltas: '- ', '+ ', '  ' lines and '? ' hints under changed ones."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """The delta turning the lines a into the lines b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter side first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _synched(self, matcher, aelt, belt):
        # A similar pair: both lines with their '?' hints; an identical pair: the line.
        if aelt == belt:
            yield '  ' + aelt
            return
        under_a, under_b = [], []
        matcher.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in matcher.get_opcodes():
            marks = _HINT_MARKS.get(tag)
            if marks is None:
                raise ValueError('unknown tag %r' % (tag,))
            under_a.append(marks[0] * (ai2 - ai1))
            under_b.append(marks[1] * (bj2 - bj1))
        yield from self._qformat(aelt, belt, ''.join(under_a), ''.join(under_b))

    if _V314:
        def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
            # Each line of b is compared with the lines of a within 10 of its place; the most
            # similar one above 0.74999 is a synch point, what lies between is a plain replace.
            matcher = SequenceMatcher(self.charjunk)
            window = 10
            best_i = best_j = None
            done_i, done_j = alo, blo
            for j in range(blo, bhi):
                matcher.set_seq2(b[j])
                place = alo + (j - blo)
                candidates = range(max(place - window, done_i), min(place + window + 1, ahi))
                if not candidates:
                    break
                best_ratio = 0.74999
                for i in candidates:
                    matcher.set_seq1(a[i])
                    if (matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio
                            and matcher.ratio() > best_ratio):
                        best_i, best_j, best_ratio = i, j, matcher.ratio()
                if best_i is None:
                    continue
                yield from self._fancy_helper(a, done_i, best_i, b, done_j, best_j)
                yield from self._synched(matcher, a[best_i], b[best_j])
                done_i, done_j = best_i + 1, best_j + 1
                best_i = best_j = None
            yield from self._fancy_helper(a, done_i, ahi, b, done_j, bhi)
    else:
        def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
            # The most similar pair of lines (ratio above 0.74) is the synch point, else the
            # first identical pair; with neither, a plain replace. Each side is done the same way.
            best_ratio, cutoff = 0.74, 0.75
            matcher = SequenceMatcher(self.charjunk)
            eqi = eqj = None
            for j in range(blo, bhi):
                bj = b[j]
                matcher.set_seq2(bj)
                for i in range(alo, ahi):
                    ai = a[i]
                    if ai == bj:
                        if eqi is None:
                            eqi, eqj = i, j
                        continue
                    matcher.set_seq1(ai)
                    if (matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio
                            and matcher.ratio() > best_ratio):
                        best_ratio, best_i, best_j = matcher.ratio(), i, j
            if best_ratio < cutoff:
                if eqi is None:
                    yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                    return
                best_i, best_j = eqi, eqj
            yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
            yield from self._synched(matcher, a[best_i], b[best_j])
            yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                if _V314:
                    yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                else:
                    yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        under_a = _keep_original_ws(aline, atags).rstrip()
        under_b = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if under_a:
            yield f"? {under_a}\n"
        yield "+ " + bline
        if under_b:
            yield f"? {under_b}\n"


if _V314:
    def IS_LINE_JUNK(line, pat=None):
        """Whether a line is blank or holds a single '#'."""
        if pat is None:
            return line.strip() in '#'
        return pat(line) is not None
else:
    def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
        """Whether a line is blank or holds a single '#'."""
        return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether a character is a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    # 'first,count' with 1-based first; a count of 1 is left out; an empty range names the line before.
    count = stop - start
    if count == 1:
        return f'{start + 1}'
    return f'{start + 1 if count else start},{count}'


def _context_range(start, stop):
    # 'first,last', 1-based; one line (or none: the line before) is written alone.
    count = stop - start
    if count == 0:
        return f'{start}'
    if count == 1:
        return f'{start + 1}'
    return f'{start + 1},{stop}'



def _check_types(a, b, *args):
    # Only the first line of each side is looked at.
    for lines in (a, b):
        if lines:
            head = lines[0]
            if not isinstance(head, str):
                raise TypeError('lines to compare must be str, not %s (%r)' % (type(head).__name__, head))
    if _V314:
        for seq in (a, b):
            if isinstance(seq, str):
                raise TypeError('input must be a sequence of strings, not %s' % type(seq).__name__)
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_headers(first, second, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    # a date, when given, follows the name after a tab
    left = f'{first} {fromfile}\t{fromfiledate}' if fromfiledate else f'{first} {fromfile}'
    right = f'{second} {tofile}\t{tofiledate}' if tofiledate else f'{second} {tofile}'
    return left + lineterm, right + lineterm


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The unified-format diff of two lists of lines, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('---', '+++', fromfile, tofile, fromfiledate, tofiledate,
                                     lineterm)
        first, last = group[0], group[-1]
        yield '@@ -{} +{} @@{}'.format(_unified_range(first[1], last[2]),
                                       _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            # a's lines (kept or removed), then b's added ones
            if tag != 'insert':
                mark = ' ' if tag == 'equal' else '-'
                for line in a[i1:i2]:
                    yield mark + line
            if tag == 'replace' or tag == 'insert':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARKS = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def _context_side(seq, group, at, other, prefix):
    # One side's lines of a context hunk; none at all when the hunk only has the other side's change.
    if all(code[0] == 'equal' or code[0] == other for code in group):
        return
    for code in group:
        tag = code[0]
        if tag != other:
            for line in seq[code[at]:code[at + 1]]:
                yield prefix[tag] + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The context-format diff of two lists of lines, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = _CONTEXT_MARKS
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('***', '---', fromfile, tofile, fromfiledate, tofiledate,
                                     lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_context_range(first[1], last[2]), lineterm)
        yield from _context_side(a, group, 1, 'insert', prefix)
        yield '--- {} ----{}'.format(_context_range(first[3], last[4]), lineterm)
        yield from _context_side(b, group, 3, 'delete', prefix)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ's delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences a Differ delta was made from (which: 1 or 2)."""
    side = int(which)
    if side != 1 and side != 2:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    own = '- ' if side == 1 else '+ '
    for line in delta:
        head = line[:2]
        if head == '  ' or head == own:
            yield line[2:]
