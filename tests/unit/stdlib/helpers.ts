/**
 * Shared driver of the stdlib tests: every program cases/MODULE_*.py is simulated and its trace
 * compared (conformance rule: stdout texts and times, steps, tasks, warnings, error, end) with
 * the trace CPython 3.13 produced on the recorder's virtual clock (expected.json, written only by
 * gen_expected.py). Programs starting with "# run: python" (recorded by plain CPython) or
 * "# compare: stdout" are compared on their printed text and error only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { compareTraces } from '../../../src/lib/trace/compare';
import type { ConformanceTrace } from '../../../src/lib/trace/types';

const here = import.meta.dirname;
const expected = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as Record<string, ConformanceTrace>;

export function stdlibSuite(module: string): void {
  const files = readdirSync(join(here, 'cases'))
    .filter((f) => f.startsWith(module + '_') && f.endsWith('.py'))
    .sort();
  describe(`stdlib ${module}`, () => {
    it('has cases', () => expect(files.length).toBeGreaterThan(0));
    for (const f of files) {
      const name = f.slice(0, -3);
      it(name, () => {
        const want = expected[name];
        expect(want, `${name} is missing from expected.json: run gen_expected.py`).toBeDefined();
        const source = readFileSync(join(here, 'cases', f), 'utf8');
        // The vectors are CPython 3.13's (gen_expected.py runs under 3.13).
        const r = simulate(source, { python: '3.13' }, f);
        expect(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`)).toEqual([]);
        // The printed text first: the most readable difference.
        expect(r.trace.stdout.map((e) => e.text).join('')).toBe(want.stdout.map((e) => e.text).join(''));
        expect(r.trace.error).toBe(want.error);
        const textOnly = /^# (run: python|compare: stdout)\n/.test(source);
        if (!textOnly) expect(compareTraces(r.trace, want)).toBeNull();
      });
    }
  });
}
