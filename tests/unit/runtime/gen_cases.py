"""Generate tests/unit/runtime/cases.json from CPython 3.13.

    PYENV_VERSION=3.13.0 python3 tests/unit/runtime/gen_cases.py

Each case is a small Python expression made of literals, builtin names, attribute access, calls
and `%`. It is parsed into a JSON tree that both this script and builtins.test.ts evaluate the
same way; the expected value is CPython's `repr(result)`, or `Type: message` for an exception.
`MUT(x).m(...)` calls a method and reports `(result, x)` so mutations are visible.

Also records the order in which CPython's list.sort calls `__lt__` ("sortlogs").
Never edit cases.json by hand.
"""
import ast
import builtins
import json
import os
import random
import sys

CASES = r'''
# ---- str.split / rsplit / splitlines
'a,b,,c'.split(',')
'a,b,,c'.split(',', 1)
'a,b,,c'.split(',', maxsplit=2)
'a,b,,c'.split(sep=',')
'  a  b \t c\n '.split()
'  a  b \t c\n '.split(None, 1)
'  a  b  '.split(maxsplit=0)
'a b c'.split(' ', -1)
''.split()
''.split(',')
'abc'.split('')
'a'.split(1)
'a'.split(',', 1, 2)
'a'.split(x=1)
'a,b'.split(',', maxsplit='1')
'a\x1cb\x85c\u3000d'.split()
'a,b,c'.rsplit(',', 1)
'  a  b  c  '.rsplit(None, 1)
'  a  b  c  '.rsplit()
'aXXbXXc'.rsplit('XX')
'aXXXb'.rsplit('XX', 1)
'aXXXb'.split('XX', 1)
'ab'.rsplit('b', 1, 2)
'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i'.splitlines()
'a\nb\r\n\nc'.splitlines(True)
'a\nb\r\n'.splitlines(keepends=True)
''.splitlines()
'\n'.splitlines()
'a'.splitlines(x=1)
# ---- join / partition
','.join(['a', 'b', 'c'])
','.join(('a',))
''.join([])
'-'.join('abc')
','.join(['a', 1])
','.join(1)
','.join({'x': 1, 'y': 2})
'a'.join()
'a=b=c'.partition('=')
'abc'.partition('=')
'a=b=c'.rpartition('=')
'abc'.rpartition('=')
'a'.partition('')
'a'.partition(1)
'a'.partition()
# ---- strip
'  xx  '.strip()
'\t\n xx \x0b'.strip()
'xxhixx'.strip('x')
'xyhiyx'.strip('xy')
'xxhi'.lstrip('x')
'hixx'.rstrip('x')
'  hi  '.lstrip()
'  hi  '.rstrip()
'hi'.strip(None)
'a'.strip(1)
'a'.strip(1, 2)
'prefix-body'.removeprefix('prefix-')
'prefix-body'.removeprefix('x')
'body.txt'.removesuffix('.txt')
'body.txt'.removesuffix('')
'a'.removeprefix(1)
'a'.removeprefix()
# ---- case
'Hello World'.upper()
'Hello World'.lower()
'hello wORLD'.title()
"they're bill's friends".title()
'hello2world_x'.title()
'HELLO world'.capitalize()
'ßa'.capitalize()
'ß'.upper()
'ß'.title()
'Hello'.swapcase()
'Straße'.casefold()
'ΣΑΣ'.lower()
'abc'.upper(1)
'abc'.title(1)
'a'.upper(x=1)
# ---- predicates
'123'.isdigit()
'12a'.isdigit()
''.isdigit()
'²'.isdigit()
'²'.isdecimal()
'½'.isnumeric()
'½'.isdigit()
'abc'.isalpha()
'abc1'.isalpha()
'abc1'.isalnum()
'é'.isalpha()
' \t\n'.isspace()
''.isspace()
'ABC'.isupper()
'AbC'.isupper()
'123'.isupper()
'A1'.isupper()
'abc'.islower()
'Hello World'.istitle()
'Hello world'.istitle()
'_x1'.isidentifier()
'1x'.isidentifier()
'class'.isidentifier()
'abc\n'.isprintable()
'abc '.isprintable()
''.isprintable()
'abc'.isascii()
'é'.isascii()
'a'.isdigit(1)
# ---- find / index / count / startswith
'hello'.find('l')
'hello'.find('l', 3)
'hello'.find('l', -2)
'hello'.find('l', 1, 3)
'hello'.find('z')
'hello'.find('')
'hello'.find('', 5)
'hello'.find('', 6)
'hello'.rfind('l')
'hello'.rfind('l', 0, 3)
'hello'.rfind('')
'hello'.index('e')
'hello'.index('z')
'hello'.rindex('l')
'abc'.index('c', 0, 1)
'abc'.find('b', None, None)
'abc'.find('b', 1.5)
'a'.find()
'a'.find('a', x=1)
'a'.find(1)
'aaaa'.count('aa')
'abc'.count('')
'abc'.count('', 1)
'abc'.count('', 5)
'abcabc'.count('b', 2)
'a'.count('a', 'b')
'a'.count()
'a'.count('a', 0, 1, 2)
'hello'.startswith('he')
'hello'.startswith('lo', 3)
'hello'.startswith(('x', 'he'))
'hello'.startswith('')
'hello'.startswith('', 6)
'hello'.endswith('lo')
'hello'.endswith('l', 0, 4)
'hello'.endswith(('x', 'y'))
'abc'.startswith(('a', 1))
'abc'.startswith(('x', 1))
'a'.startswith(1)
'a'.startswith()
'a'.startswith('a', 1, 2, 3)
'😀a😀b'.find('b')
'😀a😀b'.index('😀', 1)
'😀a😀b'.count('😀')
# ---- replace
'aaa'.replace('a', 'b')
'aaa'.replace('a', 'b', 2)
'aaa'.replace('a', 'b', count=1)
'abc'.replace('', '-')
'abc'.replace('', '-', 2)
'abc'.replace('x', 'y')
'a'.replace('a')
'a'.replace(1, 'b')
'aaa'.replace('a', 'b', -1)
'aaa'.replace('a', 'b', 0)
# ---- padding
'abc'.center(9)
'abc'.center(10, '*')
'abcd'.center(9, '*')
'a'.center(2)
'ab'.center(5)
'abc'.center(2)
'abc'.ljust(6, '.')
'abc'.rjust(6)
'abc'.rjust(2)
'a'.ljust(-1)
'42'.zfill(5)
'-42'.zfill(5)
'+'.zfill(3)
'abc'.zfill(2)
'a'.center(3, 'ab')
'a'.ljust(5, '')
'a'.center()
'a'.center(2.0)
'a'.center(5, fillchar='x')
'a'.zfill('a')
'a'.zfill()
'abc'.center(10, 'é')
'a\tbc\td'.expandtabs()
'a\tbc\n\td'.expandtabs(4)
'a\tb'.expandtabs(tabsize=0)
'abc'.expandtabs('a')
# ---- format
'{} {}'.format(1, 'a')
'{1} {0}'.format(1, 'a')
'{x}-{y!r}'.format(x=1, y='q')
'{0[0]} {0[1]}'.format(['a', 'b'])
'{a[k]}'.format(a={'k': 5})
'{0.real}'.format(3)
'{:>5}|{:<5}|{:^5}'.format(1, 2, 3)
'{:05.2f}'.format(3.14159)
'{:,}'.format(1234567)
'{:_x}'.format(255)
'{:#b}'.format(5)
'{:e}'.format(12345.678)
'{:.3g}'.format(0.0001234)
'{:%}'.format(0.5)
'{:+d}'.format(5)
'{!r:>10}'.format('a')
'{!s:>3}'.format(1)
'{!a}'.format('é')
'{:{}}'.format('a', 5)
'{:{}{}}'.format(1, '>', 5)
'{0:>{1}.{2}}'.format(3.14159, 10, 3)
'{:{}}'.format('a', 5.0)
'{:{:{}}}'.format(1, 2, 3)
'{{0}}'.format()
'}}{{'.format()
'{0}{{}}'.format(1)
'{0}{}'.format(1, 2)
'{}{0}'.format(1, 2)
'{1}'.format(1)
'{}'.format()
'{x}'.format(1)
'{'.format(1)
'}'.format(1)
'{0}}'.format(1)
'{:}}'.format(1)
'{0!x}'.format(1)
'{!}'.format(1)
'{0!rr}'.format(1)
'{0!r}'.format(1)
'{0!r:}'.format(1)
'{:'.format(1)
'{0:x'.format(1)
'{0!r'.format(1)
'{0['.format(1)
'{0[]}'.format(1)
'{0.}'.format(1)
'{0.a'.format(1)
'{0]}'.format(1)
'{ 0}'.format(1)
'{-1}'.format(1)
'{0[-1]}'.format([1])
'{0[a b]}'.format({'a b': 3})
'{0[0][1]}'.format([[1, 2]])
'{0[0].real}'.format([1])
'{0.real[0]}'.format(1)
'{0[0]x}'.format([1])
'{0.real.x}'.format(1)
'{a.b[c]}'.format(a=1)
'{a[0]}'.format(a='xy')
'{a[0]}'.format(a={'0': 1})
'{a[0]}'.format(a={0: 1})
'{a[00]}'.format(a={0: 1})
'{a[+0]}'.format(a={'+0': 1})
'{:d}'.format('a')
'{:x}'.format([])
'{:}'.format([])
'{:>5}'.format(None)
'{:s}'.format(1)
'{:,}'.format('a')
'{:>d}'.format(1.5)
'{:<5}|'.format(True)
'{}'.format(True)
'{:d}'.format(True)
'{:5}'.format(True)
'{:.2f}'.format(1)
'{0}'.format_map({'0': 1})
'{a}'.format_map({'a': 2})
'{a}'.format_map({})
'a'.format_map()
'{}'.format_map({})
'no fields'.format(1, 2, x=3)
# ---- format builtin
format(3.14159, '.2f')
format(255, 'x')
format('ab', '>4')
format(True, '>5')
format(True)
format([], 'x')
format([1])
format(None)
format(1, 2)
format()
format(1.0)
format(1e16)
format(-0.0, '')
# ---- percent
'%d items' % 5
'%s and %r' % ('a', 'b')
'%5.2f|%-4d|%x' % (3.14159, 7, 255)
'%(a)s-%(b)d' % {'a': 'x', 'b': 2}
'%c%c' % ('a', 98)
'%%' % ()
'%s' % [1, 2]
'%s' % (1, 2)
'%s %s' % (1,)
'%(a)s' % 1
'%z' % 1
'%d' % 'a'
'hello' % [1]
'hello' % 5
'%.3s' % 'abcdef'
'%+05d' % 42
'%e' % 1234.5
# ---- encode / translate / maketrans
'é'.encode()
'abc'.encode('ascii')
'é'.encode('ascii')
'éé'.encode('ascii')
'é'.encode('latin-1')
'é'.encode('ascii', 'ignore')
'é'.encode('ascii', 'replace')
'a'.encode('xx')
'a'.encode(1)
'a'.encode(encoding='ascii')
'abc'.translate({97: 'x', 98: None})
'abc'.translate({97: None, 98: 'xy', 99: 100})
'abc'.translate(1)
'abc'.translate({97: 1.5})
str.maketrans('ab', 'xy')
str.maketrans('a', 'b', 'c')
str.maketrans({'a': 1, 98: 2})
str.maketrans({'a': 1, 'bc': 2})
str.maketrans({1.5: 2})
str.maketrans(1, 2)
str.maketrans('ab', 'c')
str.maketrans(1)
str.maketrans()
'abc'.translate(str.maketrans('abc', 'xyz'))
# ---- str()
str()
str(1)
str(1.5)
str([1, 'a'])
str(None)
str(b'a', 'utf-8')
str(b'\xc3\xa9', encoding='utf-8')
str(1, 'utf-8')
str(1, 2)
str(object=1)
str(x=1)
str('a', 'utf-8')
'abc'.__len__()
'a'.__len__(1)
# ---- list
MUT([1, 2]).append(3)
MUT([1, 2]).extend([3, 4])
MUT([1, 2]).extend((3,))
MUT([1, 2]).extend('ab')
MUT([1, 2]).extend(range(2))
MUT([1, 2]).insert(0, 'x')
MUT([1, 2]).insert(-1, 'x')
MUT([1, 2]).insert(10, 'x')
MUT([1, 2]).insert(-10, 'x')
MUT([1, 2, 3]).pop()
MUT([1, 2, 3]).pop(0)
MUT([1, 2, 3]).pop(-2)
MUT([1, 2, 1]).remove(1)
MUT([3, 1, 2]).sort()
MUT([3, 1, 2]).sort(reverse=True)
MUT(['bb', 'a', 'ccc']).sort(key=len)
MUT(['b', 'A', 'c']).sort(key=str.lower)
MUT([(1, 'b'), (1, 'a'), (0, 'z')]).sort()
MUT([3, 1, 2]).reverse()
MUT([3, 1, 2]).clear()
MUT([1, 2]).copy()
[].append()
[].append(1, 2)
[].append(x=1)
[].pop()
[].pop(5)
[1].pop(5)
[1].pop(1, 2)
[].remove(1)
[1, 2, 3].index(2)
[1, 2, 3].index(4)
[1, 2, 3, 2].index(2, 2)
[1, 2, 3, 2].index(2, -1)
[1, 2, 3].index(2, 0, 1)
[1].index(1, 'a')
[].index()
[1, 1, 2].count(1)
[1, True, 1.0].count(1)
[].count()
[1].insert(1)
[1].insert(1, 2, 3)
[].sort(1)
[].sort(x=1)
[1, 'a'].sort()
['a', 1].sort()
[3, 1].sort(reverse=None)
[3, 1].sort(reverse=2)
[].extend(1)
[].extend()
list()
list('abc')
list((1, 2))
list({'a': 1, 'b': 2})
list(range(3))
list(1)
list([], 1)
list(x=1)
# ---- sorted
sorted([3, 1, 2])
sorted([3, 1, 2], reverse=True)
sorted('bca')
sorted(['b', 'A', 'c'], key=str.lower)
sorted([1, 2.5, True, -1])
sorted([[2, 1], [1, 2], [1]])
sorted([(2, 'a'), (1, 'b')], key=len)
sorted([1, 'a'])
sorted(['a', 1])
sorted([3, 1, 2], key=abs, reverse=True)
sorted({'b': 1, 'a': 2})
sorted()
sorted([], 1)
sorted([], x=1)
sorted(x=[])
sorted(1)
sorted([float('nan'), 1.0, 0.5])
sorted([1, None])
# ---- tuple
(1, 2, 1).count(1)
(1, 2).index(2)
(1, 2).index(3)
(1, 2).count()
tuple()
tuple([1, 2])
tuple('ab')
tuple(1)
tuple(1, 2)
tuple(x=1)
# ---- dict
{'a': 1}.get('a')
{'a': 1}.get('b')
{'a': 1}.get('b', 0)
{}.get()
{}.get(1, 2, 3)
{}.get([])
MUT({'a': 1}).pop('a')
MUT({'a': 1}).pop('b', 2)
{}.pop(1)
{}.pop()
MUT({'a': 1, 'b': 2}).popitem()
{}.popitem()
MUT({'a': 1}).setdefault('a', 5)
MUT({'a': 1}).setdefault('b', 5)
MUT({'a': 1}).setdefault('c')
{}.setdefault()
MUT({'a': 1}).update({'b': 2})
MUT({'a': 1}).update([('b', 2), ['c', 3]])
MUT({'a': 1}).update(b=2, a=0)
MUT({'a': 1}).update({'a': 5}, c=1)
{}.update(1)
{}.update([1])
{}.update([[1, 2, 3]])
{}.update(['ab'])
{}.update(1, 2)
MUT({'a': 1}).copy()
MUT({'a': 1}).clear()
{}.copy(1)
{'a': 1, 'b': 2}.keys()
{'a': 1, 'b': 2}.values()
{'a': 1, 'b': 2}.items()
{}.keys(1)
{}.items(x=1)
list({'a': 1, 'b': 2}.items())
len({'a': 1}.keys())
dict.fromkeys('ab')
dict.fromkeys(['a', 'b'], 0)
{}.fromkeys([1])
dict.fromkeys(1)
{}.fromkeys()
{}.fromkeys(1, 2, 3)
dict()
dict(a=1, b=2)
dict({'a': 1}, b=2)
dict([('a', 1), ('b', 2)])
dict(zip('ab', range(2)))
dict(1)
dict([1])
dict([(1, 2, 3)])
dict(1, 2)
dict({'a': 1}.items())
dict(a=1, **{})
# ---- set
MUT({1, 2}).add(3)
MUT({1, 2}).add(2)
MUT({1, 2}).remove(1)
{1}.remove(2)
MUT({1, 2}).discard(5)
MUT({1}).pop()
set().pop()
MUT({1, 2}).clear()
MUT({1}).update([2], (3,))
MUT({1, 2, 3}).intersection_update([2, 3, 4])
MUT({1, 2, 3}).difference_update([2])
MUT({1, 2}).symmetric_difference_update([2, 3])
{1, 2}.union([3], (4,))
{1, 2}.intersection([2, 3])
{1, 2}.intersection([2], [3])
{1, 2, 3}.difference([2], [3])
{1, 2}.symmetric_difference([2, 3])
{1, 2}.issubset([1, 2, 3])
{1, 4}.issubset([1, 2, 3])
{1, 2, 3}.issuperset([1])
{1, 2}.isdisjoint([3])
{1, 2}.isdisjoint([2])
{1}.copy()
set().add()
set().union(1)
set().issubset(1)
set().discard()
set().update()
set().update(1)
set()
set([1, 1, 2])
set('a')
set(1)
set([], x=1)
frozenset([1, 2])
frozenset()
frozenset([1], 2)
frozenset(x=1)
frozenset([1]).union([2])
frozenset([1, 2]).issubset({1, 2})
# ---- int / float / bool / complex
int()
int(5)
int(-5.9)
int(True)
int('  42  ')
int('-1_000')
int('1__000')
int('_1')
int('1_')
int('0x1F', 16)
int('0x1F', 0)
int('1f', 16)
int('0b101', 0)
int('0o17', 0)
int('017', 0)
int('0', 0)
int('00', 0)
int('0_0', 0)
int('z', 36)
int('10', base=2)
int('abc')
int(' x ')
int('')
int('1.5')
int('1', 1)
int('1', 37)
int(1, 2)
int([])
int(None)
int(1.5e300)
int(float('nan'))
int(float('inf'))
int(x=1)
int('1', base=2, x=1)
int(1, 2, 3)
int(b'42')
int('٣')
float()
float(3)
float('  1.5  ')
float('1_000.5')
float('1e3')
float('-inf')
float('Infinity')
float('nan')
float('.5')
float('5.')
float('a')
float('1__0')
float('')
float([])
float(None)
float(10 ** 400)
float(1, 2)
float(x=1)
bool()
bool(0)
bool([1])
bool('')
bool(1, 2)
bool(x=1)
complex()
complex(1, 2)
complex('1+2j')
complex('-2j')
complex(' (3-4j) ')
complex('j')
complex('1e3-2.5e-1j')
complex('x')
complex('1', 2)
complex(1, 2, 3)
complex(1.5)
(5).bit_length()
(-255).bit_length()
(0).bit_length()
(5).bit_length(1)
(255).bit_count()
(5).conjugate()
(7).as_integer_ratio()
(5).real
(5).imag
(5).numerator
(5).denominator
True.real
(1.5).is_integer()
(2.0).is_integer()
(1.5).as_integer_ratio()
(0.1).as_integer_ratio()
(-0.75).as_integer_ratio()
(0.0).as_integer_ratio()
float('inf').as_integer_ratio()
float('nan').as_integer_ratio()
(1.5).real
(1.5).imag
(2.5).conjugate()
complex(1, 2).real
complex(1, 2).imag
complex(1, 2).conjugate()
# ---- range
range(5)
range(1, 5)
range(1, 10, 3)
range(10, 0, -2)
list(range(10, 0, -3))
range(0)
range()
range(1.5)
range(1, 2, 0)
range(1, 2, 3, 4)
range(x=1)
range(5).index(3)
range(5).index(5)
range(0, 10, 2).index(4)
range(0, 10, 2).index(3)
range(5).count(2)
range(5).count(2.0)
range(5).count('a')
range(1).count()
range(1).index()
range(1, 10, 2).start
range(1, 10, 2).stop
range(1, 10, 2).step
len(range(0, 10, 3))
# ---- bytes
b'abc'.decode()
b'\xc3\xa9'.decode('utf-8')
b'\xff'.decode()
b'a\xffb'.decode('utf-8', 'replace')
b'a\xffb'.decode('utf-8', 'ignore')
b'\xe9'.decode('latin-1')
b'\xe9'.decode('ascii')
b'\xc3'.decode()
b'a'.decode(1)
b'abc'.hex()
bytes()
bytes(3)
bytes([65, 66])
bytes('é', 'utf-8')
bytes('a')
bytes(-1)
bytes([256])
# ---- builtins: len / repr / ascii / callable
len('abc')
len([1, 2])
len({'a': 1})
len('😀')
len()
len(1, 2)
len(1)
len(x=1)
repr('a')
repr()
ascii('é\u1234\U0001f600')
ascii([1, 'é'])
callable(len)
callable(1)
callable(int)
callable()
# ---- any / all / min / max / sum
any([0, '', 1])
any([])
all([1, 'a'])
all([1, 0])
all([])
any()
any(1)
max(1, 2, 3)
max([1, 3, 2])
max('abc')
max([1, 2], [1, 3])
max([], default=5)
max([3, 1], default=5)
max(['a', 'bbb', 'cc'], key=len)
max([1, 3, 3.0], key=None)
min(3, 1, 2)
min([3, 1, 2], key=abs)
min([-3, 1, 2], key=abs)
min([], default=None)
max()
max(x=1)
max(1)
max([])
min([])
max(1, 2, default=3)
min([], key=1, x=2)
max([1, 'a'])
max(1, 'a')
sum([1, 2, 3])
sum([1, 2], 10)
sum([1, 2], start=10)
sum([0.1] * 10)
sum([0.1, 0.2, 0.3])
sum([1, 0.1, 0.2])
sum([1e100, 1.0, -1e100])
sum([1.0, 2 ** 70, 0.5])
sum([2 ** 70, 0.1, 0.2])
sum([[1], [2]], [])
sum([(1,), (2,)], ())
sum([True, True])
sum([], 0.5)
sum(['a', 'b'])
sum([1], 'a')
sum([b'a'], b'')
sum()
sum([], 1, 2)
sum([1], x=2)
sum(1)
sum([float('inf'), 1.0])
sum([float('inf'), float('-inf')])
sum([-0.0])
sum([-0.0], -0.0)
sum([1e308, 1e308, -1e308])
# ---- abs / round / divmod / pow
abs(-5)
abs(-2.5)
abs(True)
abs(complex(3, 4))
abs('a')
abs()
round(2.5)
round(3.5)
round(-0.5)
round(-1.5)
round(0.5, 0)
round(-0.4, 0)
round(2.675, 2)
round(1.005, 2)
round(123.456, -1)
round(125.0, -1)
round(135.0, -1)
round(1234, -2)
round(1250, -2)
round(1350, -2)
round(-1250, -2)
round(5, 2)
round(True)
round(1e300, -400)
round(1.5, 400)
round(1e308, -308)
round(5e-324, 400)
round(1.7976931348623157e308, -308)
round(2.5, None)
round(float('nan'))
round(float('inf'))
round(float('inf'), 2)
round(float('nan'), 2)
round(0.1 + 0.2, 10)
round(1e22)
round('a')
round(1, 2, 3)
round(x=1)
round(number=2.5)
round(2.567, ndigits=1)
round(1.5, 'a')
divmod(7, 2)
divmod(-7, 2)
divmod(7, -2)
divmod(7.5, 2)
divmod(-7.5, 2)
divmod(7, 2.0)
divmod(1, 0)
divmod(1.0, 0)
divmod(1.0, 0.0)
divmod(1, 0.0)
divmod('a', 1)
divmod(1)
pow(2, 10)
pow(2, -1)
pow(2.0, 0.5)
pow(2, 10, 1000)
pow(3, -1, 7)
pow(2, 3, -5)
pow(-2, 3, 5)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(2, -1, 4)
pow(1)
pow(base=2, exp=3)
pow(0, -1)
# ---- isinstance / issubclass
isinstance(1, int)
isinstance(True, int)
isinstance(1, bool)
isinstance(1, (str, int))
isinstance(1, (str, (float, int)))
isinstance('a', (int, float))
isinstance(1, 1)
isinstance(1)
isinstance([], object)
issubclass(bool, int)
issubclass(int, (str, bool))
issubclass(1, int)
issubclass(int, 1)
issubclass(KeyError, LookupError)
issubclass(KeyError, (ValueError, Exception))
issubclass(TimeoutError, OSError)
# ---- hash
hash(1)
hash(-1)
hash(2 ** 61)
hash(2 ** 61 - 1)
hash(-(2 ** 64))
hash(1.5)
hash(-1.5)
hash(0.1)
hash(1e300)
hash(1e-300)
hash(2.0)
hash(float('inf'))
hash(float('-inf'))
hash(True)
hash(None)
hash((1, 2))
hash(())
hash((1, (2, 3.5), None))
hash(complex(1, 2))
hash([])
hash({})
hash((1, []))
hash()
# ---- chr / ord / hex / oct / bin
chr(65)
chr(0x1f600)
chr(-1)
chr(0x110000)
chr('a')
chr()
ord('a')
ord('😀')
ord('ab')
ord('')
ord(1)
ord(b'a')
ord()
hex(255)
hex(-255)
hex(0)
oct(8)
bin(5)
bin(-5)
hex(1.5)
hex()
hex(True)
# ---- getattr / hasattr / setattr
getattr('abc', 'upper')()
getattr(1, 'x', 'dflt')
getattr(1, 'real', 'dflt')
getattr(1, 'x')
getattr(1, 2)
getattr(1)
hasattr(1, 'real')
hasattr(1, 'x')
hasattr(1)
hasattr(1, 2)
setattr(1, 'a')
setattr(1, 'x', 2)
vars(1)
vars(1, 2)
# ---- iteration builtins
list(enumerate('ab'))
list(enumerate('ab', 1))
list(enumerate('ab', start=5))
list(enumerate(iterable='ab'))
enumerate()
enumerate([], x=1)
enumerate([], 1, 2)
enumerate([], start='a')
enumerate(1)
list(zip('ab', [1, 2, 3]))
list(zip())
list(zip('a'))
list(zip([1], [1, 2], strict=True))
list(zip([1, 2], [1], strict=True))
list(zip([1, 2], [1, 2], [1], strict=True))
list(zip([1], [1], [1, 2], strict=True))
list(zip([1, 2], [1, 2], strict=True))
zip(x=1)
zip(1)
list(map(abs, [-1, 2]))
list(map(pow, [2, 3], [2, 2, 2]))
list(map(str.upper, 'ab'))
map(len)
map(len, 1)
map(x=1)
list(filter(None, [0, 1, '', 'a']))
list(filter(abs, [0, 1, -1]))
list(filter(bool, [0, 2]))
filter(len)
filter(len, 1)
list(reversed([1, 2, 3]))
list(reversed((1, 2, 3)))
list(reversed('abc'))
list(reversed(range(5)))
list(reversed(range(0, 10, 3)))
list(reversed({'a': 1, 'b': 2}))
list(reversed({'a': 1, 'b': 2}.items()))
list(reversed(b'ab'))
reversed(1)
reversed({1})
reversed()
reversed([], x=1)
next(iter([1, 2]))
next(iter([]), 'dflt')
next(iter([]))
next([])
next()
next(1, 2, 3)
iter(1)
iter()
iter(1, 2)
iter(1, 2, 3)
list(iter([1, 2]))
list(iter('ab'))
list(iter({'a': 1}))
list(iter(range(3)))
# ---- operators through the hooks
{1, 2} | {3}
{1, 2} & {2, 3}
{1, 2} - {2}
{1, 2} ^ {2, 3}
frozenset([1]) | {2}
{1} | frozenset([2])
{1} | [2]
{'a': 1} | {'b': 2, 'a': 0}
{'a': 1} | [('b', 2)]
{1, 2} < {1, 2, 3}
{1, 2} == frozenset([2, 1])
{'a': 1, 'b': 2}.keys() & {'a'}
sorted({'a': 1, 'b': 2}.keys() | ['c'])
{'a': 1, 'b': 2}.keys() - {'a'}
sorted({'a': 1, 'b': 2}.keys() ^ {'a', 'c'})
['a'] & {'a': 1}.keys()
sorted({'a': 1}.items() | {('b', 2)})
{'a': 1}.keys() == {'a'}
{'a': 1}.keys() == {'a': 5}.keys()
{'a': 1}.items() == {('a', 1)}
{'a': 1}.values() == {'a': 1}.values()
{'a': 1}.keys() != {'b'}
bool({}.keys())
bool({'a': 1}.keys())
bool({}.items())
'a' in {'a': 1}.keys()
'b' in {'a': 1}.keys()
('a', 1) in {'a': 1}.items()
('a', 2) in {'a': 1}.items()
1 in {'a': 1}.values()
[] in {'a': 1}.keys()
{'a': 1}.keys().isdisjoint(['b'])
hash({}.keys())
len({'a': 1}.values())
repr({'a': [1]}.values())
str({'a': 1}.items())
list(reversed({'a': 1, 'b': 2}.values()))
list(iter({'a': 1}.items()))
'%s' % {'a': 1}.keys()
'%d%%' % 50
'%-5s|' % 'ab'
'%r' % 'é'
'%a' % 'é'
'%i' % 3.7
'%o' % 8
'%X' % 255
'%#x' % 255
'%5.1e' % 12345.0
'%g' % 0.00001
'%s' % None
'%c' % 'ab'
'%(x)s %(x)r' % {'x': 'q'}
# ---- misc builtins
input()
slice(3)
slice(1, 2, 3)
slice()
[1, 2, 3][slice(1, None)]
Ellipsis
NotImplemented
pow(x=1)
pow(1, x=2)
round(1.5, x=1)
round(x=1, number=2)
round()
max([], x=1)
'a'.rfind(1)
'a'.count(1)
'a'.center(5, 1)
'a\U0001f600'.encode('latin-1')
'a\u1234'.encode('latin-1')
'\udc80'.encode()
float('٣.٥')
int('٣', 16)
int('\u3000 12\u3000')
'%s' % {}
'%s %s' % {'a': 1}
'a'.replace('a', x=1)
'''


