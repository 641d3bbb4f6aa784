# A property check of search's start-position skipping (the leading character a match needs),
# the character-set tables and the native Match/findall/split: seeded random patterns over
# random subjects with Latin-1, other BMP and astral characters, every answer as CPython's.
import random
import re

random.seed(20261206)
CHARS = ['a', 'b', 'A', 'B', 'x', '1', ' ', '-', '\n', '\u00e9', '\u00c9', '\u0101', '\u201c', '\u4e2d', '\U0001F600', '\U0001D400']
ATOMS = ['a', 'b', 'x', '.', '[ab]', '[^a\\n]', '\\w', '\\W', '\\d', '\\s', '[\u00e9-\u0101]', '[\U0001F600-\U0001F64F]',
         '\u201c', '\U0001F600', '(?:a|\u4e2d)', '[a-z\u00e9]', '-']
LEADS = ['', '^', '\\b', '\\B', '(?=a)', '(?!b)', '(?<=x)', '(?<!1)', '(?m:^)', '$']


def gen(depth):
    r = random.random()
    if depth <= 0 or r < 0.3:
        return random.choice(ATOMS)
    if r < 0.5:
        return gen(depth - 1) + gen(depth - 1)
    if r < 0.6:
        return gen(depth - 1) + '|' + gen(depth - 1)
    if r < 0.7:
        return '(' + gen(depth - 1) + ')'
    if r < 0.78:
        return '(?P<g%d>' % random.randrange(1000) + gen(depth - 1) + ')'
    if r < 0.9:
        return '(?:' + gen(depth - 1) + ')' + random.choice(['*', '+', '?', '{1,2}', '+?', '{2}', '*+', '++'])
    return '(?>' + gen(depth - 1) + ')'


def subject():
    return ''.join(random.choice(CHARS) for _ in range(random.randrange(0, 14)))


class S(str):
    pass


count = 0
while count < 220:
    pat = random.choice(LEADS) + gen(3)
    flags = random.choice([0, 0, re.I, re.A, re.I | re.A, re.M, re.S])
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        count += 1
        print(ascii(pat), 'error', e)
        continue
    count += 1
    for _ in range(3):
        s = subject()
        m = p.search(s)
        out = [ascii(pat), flags, ascii(s)]
        if m:
            out += [m.span(), ascii(m.groups()), m.lastindex, m.lastgroup, ascii(m.groupdict('-')), m.regs]
        pos = random.randrange(0, len(s) + 1)
        out += [ascii(p.findall(s)), ascii(p.split(s)), ascii(p.split(s, 1)), ascii(p.sub('<\\g<0>>', s)),
                [(m.start(), m.end()) for m in p.finditer(s, pos)], bool(p.match(s, pos)), bool(p.fullmatch(s))]
        print(*out)

# The Match object's own checks.
m = re.search(r'(?P<w>\w+) (\d+)?', S('  hello there 42'))
print(type(m.string).__name__, m.re is re.compile(r'(?P<w>\w+) (\d+)?'), m.pos, m.endpos, m[0], m['w'], m[True])
print(m.group(0, 'w', 2), m.groups('none'), m.span('w'), m.start(2), m.end(2))
for bad in [3, -1, 'nope', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    re.compile('a').search(5)
except TypeError as e:
    print(e)
try:
    re.compile('a').match('a', 'x')
except TypeError as e:
    print(e)
print(re.compile('b').search('abcb', 2, 10), re.compile('b').search('abc', -5, -1), re.compile('b').search('abc', 3, 1))
print(re.compile('x*').split('axbc'), re.compile('(x)|(y)').findall('axyb'), re.split('(-)', 'a-b-c', maxsplit=1))
print(repr(re.search('\U0001F600(.)', 'a\U0001F600\u00e9\U0001F600b')), re.search('b', '\U0001F600' * 70 + 'b').span())
