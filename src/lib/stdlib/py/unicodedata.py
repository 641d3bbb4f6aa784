# `unicodedata`: general categories, numeric/decimal/digit values, mirrored, normalize and
# is_normalized, of each version's Unicode (3.11: 14.0, 3.12: 15.0, 3.13: 15.1, 3.14: 16.0), from
# tables collected from CPython (_unicodedata_data.py, loaded when a program imports this module).
# Normalization is the JavaScript engine's, with the characters the version has not assigned yet
# left alone, as CPython leaves them. Character names (name, lookup), bidirectional, combining,
# decomposition, east_asian_width and ucd_3_2_0 are not simulated.

import sys as _sys
from bisect import bisect_right as _bisect
import _stdlib_native
import _unicodedata_data as _data

_MINOR = _sys.version_info[1]
_CHANGES = _data.CHANGES.get(_MINOR)
unidata_version = _CHANGES[0] if _CHANGES else _data.VERSION


def _runs():
    starts, cats = [], []
    at = 0
    for run in _data.CATEGORIES.split(','):
        at += int(run[2:], 36)
        starts.append(at)
        cats.append(run[:2])
    if _CHANGES and _CHANGES[1]:
        # The older version's own runs, laid over 3.14's.
        for change in _CHANGES[1].split(','):
            span, cat = change.split(' ')
            first, last = [int(x, 36) for x in span.split('-')]
            i = _bisect(starts, last + 1) - 1
            after = cats[i]
            j = _bisect(starts, first) - 1
            if starts[j] == first:
                cats[j] = cat
            else:
                j += 1
                starts.insert(j, first)
                cats.insert(j, cat)
            k = j + 1
            while k < len(starts) and starts[k] <= last:
                del starts[k]
                del cats[k]
            if last + 1 < 0x110000 and (k == len(starts) or starts[k] != last + 1):
                starts.insert(k, last + 1)
                cats.insert(k, after)
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


def _char(fname, chr):
    if not isinstance(chr, str):
        raise TypeError(f'{fname}() argument must be a unicode character, not {type(chr).__name__}')
    if len(chr) != 1:
        if _MINOR >= 14:
            raise TypeError(f'{fname}(): argument must be a unicode character, not a string of length {len(chr)}')
        raise TypeError(f'{fname}() argument must be a unicode character, not str')
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
