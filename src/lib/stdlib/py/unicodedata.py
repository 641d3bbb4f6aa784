# `unicodedata`: general categories, numeric/decimal/digit values, mirrored, normalize and
# is_normalized, of each version's Unicode (3.11: 14.0, 3.12: 15.0, 3.13: 15.1, 3.14: 16.0), from
# tables collected from CPython (_unicodedata_data.py, loaded when a program imports this module).
# Character names (name, lookup), combining, bidirectional, east_asian_width and decomposition come
# from _unicodedata_tables.py, a chunk of its own fetched only for programs that mention
# unicodedata, and decoded when first used. Normalization is the JavaScript engine's, with the
# characters the version has not assigned yet left alone, as CPython leaves them. ucd_3_2_0 is not
# simulated.

import sys as _sys
from bisect import bisect_right as _bisect
import _stdlib_native
import _unicodedata_data as _data

_MINOR = _sys.version_info[1]
_CHANGES = _data.CHANGES.get(_MINOR)
unidata_version = _CHANGES[0] if _CHANGES else _data.VERSION


def _overlay(starts, values, changes, convert=str):
    # An older version's own runs ('first-last value', base 36), laid over 3.14's.
    for change in changes.split(','):
        span, value = change.split(' ', 1)
        value = convert(value)
        first, last = [int(x, 36) for x in span.split('-')]
        i = _bisect(starts, last + 1) - 1
        after = values[i]
        j = _bisect(starts, first) - 1
        if starts[j] == first:
            values[j] = value
        else:
            j += 1
            starts.insert(j, first)
            values.insert(j, value)
        k = j + 1
        while k < len(starts) and starts[k] <= last:
            del starts[k]
            del values[k]
        if last + 1 < 0x110000 and (k == len(starts) or starts[k] != last + 1):
            starts.insert(k, last + 1)
            values.insert(k, after)


def _runs():
    starts, cats = [], []
    at = 0
    for run in _data.CATEGORIES.split(','):
        at += int(run[2:], 36)
        starts.append(at)
        cats.append(run[:2])
    if _CHANGES and _CHANGES[1]:
        _overlay(starts, cats, _CHANGES[1])
    return starts, cats


_STARTS, _CATS = _runs()


def _numeric_table():
    table = {}
    at = 0
    for run in _data.NUMERIC.split(','):
        gap, count, value, kind = run.split(' ')
        start = at + int(gap, 36)
        count = int(count, 36)
        first = float(value)
        for i in range(count):
            table[start + i] = (first + i, int(kind))
        at = start + count
    if _CHANGES and _CHANGES[2]:
        for change in _CHANGES[2].split(','):
            parts = change.split(' ')
            cp = int(parts[0], 36)
            if parts[1] == '-':
                table.pop(cp, None)
            else:
                table[cp] = (float(parts[1]), int(parts[2]))
    return table


_NUMERIC = _numeric_table()
_MIRRORED = set(int(x, 36) for x in _data.MIRRORED.split(','))
if _CHANGES and _CHANGES[3]:
    _MIRRORED ^= set(int(x, 36) for x in _CHANGES[3].split(','))


def _char(fname, chr, arg='argument'):
    if not isinstance(chr, str):
        kind = 'None' if chr is None else type(chr).__name__
        raise TypeError(f'{fname}() {arg} must be a unicode character, not {kind}')
    if len(chr) != 1:
        if _MINOR >= 14:
            raise TypeError(f'{fname}(): {arg} must be a unicode character, not a string of length {len(chr)}')
        raise TypeError(f'{fname}() {arg} must be a unicode character, not str')
    return ord(chr)


def _category(cp):
    return _CATS[_bisect(_STARTS, cp) - 1]


def category(chr, /):
    """Returns the general category assigned to the character chr as string."""
    return _category(_char('category', chr))


def mirrored(chr, /):
    """Returns the mirrored property assigned to the character chr as integer."""
    cp = _char('mirrored', chr)
    return 1 if cp in _MIRRORED and _category(cp) != 'Cn' else 0


_NO_DEFAULT = object()


def _value(fname, chr, least):
    cp = _char(fname, chr)
    entry = _NUMERIC.get(cp)
    if entry is None or entry[1] < least or _category(cp) == 'Cn':
        return None
    return entry[0]


def numeric(chr, default=_NO_DEFAULT, /):
    """Converts a Unicode character into its equivalent numeric value."""
    value = _value('numeric', chr, 0)
    if value is None:
        if default is _NO_DEFAULT:
            raise ValueError('not a numeric character')
        return default
    return value


def digit(chr, default=_NO_DEFAULT, /):
    """Converts a Unicode character into its equivalent digit value."""
    value = _value('digit', chr, 1)
    if value is None:
        if default is _NO_DEFAULT:
            raise ValueError('not a digit')
        return default
    return int(value)


