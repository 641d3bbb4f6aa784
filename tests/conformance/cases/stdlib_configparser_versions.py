# configparser across versions: what each has (UNNAMED_SECTION from 3.13, 3.14's write checks and
# UnnamedSectionDisabledError, 3.11's deprecated SafeConfigParser/readfp/LegacyInterpolation),
# inline comments found by each version's rule, and the values a failed read leaves.
import configparser
import io
import warnings

warnings.simplefilter('always')


def show(label, f):
    try:
        with warnings.catch_warnings(record=True) as caught:
            r = f()
        print(label, '=', repr(r), [str(w.message) for w in caught])
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)


print(sorted(configparser.__all__))
print(type(configparser.__all__).__name__)
for name in ['UNNAMED_SECTION', 'MultilineContinuationError', 'InvalidWriteError',
             'UnnamedSectionDisabledError', 'SafeConfigParser', 'LegacyInterpolation']:
    print(name, hasattr(configparser, name))

# Inline comments: before 3.13 the first round in which some prefix qualified decided.
p = configparser.ConfigParser(inline_comment_prefixes=('#', ';'))
p.read_string('[s]\na = x;y ;z #w\nb = ;only\nc = p#q ; r\nd = #\n')
print(p.items('s'))

# A read that fails part-way: 3.13 joins the values read so far, earlier versions leave lists.
p = configparser.RawConfigParser()
show('failed read', lambda: p.read_string('[s]\nx = 1\n  2\n[s]\n'))
show('left', lambda: p.get('s', 'x'))

if hasattr(configparser, 'UNNAMED_SECTION'):
    u = configparser.ConfigParser(allow_unnamed_section=True)
    u.read_string('top = 1\nalso = 2\n[named]\nx = y\n')
    print(u.sections(), repr(u.sections()[0]), u.get(configparser.UNNAMED_SECTION, 'top'))
    out = io.StringIO()
    u.write(out)
    print(out.getvalue())
    show('unnamed disabled', lambda: configparser.ConfigParser().read_string('top = 1\n'))
    show('add unnamed', lambda: configparser.ConfigParser().add_section(configparser.UNNAMED_SECTION))
    e = configparser.ParsingError('src', 3, 'bad line')
    print(e, e.errors)
    show('continued', lambda: configparser.ConfigParser(allow_no_value=True).read_string('[a]\nk\n  v\n'))
else:
    show('unnamed keyword', lambda: configparser.ConfigParser(allow_unnamed_section=True))

w = configparser.RawConfigParser()
w.read_dict({'s': {'[x]': '1', 'a=b': '2'}})
show('write odd keys', lambda: w.write(io.StringIO()))
w = configparser.RawConfigParser()
w['s'] = {}
w.set('s', 'k:v', 'x')
show('write delimiter key', lambda: w.write(io.StringIO()))

if hasattr(configparser, 'SafeConfigParser'):
    show('SafeConfigParser', lambda: type(configparser.SafeConfigParser()).__name__)
    r = configparser.ConfigParser()
    show('readfp', lambda: r.readfp(io.StringIO('[a]\nk = v\n'), 'f.ini'))
    print(r.items('a'))
    show('ParsingError filename', lambda: configparser.ParsingError(filename='f').source)
    show('ParsingError both', lambda: configparser.ParsingError('a', filename='f'))
    show('ParsingError none', lambda: configparser.ParsingError())
    show('filename attr', lambda: configparser.ParsingError('s').filename)
if hasattr(configparser, 'LegacyInterpolation'):
    def legacy():
        lp = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
        lp.read_string('[a]\nx = 1\ny = %(x)s-%(X)s%%\nz = %(nope)s\n')
        return lp.get('a', 'y'), lp.get('a', 'x')
    show('legacy', legacy)
