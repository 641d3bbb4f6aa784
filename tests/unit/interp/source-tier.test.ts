/**
 * The source tier (compile/source-tier.ts) runs programs as CPython 3.13 does, and exactly as the
 * closure compiler it stands in for: the same output, tracebacks, trace, warnings and limits.
 * source-tier/expected.json is CPython 3.13's output of source-tier/*.py, recorded by
 * source-tier/record.py (never edited by hand).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { sourceTier } from '../../../src/lib/interp/compile/source-tier';

const dir = join(import.meta.dirname, 'source-tier');
const expected: Record<string, { stdout: string; frames: string[]; error: string | null }> = JSON.parse(
  readFileSync(join(dir, 'expected.json'), 'utf8'),
);

function runWith(tier: boolean, src: string, maxOperations?: number) {
  sourceTier.enabled = tier;
  try {
    return simulate(src, maxOperations ? { maxOperations } : {});
  } finally {
    sourceTier.enabled = true;
  }
}

/** A traceback's frame lines ("line N, in name"), as CPython prints them. */
function frames(tb: string | null): string[] {
  const out: string[] = [];
  for (const l of (tb ?? '').split('\n')) {
    const m = /^ {2}File ".*", (line \d+, in .*)$/.exec(l);
    if (m) out.push(m[1]);
  }
  return out;
}

afterEach(() => {
  sourceTier.enabled = true;
});

describe('source tier', () => {
  for (const [name, want] of Object.entries(expected)) {
    const src = readFileSync(join(dir, name), 'utf8');

    it(`${name}: CPython's output and traceback`, () => {
      const r = runWith(true, src);
      expect(r.internalError ?? null).toBeNull();
      expect(r.trace.stdout.map((l) => l.text).join('')).toBe(want.stdout);
      expect(frames(r.traceback)).toEqual(want.frames);
      expect(r.traceback ? r.traceback.trimEnd().split('\n').at(-1) : null).toBe(want.error);
    });

    it(`${name}: the closure compiler's result, step for step`, () => {
      expect(runWith(true, src)).toEqual(runWith(false, src));
    });

    it(`${name}: the closure compiler's operation count (stopped at the same line)`, () => {
      for (const limit of [50, 333, 1000]) expect(runWith(true, src, limit)).toEqual(runWith(false, src, limit));
    });
  }
});