def encode(node):
    """Python AST -> the JSON tree evaluated by both sides."""
    if isinstance(node, ast.Constant):
        v = node.value
        if v is None:
            return ['none']
        if isinstance(v, bool):
            return ['bool', v]
        if isinstance(v, int):
            return ['int', str(v)]
        if isinstance(v, float):
            return ['float', repr(v)]
        if isinstance(v, str):
            return ['str', v]
        if isinstance(v, bytes):
            return ['bytes', list(v)]
        raise ValueError(f'constant {v!r}')
    if isinstance(node, ast.List):
        return ['list', [encode(e) for e in node.elts]]
    if isinstance(node, ast.Tuple):
        return ['tuple', [encode(e) for e in node.elts]]
    if isinstance(node, ast.Set):
        return ['set', [encode(e) for e in node.elts]]
    if isinstance(node, ast.Dict):
        if any(k is None for k in node.keys):
            # {**x} only as an empty mapping splat in calls; not supported here
            raise ValueError('dict splat')
        return ['dict', [[encode(k), encode(v)] for k, v in zip(node.keys, node.values)]]
    if isinstance(node, ast.Name):
        return ['name', node.id]
    if isinstance(node, ast.Attribute):
        return ['attr', encode(node.value), node.attr]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return ['neg', encode(node.operand)]
    if isinstance(node, ast.BinOp):
        ops = {ast.Mod: '%', ast.Add: '+', ast.Mult: '*', ast.Pow: '**', ast.Sub: '-', ast.BitOr: '|', ast.BitAnd: '&', ast.BitXor: '^'}
        return ['binop', ops[type(node.op)], encode(node.left), encode(node.right)]
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        ops = {ast.Eq: '==', ast.NotEq: '!=', ast.In: 'in', ast.NotIn: 'not in', ast.Lt: '<', ast.Gt: '>'}
        return ['cmp', ops[type(node.ops[0])], encode(node.left), encode(node.comparators[0])]
    if isinstance(node, ast.Subscript):
        return ['getitem', encode(node.value), encode(node.slice)]
    if isinstance(node, ast.Call):
        kw = {}
        for k in node.keywords:
            if k.arg is None:
                if isinstance(k.value, ast.Dict) and not k.value.keys:
                    continue
                raise ValueError('** splat')
            kw[k.arg] = encode(k.value)
        args = [encode(a) for a in node.args]
        f = node.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Call) and isinstance(f.value.func, ast.Name) and f.value.func.id == 'MUT':
            return ['mut', encode(f.value.args[0]), f.attr, args, kw]
        return ['call', encode(f), args, kw]
    raise ValueError(f'unsupported syntax: {ast.dump(node)}')


