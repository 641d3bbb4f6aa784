# configparser paths the other cases leave out: an Interpolation subclass logging each hook
# (before_read, before_set, before_get, before_write) with its arguments, ExtendedInterpolation's
# cross-section and "more than one ':'" references, get/items with vars (None kept, others made
# strings), a custom dict_type, a subclass's own BOOLEAN_STATES, SectionProxy deletes, assigning a
# section's own proxy back, ConverterMapping's key checks, and each exception's args and attributes.
import configparser
import sys
from collections import OrderedDict

log = []


class Logged(configparser.Interpolation):
    def before_read(self, parser, section, option, value):
        log.append(('read', section, option, value))
        return value

    def before_set(self, parser, section, option, value):
        log.append(('set', section, option, value))
        return value

    def before_get(self, parser, section, option, value, defaults):
        log.append(('get', section, option, value, sorted(defaults)))
        return value

    def before_write(self, parser, section, option, value):
        log.append(('write', section, option, value))
        return value


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


p = configparser.ConfigParser(interpolation=Logged(), defaults={'base': 1}, allow_no_value=True)
p.read_string('[a]\nx = 1\n  more\ny\n[b]\nz: 3\n')
p.set('a', 'w', 'new')
print(p.get('a', 'x'), p.get('a', 'y'), p.items('b'), p.get('b', 'q', fallback='fb'))
print(p.get('a', 'x', vars={'X': 9, 'n': None}), p.get('a', 'n', vars={'N': None}))
print(p.items('a', vars={'x': 'override', 'extra': 'not listed'}))
print(p.items('DEFAULT'), p.get('nosuch', 'x', fallback='nosection'))
out = Writer()
p.write(out, space_around_delimiters=False)
print(''.join(out.parts))
for entry in log:
    print(entry)

e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_dict({'paths': {'root': '/srv', 'data': '${root}/data', 'deep': '${data}/x'},
             'app': {'log': '${paths:deep}/log', 'bad': '${a:b:c}', 'missing': '${paths:none}',
                     'cost': '$$5', 'noref': '${nosuch}'}})
for key in ['log', 'cost', 'bad', 'missing', 'noref']:
    try:
        print(key, e.get('app', key))
    except configparser.Error as err:
        print(key, type(err).__name__, err.args)

d = configparser.RawConfigParser(dict_type=OrderedDict)
d.read_string('[z]\nb=1\na=2\n[y]\nc=3\n')
print(type(d._sections).__name__, type(d['z']).__name__, d.sections(), list(d['z']), len(d['z']))


class Yes(configparser.ConfigParser):
    BOOLEAN_STATES = {'sure': True, 'nope': False}


y = Yes()
y.read_string('[s]\na = sure\nb = nope\nc = yes\n')
print(y.getboolean('s', 'a'), y.getboolean('s', 'b'), y['s'].getboolean('none', fallback='x'))
try:
    y.getboolean('s', 'c')
except ValueError as err:
    print('ValueError', err)

c = configparser.ConfigParser()
c.read_string('[DEFAULT]\nd = 0\n[s]\nk = v\n')
sec = c['s']
for key in ['k', 'd', 'absent']:
    try:
        del sec[key]
        print('deleted', key, list(sec))
    except KeyError as err:
        print('KeyError', err)
c['s'] = c['s']
print(list(c['s']), c['s'] is sec, 's' in c, len(c), list(c))
c['s'] = {'fresh': 1}
c['DEFAULT'] = {'other': 2}
print(dict(c['s']), dict(c['DEFAULT']), c.popitem()[0], c.sections())
for bad in ['', 5, None]:
    try:
        c.converters[bad] = int
    except ValueError as err:
        print('ValueError', err)
    try:
        del c.converters[bad]
    except KeyError as err:
        print('KeyError', repr(err))
c.converters['list'] = lambda v: v.split(',')
c.read_string('[t]\nitems = a,b\n')
print(c.getlist('t', 'items'), c['t'].getlist('items'), sorted(c.converters), c.converters['list'] is not None)
del c.converters['list']
print(hasattr(c, 'getlist'), hasattr(c['t'], 'getlist'), sorted(c.converters))

errors = [configparser.NoSectionError('s'), configparser.DuplicateSectionError('s', 'f', 4),
          configparser.DuplicateSectionError('s'), configparser.DuplicateOptionError('s', 'o', None, 2),
          configparser.DuplicateOptionError('s', 'o', 'f', None), configparser.NoOptionError('o', 's'),
          configparser.InterpolationError('o', 's', 'm'), configparser.InterpolationMissingOptionError('o', 's', 'r', 'ref'),
          configparser.InterpolationDepthError('o', 's', 'r'), configparser.MissingSectionHeaderError('f', 3, 'x=1'),
          configparser.ParsingError('src')]
for err in errors:
    attrs = {k: v for k, v in vars(err).items()}
    print(type(err).__name__, repr(str(err)), err.args, sorted(attrs.items(), key=str))
pe = errors[-1]
pe.append(7, 'bad line')
print(repr(str(pe)), pe.errors)
if sys.version_info >= (3, 13):
    merged = configparser.ParsingError('one', 1, 'first').combine([configparser.ParsingError('two', 2, 'second')])
    print(repr(str(merged)), merged.errors)
    print(str(configparser.MultilineContinuationError('f', 2, '  cont')))
