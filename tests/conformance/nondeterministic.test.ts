/**
 * The recordings in nondeterministic/ print in an order CPython takes from memory addresses
 * (nondeterministic/README.md), which the simulator does not follow. Everything else must agree:
 * the same lines at the same times, the same steps (as a collection), the same error and end.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { simulate } from '../../src/lib/run';
import type { ConformanceTrace } from '../../src/lib/trace/types';

const dir = join(import.meta.dirname, 'nondeterministic');
const norm = (s: string) => s.replace(/0x[0-9a-fA-F]+/g, '0x?');

/** A trace without its order: sorted lines and steps (task names go: they follow the order). */
function unordered(t: ConformanceTrace) {
  return {
    stdout: t.stdout.map((o) => `${o.t.toFixed(6)} ${norm(o.text)}`).sort(),
    steps: t.steps.map((s) => `${s.t.toFixed(6)} ${s.at} -> ${s.to}`).sort(),
    error: t.error === null ? null : norm(t.error),
    end: t.end === null ? null : t.end.toFixed(6),
  };
}

describe('address-ordered programs agree with CPython 3.13 but for the order', () => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.py') && existsSync(join(dir, basename(f, '.py') + '.json')))
    .sort();
  for (const f of files) {
    it(f, () => {
      const r = simulate(readFileSync(join(dir, f), 'utf8'), { maxSteps: 10_000, python: '3.13' }, f);
      expect(r.diagnostics).toEqual([]);
      const want = JSON.parse(readFileSync(join(dir, basename(f, '.py') + '.json'), 'utf8')) as ConformanceTrace;
      expect(unordered(r.trace)).toEqual(unordered(want));
    });
  }
});
