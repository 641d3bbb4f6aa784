# collections.UserString and UserList: every forwarding method's signature and qualified name, and what it
# gives (a new object of the subclass for the string-making methods, str's or list's own answer otherwise),
# the str-or-UserString arguments some of them accept, and the errors the wrapped object raises.
import inspect
import sys
from collections import UserString, UserList


class Word(UserString):
    pass


class Items(UserList):
    pass


for cls in (UserString, UserList):
    for name in sorted(vars(cls)):
        member = vars(cls)[name]
        if inspect.isfunction(member) and (name.endswith('__') or not name.startswith('_')):
            print(cls.__name__, name, member.__qualname__, str(inspect.signature(member)).replace(str(sys.maxsize), 'maxsize'))

w = Word('  Hello, World  ')
u = UserString('ab')
for name in ('capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'strip', 'lstrip', 'rstrip'):
    got = getattr(w, name)()
    print(name, repr(got), type(got).__name__)
print(w.strip(' Hd'), w.lstrip(' H'), w.rstrip(' d'), w.center(20, '.'), w.ljust(18, '-'), w.rjust(18), w.zfill(18))
print(Word('a\tb').expandtabs(), Word('a\tb').expandtabs(2), Word('7').zfill(3), type(Word('7').zfill(3)).__name__)
print(w.replace('l', 'L'), w.replace(UserString('o'), UserString('0'), 1), w.removeprefix('  He'), w.removesuffix(UserString('  ')))
print(w.translate({72: 'J'}), w.translate(str.maketrans('lo', 'LO')), type(w.translate({})).__name__)
for name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
             'isprintable', 'isspace', 'istitle', 'isupper'):
    print(name, [getattr(UserString(t), name)() for t in ('abc', 'ABC', '123', 'A b', ' ', '', 'x_1', 'Ab')])
print(w.count('l'), w.count(UserString('l'), 5), w.count('l', 0, 6), w.find('o'), w.find(UserString('o'), 7), w.find('o', 0, 4))
print(w.rfind('o'), w.rfind(UserString('l'), 0, 8), w.index('W'), w.index('l', 5), w.rindex('l'), w.rindex('l', 0, 6))
print(w.startswith('  H'), w.startswith(('x', '  ')), w.startswith('H', 2), w.endswith('d  '), w.endswith('d', 0, -2))
print(w.split(), w.split(','), w.split(None, 1), w.rsplit(None, 1), w.rsplit('l', 1), UserString('a\nb\r\nc').splitlines(True))
print(w.partition(','), w.rpartition('l'), u.join('xyz'), UserString('{}+{k}').format(1, k=2), UserString('{a}').format_map({'a': 3}))
print(u.encode(), u.encode('utf-16-le'), u.encode(None, None), UserString('é').encode('ascii', 'replace'))
print(u % (), UserString('%s!') % 'x', type(UserString('%s') % 1).__name__, u * 3, 3 * u, u + u, 'z' + u, u + 5, UserString.maketrans('a', 'b'))
for call in (lambda: u.index('q'), lambda: u.rindex('q'), lambda: u.center('x'),
             lambda: u.zfill(), lambda: u.split(1), lambda: u.encode('nope'), lambda: u.startswith(UserString('a'))):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

items = Items([3, 1, 2])
items.append(5)
items.insert(0, 9)
items.extend(UserList([7]))
items.extend((8,))
print(items, type(items).__name__, items.pop(), items.pop(0), items.count(1), items.index(2), items.index(1, 0, 3))
items.remove(7)
items.reverse()
print(items)
items.sort()
print(items)
items.sort(key=lambda v: -v)
print(items, items.copy(), type(items.copy()).__name__, items[1:], type(items[1:]).__name__, items[0])
print(items + [0], [0] + items, items + (4,), items * 2, 2 * items, type(2 * items).__name__)
items += UserList([6])
items *= 2
print(items, items < [9], items >= Items([1]), items == list(items), 5 in items, len(items))
items.clear()
print(items, Items('ab'), Items(Items([1])), Items(), UserList(range(3)))
for call in (lambda: items.pop(), lambda: items.remove(1), lambda: items.index(1), lambda: items.insert(),
             lambda: items.sort(1), lambda: Items([1]).extend(3)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
