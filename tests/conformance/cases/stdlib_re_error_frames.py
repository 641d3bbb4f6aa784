# A pattern CPython's parser (Python code in Lib/re/_parser.py) refuses: the traceback shows re's
# function, _compile, _compiler.compile and the parser's recursive frames down to the statement
# that raised (parse -> _parse_sub -> _parse, once more per group the error is inside; _escape or
# _class_escape for an escape). Library paths are cut to the part under Lib/.
import os
import re
import traceback


def show(f, *args):
    try:
        f(*args)
    except Exception:
        text = traceback.format_exc().replace(__file__, os.path.basename(__file__))
        print(re.sub(r'File "[^"]*/lib/python3\.?\d+(\.zip)?/', 'File "LIB/', text))


show(re.compile, '(')
show(re.compile, 'a(b(c)')
show(re.compile, '*')
show(re.compile, 'a**')
show(re.compile, 'x(y{3,1})')
show(re.compile, '[abc')
show(re.compile, 'a)')
show(re.compile, r'\q')
show(re.compile, r'(a|(b\q))')
show(re.compile, '(?Z)')
show(re.compile, '(?=a')
show(re.compile, '((?<=(a*)')
show(re.compile, r'[\q]')
show(re.compile, r'[a-\q]')
show(re.match, '(x', 'x')
show(re.fullmatch, '(x', 'x')
show(re.search, 'x**', 'x')
show(re.sub, '(', 'x', 'y')
show(re.subn, '(', 'x', 'y')
show(re.findall, '[', 'x')
show(re.finditer, '[', 'x')
show(re.split, '+', 'x')
try:
    re.compile('a(b')
except re.error as e:
    print(e.msg, e.pos, e.pattern, e.lineno, e.colno)
