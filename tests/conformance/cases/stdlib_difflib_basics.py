# difflib's API around the matcher: Match, b2j/bjunk/bpopular, set_seq1/set_seq2 reuse,
# get_grouped_opcodes, headers and ranges of unified/context diffs (dates, lineterm='', empty
# inputs), Differ's '?' lines (tabs kept), IS_LINE_JUNK/IS_CHARACTER_JUNK, the errors and their
# messages, and a replace block where 3.14's windowed Differ synchs differently.
import difflib


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


s = difflib.SequenceMatcher(lambda c: c in 'x', 'abxcd', 'axbxcdx')
m = s.find_longest_match()
print(m, m.a, m.size, type(m).__name__, s.b2j, s.bjunk, s.bpopular)
print(s.get_matching_blocks(), s.get_opcodes())
s.set_seq1('xbcd')
print(s.get_opcodes(), round(s.ratio(), 6))
s.set_seqs('', '')
print(s.get_opcodes(), s.ratio(), list(s.get_grouped_opcodes()))
lines1 = [str(i) + '\n' for i in range(30)]
lines2 = lines1[:5] + ['new\n'] + lines1[6:20] + lines1[21:]
g = difflib.SequenceMatcher(None, lines1, lines2)
print(list(g.get_grouped_opcodes(2)))
print(list(g.get_grouped_opcodes(0)))

print(''.join(difflib.unified_diff(lines1, lines2, 'old', 'new', '2024-01-01', '2024-01-02', n=1)))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.context_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], [])))
print(list(difflib.context_diff([], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(''.join(difflib.ndiff(['\tabc def\n', 'x\n'], ['\tabd def\n', 'y\n'])))
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x\n'),
      difflib.IS_LINE_JUNK('##\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\n'))

show('close n=0', difflib.get_close_matches, 'a', ['a'], n=0)
show('close cutoff', difflib.get_close_matches, 'a', ['a'], cutoff=1.5)
show('close ok', difflib.get_close_matches, 'wheel', ['while', 'wheat', 'hello', 'wheel'], 2, 0.3)
show('restore 3', difflib.restore, ['  a'], 3)
show('restore next', lambda: next(difflib.restore(['  a'], 3)))
show('restore str', lambda: list(difflib.restore(['- a\n', '+ b\n', '? ^\n'], '1')))
show('unified bytes', difflib.unified_diff, [b'a'], [b'b'])
show('unified bytes list', list, difflib.unified_diff([b'a'], [b'b']))
show('unified name', list, difflib.unified_diff(['a'], ['b'], fromfile=3))
show('context bytes b', list, difflib.context_diff(['a'], [b'b']))
show('unified strs', list, difflib.unified_diff('ab\n', 'ac\n'))
show('ndiff strs', list, difflib.ndiff('ab', 'ac'))

# A replace block of many similar lines: 3.13 and earlier synch on the best pair anywhere,
# 3.14 on the best within ten lines of each line's place.
old = ['line %d of the text\n' % i for i in range(14)]
new = ['line %d of the test\n' % i for i in range(13, -1, -1)]
print(''.join(difflib.ndiff(old, new)))
