# The specification's other operations: total ordering, classes, neighbours, digit-wise logic.
from decimal import Decimal as D, Context, localcontext, getcontext, InvalidOperation, DivisionByZero

vals = [D(x) for x in ['1', '1.0', '-1', '0', '-0', '0.5', '12.345', '-Infinity', 'Infinity', 'NaN', '-NaN7', 'sNaN', '1E-999999', '1E+999999', '9.99E-1000000']]
for v in vals:
    print(repr(v), v.number_class(), [str(v.compare_total(w)) for w in vals], v.logb() if v and not v.is_snan() else '')
ctx = Context(prec=5, traps=[])
for x in ['1', '0', '-1', '9.9999', '1E-1000003', '-Infinity', 'Infinity', '123456789']:
    d = D(x)
    print(x, ctx.next_plus(d), ctx.next_minus(d), ctx.next_toward(d, D(0)), ctx.next_toward(d, D(5)), ctx.flags)
    ctx.clear_flags()
print(D(3).max_mag(D(-4)), D(3).min_mag(D(-4)), D(-3).max_mag(D(3)), D('NaN').max_mag(D(2)), D(1).compare_total_mag(D(-2)))
print(D(1).compare_signal(D(2)), D(3).compare(D(3.0)))
try:
    D('NaN').compare_signal(1)
except InvalidOperation as e:
    print('compare_signal', e)
c = Context(prec=9)
print(c.logical_and(D('1100'), D('1010')), c.logical_or(D('1100'), D('1010')), c.logical_xor(D('1100'), D('1010')), c.logical_invert(D('101')))
print(c.rotate(D('123456789'), 2), c.rotate(D('123456789'), -2), c.shift(D('123456789'), 2), c.shift(D('123456789'), -2), c.shift(D(12), 0), c.rotate(D('-12'), 1))
for bad in [lambda: c.logical_and(D(2), D(1)), lambda: c.rotate(D(1), 10), lambda: c.shift(D(1), D('1.5')), lambda: D(0).logb()]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e)
print(c.number_class(D('1E-999999')), c.canonical(D(5)), D(5).canonical(), c.compare_total(D(1), D('1.00')), c.same_quantum(D('1.0'), D('2.0')))
for args in [(3, 4, 5), (-3, 3, 5), (2, 100, 97), (D('10'), D('3'), D('7')), (D('1.0'), 2, 3), (2, 3, D('-5')), (D('2.5'), 2, 3), (2, -1, 3), (0, 0, 3), (2, 3, 0), (D('NaN'), 1, 2)]:
    try:
        print(args, pow(D(args[0]), args[1], args[2]), c.power(args[0], args[1], args[2]))
    except InvalidOperation as e:
        print(args, 'InvalidOperation', e)
