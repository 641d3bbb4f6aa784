# A report writer that formats its figures "by the locale": format_string with and without grouping,
# locale.str, parsing figures back with atof/atoi/delocalize, currency, and sorting names with
# strcoll/strxfrm. On this machine the locale's conventions are C's; the tests' way of trying other
# conventions (locale._override_localeconv, as CPython's own tests do) shows grouping and currencies.
import locale
from decimal import Decimal

figures = [0, 7, -42, 1234, 1234567, -9876543.21, 3.14159, 1e21, 12345.678]


def show(label, call):
    try:
        print(f'{label}: {call()!r}')
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {e}')


def report():
    for f in figures:
        show(f'%d {f}', lambda: locale.format_string('%d', f, grouping=True))
        show(f'%.2f {f}', lambda: locale.format_string('%.2f', f, True))
        show(f'%12.1f {f}', lambda: locale.format_string('[%12.1f]', f, grouping=True))
        show(f'%-12d {f}', lambda: locale.format_string('[%-12d]', f, grouping=True, monetary=True))
        show(f'str {f}', lambda: locale.str(f))
        show(f'currency {f}', lambda: locale.currency(f))
        show(f'currency intl {f}', lambda: locale.currency(f, international=True, grouping=True))
        show(f'currency nosym {f}', lambda: locale.currency(f, symbol=False))
    show('mapping', lambda: locale.format_string('%(n)d items at %(p).2f = %(t)10.2f %%', {'n': 1200, 'p': 3.5, 't': 4200.0}, True))
    show('tuple', lambda: locale.format_string('%s: %d, %*d, %.*f %x %e %g', ('k', 123456, 9, 98765, 2, 1234.5, 255, 12345.678, 1e6), True))
    show('single', lambda: locale.format_string('%i', 10 ** 9, True))
    show('percent only', lambda: locale.format_string('100%%', ()))
    show('too few', lambda: locale.format_string('%d %d', (1,)))
    show('decimal', lambda: locale.format_string('%.3f', Decimal('1234567.8915'), True))
    for text in ('1234', '1,234.5', '1.234,5', '-12.5e3', ' 42 ', 'abc'):
        show(f'delocalize {text!r}', lambda: locale.delocalize(text))
        show(f'atof {text!r}', lambda: locale.atof(text))
        show(f'atof Decimal {text!r}', lambda: locale.atof(text, Decimal))
        show(f'atoi {text!r}', lambda: locale.atoi(text))
    for text in ('1234567', '1234567.891', '-1234.5', '  123456', '12345 '):
        show(f'localize {text!r}', lambda: (locale.localize(text), locale.localize(text, grouping=True),
                                             locale.localize(text, True, True)))


print('== C conventions')
report()
names = ['banana', 'Apple', 'cherry', 'apple', 'Éclair', 'zebra', 'Zulu', 'ångström', '10', '9', '']
print(sorted(names, key=locale.strxfrm))
print(sorted(names, key=__import__('functools').cmp_to_key(locale.strcoll)))
print([locale.strcoll(a, b) for a, b in [('a', 'b'), ('b', 'a'), ('a', 'a'), ('a', 'B'), ('é', 'z'), ('', 'a')]])
show('strcoll int', lambda: locale.strcoll('a', 1))
show('strcoll int first', lambda: locale.strcoll(1, 'a'))
show('strxfrm bytes', lambda: locale.strxfrm(b'a'))
show('strxfrm null', lambda: locale.strxfrm('a\0b'))

print('== German-style conventions')
locale._override_localeconv.update({
    'decimal_point': ',', 'thousands_sep': '.', 'grouping': [3, 3, 0],
    'mon_decimal_point': ',', 'mon_thousands_sep': '.', 'mon_grouping': [3, 3, 0],
    'currency_symbol': '€', 'int_curr_symbol': 'EUR ', 'frac_digits': 2, 'int_frac_digits': 2,
    'p_cs_precedes': 0, 'n_cs_precedes': 0, 'p_sep_by_space': 1, 'n_sep_by_space': 1,
    'p_sign_posn': 1, 'n_sign_posn': 1, 'positive_sign': '', 'negative_sign': '-',
})
report()
print('== Indian grouping, sign positions')
locale._override_localeconv.update({'decimal_point': '.', 'thousands_sep': ',', 'grouping': [3, 2, 0],
                                    'mon_grouping': [3, 2, 127], 'mon_thousands_sep': ',', 'mon_decimal_point': '.',
                                    'currency_symbol': '₹', 'p_cs_precedes': 1, 'n_cs_precedes': 1})
for position in range(6):
    locale._override_localeconv.update({'n_sign_posn': position, 'p_sign_posn': position, 'positive_sign': '+'})
    show(f'sign position {position}', lambda: (locale.currency(-1234567.5, grouping=True), locale.currency(89.99),
                                               locale.currency(-5, international=True)))
show('indian', lambda: locale.format_string('%d|%.1f|%15d', (123456789, 1234567.25, 1234567), grouping=True))
locale._override_localeconv['grouping'] = [0]
show('invalid grouping', lambda: locale.format_string('%d', 1234567, grouping=True))
locale._override_localeconv.clear()
print(locale.localeconv()['grouping'], locale.format_string('%d', 1234567, grouping=True))
