/**
 * 3.14's Executor.map(buffersize=): at most that many calls submitted and not yet taken; each
 * result taken first submits the next call. Pyodide's 3.14 (the recorded one) has no threads, so
 * the expected output follows CPython 3.14's concurrent/futures/_base.py by hand: 2 workers,
 * calls of 0.3, 0.1, 0.2 and 0.1 s take 0.4 s when all are submitted at once, 0.5 s one at a time.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/lib/run';

const program = `
import concurrent.futures as cf
import time

def f(x):
    time.sleep(0.1 * x)
    return x * x

with cf.ThreadPoolExecutor(2) as ex:
    for size in (None, 1, 3):
        t0 = time.monotonic()
        print(size, list(ex.map(f, [3, 1, 2, 1], buffersize=size)), f'{time.monotonic() - t0:.2f}')
    for bad in (0, 1.5):
        try:
            ex.map(f, [1], buffersize=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
`;

const out = (python: string) =>
  simulate(program, { python } as Parameters<typeof simulate>[1], 'p.py')
    .trace.stdout.map((o) => o.text)
    .join('');

describe('Executor.map(buffersize=)', () => {
  it('keeps that many calls ahead of the results in 3.14', () => {
    expect(out('3.14')).toBe(
      [
        'None [9, 1, 4, 1] 0.40',
        '1 [9, 1, 4, 1] 0.50',
        '3 [9, 1, 4, 1] 0.40',
        'ValueError buffersize must be None or > 0',
        'TypeError buffersize must be an integer or None',
        '',
      ].join('\n'),
    );
  });
  it('is an unexpected keyword before 3.14', () => {
    const r = simulate(program, { python: '3.13' }, 'p.py');
    expect(r.trace.error).toContain("TypeError: Executor.map() got an unexpected keyword argument 'buffersize'");
  });
});
