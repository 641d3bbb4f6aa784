# A command-line tool that sets up its locale the way tutorials show: read what is set, try the
# user's preferred locales in turn and fall back, save and restore the whole setting around a block,
# take the locale from the environment, and report the encodings it will use.
import locale
import os
import warnings

warnings.simplefilter('always')


def show(label, call):
    try:
        print(f'{label}: {call()!r}')
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {e}')


show('LC_ALL', lambda: locale.setlocale(locale.LC_ALL))
for name in ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES'):
    category = getattr(locale, name)
    show(f'{name}={category}', lambda: (locale.setlocale(category), locale.getlocale(category)))
show('getlocale()', locale.getlocale)
show('getlocale(LC_ALL)', lambda: locale.getlocale(locale.LC_ALL))

# The first of the user's choices the machine has.
for wanted in ('de_DE.UTF-8', 'en_US.UTF-8', 'en_US', 'fr_FR.ISO8859-1', 'C.UTF-8'):
    try:
        got = locale.setlocale(locale.LC_ALL, wanted)
    except locale.Error as e:
        print('no', wanted, '-', e)
    else:
        print('using', wanted, '->', got)
        break
show('after', lambda: (locale.setlocale(locale.LC_ALL), locale.getlocale()))

# Spellings of the names.
for name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8', 'c.utf8', 'C.UTF-8@euro', 'C.', 'posix',
             'C_US', 'C.ascii', '.', '/C', 'en_US.UTF-8', 'C;C', 'x' * 30]:
    show(f'LC_NUMERIC {name!r}', lambda: (locale.setlocale(locale.LC_NUMERIC, name), locale.setlocale(locale.LC_ALL)))
    locale.setlocale(locale.LC_ALL, 'C')

# Pairs go through normalize().
for pair in [('C', None), (None, None), ['C', 'UTF-8'], ('C', 'utf8'), ('en_US', 'UTF-8'), ('C',), 'C', ('C', 5), 42]:
    show(f'pair {pair!r}', lambda: locale.setlocale(locale.LC_ALL, pair))
locale.setlocale(locale.LC_ALL, 'C')

# Save, change one category, restore all.
saved = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_TIME, 'C.UTF-8')
mixed = locale.setlocale(locale.LC_ALL)
print('mixed:', mixed)
show('getlocale(LC_ALL) mixed', lambda: locale.getlocale(locale.LC_ALL))
show('restore mixed', lambda: locale.setlocale(locale.LC_ALL, mixed))
print('now:', locale.setlocale(locale.LC_ALL))
show('restore saved', lambda: locale.setlocale(locale.LC_ALL, saved))
print('now:', locale.setlocale(locale.LC_ALL))

# Categories and arguments the C library refuses.
for category in (7, 12, 13, 99, -1):
    show(f'query {category}', lambda: locale.setlocale(category))
    show(f'set {category}', lambda: locale.setlocale(category, 'C'))
show('str category', lambda: locale.setlocale('LC_ALL'))
show('null', lambda: locale.setlocale(locale.LC_ALL, 'C\0x'))
show('bytes', lambda: locale.setlocale(locale.LC_ALL, b'C'))
show('empty tuple', lambda: locale.setlocale(locale.LC_ALL, ()))

# The environment's locale.
print('LANG', os.environ.get('LANG'))
show("''", lambda: locale.setlocale(locale.LC_ALL, ''))
show('encodings', lambda: (locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding()))
locale.setlocale(locale.LC_ALL, 'C')
show('encodings in C', lambda: (locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding(),
                                 locale.nl_langinfo(locale.CODESET)))
os.environ['LC_TIME'] = 'C.utf8'
show("'' with LC_TIME", lambda: locale.setlocale(locale.LC_ALL, ''))
os.environ['LC_NUMERIC'] = 'de_DE'
show("'' with LC_NUMERIC=de_DE", lambda: locale.setlocale(locale.LC_ALL, ''))
show('still', lambda: locale.setlocale(locale.LC_ALL))
del os.environ['LC_NUMERIC']
os.environ['LC_ALL'] = 'C'
show("'' with LC_ALL=C", lambda: locale.setlocale(locale.LC_ALL, ''))
show('LC_CTYPE from LC_ALL', lambda: locale.setlocale(locale.LC_CTYPE, ''))
del os.environ['LC_ALL']
os.environ['LANG'] = 'fr_FR.UTF-8'
show("'' with LANG=fr_FR.UTF-8", lambda: locale.setlocale(locale.LC_ALL, ''))
show('preferred', lambda: (locale.getpreferredencoding(), locale.getpreferredencoding(False)))
show('getdefaultlocale', locale.getdefaultlocale)
show('getdefaultlocale LANGUAGE', lambda: locale.getdefaultlocale(('NOPE', 'LANGUAGE')))
os.environ['LANGUAGE'] = 'pt_BR:en'
show('getdefaultlocale LANGUAGE set', lambda: locale.getdefaultlocale(('NOPE', 'LANGUAGE')))
os.environ['LANG'] = 'C.UTF-8'
show('getdefaultlocale C.UTF-8', locale.getdefaultlocale)
if hasattr(locale, 'resetlocale'):
    show('resetlocale', locale.resetlocale)
    show('after resetlocale', lambda: locale.setlocale(locale.LC_ALL))

# What the C locale says.
for item in ('CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'DAY_1', 'ABDAY_7', 'MON_12', 'ABMON_5',
             'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'AM_STR', 'PM_STR', 'ERA', 'ERA_D_FMT',
             'ERA_D_T_FMT', 'ERA_T_FMT', 'ALT_DIGITS'):
    show(item, lambda: locale.nl_langinfo(getattr(locale, item)))
show('nl_langinfo(-1)', lambda: locale.nl_langinfo(-1))
show('nl_langinfo("x")', lambda: locale.nl_langinfo('x'))
print(locale.localeconv())
print(locale.CHAR_MAX, sorted(n for n in locale.__all__))
print(issubclass(locale.Error, Exception), locale.Error.__module__, locale.Error.__name__)
show('category too large', lambda: locale.setlocale(2 ** 70))
show('category too small', lambda: locale.setlocale(-2 ** 40, 'C'))
show('item too large', lambda: locale.nl_langinfo(2 ** 31))
show('bool category', lambda: locale.setlocale(True))
