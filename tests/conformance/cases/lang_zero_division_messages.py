# ZeroDivisionError in each version's words: 3.11-3.13 name the operation ('integer modulo by zero', 'float divmod()', 'complex division by zero'), 3.14 says 'division by zero' (and 'zero to a negative power') for all of them.
import datetime
import math
import random
import fractions

cases = {
    "int // 0": lambda: 7 // 0,
    "int % 0": lambda: 7 % 0,
    "-int % 0": lambda: (-7) % 0,
    "big // 0": lambda: 10**30 // 0,
    "int / 0": lambda: 1 / 0,
    "divmod(int, 0)": lambda: divmod(1, 0),
    "bool // False": lambda: True // False,
    "float // 0": lambda: 1.0 // 0,
    "float % 0": lambda: 1 % 0.0,
    "float / 0": lambda: 1.0 / 0,
    "divmod(float, 0)": lambda: divmod(1.0, 0),
    "divmod(int, 0.0)": lambda: divmod(1, 0.0),
    "complex / 0": lambda: 1j / 0,
    "0 ** -1": lambda: 0 ** -1,
    "pow(0, -1)": lambda: pow(0, -1),
    "0.0 ** -2": lambda: pow(0.0, -2),
    "0 ** -2.5": lambda: 0 ** -2.5,
    "math.log(8, 1)": lambda: math.log(8, 1),
    "random.expovariate(0)": lambda: random.expovariate(0),
    "timedelta // 0": lambda: datetime.timedelta(1) // 0,
    "timedelta / 0": lambda: datetime.timedelta(1) / 0,
    "timedelta / 0.0": lambda: datetime.timedelta(1) / 0.0,
    "timedelta % timedelta(0)": lambda: datetime.timedelta(1) % datetime.timedelta(0),
    "timedelta // timedelta(0)": lambda: datetime.timedelta(1) // datetime.timedelta(0),
    "timedelta / timedelta(0)": lambda: datetime.timedelta(1) / datetime.timedelta(0),
    "divmod(timedelta, timedelta(0))": lambda: divmod(datetime.timedelta(1), datetime.timedelta(0)),
    "Fraction(1, 0)": lambda: fractions.Fraction(1, 0),
    "Fraction(1) / 0": lambda: fractions.Fraction(1) / 0,
}
for name, f in cases.items():
    try:
        print(name, "->", f())
    except ZeroDivisionError as e:
        print(name, "->", type(e).__name__, e)


def average(xs):
    return sum(xs) / len(xs)


try:
    average([])
except ZeroDivisionError as e:
    print("average([]):", e)
