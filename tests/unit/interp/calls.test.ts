/**
 * Calls with positional arguments only go straight to the callee (no [args, kwargs] pair per call),
 * and a method's frame gets `self` without a copied argument array; binding, error messages,
 * evaluation order and closures over `self` stay CPython 3.13's (the expected output was
 * printed by CPython 3.13).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const out = (src: string) => {
  const r = simulate(src);
  expect(r.internalError ?? null).toBeNull();
  expect(r.trace.error ?? null).toBeNull();
  return r.trace.stdout.map((l) => l.text).join('');
};

const program = `class P:
    def __init__(self, x, v=1):
        self.x = x
        self.v = v
    def step(self, dt):
        self.x += self.v * dt
        return self.x
    def later(self):
        return lambda: self.x
    def many(self, a, b, c, d):
        return (a, b, c, d)
    def star(self, *args, **kw):
        return args, sorted(kw.items())
    def kwo(self, *, k):
        return k
p = P(1)
print(p.step(2), p.step(0.5), P(3, v=2).step(1))
print(p.later()(), p.many(1, 2, 3, 4), p.star(1, 2, z=3), p.kwo(k=5))
for call in (lambda: p.step(), lambda: p.step(1, 2), lambda: p.many(1, 2, 3), lambda: p.kwo(1), lambda: P()):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def f(a, b):
    return a - b
def g():
    return 7
order = []
def arg(x):
    order.append(x)
    return x
def callee():
    order.append("callee")
    return f
print(f(5, 3), g(), callee()(arg(1), arg(2)), order)
print(P.step(p, 1), getattr(p, "step")(1))
class Q(P):
    def step(self, dt):
        return super().step(dt) * 10
print(Q(1).step(1))
`;

describe('calls and method calls', () => {
  it('bind, fail and evaluate in order as in CPython', () => {
    expect(out(program)).toBe(
      [
        '3 3.5 5',
        "3.5 (1, 2, 3, 4) ((1, 2), [('z', 3)]) 5",
        "TypeError P.step() missing 1 required positional argument: 'dt'",
        'TypeError P.step() takes 2 positional arguments but 3 were given',
        "TypeError P.many() missing 1 required positional argument: 'd'",
        'TypeError P.kwo() takes 1 positional argument but 2 were given',
        "TypeError P.__init__() missing 1 required positional argument: 'x'",
        "2 7 -1 ['callee', 1, 2]",
        '4.5 5.5',
        '20',
        '',
      ].join('\n'),
    );
  });
});
