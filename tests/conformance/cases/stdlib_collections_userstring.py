# collections.UserString: a str wrapper whose new strings keep the subclass, its operators, and the
# methods that answer as str's do.
from collections import UserString


class Tag(UserString):
    def shout(self):
        return self.upper() + '!'


s = UserString('Hello World')
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:3]).__name__, 'World' in s, UserString('lo') in s)
print(s == 'Hello World', s < 'Z', s == UserString('Hello World'), hash(s) == hash('Hello World'))
print(s + '!', '>' + s, s * 2, 2 * s, type(s + 1).__name__, s + 1)
print(s.upper(), s.lower(), s.split(), s.split('o', 1), s.partition(' '), s.find('o'), s.rfind(UserString('o')))
print(s.replace('l', 'L', 2), s.center(17, '*'), s.zfill(14), s.count('l'), s.startswith('He'), s.endswith(('x', 'ld')))
print(s.encode(), s.join(['a', 'b']), s.isalpha(), s.title(), s.swapcase(), s.strip('Hd'), s.removeprefix('Hello '))
print(UserString('%s and %d') % ('x', 3), 'value: %s' % UserString('v'), UserString('{0}-{x}').format(1, x=2))
t = Tag('hey')
print(t.shout(), type(t.shout()).__name__, type(t.capitalize()).__name__, type(t[0]).__name__, repr(t * 2))
print(int(UserString('42')) + 1, float(UserString('1.5')), sorted([UserString('b'), UserString('a')]))
print(list(UserString('abc')), list(reversed(UserString('abc'))), UserString('a,b').split(','), UserString(42) + 'x')
print(UserString('a\tb').expandtabs(4), UserString('ab\ncd').splitlines(), UserString('abc').index('c'))
print(isinstance(s, str), UserString('x').maketrans('x', 'y'), UserString('xyz').translate({120: 'X'}))
try:
    s.index('q')
except ValueError as e:
    print('ValueError', e)
