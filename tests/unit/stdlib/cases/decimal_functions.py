# sqrt, exp, ln, log10 and powers: correctly rounded at several precisions.
from decimal import Decimal, localcontext, getcontext, InvalidOperation, Inexact, Rounded

values = ['2', '0.5', '10', '1E+5', '123.456', '0.0001', '1.0000001', '7', '1E-30', '99999', '3.14159', '0.999']
for prec in (5, 28, 40):
    with localcontext(prec=prec) as c:
        for v in values:
            d = Decimal(v)
            print(prec, v, d.sqrt(), d.exp(), d.ln(), d.log10())
        print(c.flags[Inexact], c.flags[Rounded])
for v in ['4', '0.25', '100', '1E+4', '1.21', '0', '-0', '0E+3', '1E-3', '0.0100']:
    print('exact sqrt', v, Decimal(v).sqrt())
print(Decimal(1).ln(), Decimal('1.000').ln(), Decimal(100).log10(), Decimal('0.001').log10(), Decimal(1).log10(), Decimal('1E+5').log10())
print(Decimal('-1E+10').exp(), Decimal(0).exp(), Decimal(-1).exp(), Decimal('-20').exp(), Decimal('50').exp(), Decimal('-0.5').exp(), Decimal('2.302585092994045684017991455').exp())
print(Decimal(0).ln(), Decimal('Infinity').ln(), Decimal('Infinity').exp(), Decimal('-Infinity').exp(), Decimal('Infinity').sqrt())
for bad in (lambda: Decimal(-1).ln(), lambda: Decimal(-2).log10(), lambda: Decimal(-2).sqrt()):
    try:
        bad()
    except InvalidOperation as e:
        print('invalid', e)
for base, exp in [('2', '10'), ('2', '-3'), ('1.5', '3'), ('-2', '3'), ('-2', '-2'), ('10', '30'), ('0.1', '5'), ('3', '-1'), ('1.1', '100'),
                  ('2', '0.5'), ('9', '0.5'), ('1.5', '2.5'), ('10', '-0.5'), ('0', '3'), ('0', '-1'), ('5', '0'), ('0.5', '-2'), ('4', '1.5'),
                  ('100', '0.25'), ('2', '1000')]:
    print('pow', base, exp, Decimal(base) ** Decimal(exp), Decimal(base) ** int(Decimal(exp)) if Decimal(exp) == int(Decimal(exp)) else '')
with localcontext(prec=10):
    print(Decimal(2) ** Decimal('0.5'), Decimal(3) ** 40, Decimal('1.0001') ** 10000, 2 ** Decimal('0.5'))
try:
    Decimal(0) ** 0
except InvalidOperation as e:
    print('0**0', e)
try:
    Decimal(-8) ** Decimal('0.5')
except InvalidOperation as e:
    print('negative base', e)