def evaluate(n):
    """Evaluate the JSON tree in CPython (mirrors evalNode in builtins.test.ts)."""
    tag = n[0]
    if tag == 'none':
        return None
    if tag in ('bool', 'str'):
        return n[1]
    if tag == 'int':
        return int(n[1])
    if tag == 'float':
        return float(n[1])
    if tag == 'bytes':
        return bytes(n[1])
    if tag == 'list':
        return [evaluate(e) for e in n[1]]
    if tag == 'tuple':
        return tuple(evaluate(e) for e in n[1])
    if tag == 'set':
        return {evaluate(e) for e in n[1]}
    if tag == 'dict':
        return {evaluate(k): evaluate(v) for k, v in n[1]}
    if tag == 'name':
        return getattr(builtins, n[1])
    if tag == 'attr':
        return getattr(evaluate(n[1]), n[2])
    if tag == 'neg':
        return -evaluate(n[1])
    if tag == 'binop':
        a, b = evaluate(n[2]), evaluate(n[3])
        return {'%': lambda: a % b, '+': lambda: a + b, '*': lambda: a * b, '**': lambda: a ** b, '-': lambda: a - b,
                '|': lambda: a | b, '&': lambda: a & b, '^': lambda: a ^ b}[n[1]]()
    if tag == 'cmp':
        a, b = evaluate(n[2]), evaluate(n[3])
        return {'==': lambda: a == b, '!=': lambda: a != b, 'in': lambda: a in b, 'not in': lambda: a not in b,
                '<': lambda: a < b, '>': lambda: a > b}[n[1]]()
    if tag == 'getitem':
        return evaluate(n[1])[evaluate(n[2])]
    if tag == 'call':
        f = evaluate(n[1])
        return f(*[evaluate(a) for a in n[2]], **{k: evaluate(v) for k, v in n[3].items()})
    if tag == 'mut':
        recv = evaluate(n[1])
        r = getattr(recv, n[2])(*[evaluate(a) for a in n[3]], **{k: evaluate(v) for k, v in n[4].items()})
        return (r, recv)
    raise ValueError(tag)


