/**
 * Property: Loopline's `decimal` is exact where the specification says so and correctly rounded
 * where it rounds, checked against `fractions.Fraction` inside the simulation for random Decimals
 * (up to 30 digits, exponents -30..30) at random precisions. (CPython's own results for random
 * operands are recorded vectors: tests/unit/stdlib/cases/decimal_random.py.)
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../src/lib/run';

/** Generated batches (PROPERTY_RUNS raises it for a long fuzz run). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 6);

const CHECKS = `
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP
from fractions import Fraction

def ulp(d, prec):
    return Fraction(10) ** (d.adjusted() - prec + 1)

bad = []
for a_s, b_s, prec in CASES:
    a, b = Decimal(a_s), Decimal(b_s)
    fa, fb = Fraction(a), Fraction(b)
    if Decimal(str(a)).as_tuple() != a.as_tuple() or repr(a) != "Decimal('" + str(a) + "')" or hash(a) != hash(fa):
        bad.append(('text/hash', a_s))
    if (a < b) != (fa < fb) or (a == b) != (fa == fb) or (a >= b) != (fa >= fb):
        bad.append(('compare', a_s, b_s))
    with localcontext(prec=200):
        if Fraction(a + b) != fa + fb or Fraction(a - b) != fa - fb or Fraction(a * b) != fa * fb:
            bad.append(('exact', a_s, b_s))
        if b:
            q, r = a // b, a % b
            if Fraction(q) * fb + Fraction(r) != fa or abs(r) >= abs(b) or (r and r.is_signed() != a.is_signed()):
                bad.append(('divmod', a_s, b_s))
    if b:
        exact = fa / fb
        with localcontext(prec=prec, rounding=ROUND_DOWN):
            q = a / b
            if q and not (abs(Fraction(q)) <= abs(exact) < abs(Fraction(q)) + ulp(q, prec)):
                bad.append(('/ down', a_s, b_s, prec))
        with localcontext(prec=prec, rounding=ROUND_HALF_EVEN):
            q = a / b
            if q and abs(Fraction(q) - exact) > ulp(q, prec) / 2:
                bad.append(('/ half-even', a_s, b_s, prec))
    with localcontext(prec=prec):
        x = abs(a)
        r = x.sqrt()
        if r and not ((Fraction(r) - ulp(r, prec) / 2) ** 2 <= Fraction(x) <= (Fraction(r) + ulp(r, prec) / 2) ** 2):
            bad.append(('sqrt', a_s, prec))
    with localcontext(prec=60, rounding=ROUND_HALF_UP):
        cents = a.quantize(Decimal('0.01'))
        doubled = abs(fa) * 200
        want = (doubled.numerator // doubled.denominator + 1) // 2
        if abs(Fraction(cents)) * 100 != want:
            bad.append(('quantize', a_s))
print('bad', bad)
`;

const decimalText = fc
  .tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[0-9]{1,30}$/), fc.integer({ min: -30, max: 30 }))
  .map(([sign, digits, exp]) => `${sign}${digits}E${exp}`);

const batch = fc.array(fc.tuple(decimalText, decimalText, fc.integer({ min: 1, max: 40 })), {
  minLength: 10,
  maxLength: 25,
});

describe('decimal against Fraction', () => {
  it('is exact, divides and roots correctly rounded, quantizes half-up', () => {
    fc.assert(
      fc.property(batch, (cases) => {
        const source = `CASES = ${JSON.stringify(cases)}\n${CHECKS}`;
        const r = simulate(source, { python: '3.13' }, 'p.py');
        expect(r.trace.error).toBeNull();
        expect(r.trace.stdout.map((e) => e.text).join('')).toBe('bad []\n');
      }),
      { numRuns: RUNS, seed: 2026 },
    );
  });
});
