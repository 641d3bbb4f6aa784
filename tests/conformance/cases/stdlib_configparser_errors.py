# configparser's errors: each class's message, args and attributes, as raised by lookups, set(),
# strict reading of strings and dicts, bad lines (gathered into one ParsingError), a value-less
# option continued by an indented line, and Basic/Extended interpolation failures. Each version's
# text and behaviour (3.13 changed ParsingError's constructor and the continuation case).
import configparser
import io


def show(label, f):
    try:
        r = f()
    except Exception as e:
        attrs = {k: v for k, v in vars(e).items() if k != 'message'} if isinstance(e, configparser.Error) else ''
        print(label, '->', type(e).__name__, '|', e, '|', e.args, attrs)
        return
    print(label, '=', repr(r))


cp = configparser.ConfigParser()
cp.read_string('[s]\na = 1\nb = %(a)s%%\nc = %(nope)s\nd = %(d)s\ne = 50%\nf = %(a\n')
show('no section', lambda: cp.get('x', 'a'))
show('no option', lambda: cp.get('s', 'Zz'))
show('items no section', lambda: cp.items('x'))
show('options no section', lambda: cp.options('x'))
show('set no section', lambda: cp.set('x', 'a', '1'))
show('dup section', lambda: cp.add_section('s'))
show('default section', lambda: cp.add_section('DEFAULT'))
show('section type', lambda: cp.add_section(3))
show('option type', lambda: cp.set('s', 4, 'v'))
show('value type', lambda: cp.set('s', 'k', 5))
show('proxy value type', lambda: cp['s'].__setitem__('k', 5))
show('bad % set', lambda: cp.set('s', 'k', 'a %b'))
show('bad %( set', lambda: cp.set('s', 'k', '%(x) 1'))
show('escaped', lambda: cp.get('s', 'b'))
show('missing', lambda: cp.get('s', 'c'))
show('depth', lambda: cp.get('s', 'd'))
show('lonely %', lambda: cp.get('s', 'e'))
show('unclosed', lambda: cp.get('s', 'f'))
show('raw', lambda: cp.get('s', 'f', raw=True))
show('items interpolates', lambda: cp.items('s'))
show('not bool', lambda: cp.getboolean('s', 'a') and cp.set('s', 'a', 'maybe') or cp.getboolean('s', 'a'))
show('not int', lambda: cp.getint('s', 'b', raw=True))
show('del default', lambda: cp.__delitem__('DEFAULT'))
show('del missing', lambda: cp.__delitem__('zz'))
show('getitem missing', lambda: cp['zz'])
show('proxy missing', lambda: cp['s']['zz'])
show('del proxy missing', lambda: cp['s'].__delitem__('zz'))
show('popitem empty', lambda: configparser.RawConfigParser().popitem())
show('interpolation type', lambda: configparser.ConfigParser(interpolation=3))
show('converter key', lambda: cp.converters.__setitem__('', int))
show('converter key type', lambda: cp.converters.__setitem__(5, int))

for text in ['[a]\nx=1\n[a]\n', '[a]\nx=1\nX: 2\n', 'x = 1\n', '\n\n  # c\nkey\n',
             '[a]\nnovalue\n=1\n  :2\nok=1\n', '[a]\n[b]\n[c\n', '[DEFAULT]\n[DEFAULT]\nx=1\n']:
    p = configparser.ConfigParser()
    show(repr(text), lambda: p.read_string(text, source='cfg.ini'))
    show('   sections', lambda: (p.sections(), {s: dict(p[s]) for s in p.sections()}))

p = configparser.ConfigParser(strict=False)
p.read_string('[a]\nx=1\n[a]\nx=2\ny=3\n')
print('not strict', dict(p['a']))
show('dict dup option', lambda: configparser.ConfigParser().read_dict({'a': {'x': 1, 'X': 2}}))
show('dict dup section', lambda: configparser.ConfigParser().read_dict({'a': {}, 1: {}, '1': {}}))
show('file source', lambda: configparser.ConfigParser().read_file(io.StringIO('[a]\n[a]\n')))
show('iterable source', lambda: configparser.ConfigParser().read_file(['[a]\n', 'bad\n']))
named = io.StringIO('x=1\n')
named.name = 'named.cfg'
show('named file', lambda: configparser.ConfigParser().read_file(named))

nv = configparser.ConfigParser(allow_no_value=True)
show('continued value-less', lambda: nv.read_string('[a]\nkey\n  more\n'))
print('   after', nv.sections(), nv.has_option('a', 'key'))
nv2 = configparser.ConfigParser(allow_no_value=True)
nv2.read_string('[a]\nkey\nother = 1\n')
print('value-less', nv2.get('a', 'key'), nv2.items('a'))

ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string('[a]\nx = 1\ny = ${x}-${b:z}\nloop = ${loop}\nm = ${nope}\nm2 = ${q:x}\n'
               'bad = $x\nbad2 = ${x\nmany = ${a:b:c}\n[b]\nz = $$5 ${a:x}\n')
for o in ['y', 'loop', 'm', 'm2', 'bad', 'bad2', 'many']:
    show('ext ' + o, lambda: ex.get('a', o))
show('ext set', lambda: ex.set('a', 'k', 'cost $5'))
show('ext set ok', lambda: ex.set('a', 'k', 'cost $$5 ${x}'))

for cls in [configparser.Error, configparser.NoSectionError, configparser.ParsingError,
            configparser.InterpolationMissingOptionError, configparser.MissingSectionHeaderError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
e = configparser.Error('plain')
print(repr(e), str(e), e.args, e.message)
show('parsing error ctor', lambda: configparser.ParsingError('src', 3, 'line'))
