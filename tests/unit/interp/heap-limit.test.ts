/**
 * A program whose data keeps growing is stopped with a located limit message while the engine still
 * has room, where the host can read its heap (the CLI: interp/state.ts, cli/heap-gauge.ts). Without
 * it the CLI ended minutes later on Node's "JS heap out of memory" as an internal error, and a browser
 * tab crashed. The gauge here is a stand-in whose reading grows with each look.
 */
import { it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import type { HeapGauge } from '../../../src/lib/interp/state';

const MB = 2 ** 20;

/** A heap of `limit` MB whose use reads `start` MB, then `step` MB more at each reading. */
function growing(start: number, step: number, limit = 1000): HeapGauge & { reads: number } {
  const g = {
    reads: 0,
    limit: limit * MB,
    used: () => (start + step * g.reads++) * MB,
  };
  return g;
}

it('stops a loop that keeps appending, at its line, with the figures', () => {
  const gauge = growing(750, 100);
  const r = simulate('items = []\nwhile True:\n    items.append([0] * 10)\n', { python: '3.13', heapGauge: gauge });
  expect(r.limit).toBe('memory');
  expect(r.stopLine).toBe(2);
  expect(r.trace.error).toBe(
    'Limit: stopped when memory in use reached 850 MB, over 80% of the 1,000 MB the simulator may use (a list, dict or string that keeps growing?), at line 2',
  );
  // Read every 2^18 operations: one reading at most 800 MB, then the one over it.
  expect(gauge.reads).toBe(2);
});

it('reads the heap at a big allocation made in one operation, before 2^18 operations pass', () => {
  const gauge = growing(900, 0);
  const r = simulate("x = 1\nbig = 'ab' * (1 << 22)\nprint(len(big))\n", { python: '3.13', heapGauge: gauge });
  expect(r.limit).toBe('memory');
  expect(r.stopLine).toBe(2);
  expect(r.trace.stdout).toEqual([]);
});

it('lets a program under the limit run to its end, and a run without a gauge is not stopped', () => {
  const program = "rows = [[i] * 100 for i in range(2000)]\ntext = 'x' * (1 << 24)\nprint(len(rows), len(text))\n";
  const under = simulate(program, { python: '3.13', heapGauge: growing(100, 0) });
  expect(under.limit).toBeUndefined();
  expect(under.trace.stdout.map((o) => o.text)).toEqual(['2000 16777216\n']);
  const none = simulate(program, { python: '3.13' });
  expect(none.limit).toBeUndefined();
  expect(none.trace.error).toBeNull();
});
