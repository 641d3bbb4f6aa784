/**
 * asyncio's own frames in tracebacks: an exception a task raised leaves asyncio.run (and
 * asyncio.Runner.run, loop.run_until_complete) through CPython's runners.py and base_events.py
 * frames, with their lines and carets per version. The recorder's goldens cannot hold them (it
 * patches futures, adding frames of its own, and records stdout only), so CPython's stderr for the
 * program is kept beside this test (asyncio-frames/README.md says how it was made).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

const dir = new URL('./asyncio-frames/', import.meta.url);
const program = readFileSync(new URL('program.py', dir), 'utf8');

describe('asyncio frames in tracebacks', () => {
  for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
    it(`prints CPython ${version}'s for print_exc and an uncaught error`, () => {
      const r = simulate(program, { python: version }, 'main.py');
      const stderr = r.ui.stderr.map((l) => l.text).join('') + (r.traceback ?? '');
      expect(stderr).toBe(readFileSync(new URL(`cpython-${version}.txt`, dir), 'utf8'));
    });
  }
});
