# Decimal.from_number is new in 3.14 (a float signals FloatOperation, as in the constructor and
# unlike from_float); the rest of the module is the same on every version.
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
print(Decimal('1.10') + Decimal('2.205'), Decimal(10) / 3)
