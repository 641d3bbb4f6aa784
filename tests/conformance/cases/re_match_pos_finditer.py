# A Match's pos and endpos are where the caller's search began and ended, for every match that
# finditer, sub and a scanner make (not where each search resumed); finditer returns a
# callable_iterator and checks its arguments at the call.
import re

p = re.compile(r'a(b)?')
print([(m.pos, m.endpos, m.span()) for m in p.finditer('xaabab', 1)])
print([(m.pos, m.endpos) for m in p.finditer('aaaa', 1, 3)])
print(p.sub(lambda m: '<%d,%d>' % (m.pos, m.endpos), 'xaabab'))
print(re.sub('a', lambda m: str(m.pos), 'aaa'), p.subn(lambda m: str(m.pos), 'aaa', 2))
s = p.scanner('xaaba', 1)
print(s.search().pos, s.search().pos, s.match(), s.search())
s = p.scanner('aab')
print(s.match().pos, s.match().pos, s.match())
it = p.finditer('aXa')
print(type(it).__name__, iter(it) is it, next(it).span(), [m.span() for m in it], next(it, 'end'))
for bad in [5, None]:
    try:
        p.finditer(bad)
        print('no error yet')
    except TypeError as e:
        print('TypeError', e)
try:
    p.finditer('a', 'x')
except TypeError as e:
    print('TypeError', e)
