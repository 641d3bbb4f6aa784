# Decimal.from_number is new in 3.14 (a float signals FloatOperation, as in the constructor and
# unlike from_float), and so is IEEEContext; the rest of the module is the same on every version.
import decimal
import sys
from decimal import Decimal, getcontext, FloatOperation

print(hasattr(Decimal, 'from_number'), Decimal(0.5), getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(Decimal.from_float(0.5), getcontext().flags[FloatOperation])
if sys.version_info >= (3, 14):
    print(Decimal.from_number(0.25), Decimal.from_number(7), getcontext().flags[FloatOperation])
    try:
        Decimal.from_number('1')
    except TypeError as e:
        print(e)
    for bits in (32, 64, 128, 256):
        print(decimal.IEEEContext(bits))
    ieee = decimal.IEEEContext(64)
    print(ieee.create_decimal('1.23456789012345678901'), ieee.divide(Decimal(1), 3))
print(Decimal('1.10') + Decimal('2.205'), Decimal(10) / 3)