def decimal(chr, default=_NO_DEFAULT, /):
    """Converts a Unicode character into its equivalent decimal value."""
    value = _value('decimal', chr, 2)
    if value is None:
        if default is _NO_DEFAULT:
            raise ValueError('not a decimal')
        return default
    return int(value)


_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
_HOLE = '\ue000'


def _normalized(fname, form, unistr):
    if not isinstance(form, str):
        raise TypeError(f'{fname}() argument 1 must be str, not {type(form).__name__}')
    if not isinstance(unistr, str):
        raise TypeError(f'{fname}() argument 2 must be str, not {type(unistr).__name__}')
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    if unistr.isascii():
        return unistr
    # Characters this version has not assigned (the engine's Unicode may have) stand aside as a
    # private-use character, which no form changes or combines, and come back in order.
    held = []
    chars = []
    for ch in unistr:
        if ch == _HOLE or _category(ord(ch)) == 'Cn':
            held.append(ch)
            chars.append(_HOLE)
        else:
            chars.append(ch)
    text = _stdlib_native.normalize(form, ''.join(chars) if held else unistr)
    if not held:
        return text
    back = iter(held)
    return ''.join(next(back) if ch == _HOLE else ch for ch in text)


def normalize(form, unistr, /):
    """Return the normal form 'form' for the Unicode string unistr."""
    return _normalized('normalize', form, unistr)


def is_normalized(form, unistr, /):
    """Return whether the Unicode string unistr is in the normal form 'form'."""
    return _normalized('is_normalized', form, unistr) == unistr


# ---------------------------------------------------------------- names and other properties

_TABLES = {}


def _tables():
    # The big tables, decoded at first use: names, aliases, named sequences, algorithmic spans.
    if not _TABLES:
        import _unicodedata_tables as t
        changes = t.CHANGES.get(_MINOR)
        names, codes = _stdlib_native.unicode_names(t.NAMES)
        if changes and changes[1]:
            for change in changes[1].split(';'):
                cp, text = change.split(' ', 1)
                cp = int(cp, 36)
                codes.pop(names.get(cp), None)
                names[cp] = text
                codes[text] = cp
        lacking = set(changes[2].split(';')) if changes and changes[2] else set()
        for table, key in ((t.ALIASES, 'aliases'), (t.SEQUENCES, 'sequences')):
            found = {}
            for entry in table.split(';'):
                alias, cps = entry.split('=')
                if alias not in lacking:
                    found[alias] = ''.join([chr(int(c, 16)) for c in cps.split(' ')])
            _TABLES[key] = found
        spans = {}
        for entry in t.ALGORITHMIC.split(';'):
            prefix, ranges = entry.split(':')
            spans[prefix] = [tuple(int(x, 36) for x in r.split('-')) for r in ranges.split(',')]
        _TABLES['names'] = names
        _TABLES['codes'] = codes
        _TABLES['spans'] = spans
        _TABLES['module'] = t
        _TABLES['changes'] = changes
    return _TABLES


_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
           'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
           'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H')
_HANGUL = 'HANGUL SYLLABLE '
_UNIFIED = 'CJK UNIFIED IDEOGRAPH-'


def _in_spans(spans, cp):
    for first, last in spans:
        if first <= cp <= last:
            return True
    return False


