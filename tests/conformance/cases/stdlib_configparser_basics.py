# configparser: reading an INI text (DEFAULT, multi-line values, comments), typed getters, the
# mapping protocol and section proxies, set/remove, converters, and write() back to a StringIO.
import configparser
import io

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9

[forge.example]
User = hg
ratio: 0.25
; another comment

[topsecret.server.example]
Port = 50022
ForwardX11 = no
multi = line one
   line two

   line four
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.options('forge.example'))
print(cp.defaults())
print(cp.getint('topsecret.server.example', 'port'), cp.getboolean('forge.example', 'compression'))
print(cp.getfloat('forge.example', 'ratio'), cp.getfloat('forge.example', 'missing', fallback=1.5))
print(repr(cp['topsecret.server.example']['multi']), repr(cp.get('topsecret.server.example', 'empty')))
print(cp.items('forge.example'))
print(cp.items('DEFAULT'))
print(list(cp), len(cp), 'forge.example' in cp, 'nope' in cp, cp['forge.example'])
print(dict(cp['forge.example']), len(cp['forge.example']), 'user' in cp['forge.example'])
print(cp['forge.example'].get('user'), cp['forge.example'].get('nope'), cp['forge.example'].get('nope', 'fb'))
print(cp['forge.example'].getint('compressionlevel'), cp['forge.example'].getboolean('nope', True))
print(cp['forge.example'].name, cp['forge.example'].parser is cp)
print(cp.get('forge.example', 'user', vars={'User': 'override'}), cp.get('nope', 'x', fallback=None))
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'))
print(cp.has_option('forge.example', 'USER'), cp.has_option('forge.example', 'compression'),
      cp.has_option('nope', 'x'), cp.has_option(None, 'compression'), cp.has_option('', 'nope'))
for word in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'off']:
    cp.set('forge.example', 'flag', word)
    print(word, cp.getboolean('forge.example', 'flag'), end='; ')
print()
cp.add_section('new')
cp.set('new', 'Key', 'Value')
cp['new']['other'] = 'x\ny'
cp['third'] = {'a': 1, 'B': 2.5}
print(cp.sections(), dict(cp['third']))
print(cp.remove_option('forge.example', 'flag'), cp.remove_option('forge.example', 'flag'))
print(cp.remove_section('third'), cp.remove_section('third'))
del cp['new']['other']
print(cp.options('new'))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())

# Converters: a parser's and its proxies' get<name>.
cv = configparser.ConfigParser(converters={'list': lambda v: [p.strip() for p in v.split(',')]})
cv.read_dict({'s': {'names': 'a, b ,c', 'n': '7'}})
print(cv.getlist('s', 'names'), cv['s'].getlist('names'), sorted(cv.converters))
cv.converters['twice'] = lambda v: int(v) * 2
print(cv.gettwice('s', 'n'), cv['s'].gettwice('n'), cv['s'].gettwice('zz', -1))
del cv.converters['twice']
print(hasattr(cv, 'gettwice'), sorted(cv.converters))

# A raw parser keeps % as it is and takes any value type.
raw = configparser.RawConfigParser()
raw.add_section('s')
raw.set('s', 'pct', '100%')
raw.set('s', 'num', 42)
print(raw.get('s', 'pct'), raw.get('s', 'num'), raw.items('s'))

# Custom delimiters, comment prefixes, case-keeping optionxform, allow_no_value, no empty lines.
cu = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                               inline_comment_prefixes=('#',), allow_no_value=True,
                               empty_lines_in_values=False, default_section='common')
cu.optionxform = str
cu.read_string('[common]\nBase -> 1\n[S]\n// note\nKey -> v # trailing\nflag\nlong -> a\n  b\n\n  c\n')
print(cu.sections(), cu.items('S'), cu.defaults())
out = io.StringIO()
cu.write(out)
print(out.getvalue())
p = configparser.ConfigParser(defaults={'Home': '/h', 'n': 3})
print(p.defaults(), p.get('DEFAULT', 'n'), p.popitem() if p.sections() else 'no sections')
p.read_dict({'one': {}, 'two': {}})
print(p.popitem(), p.sections())
