# sys.flags: the interpreter's options as a read-only named tuple of a plain `python3 program.py`
# run (programs check sys.flags.optimize before relying on assert). The fields that the
# recorder's own environment sets (hash seed, bytecode writing) are not printed, nor `inspect`
# (Pyodide runs with it on).
import sys
from sys import flags

f = sys.flags
print(type(f).__name__, type(f).__module__, type(f).__mro__[1:], flags is f)
print(len(f), f.n_sequence_fields, f.n_unnamed_fields, type(f).__match_args__[:4], type(f).__match_args__[-3:])
print(f.debug, f.interactive, f.optimize, f.verbose, f.quiet, f.isolated, f.dev_mode, f.safe_path)
print(f.int_max_str_digits, f[3], f[2:4], f.utf8_mode, f.bytes_warning, f.no_site, f.ignore_environment)
print(isinstance(f, tuple), f[2:4] == (0, 0), repr(type(f).__doc__))
try:
    f.optimize = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.custom = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(f)(tuple(f))
except TypeError as e:
    print("TypeError:", e)
print("asserts on" if not sys.flags.optimize else "asserts off")
