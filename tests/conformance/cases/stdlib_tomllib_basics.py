# tomllib reading a project file: every TOML type (strings of the four kinds with escapes, integers
# in four bases, floats with parse_float, booleans, offset/local date-times, dates, times), tables,
# dotted keys, inline tables, arrays and arrays of tables; load() of a binary file.
import asyncio
import tomllib
from decimal import Decimal

DOC = '''
# A project file
[project]
name = "loopline"
version = '0.4.1'
description = """
Visual event loop \
    timeline."""
paths = \'\'\'C:\\Users\\n\'\'\'
quote = "say \\"hi\\"\\t\\u00e9\\U0001F600 \\\\ end"
"quoted key" = 1
site."google.com" = true
physical.color = "orange"
physical.shape = "round"

[numbers]
int = +99
neg = -17
zero = 0
big = 1_000_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
flt = 3.1415
exp = 5e+22
both = -6.626e-34
under = 224_617.445_991
inf1 = inf
inf2 = -inf
nan1 = +nan

[dates]
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999+05:30
odt4 = 1979-05-27 07:32:00z
odt5 = 2000-01-01T00:00:00-00:00
ldt = 1979-05-27T07:32:00.1234567
ld = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.5

[inline]
point = { x = 1, y = 2 }
nested = { a.b = 1, a.c = [1, 2], s = 'x' }
empty = {}
arrays = [ [1, 2], ["a", 'b'], [], [ { k = 1 } ] ]
multi = [
  1,   # one
  2,
  # nothing
]

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[a.b.c]
d = 1
[a]
e = 2
'''


def show(d, indent=''):
    for k, v in d.items():
        if isinstance(v, dict):
            print(indent + repr(k) + ':')
            show(v, indent + '  ')
        else:
            print(indent + repr(k), '=', repr(v), type(v).__name__)


async def main():
    data = tomllib.loads(DOC)
    show(data)
    print(data['dates']['odt1'].tzinfo, data['dates']['odt2'].utcoffset(), data['dates']['odt5'].tzinfo)
    print(data['dates']['odt2'].isoformat(), data['dates']['lt2'].isoformat())
    d = tomllib.loads('x = 1.5\ny = [0.1, 1e2]\nz = nan\nw = 2', parse_float=Decimal)
    print(d)
    print(tomllib.loads('a = 1.0\r\nb = """c\r\nd"""\r\n'))
    print(tomllib.loads(''), tomllib.loads('# only a comment'), tomllib.loads('\n\n  \t\n'))
    print(tomllib.loads('x = 1 # trailing\n[t] # c\n[[u]] # c'))
    print(tomllib.loads("s = '''\nline1\n  line2'''\nt = \"\"\"a\"\"\"\"\nu = '''b'''''"))
    with open('pyproject.toml', 'wb') as f:
        f.write(b'[tool.x]\nname = "caf\xc3\xa9"\nlevel = 3\n')
    with open('pyproject.toml', 'rb') as f:
        print(tomllib.load(f))
    with open('pyproject.toml', 'rb') as f:
        print(tomllib.load(f, parse_float=str))
    print(tomllib.__all__, tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__mro__[1:])
    await asyncio.sleep(0.1)
    print(tomllib.loads('[a]\nb.c = 1\n[a.d]\ne = 2'))


asyncio.run(main())
