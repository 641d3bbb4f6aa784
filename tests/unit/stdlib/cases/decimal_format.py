# format() and f-strings of Decimals, str/repr/to_eng_string.
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN

nums = ['0', '-0', '1', '-1.5', '1234567.891', '0.000012345', '1E+7', '-1E-7', '123.450', '0.5', '2.675', '999.999', '1E+100', 'NaN', '-Infinity', '12E+3', '0E-8', '-0.00']
specs = ['', ',', '.2f', ',.2f', '.0f', '.3', '.3e', 'E', 'g', '.2g', '%', '.1%', '>12', '<12.1f', '^12,', '+.2f', ' .2f', '012.2f', '012,.2f', '*^14.3e', '=+10.1f', 'z.1f', '#.0f', 'n', '.5n', '010', '=10', '.0', '.0e', '.0%', '#.3g', '#e']
for n in nums:
    d = Decimal(n)
    print(repr(d), str(d), d.to_eng_string(), '|'.join(format(d, s) for s in specs))
with localcontext(rounding=ROUND_HALF_UP):
    print([f'{Decimal(x):.2f}' for x in ('2.675', '2.665', '0.125', '-0.125')])
with localcontext(rounding=ROUND_DOWN):
    print([f'{Decimal(x):.2f}' for x in ('2.679', '-2.679')], f'{Decimal("9.99"):.1f}')
with localcontext(capitals=0):
    print(str(Decimal('1E+9')), repr(Decimal('1E-9')), f'{Decimal("1E+9")}', f'{Decimal("1E+9"):,}')
for s in ['1E+1', '1E+2', '1E+3', '1E+4', '0E+1', '0E+2', '0E+3', '0E-7', '0E-8', '123E-9', '1.0E+5', '12.34E-8']:
    print(s, str(Decimal(s)), Decimal(s).to_eng_string())
for bad in ['x', '.f', '10.2q', '_', ',_', '<010', ',n']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print('bad spec', bad, e)
