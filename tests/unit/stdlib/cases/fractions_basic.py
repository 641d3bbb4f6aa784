from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction('-6/8')
print(a, repr(b), Fraction(10, -4), Fraction(0, 5), Fraction(7), Fraction(), Fraction(' 3.25 '), Fraction('1e-3'), Fraction('-.5'), Fraction('2_0/4'))
print(Fraction(0.1), Fraction(1.5), Fraction(a), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(True))
print(a + b, a - b, a * b, a / b, a // Fraction(1, 3), a % Fraction(1, 3), divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 + a, a * 2, 2 / a, 3 - a, a ** 2, a ** -2, (-a) ** 3, (-a) ** -3, 2 ** Fraction(2), 4 ** Fraction(1, 2))
print(a + 0.25, 0.5 * a, a / 2.0, a ** 0.5, a + 1j)
print(a == Fraction(6, 8), a == 0.75, a < 1, a > b, b <= -0.75, Fraction(2, 1) == 2, a != 3, a < math.inf, a > math.nan)
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2))
print(abs(b), -a, +a, bool(Fraction(0)), a.numerator, a.denominator, a.as_integer_ratio(), Fraction(4, 2).is_integer())
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(6, 3)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-1, 3)))
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(10), Fraction('3.1415926535897932').limit_denominator(100))
print(f'{a:.3f}', f'{Fraction(2, 3):.2f}', f'{Fraction(-1, 3):10.4f}|', f'{Fraction(1, 8):.1%}', f'{a}', f'{Fraction(5, 2):.0f}', f'{Fraction(7, 2):.0f}', f'{a:+.1f}')
print(sum([Fraction(1, n) for n in range(1, 11)]), sorted([Fraction(1, 3), 0.25, 1, Fraction(-1, 2)]))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('x/2'), lambda: Fraction('1/-2'), lambda: Fraction(1.5, 2), lambda: Fraction([]), lambda: a / 0, lambda: Fraction(0) ** -1]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Fraction.from_float(0.125), Fraction(1, 3) * 3 == 1, {Fraction(1, 2): 'half'}[Fraction(2, 4)])
