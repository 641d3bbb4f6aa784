/**
 * Indexing fast paths (an int into a plain list, tuple or str; a sequence repeated) keep CPython
 * 3.13's results and messages (the expected output was printed by CPython 3.13), including
 * negative and out-of-range indices, list subclasses that override indexing, and characters
 * outside the BMP.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const out = (src: string) => {
  const r = simulate(src);
  expect(r.internalError ?? null).toBeNull();
  expect(r.trace.error ?? null).toBeNull();
  return r.trace.stdout.map((l) => l.text).join('');
};

const program = `xs = [10, 20, 30]
print(xs[0], xs[-1], xs[True], (1, 2, 3)[-3])
for bad in (3, -4):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print("IndexError", e)
xs[-1] = 99
xs[1] = "b"
print(xs)
class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("set", i, v)
l = L([1, 2])
print(l[0])
l[0] = 5
print(list(l))
s = "h\\u00e9llo \\U0001F600!"
print(s[6], s[7], s[-1], len(s))
t = "plain"
print(t[0], t[-1], t[4])
for bad in (5, -6):
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
print([True] * 3, [1, 2] * 2, (0,) * 2, [] * 5, [1] * -1, 2 * [None])
m = [1, 2]
m *= 3
print(m)
m *= 0
print(m)
`;

describe('indexing and repetition', () => {
  it('match CPython', () => {
    expect(out(program)).toBe(
      [
        '10 30 20 1',
        'IndexError list index out of range',
        'IndexError list assignment index out of range',
        'IndexError list index out of range',
        'IndexError list assignment index out of range',
        "[10, 'b', 99]",
        "('L', 0)",
        'set 0 5',
        '[1, 2]',
        '\u{1F600} ! ! 8',
        'p n n',
        'IndexError string index out of range',
        'IndexError string index out of range',
        '[True, True, True] [1, 2, 1, 2] (0, 0) [] [] [None, None]',
        '[1, 2, 1, 2, 1, 2]',
        '[]',
        '',
      ].join('\n'),
    );
  });
});
