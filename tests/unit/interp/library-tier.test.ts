/**
 * Loopline's library functions (stdlib/py, sim/py) start as closures and take the source tier once
 * called often (compile/functions.ts). Either way a program runs as CPython 3.13 runs it and the
 * run is the same step for step: library-tier/expected.json is CPython 3.13's output of
 * library-tier/*.py, recorded by `python3 tests/unit/interp/source-tier/record.py
 * tests/unit/interp/library-tier` (never edited by hand).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { sourceTier } from '../../../src/lib/interp/compile/source-tier';

const dir = join(import.meta.dirname, 'library-tier');
const expected: Record<string, { stdout: string; frames: string[]; error: string | null }> = JSON.parse(
  readFileSync(join(dir, 'expected.json'), 'utf8'),
);
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
  sourceTier.libraryCalls = DEFAULT_CALLS;
});

describe('library functions on the source tier', () => {
  it('waits for a number of calls before emitting a library body', () => {
    expect(DEFAULT_CALLS).toBeGreaterThan(0);
    expect(DEFAULT_CALLS).toBeLessThan(1000);
  });

  for (const [name, want] of Object.entries(expected)) {
    const src = readFileSync(join(dir, name), 'utf8');

    for (const calls of [0, DEFAULT_CALLS]) {
      it(`${name} (source tier after ${calls} calls): CPython's output and traceback`, () => {
        const r = runWith(calls, src);
        expect(r.internalError ?? null).toBeNull();
        expect(r.trace.stdout.map((l) => l.text).join('')).toBe(want.stdout);
        expect(frames(r.traceback)).toEqual(want.frames);
        expect(r.traceback ? r.traceback.trimEnd().split('\n').at(-1) : null).toBe(want.error);
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
