# Syntax that 3.14 accepts and earlier versions refuse: t-strings (PEP 750), which 3.11-3.13 read as
# a name followed by a string ("invalid syntax" at the string, or at the prefix after another
# string), and `except A, B:` without brackets (PEP 758), still refused with `as`.
import sys

SOURCES = [
    "x = t'a'\n",
    "x = rt'a{x}'\n",
    "x = tr'''a\n{x}'''\n",
    "x = t'{'\n",
    "x = t'a' 'b'\n",
    "x = t'a' f'b'\n",
    "x = 'a' t'b'\n",
    "x = t'{x=!r:>3}'\n",
    "x = t'{x:{y:{z}}}'\n",
    "x = print(t'a' + 1, T'b')\n",
    "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError, TypeError as e:\n    pass\n",
    "try:\n    pass\nexcept ValueError, :\n    pass\n",
    "try:\n    pass\nexcept (ValueError), TypeError, KeyError:\n    pass\n",
    "try:\n    pass\nexcept ValueError, TypeError, as e:\n    pass\n",
    "try:\n    pass\nexcept ValueError, (TypeError, KeyError):\n    pass\n",
]

for src in SOURCES:
    try:
        compile(src, "snippet.py", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

if sys.version_info >= (3, 14):
    code = """
def check(exc):
    try:
        raise exc
    except KeyError, ValueError:
        return "caught " + type(exc).__name__
    except LookupError, TypeError,:
        return "second " + type(exc).__name__
    except Exception:
        return "other"

for exc in [KeyError(1), ValueError(), IndexError(), TypeError(), RuntimeError()]:
    print(check(exc))
try:
    raise ExceptionGroup("g", [ValueError(1), OSError(2), KeyError(3)])
except* ValueError, OSError:
    print("star caught")
except* KeyError as eg:
    print("rest", eg.exceptions)
"""
    exec(code)
