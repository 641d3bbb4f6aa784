/**
 * The source tier (compile/source-tier.ts) runs programs as CPython 3.13 does, and exactly as the
 * closure compiler it stands in for: the same output, tracebacks, trace, warnings and limits.
 * source-tier/expected.json is CPython 3.13's output of source-tier/*.py, recorded by
 * source-tier/record.py (never edited by hand).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { sourceTier } from '../../../src/lib/interp/compile/source-tier';
import { recordedPrograms, expectCPython } from './recorded-programs';

const dir = join(import.meta.dirname, 'source-tier');

function runWith(tier: boolean, src: string, maxOperations?: number) {
  sourceTier.enabled = tier;
  try {
    return simulate(src, maxOperations ? { maxOperations } : {});
  } finally {
    sourceTier.enabled = true;
  }
}

afterEach(() => {
  sourceTier.enabled = true;
});

describe('source tier', () => {
  for (const { name, src, want } of recordedPrograms(dir)) {
    it(`${name}: CPython's output and traceback`, () => {
      expectCPython(runWith(true, src), want);
    });

    it(`${name}: the closure compiler's result, step for step`, () => {
      expect(runWith(true, src)).toEqual(runWith(false, src));
    });

    it(`${name}: the closure compiler's operation count (stopped at the same line)`, () => {
      for (const limit of [50, 333, 1000]) expect(runWith(true, src, limit)).toEqual(runWith(false, src, limit));
    });
  }
});