def outcome(tree):
    try:
        return repr(evaluate(tree))
    except Exception as e:  # noqa: BLE001
        return f'{type(e).__name__}: {e}'


# ---- sort comparison logs: which pairs CPython's list.sort compares, in order

class Logged:
    log = None

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Logged.log.append([self.v, other.v])
        return self.v < other.v


def sort_log(values, reverse=False):
    Logged.log = []
    items = [Logged(v) for v in values]
    items.sort(reverse=reverse)
    return {'values': values, 'reverse': reverse, 'log': Logged.log, 'result': [x.v for x in items]}


def sort_logs():
    rnd = random.Random(1234)
    inputs = [
        [],
        [1],
        [2, 1],
        [1, 2, 3, 4],
        [4, 3, 2, 1],
        [3, 3, 2, 2, 1, 1],
        [1, 1, 1, 0],
        [3, 2, 3, 4, 1],
        [1, 2, 3, 2, 1],
        [5, 1, 4, 2, 3, 0, 9, 7, 8, 6],
        [2, 2, 1, 1, 3, 3, 0],
    ]
    for n in (7, 20, 40, 63):
        inputs.append([rnd.randrange(10) for _ in range(n)])
    out = [sort_log(v) for v in inputs]
    out += [sort_log(v, True) for v in inputs[3:9]]
    return out


def main():
    assert sys.version_info[:2] == (3, 13), 'run with CPython 3.13 (PYENV_VERSION=3.13.0)'
    cases = []
    seen = set()
    for line in CASES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line in seen:
            continue
        seen.add(line)
        tree = encode(ast.parse(line, mode='eval').body)
        cases.append({'src': line, 'tree': tree, 'expect': outcome(tree)})
    data = {'python': sys.version.split()[0], 'cases': cases, 'sortlogs': sort_logs()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=True, indent=0)
        f.write('\n')
    print(f'{len(cases)} cases, {len(data["sortlogs"])} sort logs -> {path}')


if __name__ == '__main__':
    main()
