# sub and subn: templates, callables, counts, empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<first>\w)(?P<rest>\w*)', r'\g<rest>\g<first>ay', 'pig latin words'))
print(re.sub(r'(a)', r'[\g<0>|\g<1>|\1|\01|\x]', 'a') if False else re.sub(r'(a)', r'[\g<0>|\g<1>|\1]', 'bab'))
print(re.sub('a', r'\n\t\\', 'a'), repr(re.sub('a', '\\n', 'a')), repr(re.sub('a', r'\0', 'a')), repr(re.sub('a', r'\101', 'a')))
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', 'abc'), re.sub('(?=b)', '^', 'abab'))
print(re.sub('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa'), re.subn('a', 'b', 'aaaa', count=3), re.subn('z', 'b', 'aaa'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(a)|(b)', lambda m: m.lastindex * '!', 'xaybz'), re.sub(r'(a)(x)?', r'[\2]', 'a'))
print(re.sub('a', lambda m: None if False else '', 'banana'), re.subn(r'\s+', ' ', '  a \n b\t\tc  '))
print(re.compile(r'(?i)b+').sub('X', 'aBbBcb'), re.compile('o').subn('0', 'foo boo', 1))
print(re.sub('(?m)^', '> ', 'line1\nline2\n'), re.sub(r'(?m)$', ';', 'l1\nl2'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'a|', '-', 'bab'), re.sub('é', 'e', 'café crème'))
print(re.sub(r'(\d)(?=(\d{3})+$)', r'\1,', '1234567'), re.sub(r'^\s+|\s+$', '', '  trim me  '))
m = re.search(r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-05-17')
print(m.expand(r'\g<m>/\g<y>'), m.expand('plain'), m.expand(r'\\'))
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
