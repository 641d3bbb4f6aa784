# Property vectors for difflib: seeded random strings and line lists (edits of one another, from
# small alphabets so matches tie often) through SequenceMatcher (with and without a junk function,
# autojunk on long sequences), get_close_matches, unified_diff, context_diff and ndiff/restore.
import difflib
import random

random.seed(777)


def edited(seq, alphabet):
    out = list(seq)
    for _ in range(random.randint(0, 6)):
        op = random.random()
        at = random.randint(0, len(out))
        if op < 0.4:
            out.insert(at, random.choice(alphabet))
        elif op < 0.7 and out:
            del out[min(at, len(out) - 1)]
        elif out:
            out[min(at, len(out) - 1)] = random.choice(alphabet)
    return out


for case in range(120):
    alphabet = 'ab c' if case % 3 == 0 else 'abcdefgh '
    a = ''.join(random.choice(alphabet) for _ in range(random.randint(0, 25)))
    b = ''.join(edited(a, alphabet)) if random.random() < 0.8 else ''.join(random.sample(alphabet * 3, 8))
    junk = (lambda ch: ch == ' ') if case % 4 == 1 else None
    s = difflib.SequenceMatcher(junk, a, b, autojunk=case % 5 != 0)
    print(case, repr(a), repr(b))
    print('  blocks', [tuple(m) for m in s.get_matching_blocks()])
    print('  ops', s.get_opcodes())
    print('  ratios', s.ratio(), s.quick_ratio(), s.real_quick_ratio())
    print('  longest', tuple(s.find_longest_match(0, (len(a) + 1) // 2, min(1, len(b)), len(b))))

# Long sequences: popular elements are dropped (autojunk) from 200 elements on.
for case in range(6):
    a = [random.choice('xxxxxxyz') for _ in range(random.randint(190, 260))]
    b = edited(a, 'xyzw')
    on = difflib.SequenceMatcher(None, a, b)
    off = difflib.SequenceMatcher(None, a, b, autojunk=False)
    print('long', len(a), len(b), sorted(on.bpopular), round(on.ratio(), 6), round(off.ratio(), 6),
          len(on.get_opcodes()), len(off.get_opcodes()))

WORDS = ['apple', 'apply', 'ape', 'maple', 'peach', 'pear', 'reach', 'teach', 'beach', 'leach']
for case in range(30):
    word = ''.join(edited(random.choice(WORDS), 'aeiouprt'))
    print('close', word, difflib.get_close_matches(word, WORDS, n=random.randint(1, 4),
                                                   cutoff=random.choice([0.0, 0.5, 0.6, 0.8])))

LINES = ['def f(x):\n', '    return x\n', '\n', '# note\n', 'x = 1\n', 'y = 2\n', 'print(x)\n',
         'print(y)\n', '    pass\n', 'import os\n', 'class A:\n', '    x = 3\n']
for case in range(40):
    a = [random.choice(LINES) for _ in range(random.randint(0, 12))]
    b = edited(a, LINES + ['x = 10\n', 'def g(x):\n', '    return  x\n', 'print(x, y)\n'])
    n = random.randint(0, 3)
    print('case', case, n)
    junk = difflib.IS_LINE_JUNK if case % 2 else None
    delta = list(difflib.ndiff(a, b, linejunk=junk))
    for text in [''.join(difflib.unified_diff(a, b, 'a.py', 'b.py', n=n)),
                 ''.join(difflib.context_diff(a, b, 'a.py', 'b.py', n=n)), ''.join(delta)]:
        if text:
            print(text, end='')
    print('restored', list(difflib.restore(delta, 1)) == a, list(difflib.restore(delta, 2)) == b)
