# `locale` on the simulated machine. Its C library holds the locales the recorders' machines hold:
# for 3.11-3.13, glibc with only C (also spelt POSIX) and C.UTF-8 installed, so any other name
# (en_US.UTF-8, de_DE...) is locale.Error('unsupported locale setting'); for 3.14, Pyodide's musl,
# which takes any name and gives every one C's conventions (C.UTF-8's character set outside 'C'
# and 'POSIX'). The process starts as CPython starts: LC_CTYPE from the environment (LANG=C.UTF-8),
# every other category 'C'. setlocale(category, '') reads os.environ as the C library reads its
# environment (LC_ALL, then the category's own variable, then LANG). Whatever the name, the
# conventions are the C locale's: localeconv() has no grouping and no currency, strcoll() compares
# code points and strxfrm() hands back its argument. The name tables (locale_alias and the others
# normalize() consults) are each version's own, recorded by scripts/locale-tables.mjs.

import sys as _sys

_builtin_str = str
_MINOR = _sys.version_info[1]
# The recorded 3.14 is Pyodide's: musl's setlocale, six categories.
_MUSL = _MINOR >= 14

_all = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale"]
if _MINOR <= 12:
    _all.append("resetlocale")
_all += ["localeconv", "strcoll", "strxfrm", "str", "atof", "atoi"]
if _MINOR == 11:
    _all.append("format")
