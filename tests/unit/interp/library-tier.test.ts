/**
 * Loopline's library functions (stdlib/py, sim/py) start as closures and take the source tier once
 * called often (compile/functions.ts). Either way a program runs as CPython 3.13 runs it and the
 * run is the same step for step: library-tier/expected.json is CPython 3.13's output of
 * library-tier/*.py, recorded by `python3 tests/unit/interp/source-tier/record.py
 * tests/unit/interp/library-tier` (never edited by hand).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { sourceTier } from '../../../src/lib/interp/compile/source-tier';
import { recordedPrograms, expectCPython } from './recorded-programs';

const dir = join(import.meta.dirname, 'library-tier');
const DEFAULT_CALLS = sourceTier.libraryCalls;

/** A run whose library functions take the source tier after `calls` calls (Infinity: never). */
function runWith(calls: number, src: string, maxOperations?: number) {
  sourceTier.libraryCalls = calls;
  try {
    return simulate(src, maxOperations ? { python: '3.13', maxOperations } : { python: '3.13' });
  } finally {
    sourceTier.libraryCalls = DEFAULT_CALLS;
  }
}

afterEach(() => {
  sourceTier.libraryCalls = DEFAULT_CALLS;
});

describe('library functions on the source tier', () => {
  it('waits for a number of calls before emitting a library body', () => {
    expect(DEFAULT_CALLS).toBeGreaterThan(0);
    expect(DEFAULT_CALLS).toBeLessThan(1000);
  });

  for (const { name, src, want } of recordedPrograms(dir)) {
    for (const calls of [0, DEFAULT_CALLS]) {
      it(`${name} (source tier after ${calls} calls): CPython's output and traceback`, () => {
        expectCPython(runWith(calls, src), want);
      });
    }

    it(`${name}: closures only and the source tier from the first call, step for step`, () => {
      expect(runWith(0, src)).toEqual(runWith(Infinity, src));
    });

    it(`${name}: the same operation count either way (stopped at the same line)`, () => {
      for (const limit of [2000, 20_000, 200_000])
        expect(runWith(0, src, limit)).toEqual(runWith(Infinity, src, limit));
    });
  }
});
