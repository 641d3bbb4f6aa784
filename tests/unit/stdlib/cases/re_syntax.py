# Many patterns against many subjects: search, match, fullmatch, findall and the groups.
import re

PATTERNS = [
    r'abc', r'a.c', r'a.c', r'^abc$', r'a|b|c', r'[a-c]+', r'[^a-c]+', r'[\d\s]+', r'\w+', r'\W+',
    r'\d{2,3}', r'\d{2,}', r'\d{,2}', r'x{2}', r'a{1,2}?', r'a+?b', r'(a)(b)?', r'(a|ab)(c|bcd)(d*)',
    r'(?:ab)+', r'(?P<x>\w)(?P=x)', r'(\w)\1', r'(?=a)\w+', r'(?!a)\w+', r'(?<=a)b', r'(?<!a)b',
    r'\bfoo\b', r'\Bo\B', r'\Aab', r'ab\Z', r'ab$', r'^', r'$', r'x*', r'(a*)*', r'(a*)+', r'(a|)*',
    r'(?:a|b)*?c', r'a*+a', r'(?>a+)b', r'(?>a+)a', r'a++b', r'a?+a', r'(\d)(?(1)x|y)', r'(a)?(?(1)b|c)',
    r'[]a]', r'[a-]', r'[-a]', r'[\]]', r'[\\]', r'\x41', r'\u00e9', r'\101', r'\0', r'[\x00-\x1f]',
    r'a{', r'a{1', r'a{,}', r'{}', r'x{3,5}y', r'(ab){2}', r'((a)|b)+', r'(?:(a)|b)*', r'(a)|(b)',
    r'.+', r'(?s).+', r'(?m)^\w+$', r'(?i)AbC', r'(?i:a)b', r'a(?i:b)C', r'(?x) a b  c # comment',
    r'(?#hi)abc', r'\.', r'\$', r'\^', r'[.]', r'[$^]', r'\t', r'\n+', r'[\n]', r'[^\n]*',
]
SUBJECTS = ['abc', 'aabcd', 'xaby', 'ab\n', 'abab', 'foo bar', 'a1 b22 c333', '', 'aaab', 'ABC',
            'tab\tsep', 'line1\nline2\n', 'café', '1x', 'c', 'aa', 'x{3}y', ']a-', '\x00\x01', 'A', 'é']


def show(p, s):
    m = p.search(s)
    out = [repr(s)]
    out.append(m.span() if m else None)
    if m:
        out.append(m.groups())
        out.append(m.lastindex)
    m2 = p.match(s)
    out.append(m2.span() if m2 else None)
    m3 = p.fullmatch(s)
    out.append(m3.span() if m3 else None)
    out.append(p.findall(s))
    out.append([x.span() for x in p.finditer(s)])
    return out


for pat in PATTERNS:
    p = re.compile(pat)
    print(repr(pat), p.groups)
    for s in SUBJECTS:
        print('  ', *show(p, s))
