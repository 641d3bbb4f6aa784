# difflib's text formats in detail: unified/context hunks with dates and n, one-sided hunks, empty inputs, grouped
# opcodes (and the cached opcodes they trim), ndiff's hints over tabs, restore and its refusals, the type checks.
import difflib
a = ['l%d\n' % i for i in range(30)]
b = a[:5] + ['new\n'] + a[6:20] + a[22:] + ['tail\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2024-01-01', '', n=2)))
print(''.join(difflib.context_diff(a, b, 'a', 'b', '', 'today', n=1)))
print(''.join(difflib.context_diff(['x\n'], ['x\n', 'y\n'])), ''.join(difflib.context_diff(['x\n', 'y\n'], ['y\n'])))
print(list(difflib.unified_diff([], ['only\n'])), list(difflib.unified_diff(['q\n'], [])))
s = difflib.SequenceMatcher(None, 'abcdefghijklmnop', 'abXdefghijklmnYp')
print(list(s.get_grouped_opcodes(1)), s.get_opcodes())
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()), list(difflib.SequenceMatcher(None, 'same', 'same').get_grouped_opcodes()))
d = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(d), ''.join(difflib.restore(d, 1)), ''.join(difflib.restore(d, 2.0)))
for w in (3, 'x'):
    try:
        list(difflib.restore(d, w))
    except ValueError as e:
        print(e, e.__suppress_context__)
try:
    list(difflib.unified_diff([b'x'], ['y']))
except TypeError as e:
    print(e)
try:
    list(difflib.unified_diff(['x'], [3]))
except TypeError as e:
    print(e)
print(difflib.SequenceMatcher(None, 'abcd', 'ab').real_quick_ratio(), difflib.SequenceMatcher(None, '', '').ratio())
print(''.join(difflib.ndiff(['\tabc  x\n'], ['\tabd  y\n'])))
