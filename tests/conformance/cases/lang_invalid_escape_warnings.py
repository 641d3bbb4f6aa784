"""The parser's SyntaxWarnings for invalid escapes \d in string and bytes literals: one for each
literal (its first), before the compiler's own warnings; none on 3.11 (a DeprecationWarning
there, not shown), reworded on 3.14, which also names other lines for a literal that spans
several. Raw literals have none."""

dash = b'\N{EN DASH}'
unicode_in_bytes = b'\u2013' + b'\U00002013'
octal = '\777', b'\400'
unknown = ('a\q\w'
           'b\8\400')
later_line = f'''{dash}
text \d {unicode_in_bytes}
more \e'''
spec = f'{"x":\<3}'
plain_lines = '''first
second \d
'''
f_lines = f'''{1}
b
\d
c'''
f_after_field = f'''{1
}\d'''
continued = 'a\
\q'
raw = rb'\d', r'\q', Rb'\N{X}', fr'\d{1}'
fine = '\\d', b'\x41\101\n\N', '\N{EN DASH}\u2013\0'[:1]


def later():
    return [(1, 2) (3, 4)]


print(dash, unicode_in_bytes, octal, unknown, later_line, spec, raw, fine)
print(plain_lines, f_lines, f_after_field, continued)
