/**
 * The Verify panel's words (en, ko) for real traces: CPython 3.14's golden against 3.13's, as if
 * the simulation were 3.13's, and a trace against itself.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstDifference } from '../../../src/lib/trace/difference';
import { headline, phaseText, sidesOf } from '../../../src/lib/ui/verify/verify-text';
import type { VerifyResult } from '../../../src/lib/ui/verify/Verification.svelte';
import type { ConformanceTrace } from '../../../src/lib/trace/types';

const conformance = join(import.meta.dirname, '../../conformance');
const golden = (dir: string, name: string): ConformanceTrace =>
  JSON.parse(readFileSync(join(conformance, dir, `${name}.json`), 'utf8'));

function result(cpython: ConformanceTrace, loopline: ConformanceTrace): VerifyResult {
  return {
    source: '',
    stdin: '',
    version: '3.14.2',
    cpython: { ok: true, trace: cpython, loadMs: 0, runMs: 0 },
    loopline: { ok: true, trace: loopline },
    difference: firstDifference(loopline, cpython),
  };
}

describe('verify texts', () => {
  it('says a match with its counts', () => {
    const t = golden('expected-3.14', 'generators_comprehension_frames');
    expect(headline('en', result(t, t))).toBe('Matches CPython 3.14.2 step for step (19 steps, 8 output lines).');
    expect(headline('ko', result(t, t))).toBe(
      'CPython 3.14.2와 한 단계도 어긋나지 않고 일치합니다 (19단계, 출력 8줄).',
    );
  });

  it('names the first differing step, 1-based, with both sides', () => {
    const r = result(
      golden('expected-3.14', 'generators_comprehension_frames'),
      golden('expected', 'generators_comprehension_frames'),
    );
    expect(headline('en', r)).toBe('First difference at step 11:');
    expect(sidesOf('en', r.difference!)).toEqual([
      'Task-1 at 0.7 s: main:26 → main:26',
      'Task-2 at 0.8 s: (outside the program) → done',
    ]);
    expect(headline('ko', r)).toBe('처음 달라지는 곳: 11단계');
    expect(sidesOf('ko', r.difference!)[0]).toBe('Task-1, 0.7초: main:26 → main:26');
  });

  it('shows an output line one side lacks', () => {
    const r = result(golden('expected-3.14', 'error_run_nested'), golden('expected', 'error_run_nested'));
    expect(headline('en', r)).toMatch(/^First difference in output line \d+:$/);
    const [cpython, loopline] = sidesOf('en', r.difference!);
    expect(loopline).toBe(`0.0 s: "ValueError: a coroutine was expected, got 'not a coroutine'\\n"`);
    expect(cpython).not.toBe(loopline);
  });

  it('has no headline when a side has no trace, and says how far loading has got', () => {
    const t = golden('expected-3.14', 'error_run_nested');
    expect(headline('en', { ...result(t, t), loopline: { ok: false, message: 'x' } })).toBeNull();
    expect(phaseText('en', { phase: 'download', loaded: 2_500_000, total: 12_262_519 })).toBe(
      'Loading CPython 3.14 (WebAssembly): 2.5 of 12.3 MB…',
    );
    expect(phaseText('en', { phase: 'download', loaded: 12_262_519, total: 12_262_519 })).toBe(
      'Starting CPython 3.14…',
    );
    expect(phaseText('ko', { phase: 'run' })).toBe('CPython 3.14로 프로그램 실행 중…');
  });
});
