# `html`: escape() and unescape() as CPython's: unescape follows HTML5's rules for character
# references (named ones from html.entities, numeric ones with the replacements HTML5 makes).

import re as _re
from _html_data import html5 as _html5, invalid_charrefs as _invalid_charrefs, \
    invalid_codepoints as _invalid_codepoints

__all__ = ['escape', 'unescape']


# '&' goes first, so the '&' of the references put in later stays as it is.
_MARKUP = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_MARKUP_AND_QUOTES = _MARKUP + (('"', '&quot;'), ("'", '&#x27;'))


def escape(s, quote=True):
    """Replace &, < and > (and, with quote, " and ') by HTML-safe sequences."""
    for char, reference in _MARKUP_AND_QUOTES if quote else _MARKUP:
        s = s.replace(char, reference)
    return s


def _numeric(text):
    # '#65', '#x41;' ...: the character, or what HTML5 puts for a code point it does not allow.
    digits = text[2:] if text[1] in 'xX' else text[1:]
    num = int(digits.rstrip(';'), 16 if text[1] in 'xX' else 10)
    replacement = _invalid_charrefs.get(num)
    if replacement is not None:
        return replacement
    if num > 0x10FFFF or 0xD800 <= num <= 0xDFFF:
        return '\uFFFD'
    return '' if num in _invalid_codepoints else chr(num)


def _named(text):
    if text in _html5:
        return _html5[text]
    # Without a ';', the longest known name at the start is replaced (some names end without one).
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in _html5:
            return _html5[text[:end]] + text[end:]
    return '&' + text


def _replace(m):
    text = m.group(1)
    return _numeric(text) if text[0] == '#' else _named(text)


_reference = _re.compile(r'&(#[0-9]+;?'
                         r'|#[xX][0-9a-fA-F]+;?'
                         r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace every named and numeric character reference in s by the character it stands for."""
    if '&' not in s:
        return s
    return _reference.sub(_replace, s)
