/**
 * The GIL's switch interval (src/lib/sim/threads.md): a thread that computes without blocking
 * hands the GIL over after sys.getswitchinterval() of modelled CPU time (0.1 us per counted
 * operation), at its next call or loop iteration; the thread that waited longest runs next.
 * CPython's own interleaving depends on the machine, so these are the model's exact orders.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

function out(source: string): string {
  const r = simulate(source);
  return (
    r.trace.stdout.map((o) => `${o.t.toFixed(3)} ${o.text}`).join('') + (r.trace.error ? `! ${r.trace.error}` : '')
  );
}

const spin = `import sys, threading

def spin(name, n):
    i = 0
    while i < n:
        i += 1
        if i % 25_000 == 0:
            print(name, i)

def race(n):
    a = threading.Thread(target=spin, args=("a", n))
    b = threading.Thread(target=spin, args=("b", n))
    a.start(); b.start(); a.join(); b.join()
`;

describe('the GIL switch interval', () => {
  it('switches computing threads every 5 ms of CPU time (50,000 operations), without moving the clock', () => {
    expect(out(spin + 'print(sys.getswitchinterval())\nrace(100_000)\n')).toBe(
      [
        '0.000 0.005',
        // a runs a slice, hands over to the main thread (which starts b), then runs again: b waited less.
        '0.000 a 25000',
        '0.000 a 50000',
        '0.000 a 75000',
        '0.000 b 25000',
        '0.000 a 100000',
        '0.000 b 50000',
        '0.000 b 75000',
        '0.000 b 100000',
        '',
      ].join('\n'),
    );
  });

  it('follows sys.setswitchinterval, and refuses what CPython refuses', () => {
    const src =
      spin +
      `sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
race(50_000)
for bad in (0, -1, "x"):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`;
    expect(out(src)).toBe(
      [
        '0.000 0.001',
        '0.000 a 25000',
        '0.000 b 25000',
        '0.000 a 50000',
        '0.000 b 50000',
        '0.000 ValueError switch interval must be strictly positive',
        '0.000 ValueError switch interval must be strictly positive',
        '0.000 TypeError must be real number, not str',
        '',
      ].join('\n'),
    );
  });

  it('makes the main thread hand over too, from inside a computation', () => {
    const src = `import threading, time
def beat():
    for i in range(3):
        print("beat", i)
        time.sleep(0)
t = threading.Thread(target=beat)
t.start()
total = 0
for i in range(120_000):
    total += i
    if i % 40_000 == 0:
        print("main", i)
t.join()
print(total)
`;
    expect(out(src)).toBe(
      [
        '0.000 beat 0',
        '0.000 main 0',
        '0.000 main 40000',
        // about 50,000 operations into the main thread's slice: the beat thread's sleep(0) is over.
        '0.000 beat 1',
        '0.000 main 80000',
        '0.000 beat 2',
        '0.000 7199940000',
        '',
      ].join('\n'),
    );
  });

  it('leaves a program without threads alone: CPU work takes no time there', () => {
    expect(out('import time\nn = 0\nfor i in range(200_000):\n    n += i\nprint(time.time(), n)\n')).toBe(
      '0.000 0.0 19999900000\n',
    );
  });
});