def _name(cp):
    if _category(cp) == 'Cn':
        return None
    tables = _tables()
    if 0xAC00 <= cp <= 0xD7A3:
        s = cp - 0xAC00
        return _HANGUL + _JAMO_L[s // 588] + _JAMO_V[s % 588 // 28] + _JAMO_T[s % 28]
    for prefix, spans in tables['spans'].items():
        if prefix != _HANGUL and _in_spans(spans, cp):
            return f'{prefix}{cp:04X}'
    return tables['names'].get(cp)


def name(*args):
    """Returns the name assigned to the character chr as a string."""
    if not 1 <= len(args) <= 2:
        bound = 'at least 1 argument' if not args else 'at most 2 arguments'
        raise TypeError(f'name expected {bound}, got {len(args)}')
    chr = args[0]
    default = args[1] if len(args) > 1 else _NO_DEFAULT
    found = _name(_char('name', chr, 'argument 1'))
    if found is None:
        if default is _NO_DEFAULT:
            raise ValueError('no such name')
        return default
    return found


def _longest(text, at, choices):
    best = -1
    for i, choice in enumerate(choices):
        if text.startswith(choice, at) and (best < 0 or len(choice) > len(choices[best])):
            best = i
    return best


def _hangul(text):
    # CPython takes the longest initial, then the longest vowel, then the longest final.
    at = len(_HANGUL)
    l = _longest(text, at, _JAMO_L)
    at += len(_JAMO_L[l])
    v = _longest(text, at, _JAMO_V)
    if v < 0:
        return None
    at += len(_JAMO_V[v])
    t = _longest(text, at, _JAMO_T)
    at += len(_JAMO_T[t])
    if at != len(text):
        return None
    return 0xAC00 + (l * 21 + v) * 28 + t


def _code(text):
    # The character (or named sequence) a name stands for, or None.
    tables = _tables()
    if text.startswith(_HANGUL):
        cp = _hangul(text)
        return None if cp is None else chr(cp)
    if text.startswith(_UNIFIED):
        digits = text[len(_UNIFIED):]
        if len(digits) not in (4, 5) or any(c not in '0123456789ABCDEF' for c in digits):
            return None
        cp = int(digits, 16)
        if not _in_spans(tables['spans'][_UNIFIED], cp) or _category(cp) == 'Cn':
            return None
        return chr(cp)
    if not text.isascii():
        return None
    upper = text.upper()
    for prefix, spans in tables['spans'].items():
        if prefix in (_HANGUL, _UNIFIED) or not upper.startswith(prefix):
            continue
        digits = upper[len(prefix):]
        if 4 <= len(digits) <= 5 and all(c in '0123456789ABCDEF' for c in digits):
            cp = int(digits, 16)
            if f'{cp:04X}' == digits and _in_spans(spans, cp) and _category(cp) != 'Cn':
                return chr(cp)
    cp = tables['codes'].get(upper)
    if cp is not None and _category(cp) != 'Cn':
        return chr(cp)
    return tables['aliases'].get(upper) or tables['sequences'].get(upper)


def lookup(*args):
    """Look up character by name."""
    if len(args) != 1:
        raise TypeError(f'unicodedata.lookup() takes exactly one argument ({len(args)} given)')
    name = args[0]
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    elif isinstance(name, (bytearray, memoryview)):
        raise TypeError(f'lookup() argument must be read-only bytes-like object, not {type(name).__name__}')
    elif not isinstance(name, str):
        raise TypeError(f"a bytes-like object is required, not '{type(name).__name__}'")
    if len(name.encode('utf-8')) > 256:
        raise KeyError('name too long')
    found = _code(name)
    if found is None:
        raise KeyError(f"undefined character name '{name}'")
    return found


_PROPERTY_RUNS = {}


def _property(key, column, convert):
    # Runs of one property ('value start', base 36), with the version's own runs laid over them.
    runs = _PROPERTY_RUNS.get(key)
    if runs is None:
        tables = _tables()
        starts, values = [], []
        at = 0
        for run in getattr(tables['module'], key).split(','):
            value, start = run.rsplit(' ', 1)
            at += int(start, 36)
            starts.append(at)
            values.append(convert(value))
        changes = tables['changes']
        if changes and changes[column]:
            _overlay(starts, values, changes[column], convert)
        runs = _PROPERTY_RUNS[key] = (starts, values)
    return runs


def _property_of(key, column, convert, cp):
    starts, values = _property(key, column, convert)
    return values[_bisect(starts, cp) - 1]


def combining(chr, /):
    """Returns the canonical combining class assigned to the character chr as integer."""
    return _property_of('COMBINING', 3, int, _char('combining', chr))


def bidirectional(chr, /):
    """Returns the bidirectional class assigned to the character chr as string."""
    return _property_of('BIDIRECTIONAL', 4, str, _char('bidirectional', chr))


def east_asian_width(chr, /):
    """Returns the east asian width assigned to the character chr as string."""
    return _property_of('EAST_ASIAN_WIDTH', 5, str, _char('east_asian_width', chr))


_DECOMPOSITION = {}


def decomposition(chr, /):
    """Returns the character decomposition mapping assigned to the character chr as string."""
    cp = _char('decomposition', chr)
    if not _DECOMPOSITION:
        tables = _tables()
        at = 0
        for entry in tables['module'].DECOMPOSITION.split(';'):
            gap, value = entry.split(' ', 1)
            at += int(gap, 36)
            _DECOMPOSITION[at] = value
        changes = tables['changes']
        if changes and changes[6]:
            for change in changes[6].split(';'):
                key, value = change.split(' ', 1)
                if value == '-':
                    _DECOMPOSITION.pop(int(key, 36), None)
                else:
                    _DECOMPOSITION[int(key, 36)] = value
    return _DECOMPOSITION.get(cp, '')

# CPython writes the module in C: `<built-in function category>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('unicodedata', globals(), '''category mirrored numeric digit decimal normalize is_normalized name lookup combining
    bidirectional east_asian_width decomposition''')
del _c_functions