_all += ["format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
         "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]
_all += ["LC_MESSAGES"]
__all__ = _all
del _all


class Error(Exception):
    pass


Error.__module__ = 'locale'

# Facts: the C library's category numbers and nl_langinfo() item numbers (glibc's; musl's agree on these).
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127
CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6 = range(131086, 131092)
ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11, ABMON_12 = range(131092, 131098)
MON_1, MON_2, MON_3, MON_4, MON_5, MON_6 = range(131098, 131104)
MON_7, MON_8, MON_9, MON_10, MON_11, MON_12 = range(131104, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121

# Facts: the C locale's answers to nl_langinfo() (CODESET is the character set's, below), glibc's;
# musl differs in the entries of _MUSL_LANGINFO.
_DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split()
_MONTHS = 'January February March April May June July August September October November December'.split()
_LANGINFO = {RADIXCHAR: '.', THOUSEP: '', CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
             AM_STR: 'AM', PM_STR: 'PM', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
             T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '',
             ERA_D_T_FMT: '', ERA_T_FMT: ''}
_MUSL_LANGINFO = {CRNCYSTR: '', D_T_FMT: '%a %b %e %T %Y', ERA_D_FMT: '%m/%d/%y',
                  ALT_DIGITS: '0123456789', ERA_D_T_FMT: '%a %b %e %T %Y', ERA_T_FMT: '%H:%M:%S'}
for _i in range(7):
    _LANGINFO[DAY_1 + _i] = _DAYS[_i]
    _LANGINFO[ABDAY_1 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO[MON_1 + _i] = _MONTHS[_i]
    _LANGINFO[ABMON_1 + _i] = _MONTHS[_i][:3]
if _MUSL:
    _LANGINFO.update(_MUSL_LANGINFO)
del _i, _DAYS, _MONTHS, _MUSL_LANGINFO

# The categories a name covers: glibc's twelve (LC_ALL, 6, is none of them), musl's six. Their names
# are those of LC_ALL's composite name and of the environment variables setlocale(cat, '') reads.
_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES']
if not _MUSL:
    _CATEGORY_NAMES += [None, 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                        'LC_IDENTIFICATION']
_CATEGORIES = [c for c, n in enumerate(_CATEGORY_NAMES) if n is not None]

# The name each category goes by now: the process's start-up locale.
_names = {c: 'C' for c in _CATEGORIES}
_names[LC_CTYPE] = 'C.UTF-8'


def _glibc_has(name):
    """Whether glibc finds locale `name` on the machine (C, POSIX and C.UTF-8 only), and its name."""
    if name in ('C', 'POSIX'):
        return 'C'
    if '/' in name or not name.startswith('C.'):
        return None
    rest = name[2:]
    codeset, at, modifier = rest.partition('@')
    # The character set named must be UTF-8's: its letters and digits, lowercased, spell 'utf8'
    # (how glibc finds the locale's folder), and what is left after dropping the characters
    # iconv ignores, uppercased, is one of its names for UTF-8.
    if ''.join(ch for ch in codeset.lower() if ch.isalnum() and ch.isascii()) != 'utf8':
        return None
    kept = ''.join(ch for ch in codeset if (ch.isascii() and ch.isalnum()) or ch in '_-.,:')
    if kept.upper() not in ('UTF-8', 'UTF8'):
        return None
    return name


def _musl_name(category, name):
    """The name musl's locale for `category` goes by when `name` is set (any name is found)."""
    if name.startswith('.') or '/' in name or len(name) > 23:
        name = 'C.UTF-8'
    if name in ('C', 'POSIX') or (name == 'C.UTF-8' and category != LC_CTYPE):
        return 'C'
    return name


def _from_environment(category):
    import os
    for variable in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value
    return 'C.UTF-8' if _MUSL else 'C'


def _resolve(category, name):
    """What `category` is to be called once `name` is set in it, or None when the machine lacks it."""
    if name == '':
        name = _from_environment(category)
    if _MUSL:
        return _musl_name(category, name)
    return _glibc_has(name)


def _composite():
    if _MUSL:
        # musl gives one name when every category's locale is the same object: C's is nothing at
        # all, another name's is shared by the categories that hold it, but C.UTF-8's is LC_CTYPE's alone.
        first = _names[LC_CTYPE]
        if all(_names[c] == first for c in _CATEGORIES) and first != 'C.UTF-8':
            return first
        return ';'.join(_names[c] for c in _CATEGORIES)
    first = _names[LC_CTYPE]
    if all(_names[c] == first for c in _CATEGORIES):
        return first
    return ';'.join(f'{_CATEGORY_NAMES[c]}={_names[c]}' for c in _CATEGORIES)


def _set_all(name):
    if ';' in name:
        if _MUSL:
            parts = name.split(';')
            wanted = {}
            for i, c in enumerate(_CATEGORIES):
                # musl reads the parts in order; past the last, the last again.
                wanted[c] = parts[min(i, len(parts) - 1)]
        else:
            wanted = {}
            for clause in name.split(';'):
                key, eq, value = clause.partition('=')
                if not eq or key not in _CATEGORY_NAMES:
                    return None
                wanted[_CATEGORY_NAMES.index(key)] = value
            if len(wanted) != len(_CATEGORIES):
                return None
    else:
        wanted = {c: name for c in _CATEGORIES}
    found = {}
    for c, value in wanted.items():
        got = _resolve(c, value)
        if got is None:
            return None
        found[c] = got
    _names.update(found)
    return _composite()


def _c_int(value):
    # What the C function takes: an int that fits C's int.
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if not -2 ** 31 <= value < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')


def _setlocale(category, locale=None):
    _c_int(category)
    if locale is not None and not isinstance(locale, _builtin_str):
        raise TypeError(f"setlocale() argument 2 must be str or None, not {type(locale).__name__}")
    if locale is not None and '\0' in locale:
        raise ValueError('embedded null character')
    known = category == LC_ALL or category in _names
    if locale is None:
        if not known:
            raise Error('locale query failed')
        return _composite() if category == LC_ALL else _names[category]
    if not known:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        result = _set_all(locale)
    else:
        result = _resolve(category, locale)
        if result is not None:
            _names[category] = result
    if result is None:
        raise Error('unsupported locale setting')
    return result


def _c_locale_conventions():
    none = CHAR_MAX
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': none,
            'frac_digits': none, 'p_cs_precedes': none, 'p_sep_by_space': none, 'n_cs_precedes': none,
            'n_sep_by_space': none, 'p_sign_posn': none, 'n_sign_posn': none, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


# Entries a program puts here replace localeconv()'s (CPython's hook for tests; the only way to see
# grouping or a currency on a machine with no locale but C's).
_override_localeconv = {}


def localeconv():
    """Returns the numeric and monetary conventions of the current locale as a dict."""
    conventions = _c_locale_conventions()
    conventions.update(_override_localeconv)
    return conventions


def _text_argument(function, position, value):
    # A function of one argument does not number it.
    if not isinstance(value, _builtin_str):
        raise TypeError(f"{function}() argument {position}must be str, not {type(value).__name__}")
    if '\0' in value:
        raise ValueError('embedded null character')


def strcoll(os1, os2, /):
    """Compares two strings by the current locale's collation (here: code points)."""
    _text_argument('strcoll', '1 ', os1)
    _text_argument('strcoll', '2 ', os2)
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """Returns the string whose plain comparison sorts as strcoll() does (here: the string itself)."""
    _text_argument('strxfrm', '', string)
    return string


def _ctype_charset():
    name = _names[LC_CTYPE]
    if _MUSL:
        return 'ASCII' if name == 'C' else 'UTF-8'
    return 'ANSI_X3.4-1968' if name == 'C' else 'UTF-8'


def nl_langinfo(key, /):
    """Returns one fact of the current locale (an item such as CODESET or D_T_FMT)."""
    _c_int(key)
    if key == CODESET:
        return _ctype_charset()
    answer = _LANGINFO.get(key)
    if answer is None:
        raise ValueError('unsupported langinfo constant')
    return answer


def getencoding():
    """The character set of the current LC_CTYPE locale."""
    return _ctype_charset()


def getpreferredencoding(do_setlocale=True):
    """The character set the user's environment asks for (LC_CTYPE as the environment sets it when
    do_setlocale is true, else the current one's)."""
    if not do_setlocale:
        return getencoding()
    kept = _names[LC_CTYPE]
    try:
        try:
            _setlocale(LC_CTYPE, '')
        except Error:
            pass
        return getencoding()
    finally:
        _names[LC_CTYPE] = kept


# ---- the locale name engine: names written as the C library wants them, and taken apart again.

def _table(name, integer_keys=False):
    """One of the recorded tables as this version has it (a chunk fetched for programs that
    mention locale: read on first use)."""
    import _locale_tables
    words = getattr(_locale_tables, name.upper())
    change = _locale_tables.DIFFS[name].get(_MINOR)
    if isinstance(change, _builtin_str):
        words, change = change, None
    table = {}
    for word in words.split():
        key, _, value = word.partition('=')
        table[int(key) if integer_keys else key] = value
    if change is not None:
        changed, removed = change
        for key in removed.split():
            del table[int(key) if integer_keys else key]
        for word in changed.split():
            key, _, value = word.partition('=')
            table[int(key) if integer_keys else key] = value
        if name == 'alias':
            table = dict(sorted(table.items()))
    return table


# The module's tables, made when first read (the codec aliases are normalize()'s alone, kept in _made).
_TABLES = {'locale_alias': ('alias', False), 'locale_encoding_alias': ('encoding_alias', False),
           'windows_locale': ('windows', True), 'codecs': ('codecs', False)}
_made = {}


def _tables(name):
    found = _made.get(name)
    if found is None:
        found = _made[name] = _table(*_TABLES[name])
        if name != 'codecs':
            globals()[name] = found
    return found


def __getattr__(name):
    if name == 'codecs' or name not in _TABLES:
        raise AttributeError(f"module 'locale' has no attribute '{name}'")
    return _tables(name)


def _codec_spelling(encoding):
    # encodings.normalize_encoding: runs of characters other than ASCII letters, digits and '.' become
    # one '_', none at either end.
    pieces, gap = [], False
    for ch in encoding:
        if (ch.isascii() and ch.isalnum()) or ch == '.':
            if gap and pieces:
                pieces.append('_')
            pieces.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(pieces)


def _with_encoding(code, encoding):
    """`code`'s language with `encoding` spelt as the C library spells it."""
    language = code.split('.', 1)[0]
    spelt = _codec_spelling(encoding)
    spelt = _tables('codecs').get(spelt.lower(), spelt)
    lowered = spelt.lower()
    encoding_alias = _tables('locale_encoding_alias')
    found = encoding_alias.get(lowered)
    if found is None:
        found = encoding_alias.get(lowered.replace('_', '').replace('-', ''), spelt)
    return f'{language}.{found}'


def _with_modifier(code, modifier):
    if modifier != 'euro':
        return f'{code}@{modifier}'
    if '.' not in code:
        return code + '.ISO8859-15'
    encoding = code.partition('.')[2]
    if encoding in ('ISO8859-15', 'UTF-8'):
        return code
    if encoding == 'ISO8859-1':
        return _with_encoding(code, 'ISO8859-15')
    return f'{code}@{modifier}'


def normalize(localename):
    """Returns the locale name setlocale() wants for `localename` (the alias table's, with its
    encoding and modifier), or `localename` itself when the tables do not know it."""
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    parts = code.split('.')
    language = parts[0]
    encoding = parts[1] if len(parts) > 1 else ''
    with_encoding = language
    if encoding:
        with_encoding += '.' + encoding.replace('-', '').replace('_', '')
    suffix = '@' + modifier if modifier else ''

    aliases = _tables('locale_alias')
    found = aliases.get(with_encoding + suffix)
    if found is not None:
        return found
    if modifier:
        found = aliases.get(with_encoding)
        if found is not None:
            if '@' not in found:
                return _with_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if not encoding:
        return localename
    found = aliases.get(language + suffix)
    if found is not None:
        base, at, own_modifier = found.partition('@')
        return _with_encoding(base, encoding) + at + own_modifier
    if modifier:
        found = aliases.get(language)
        if found is not None:
            base, at, own_modifier = found.partition('@')
            if not at:
                return _with_modifier(_with_encoding(base, encoding), modifier)
            if own_modifier.lower() == modifier:
                return _with_encoding(base, encoding) + '@' + own_modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    code, at, modifier = code.partition('@')
    if at and modifier == 'euro' and '.' not in code:
        return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError(f'unknown locale: {localename}')


def _build_localename(localetuple):
    """The name setlocale() is given for a (language, encoding) pair; language None is 'C'."""
    wrong = TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.')
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise wrong from None
    name = 'C' if language is None else language
    if encoding is None:
        return name
    try:
        return name + '.' + encoding
    except TypeError:
        raise wrong from None


def setlocale(category, locale=None):
    """Sets the locale of `category` (a name, or a (language, encoding) pair put through normalize())
    and returns its name; with no locale, returns the current one's."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def getlocale(category=LC_CTYPE):
    """The current locale of `category` as (language code, encoding)."""
    name = _setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def _default_locale(envvars):
    import os
    for variable in envvars:
        value = os.environ.get(variable, None)
        if value:
            if variable == 'LANGUAGE':
                value = value.split(':')[0]
            return _parse_localename(value)
    return _parse_localename('C')


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) as the first of `envvars` set in the environment names them
    (deprecated)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    return _default_locale(envvars)


if _MINOR <= 12:
    def resetlocale(category=LC_ALL):
        """Sets `category` to the locale getdefaultlocale() names (deprecated)."""
        import warnings
        warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
        _setlocale(category, _build_localename(_default_locale(('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE'))))


# ---- numbers written and read by the locale's conventions.

def _group_sizes(grouping):
    """The sizes of the digit groups from the right: CHAR_MAX ends the grouping, 0 repeats the last."""
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError('invalid grouping')
            while True:
                yield previous
        yield size
        previous = size


def _group(digits, monetary=False):
    """Inserts the thousands separator into `digits`; returns the text and the characters added."""
    conventions = localeconv()
    separator = conventions['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conventions['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return digits, 0
    body = digits.rstrip() if digits[-1] == ' ' else digits
    trailing = digits[len(body):]
    leading = ''
    groups = []
    for size in _group_sizes(grouping):
        if body == '' or body[-1] not in '0123456789':
            leading, body = body, ''
            break
        groups.insert(0, body[-size:])
        body = body[:-size]
    if body:
        groups.insert(0, body)
    return leading + separator.join(groups) + trailing, len(separator) * (len(groups) - 1)


def _strip_padding(text, excess):
    # The separators made the text longer than its width: take that many spaces off, left first.
    start, end = 0, len(text)
    while excess and text[start] == ' ':
        start += 1
        excess -= 1
    while excess and text[end - 1] == ' ':
        end -= 1
        excess -= 1
    return text[start:end]


def _localize(formatted, grouping=False, monetary=False):
    added = 0
    if '.' in formatted:
        pieces = formatted.split('.')
        if grouping:
            pieces[0], added = _group(pieces[0], monetary=monetary)
        point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        formatted = point.join(pieces)
    elif grouping:
        formatted, added = _group(formatted, monetary=monetary)
    return _strip_padding(formatted, added) if added else formatted


def localize(string, grouping=False, monetary=False):
    """A number's text written with the locale's decimal point (and separators when grouping)."""
    return _localize(string, grouping, monetary)


_CONVERSIONS = 'eEfFgGdiouxXcrs%'
_MODIFIERS = '-#0-9 +*.hlL'


_pattern = []


def _specifiers(template):
    """The %-specifiers of `template` as CPython's locale module finds them ('%(key)' and the
    modifiers taken as short as will do), and the pattern that found them."""
    if not _pattern:
        import re
        _pattern.append(re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[' + _MODIFIERS + r']*?)[' + _CONVERSIONS + ']'))
    pattern = _pattern[0]
    return list(pattern.finditer(template)), pattern


def _one(specifier, value, grouping, monetary, extra=()):
    text = specifier % ((value,) + tuple(extra)) if extra else specifier % value
    if specifier[-1] in 'eEfFgGdiu':
        text = _localize(text, grouping, monetary)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """`f % val` with each number written by the locale's conventions (grouping: with thousands
    separators; monetary: the monetary ones)."""
    from collections.abc import Mapping
    specifiers, pattern = _specifiers(f)
    pieces = []
    if isinstance(val, Mapping):
        for m in specifiers:
            text = m.group()
            pieces.append('%' if text[-1] == '%' else _one(text, val, grouping, monetary))
    else:
        values = val if isinstance(val, tuple) else (val,)
        index = 0
        for m in specifiers:
            text = m.group()
            if text[-1] == '%':
                pieces.append('%')
                continue
            stars = m.group('modifiers').count('*')
            pieces.append(_one(text, values[index], grouping, monetary, values[index + 1:index + 1 + stars]))
            index += 1 + stars
    return pattern.sub('%s', f) % tuple(pieces)


if _MINOR == 11:
    def format(percent, value, grouping=False, monetary=False, *additional):
        """Deprecated: format_string() with exactly one %-specifier."""
        import warnings
        warnings.warn("This method will be removed in a future version of Python. "
                      "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
        specifiers, _ = _specifiers(percent)
        if not specifiers or specifiers[0].start() != 0 or specifiers[0].end() != len(percent):
            raise ValueError(f"format() must be given exactly one %char format specifier, {percent!r} not valid")
        return _one(percent, value, grouping, monetary, additional)


def currency(val, symbol=True, grouping=False, international=False):
    """`val` written as an amount of money by the locale's conventions."""
    conventions = localeconv()
    digits = conventions['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    negative = val < 0
    amount = '<' + _localize(f'{abs(val):.{digits}f}', grouping, monetary=True) + '>'
    if symbol:
        sign_of = 'n_' if negative else 'p_'
        mark = conventions['int_curr_symbol' if international else 'currency_symbol']
        space = ' ' if conventions[sign_of + 'sep_by_space'] else ''
        if conventions[sign_of + 'cs_precedes']:
            amount = mark + space + amount
        else:
            if international and mark[-1] == ' ':
                mark = mark[:-1]
            amount = amount + space + mark
    position = conventions['n_sign_posn' if negative else 'p_sign_posn']
    sign = conventions['negative_sign' if negative else 'positive_sign']
    if position == 0:
        amount = f'({amount})'
    elif position == 2:
        amount += sign
    elif position == 3:
        amount = amount.replace('<', sign)
    elif position == 4:
        amount = amount.replace('>', sign)
    else:
        amount = sign + amount
    return amount.replace('<', '').replace('>', '')


def str(val):
    """A float's text ('%.12g') by the locale's conventions."""
    return _one('%.12g', val, False, False)


def delocalize(string):
    """A number's text in the locale's conventions rewritten as Python reads numbers."""
    conventions = localeconv()
    separator = conventions['thousands_sep']
    if separator:
        string = string.replace(separator, '')
    point = conventions['decimal_point']
    if point:
        string = string.replace(point, '.')
    return string


def atof(string, func=float):
    """A number's text in the locale's conventions, read by `func` (float)."""
    return func(delocalize(string))


def atoi(string):
    """An integer's text in the locale's conventions, as an int."""
    return int(delocalize(string))
