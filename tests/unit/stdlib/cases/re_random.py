# A property check: random patterns from a small grammar against random subjects; every result
# (search span and groups, findall, sub, split) as CPython computes it.
import random
import re

random.seed(1234)
ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\d', 'x', '(?:a|bc)', r'\b', '^', '$']


def gen(depth):
    r = random.random()
    if depth <= 0 or r < 0.35:
        return random.choice(ATOMS)
    if r < 0.55:
        return gen(depth - 1) + gen(depth - 1)
    if r < 0.65:
        return gen(depth - 1) + '|' + gen(depth - 1)
    if r < 0.75:
        return '(' + gen(depth - 1) + ')'
    if r < 0.82:
        return '(?:' + gen(depth - 1) + ')' + random.choice(['*', '+', '?', '{1,2}', '*?', '+?', '??', '*+'])
    if r < 0.9:
        return '(' + gen(depth - 1) + ')' + random.choice(['*', '+', '?', '{0,3}', '*?'])
    if r < 0.95:
        return '(?=' + gen(depth - 1) + ')'
    return '(?!' + gen(depth - 1) + ')'


def subject():
    return ''.join(random.choice('abcx1 ') for _ in range(random.randrange(0, 9)))


count = 0
while count < 250:
    pat = gen(4)
    if '$*' in pat or '^*' in pat or '\\b*' in pat:
        continue
    try:
        p = re.compile(pat)
    except re.error as e:
        print(repr(pat), 'error', e)
        count += 1
        continue
    count += 1
    for _ in range(4):
        s = subject()
        m = p.search(s)
        print(repr(pat), repr(s), m and (m.span(), m.groups()), p.findall(s), p.sub('<\\g<0>>', s), p.split(s))
