# sys.float_info, sys.int_info, sys.hash_info and sys.thread_info: named tuples of the running
# build. hash_info and thread_info differ between a 64-bit build and Pyodide's 32-bit WebAssembly,
# so of those only what holds on both is printed.
import math
import sys
from sys import float_info

print(sys.float_info)
print(float_info is sys.float_info, hasattr(sys, 'int_info'))
print(sys.int_info)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi[0] == fi.max, fi[-1], fi[1:3], len(fi), tuple(fi) == fi, isinstance(fi, tuple))
print(fi.n_fields, fi.n_sequence_fields, fi.n_unnamed_fields, type(fi).__match_args__)
print(type(fi), type(fi).__name__, type(fi).__module__, type(fi).__mro__[1:])
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, math.ulp(1.0) == fi.epsilon)
print(fi.max * 2, -fi.max * 2, fi.min / 2 > 0, math.nextafter(fi.max, math.inf))
print(2.0 ** fi.max_exp if False else fi.max_exp, 10 ** fi.max_10_exp < fi.max)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, sys.int_info[2:])
for name in ('max', 'x'):
    try:
        setattr(fi, name, 1)
    except AttributeError as e:
        print('set', name, e)
    try:
        delattr(fi, name)
    except AttributeError as e:
        print('del', name, e)
try:
    type(fi)((1, 2))
except TypeError as e:
    print(e)
print(type(fi)(range(11)))
print(type(fi).__doc__.splitlines()[:3])
print(type(sys.int_info).__doc__)

hi = sys.hash_info
print(hi.inf, hi.nan, hi.imag, hi.cutoff, len(hi), type(hi).__name__, type(hi).__doc__)
print(hash(math.inf) == hi.inf, hash(-math.inf) == -hi.inf, hash(1j) == hi.imag)
print(hi.modulus in (2 ** 61 - 1, 2 ** 31 - 1), hash(hi.modulus) == 0, hash(hi.modulus + 5) == 5)
print(hi.width == hi.hash_bits == sys.maxsize.bit_length() + 1, repr(hi).startswith('sys.hash_info(width='))
print(type(hi).__match_args__)
ti = sys.thread_info
print(len(ti), type(ti).__match_args__, ti.name.startswith('pthread'), ti[0] == ti.name)
print(type(ti).__doc__)
match fi:
    case (m, *_):
        print('matched', m == fi.max)
