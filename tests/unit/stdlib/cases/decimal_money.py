# An invoice: prices as Decimals, tax rounded half-up to the cent, totals formatted.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_EVEN, getcontext

CENT = Decimal('0.01')
TAX = Decimal('0.0825')

items = [
    ('coffee', Decimal('3.45'), 3),
    ('bagel', Decimal('2.10'), 2),
    ('juice', Decimal('4.99'), 1),
    ('muffin', Decimal('2.675'), 4),
]

subtotal = Decimal('0')
for name, price, qty in items:
    line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f'{name:<8}{qty:>3} x {price:>6} = {line:>8}')
tax = (subtotal * TAX).quantize(CENT, rounding=ROUND_HALF_UP)
total = subtotal + tax
print(f'{"subtotal":<20}{subtotal:>10,.2f}')
print(f'{"tax 8.25%":<20}{tax:>10,.2f}')
print(f'{"total":<20}{total:>10,.2f}')
print(repr(total), str(total), total.as_tuple())

# splitting a bill: shares rounded down, the remainder cents go to the first people
people = 3
share = (total / people).quantize(CENT, rounding=ROUND_DOWN)
left = total - share * people
shares = [share + (CENT if i < int(left / CENT) else 0) for i in range(people)]
print(shares, sum(shares) == total, sum(shares))

# the same amounts as floats go wrong; as Decimals they are exact
print(0.1 + 0.2 == 0.3, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(sum([Decimal('0.10')] * 10), sum([0.1] * 10))

# rounding modes on halves
for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(r, [str(Decimal(x).quantize(CENT, rounding=r)) for x in ('2.675', '2.665', '-2.675', '1.005', '-0.001')])

# discounts and percentages
price = Decimal('129.99')
for pct in (Decimal('10'), Decimal('12.5'), Decimal('33.333')):
    off = (price * pct / 100).quantize(CENT, ROUND_HALF_UP)
    print(f'{pct}% off {price}: -{off} -> {price - off} ({(price - off) / price:.1%})')

# interest compounded monthly for a year
balance = Decimal('1000.00')
rate = Decimal('0.05') / 12
for month in range(12):
    balance = (balance * (1 + rate)).quantize(CENT, ROUND_HALF_EVEN)
print('after a year:', balance, f'{balance:,}', f'{balance:.1f}', round(balance), round(balance, 1))

amounts = [Decimal('19.99'), Decimal('5'), Decimal('0.5'), Decimal('100.00'), Decimal('-3.50')]
print(sorted(amounts), max(amounts), min(amounts), sum(amounts) / len(amounts))
print(Decimal('19.99') * 3, Decimal('19.99') * Decimal('3.0'), Decimal('10') / Decimal('4'), Decimal('10.00') / 4)
print(int(Decimal('19.99')), float(Decimal('19.99')), Decimal('19.99') // 1, Decimal('19.99') % 1)
print(getcontext().prec, Decimal(1) / Decimal(3) * 3)
