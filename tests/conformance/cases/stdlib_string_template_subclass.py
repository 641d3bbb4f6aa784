# string.Template: a subclass's delimiter, idpattern, braceidpattern, flags or whole pattern (compiled
# when the subclass is made), safe_substitute, get_identifiers, is_valid, mappings that are not dicts.
import re
import string
from collections import defaultdict, ChainMap


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


T = string.Template
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags == re.IGNORECASE)
print(T.pattern.pattern.split())
print(T.pattern.flags & re.VERBOSE != 0, T.pattern.flags & re.IGNORECASE != 0)
for text in ['$a ${b} $$ $', '${a b}', '$1', 'x${', '$a$b$c$a', 'line1\nab $ cd', '$Ä', '$_x9 ${_Y}']:
    t = T(text)
    attempt('sub ' + repr(text), lambda: t.substitute(a=1, b=2, c=3, _x9='X', _Y='Y'))
    attempt('safe', lambda: t.safe_substitute({'a': 'A'}, c='C'))
    print('ids', t.get_identifiers(), 'valid', t.is_valid())
attempt('missing', lambda: T('$who').substitute())
attempt('none mapping', lambda: T('$who').substitute(None))
attempt('defaultdict', lambda: T('$who and $what').substitute(defaultdict(lambda: '?', who='me')))
attempt('chain', lambda: T('$a $b').substitute(ChainMap({'a': 1}, {'b': 2}), b=3))
attempt('kws win', lambda: T('$a').substitute({'a': 1}, a=2))


class Percent(T):
    delimiter = '%'
    idpattern = '[a-z]+'


p = Percent('%who likes %what %% %{x} %Up %9')
print(type(p.pattern).__name__, Percent.pattern.flags & re.IGNORECASE != 0)
attempt('percent', lambda: p.safe_substitute(who='a', what='b', x='c', Up='U'))
attempt('percent sub', lambda: p.substitute(who='a', what='b', x='c', Up='U'))
print(p.get_identifiers(), p.is_valid())


class Dots(T):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'
    flags = 0


d = Dots('$user.name is $user.AGE and ${x.y} $Cap')
attempt('dots', lambda: d.safe_substitute({'user.name': 'ann', 'x.y': 'xy', 'user': 'U'}))
print(d.get_identifiers(), d.is_valid())


class Braces(T):
    braceidpattern = r'[A-Z ]+'


b = Braces('${HELLO WORLD} $low ${low}')
attempt('braces', lambda: b.safe_substitute({'HELLO WORLD': 'hw', 'low': 'l'}))
print(b.get_identifiers(), b.is_valid())


class Hash(T):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[_a-z][_a-z0-9]*) |
      \{(?P<braced>[_a-z][_a-z0-9]*)\} |
      (?P<invalid>)
    )
    '''


h = Hash('#a ## #{b} $c #')
attempt('hash', lambda: h.substitute(a=1, b=2))
attempt('hash safe', lambda: h.safe_substitute(a=1))
print(h.get_identifiers(), h.is_valid(), Hash.pattern.flags & re.VERBOSE != 0)


class Odd(T):
    pattern = r'@(?P<named>[a-z]+)|(?P<other>!)'


o = Odd('@x ! @y')
attempt('odd sub', lambda: o.substitute(x=1, y=2))
attempt('odd ids', lambda: o.get_identifiers())
attempt('odd valid', lambda: o.is_valid())


class Dollar2(T):
    delimiter = '$$'


attempt('two-char delimiter', lambda: Dollar2('$$a $$$$ $a $$').safe_substitute(a=1))
attempt('invalid line', lambda: Dollar2('ok\n  $$ x').substitute())


class Later(T):
    pass


print(Later.flags == re.IGNORECASE, T.flags == re.IGNORECASE, 'pattern' in vars(Later))
attempt('after pattern read', lambda: T('$a ${b} $$ $c').safe_substitute(a=1, b=2))
