# Bad patterns: the exception, its message, position, line and column, as CPython reports them.
import re

BAD = [
    'a**', '*a', '+', '?', '(?i)*', 'a{2}{3}', '\\b*', '^*', '(', '(a', 'a)', '())', '[a', '[a-', '[z-a]',
    '[\\d-z]', '[a-\\d]', '\\', 'a\\', '\\q', '[\\q]', '\\xZ', '\\x4', '\\u12', '\\U0001234', '\\400',
    '[\\400]', '\\1', '(a)\\2', '(a\\1)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P<a>', '(?P<a',
    '(?Px)', '(?', '(?<x)', '(?<=a+)b', '(?<!a|bc)d', '(?z)', '(?i', '(?-i)', '(?i-i:a)', '(?-:a)',
    '(?a-u:x)', '(?au)', 'a(?i)', '(?#abc', 'a{3,2}', 'x{4294967295}', '(?(a)b)', '(?(0)b)', '(?(2)b)',
    '(a)(?(1)b|c|d)', '(?<=(a)\\1)', '(?P<a>(?P=a))', '[]', '\\N', '\\Nx', 'a\nb(', '(?x)a\n  [b',
    '(?L)a', '(?a:\\w)(?u:\\w)', '[\\b]', '\\A*', '(?P=)', '(?P<>a)', '(?P<a>b)(?P=a',
]
for pat in BAD:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.groups)
    except re.error as e:
        print(repr(pat), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

for flags in [re.L, re.A | re.U]:
    try:
        re.compile('a', flags)
    except ValueError as e:
        print('ValueError', e)

for repl in ['\\3', '\\g<x>', '\\g<3>', '\\g<', '\\g<a', '\\q', '\\g<1a>', '\\', '\\400']:
    try:
        print(repr(re.sub('(a)(b)', repl, 'ab')))
    except Exception as e:
        print(repr(repl), type(e).__name__, e)

for args in [(1, 'a'), ('a', 1), ('a', None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)

try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
m = re.match('(a)', 'a')
for g in [2, -1, 'x']:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
re.compile('(')
