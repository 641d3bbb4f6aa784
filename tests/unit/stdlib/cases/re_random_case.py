# A property check of case folding and the \w \d \s categories: random sets, scoped flags and
# Unicode subjects (Kelvin sign, long s, dotted I, final sigma ...) against CPython's findall/finditer.
import random, re
random.seed(99)
ATOMS = ['[a-z]', '[^A-Z]', '[\\w-]', '[\\s\\d]', '[éÉß]', 'é', 'K', 'k', 'ſ', 's', 'S', '\\W', '[^\\W_]', 'Σ', 'σ', 'ς', '[à-ÿ]', '\\d', '.', 'İ', 'i', 'ı', '[ǅ]', '\\S']
FLAGS = [0, re.I, re.A, re.I | re.A]
def gen(d):
    r = random.random()
    if d <= 0 or r < 0.4:
        return random.choice(ATOMS)
    if r < 0.6:
        return gen(d - 1) + gen(d - 1)
    if r < 0.7:
        return gen(d - 1) + '|' + gen(d - 1)
    if r < 0.85:
        return '(' + gen(d - 1) + ')' + random.choice(['*', '+', '?', '{1,3}', '*?'])
    return random.choice(['(?i:', '(?a:', '(?-i:']) + gen(d - 1) + ')'
CH = 'aAzZéÉßẞkKKſsSΣσςİiıIǅǆǄ_-1٣ \t\u00a0xÿŸ'
for _ in range(1200):
    pat = gen(3)
    fl = random.choice(FLAGS)
    try:
        p = re.compile(pat, fl)
    except re.error as e:
        print(repr(pat), 'err', e); continue
    s = ''.join(random.choice(CH) for _ in range(random.randrange(0, 7)))
    print(repr(pat), fl, repr(s), p.findall(s), [m.span() for m in p.finditer(s)])
