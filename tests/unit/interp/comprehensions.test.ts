/**
 * Comprehensions and generator expressions whose parts cannot suspend run as plain loops (no
 * generator object per element); their order of evaluation, laziness, closures and errors stay
 * CPython 3.13's (the expected output was printed by CPython 3.13).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const out = (src: string) => {
  const r = simulate(src);
  expect(r.internalError ?? null).toBeNull();
  expect(r.trace.error ?? null).toBeNull();
  return r.trace.stdout.map((l) => l.text).join('');
};

const program = `log = []
def src(n, tag):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i
def show(x):
    log.append(f"show{x}")
    return x
g = (show(a * 10 + b) for a in src(2, "a") if a >= 0 for b in src(3, "b") if b != 1)
log.append("made")
print(next(g), log)
print(list(g), log[-6:])
print([(x, y) for x in range(3) for y in range(x)])
print({k % 3: k for k in range(7) if k})
print(sorted({c for c in "hello"}))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print(sum(x * x for x in range(10) if x % 2))
def bad():
    return [1 // (x - 2) for x in range(4)]
try:
    bad()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def stop():
    raise StopIteration
try:
    list(stop() for _ in range(2))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
print([[y for y in range(x)] for x in range(4)])
it = iter([1, 2, 3])
print([x for x in it if x > 1], list(it))
`;

describe('plain comprehensions', () => {
  it('evaluate lazily and in order, with closures and errors as in CPython', () => {
    expect(out(program)).toBe(
      [
        "0 ['made', 'a0', 'b0', 'show0']",
        "[2, 10, 12] ['a1', 'b0', 'show10', 'b1', 'b2', 'show12']",
        '[(1, 0), (2, 0), (2, 1)]',
        '{1: 4, 2: 5, 0: 6}',
        "['e', 'h', 'l', 'o']",
        '[2, 2, 2]',
        '165',
        'ZeroDivisionError division by zero', // 3.14's words (the default version)
        'RuntimeError generator raised StopIteration StopIteration',
        '[[], [0], [0, 1], [0, 1, 2]]',
        '[2, 3] []',
        '',
      ].join('\n'),
    );
  });
});
