# `_string`: the two parsers str.format shares with string.Formatter, walking the text the way
# CPython's unicode_format.h does so that the pieces and the error messages agree.


def _index_or_none(text):
    # A field name part is an index when it is all decimal digits.
    if text and all(c.isdecimal() for c in text):
        return int(text)
    return None


def _parse_field(s, i, n):
    # Reads one replacement field after its '{'; returns (name, spec, conversion, next index).
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    name = s[start:i - 1]
    if c not in ('!', ':'):
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def formatter_parser(format_string):
    if not isinstance(format_string, str):
        raise TypeError(f'expected str, got {type(format_string).__name__}')
    return _markup(format_string)


def _markup(s):
    # Yields (literal, field_name, format_spec, conversion) one piece at a time: an error is
    # raised when the piece holding it is reached, as CPython's iterator does.
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c in '{}':
                break
        else:
            yield s[start:i], None, None, None
            return
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # A doubled brace: the literal keeps one, and no field follows.
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        name, spec, conversion, i = _parse_field(s, i, n)
        yield literal, name, spec, conversion


def _field_rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] not in '.[':
                i += 1
            part = s[start:i]
            is_attr = True
            key = part
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            part = s[start:i]
            i += 1
            is_attr = False
            index = _index_or_none(part)
            key = part if index is None else index
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not part:
            raise ValueError('Empty attribute in format string')
        yield is_attr, key


def formatter_field_name_split(field_name):
    if not isinstance(field_name, str):
        raise TypeError(f'expected str, got {type(field_name).__name__}')
    i = 0
    while i < len(field_name) and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    index = _index_or_none(first)
    return (first if index is None else index), _field_rest(field_name, i)
