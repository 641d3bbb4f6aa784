# format() of a Decimal, the parts that are text: the format specification, thousands
# separators with zero padding, signs and alignment (decimal.py rounds and places the point).

__all__ = ['parse_spec', 'assemble', 'align']

def parse_spec(spec):
    """[[fill]align][sign][z][#][0][width][,|_][.precision][type], as a dict."""
    out = {'fill': None, 'align': None, 'sign': '-', 'z': False, 'alt': False, 'zero': False,
           'width': 0, 'sep': '', 'prec': None, 'type': None}
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        out['fill'], out['align'] = spec[0], spec[1]
        i = 2
    elif spec[:1] and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if spec[i:i + 1] and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        out['z'] = True
        i += 1
    if spec[i:i + 1] == '#':
        out['alt'] = True
        i += 1
    if spec[i:i + 1] == '0':
        out['zero'] = True
        i += 1
    j = i
    while spec[j:j + 1].isdigit():
        j += 1
    if j > i:
        out['width'] = int(spec[i:j])
    i = j
    if spec[i:i + 1] == ',':
        out['sep'] = ','
        i += 1
    if spec[i:i + 1] == '.':
        j = i + 1
        while spec[j:j + 1].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        out['prec'] = int(spec[i + 1:j])
        i = j
    if spec[i:i + 1] and spec[i] in 'eEfFgGn%':
        out['type'] = spec[i]
        i += 1
    if i != len(spec) or (out['zero'] and out['align']) or (out['sep'] and out['type'] == 'n'):
        raise ValueError('invalid format string')
    if out['zero']:
        if out['fill'] is None:
            out['fill'] = '0'
        if out['align'] is None:
            out['align'] = '='
    return out


def _group(digits, sep, min_width):
    """digits in groups of three joined by sep, zero-padded to at least min_width characters."""
    while True:
        if sep:
            groups = []
            rest = digits
            while len(rest) > 3:
                groups.insert(0, rest[-3:])
                rest = rest[:-3]
            groups.insert(0, rest)
            text = sep.join(groups)
        else:
            text = digits
        if len(text) >= min_width:
            return text
        digits = '0' + digits


def _sign_text(negative, spec):
    if negative:
        return '-'
    return '' if spec['sign'] == '-' else spec['sign']


def align(negative, body, spec, sign):
    if not sign:
        sign = _sign_text(negative, spec)
    fill = spec['fill'] or ' '
    align = spec['align'] or '>'
    pad = spec['width'] - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '=':
        return sign + fill * pad + body
    if align == '^':
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    return fill * pad + sign + body


def assemble(negative, intpart, fracpart, exp, kind, spec):
    """The text of a finite number from its digits before and after the point and its exponent."""
    tail = '.' + fracpart if fracpart or spec['alt'] else ''
    if exp != 0 or kind in 'eE':
        tail += ('E' if kind in 'EG' else 'e') + '%+d' % exp
    if kind == '%':
        tail += '%'
    sign = _sign_text(negative, spec)
    if spec['zero'] and spec['fill'] == '0' and spec['align'] == '=':
        intpart = _group(intpart, spec['sep'], spec['width'] - len(tail) - len(sign))
    else:
        intpart = _group(intpart, spec['sep'], 0)
    return align(negative, intpart + tail, spec, sign)
