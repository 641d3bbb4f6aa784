# A second property check with a richer grammar: back-references, look-behind, lazy and
# possessive repeats, atomic groups, conditionals, IGNORECASE and MULTILINE, against CPython.
import random
import re

random.seed(2026)
ATOMS = ['a', 'b', 'A', '.', '[a-b]', '[^b]', r'\w', r'\s', r'\B', r'\b', '^', '$', r'\Z', r'\A', '\n', '[aB]']
FLAGS = [0, re.I, re.M, re.S, re.I | re.M, re.A | re.I]


def gen(depth, groups):
    r = random.random()
    if depth <= 0 or r < 0.3:
        if groups[0] and random.random() < 0.1:
            return '\\%d' % random.randint(1, groups[0])
        return random.choice(ATOMS)
    if r < 0.45:
        return gen(depth - 1, groups) + gen(depth - 1, groups)
    if r < 0.55:
        return gen(depth - 1, groups) + '|' + gen(depth - 1, groups)
    if r < 0.65:
        inner = gen(depth - 1, groups)
        groups[0] += 1
        return '(' + inner + ')'
    if r < 0.75:
        q = random.choice(['*', '+', '?', '{1,2}', '*?', '+?', '??', '{0,2}?', '*+', '++', '?+', '{2}'])
        return '(?:' + gen(depth - 1, groups) + ')' + q
    if r < 0.8:
        return random.choice(['(?=', '(?!', '(?>']) + gen(depth - 1, groups) + ')'
    if r < 0.85:
        return random.choice(['(?<=', '(?<!']) + random.choice(['a', 'ab', '[ab]', r'\w', 'a|b', '\n']) + ')'
    if r < 0.9 and groups[0]:
        return '(?(%d)%s|%s)' % (random.randint(1, groups[0]), gen(depth - 1, groups), gen(depth - 1, groups))
    if r < 0.95:
        return '(?i:' + gen(depth - 1, groups) + ')'
    return '(' + gen(depth - 1, groups) + ')*'


def subject():
    return ''.join(random.choice('aAbB \n') for _ in range(random.randrange(0, 8)))


count = 0
while count < 300:
    pat = gen(4, [0])
    flags = random.choice(FLAGS)
    count += 1
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print(repr(pat), 'error', e)
        continue
    for _ in range(4):
        s = subject()
        m = p.search(s)
        f = p.fullmatch(s)
        print(repr(pat), flags, repr(s), m and (m.span(), m.groups(), m.lastindex), f and f.span(), p.findall(s), p.sub('<\\g<0>>', s), p.split(s))
