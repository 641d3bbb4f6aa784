# Unicode: \w \d \s over Unicode, re.ASCII, IGNORECASE folding, astral characters.
import re

for pat in [r'\w+', r'\d+', r'\s+', r'\W+', r'\D+', r'\S+', r'\b\w', r'[\w]+', r'[^\W\d]+']:
    for flags in [0, re.A]:
        print(pat, flags, re.findall(pat, 'Ünïcödé ٣٤ x_1\u00a0\u2003\u3000end ½ \U0001F600 日本語 \x1c'))
for pat, s in [('straße', 'STRASSE'), ('ǅ', 'ǆ'), ('σ', 'Σ'), ('ς', 'Σ'), ('k', '\u212a'), ('s', '\u017f'),
               ('[a-z]+', 'ABCxyz'), ('[à-ÿ]+', 'ÀÉÎ'), ('é', 'É'), ('i', 'İ'), ('ı', 'I'), ('[^a]', 'A'),
               (r'(\w)\1', 'aA'), ('µ', 'Μ'), ('ß', 'ẞ')]:
    print(repr(pat), repr(s), re.fullmatch(pat, s, re.I), re.fullmatch(pat, s, re.I | re.A), re.fullmatch(pat, s))
s = 'a\U0001F600b\U0001F601c'
print(re.findall('.', s), re.search('b.', s), re.sub('[\U0001F600-\U0001F64F]', '?', s), len(s))
print([m.span() for m in re.finditer(r'\W', s)], re.split('\U0001F600', s), re.match('a.b', s).end())
print(re.findall(r'[\u0400-\u04ff]+', 'Привет, мир! hello'), re.findall(r'(?i)привет', 'ПРИВЕТ'))
print(re.findall(r'\d', '0١۲३৪'), re.findall(r'(?a)\d', '0١۲३৪'), re.findall(r'\w', '_·‿'))


class S(str):
    pass


m = re.search(S('b+'), S('abbc'))
print(m, type(m.string).__name__, re.sub(S('b'), S('x'), S('abc')), re.findall('b', S('bb')))
for p in ['😀(', '(😀', '[😀-a]', 'x\\😀y(', '(?P<😀>a)', '(?P😀)', '(?<😀)', '(?😀)', '(?i😀)', '(?-😀)', '(?-i😀)']:
    try:
        re.compile(p)
    except re.error as e:
        print(e)
print(re.match('\\😀', '😀'), re.match('[😀-😂]+', '😁😂😃'))
