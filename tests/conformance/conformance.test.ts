/**
 * Every program with a golden trace of real CPython must simulate, on that golden's version, to
 * exactly that trace (3.11, 3.12 and 3.13 recorded with pyenv's CPython, 3.14 with Pyodide's).
 * shared/: the project's copy of ../shared/conformance (programs and goldens).
 * cases/ + expected*: our own programs, recorded with tests/recorder/record.py.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { simulate } from '../../src/lib/run';
import { preloadLibrary } from '../../src/lib/stdlib/lazy-sources';
import { compareTraces } from '../../src/lib/trace/compare';
import type { PythonVersion } from '../../src/lib/ir/python-version';
import { VERSIONS, caseStdin, goldenDir } from './goldens';
import { KNOWN_GAPS, NOT_COMPARED } from './not-compared';
import { comparable, goldenRunOptions } from './per-instant';

const here = import.meta.dirname;

function suite(name: string, programs: string, base: string, python: PythonVersion) {
  const goldens = goldenDir(base, python);
  if (!existsSync(programs) || !existsSync(goldens)) return;
  const files = readdirSync(programs)
    .filter((f) => f.endsWith('.py') && existsSync(join(goldens, basename(f, '.py') + '.json')))
    .sort();
  describe(`${name} (CPython ${python})`, () => {
    for (const f of files) {
      const test = NOT_COMPARED[f]?.includes(python) ? it.skip : KNOWN_GAPS[f]?.includes(python) ? it.fails : it;
      test(f, async () => {
        const source = readFileSync(join(programs, f), 'utf8');
        await preloadLibrary(source);
        const want = JSON.parse(readFileSync(join(goldens, basename(f, '.py') + '.json'), 'utf8'));
        // The recorder stops programs after 10,000 steps (tests/recorder/README.md): same limit here.
        const stdin = caseStdin(join(programs, f));
        const r = simulate(source, { maxSteps: 10_000, python, stdin, ...goldenRunOptions(want) }, f);
        expect(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`)).toEqual([]);
        expect(compareTraces(...comparable(r.trace, want))).toBeNull();
      });
    }
  });
}

for (const python of VERSIONS) {
  suite('shared conformance corpus', join(here, 'shared'), join(here, 'shared'), python);
  suite('own conformance cases', join(here, 'cases'), here, python);
}
