# sys.float_info and sys.int_info: named tuples of the float format's limits and the int digits'
# layout (by name, by index, their reprs), and arithmetic at those limits.
import sys

print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info[8], sys.float_info.dig, len(sys.float_info), type(sys.float_info).__name__)
print(sys.int_info.bits_per_digit, tuple(sys.int_info), sys.float_info.epsilon == 2 ** -52)
print(sys.float_info.max * 2, sys.float_info.min / 2 > 0, 1.0 + sys.float_info.epsilon > 1.0)
print(1.0 + sys.float_info.epsilon / 2 == 1.0, sys.float_info.max_10_exp, f"{sys.float_info.min:.3e}")
max_exp, mant = sys.float_info.max_exp, sys.float_info.mant_dig
print(2.0 ** (max_exp - 1) * (2 - 2.0 ** (1 - mant)) == sys.float_info.max)
print(len(str(10 ** (sys.int_info.default_max_str_digits - 1))))
try:
    sys.float_info.max = 1
except AttributeError:
    print('read-only')
