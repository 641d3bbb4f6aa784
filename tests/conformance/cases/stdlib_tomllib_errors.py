# tomllib's errors: each bad document's TOMLDecodeError message with its line and column (or 'end
# of document'), its cause, and on 3.14 its msg/doc/pos/lineno/colno attributes; wrong argument
# types for loads/load; parse_float's checks; TOMLDecodeError built by hand (3.14 warns about
# free-form arguments).
import tomllib
import warnings

BAD = [
    'a = 1\nb = 2\nc = ',
    'x',
    'x = ',
    'x = 1 2',
    '= 1',
    '?',
    'a.b = 1\na.b.c = 2',
    'a = 1\na = 2',
    '[t]\n[t]',
    '[t]\nx = 1\n[t.x]',
    '[t\nx = 1',
    '[[t]\n',
    '[[t]]\n[t]',
    't = []\n[[t]]',
    't = {a = 1}\n[t]',
    't = {a = 1}\nt.b = 2',
    '[a.b]\n[a]\nb = 1',
    '[a]\nb.c = 1\n[a.b]',
    '[a]\nb.c = 1\n[a]\nb.d = 2',
    'a = {b = 1, b = 2}',
    'a = {b = 1,}',
    'a = {b = 1\n}',
    'a = {b = [1], b.c = 2}',
    'a = {b = 1, b.c = 2}',
    'a = [1 2]',
    'a = [1,,2]',
    'a = [1',
    'a = "abc',
    "a = 'abc",
    "a = 'abc\nb = 'd'",
    'a = """abc',
    "a = '''abc",
    'a = "a\\qb"',
    'a = "\\u12"',
    'a = "\\uD800"',
    'a = "\\U00110000"',
    'a = "\\UFFFFFFFF!"',
    'a = "tab\tok" # bell \x07',
    'a = "bell\x07"',
    'a = """x\\   y"""',
    'a = """x\\   ',
    'a = "x\\',
    'a = 2021-02-30',
    'a = 2021-02-29T10:00:00',
    'a = 2021-13-01',
    'a = 10:00',
    'a = 07:32:00Z',
    'a = 1979-05-27T07:32:00+24:00',
    'a = 01',
    'a = 1__0',
    'a = 0x',
    'a = 0b102',
    'a = 1.',
    'a = .5',
    'a = 1e',
    'a = infinity',
    'a = tru',
    'a = True',
    '"""k""" = 1',
    'a.. b = 1',
    'a . "b" . \'c\' = 1\na.b.c.d = 2',
    'a = 1\r\n\rb = 2',
    '# comment \x00 here',
    'a = 1 # ok\n# bad \x1f',
    '\ufeffa = 1',
    'ключ = 1',
    '[a]]\n',
    '[[a]] x',
    '  \t[ a . b ]  \n[ a ]\n[[a.c]]\n[[a.b]]',
    'a = [{b = 1}]\n[[a]]',
    'a = [{b = 1}]\n[a.c]',
    'a = 1\n[a.b]',
    '[[x]]\n[x.y]\nz = 1\n[[x]]\n[x.y]\nz = 2\n[x.y]',
    'v = 1e400\nw = -1e400\nn = -nan',
]

for doc in BAD:
    try:
        print(repr(doc), '->', tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), '!', e)
        print('   ', repr(e.__cause__), e.__suppress_context__, e.args == (str(e),),
              [getattr(e, n, '-') for n in ('msg', 'pos', 'lineno', 'colno')], getattr(e, 'doc', '-') == doc)

for arg in [b'a = 1', 1, None, bytearray(b'x')]:
    try:
        tomllib.loads(arg)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

with open('t.toml', 'w') as f:
    f.write('a = 1\n')
with open('t.toml') as f:
    try:
        tomllib.load(f)
    except TypeError as e:
        print('TypeError', e)
with open('t.toml', 'wb') as f:
    f.write(b'a = "\xff"\n')
with open('t.toml', 'rb') as f:
    try:
        tomllib.load(f)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)

for pf in [lambda s: {}, lambda s: [s], lambda s: int(s)]:
    try:
        print(tomllib.loads('x = 1.5', parse_float=pf))
    except ValueError as e:
        print('ValueError', e)
print(tomllib.loads('x = 1\ny = 2.0', parse_float=lambda s: {'s': s}.get('s')))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for args in [(), ('just a message',), ('m', 'doc', 3), ('m', 'a\nbc', 4), ('m', 'doc', 3, 'extra'), ('m', b'doc', 1)]:
        e = tomllib.TOMLDecodeError(*args)
        print(args, repr(str(e)), e.args, getattr(e, 'lineno', '-'), getattr(e, 'colno', '-'))
    print([str(w.message) for w in caught])
