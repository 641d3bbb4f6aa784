# Property vectors for shlex and fnmatch: seeded random command lines through shlex.split (POSIX,
# non-POSIX, with comments) and quote/split round trips; random shell patterns through
# fnmatch.translate (the regex text, which changed in 3.14), fnmatchcase against random names, and
# filter.
import fnmatch
import random
import shlex

random.seed(4242)
CMD = ['a', 'b', 'x', ' ', ' ', '\t', '\n', '"', "'", '\\', '#', ';', '&', '|', '=', '-', '.', 'é', '$', '*']
PAT = ['a', 'b', 'c', '.', '*', '*', '?', '[', ']', '!', '-', '^', '\\', '&', '~', '|', 'x', '/']
NAME = ['a', 'b', 'c', '.', '-', 'x', '/', '\\', '[', ']', '!', '^', '\n', '&']


def show(f):
    try:
        return repr(f())
    except ValueError as e:
        return f'ValueError: {e}'


for i in range(150):
    s = ''.join(random.choice(CMD) for _ in range(random.randint(0, 16)))
    print(i, repr(s), show(lambda: shlex.split(s)), show(lambda: shlex.split(s, comments=True)),
          show(lambda: shlex.split(s, posix=False)))
    print('  quote', shlex.quote(s), shlex.split(shlex.quote(s)) == [s])
    lex = shlex.shlex(s, punctuation_chars=True)
    print('  punct', show(lambda: list(lex)))

for i in range(200):
    pat = ''.join(random.choice(PAT) for _ in range(random.randint(0, 10)))
    names = [''.join(random.choice(NAME) for _ in range(random.randint(0, 6))) for _ in range(6)]
    try:
        regex = fnmatch.translate(pat)
        matches = [fnmatch.fnmatchcase(n, pat) for n in names]
        print(i, repr(pat), regex, matches, fnmatch.filter(names, pat), fnmatch.fnmatch('A' + pat, 'a*'))
    except Exception as e:
        print(i, repr(pat), type(e).__name__, e)
