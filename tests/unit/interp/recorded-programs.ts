/**
 * Programs whose CPython 3.13 output a test directory holds in expected.json (recorded by
 * source-tier/record.py, never edited by hand), and the check that a run printed it.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { simulate } from '../../../src/lib/run';

interface Recorded {
  stdout: string;
  frames: string[];
  error: string | null;
}

/** Each program of `dir` (its file name and source) with what CPython printed for it. */
export function recordedPrograms(dir: string): { name: string; src: string; want: Recorded }[] {
  const expected: Record<string, Recorded> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  return Object.entries(expected).map(([name, want]) => ({ name, src: readFileSync(join(dir, name), 'utf8'), want }));
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

/** The run printed CPython's output, traceback frames and error line. */
export function expectCPython(r: ReturnType<typeof simulate>, want: Recorded): void {
  expect(r.internalError ?? null).toBeNull();
  expect(r.trace.stdout.map((l) => l.text).join('')).toBe(want.stdout);
  expect(frames(r.traceback)).toEqual(want.frames);
  expect(r.traceback ? r.traceback.trimEnd().split('\n').at(-1) : null).toBe(want.error);
}
