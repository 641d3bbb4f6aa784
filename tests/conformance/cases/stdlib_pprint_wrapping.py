# pprint's layouts at several widths and indents: long strings split at word ends (in parentheses at the
# top level, across lines and inside containers), compact sequences, sets and frozensets (sorted, with
# unorderable members), dicts with sort_dicts on and off, tuples of one, depth limits, recursion, the
# constructor's checks, isreadable/isrecursive/saferepr and underscore_numbers.
import pprint
import re

text = 'The quick brown fox jumps over the lazy dog; ' * 4 + '\nsecond line\n' + 'x' * 50
data = {
    'zeta': list(range(30)),
    'alpha': (1,),
    'words': text,
    'set': {3, 1, 2, 1j, 40},
    'frozen': frozenset({7, 0.5, 5}),
    'nested': {'k%d' % i: [i] * i for i in range(6)},
    'big': 12345678901234567890,
}
for width in (20, 40, 80):
    for indent in (1, 4):
        print(f'--- width={width} indent={indent}')
        pprint.pprint(data, width=width, indent=indent)
        pprint.pprint(data, width=width, indent=indent, compact=True, sort_dicts=False, underscore_numbers=True)
pprint.pprint(text, width=30)
pprint.pprint([text[:70], 'short', text[:10]], width=25)
pprint.pprint(('a b c d e f g h i j k l m n o p', 'z'), width=12)
pprint.pprint(['x' * 15] * 6, width=40, compact=True)
pprint.pprint([[1, 2, 3]] * 8, width=30, compact=True, indent=3)
pprint.pprint(data, depth=1)
pprint.pprint([1, [2, [3, [4, [5]]]], {'a': {'b': {'c': 1}}}, (1, (2, (3,)))], depth=2)
pprint.pprint({'b': 1, 'a': 2, 3: 'x', None: 0}, width=10)
cyc = [1, 2]
cyc.append(cyc)
d = {'self': None}
d['self'] = d
print(re.sub(r'id=\d+', 'id=N', pprint.pformat(cyc)))
print(re.sub(r'id=\d+', 'id=N', pprint.pformat(d, width=5)))
print(pprint.isreadable(data), pprint.isreadable([object()]), pprint.isrecursive(cyc), pprint.isrecursive(data))
print(re.sub(r'id=\d+', 'id=N', pprint.saferepr(cyc)), pprint.saferepr({'x': (1,), 'a': []}), pprint.pformat(12345678, underscore_numbers=True))
printer = pprint.PrettyPrinter(width=30)
print(printer.isreadable(cyc), printer.isrecursive(cyc), printer.isreadable({1: 'a'}), printer.format({'a': 1}, {}, 0, 0))
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}, {'indent': '2'}, {'width': 2.9}):
    try:
        p = pprint.PrettyPrinter(**kwargs)
        print(p.pformat(['aaa', 'bbb']))
    except ValueError as e:
        print('ValueError', e)
pprint.pp({'b': 1, 'a': 2})
pprint.pprint(set(), width=1)
pprint.pprint(frozenset(), width=1)
pprint.pprint({()}, width=1)
pprint.pprint(b'0123456789abcdef' * 3, width=20)
pprint.pprint([bytearray(b'abcdefgh' * 3)], width=20)
