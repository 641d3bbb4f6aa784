/**
 * Every program with a CPython 3.13 golden trace must simulate to exactly that trace.
 * shared/: the project's copy of ../shared/conformance (programs and 3.13 goldens).
 * cases/ + expected/: our own programs, recorded with tests/recorder/record.py.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { simulate } from '../../src/lib/run';
import { compareTraces } from '../../src/lib/trace/compare';

const here = import.meta.dirname;

function suite(name: string, programs: string, goldens: string) {
  if (!existsSync(programs)) return;
  const files = readdirSync(programs)
    .filter((f) => f.endsWith('.py'))
    .sort();
  describe(name, () => {
    for (const f of files) {
      const golden = join(goldens, basename(f, '.py') + '.json');
      if (!existsSync(golden)) continue;
      it(f, () => {
        const source = readFileSync(join(programs, f), 'utf8');
        // The recorder stops programs after 10,000 steps (tests/recorder/README.md): same limit here.
        const r = simulate(source, { maxSteps: 10_000 }, f);
        expect(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`)).toEqual([]);
        const want = JSON.parse(readFileSync(golden, 'utf8'));
        expect(compareTraces(r.trace, want)).toBeNull();
      });
    }
  });
}

suite('shared conformance corpus (CPython 3.13)', join(here, 'shared'), join(here, 'shared', 'expected'));
suite('own conformance cases (CPython 3.13)', join(here, 'cases'), join(here, 'expected'));
