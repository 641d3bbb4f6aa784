/**
 * The worker sends a run's result in slices (src/lib/worker/chunks.ts): split, passed through
 * structured clone one message at a time (as postMessage does), and joined in any order, every
 * conformance program's result comes back equal to the original, with the UI trace still
 * pointing at the same conformance trace object.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate, type RunResult } from '../../../src/lib/run';
import { splitResult, ResultJoiner, CHUNK_ITEMS } from '../../../src/lib/worker/chunks';

const CONFORMANCE = join(import.meta.dirname, '../../conformance');
const programs = ['shared', 'cases'].flatMap((dir) =>
  readdirSync(join(CONFORMANCE, dir))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => join(CONFORMANCE, dir, f)),
);

/** Split with slices of `size`, clone each message, join with the slices in `order`. */
function roundTrip(result: RunResult, size: number, order: 'forward' | 'reverse'): RunResult {
  // Packed lists (details, printed lines) in slices of a few items too.
  const { head, chunks } = splitResult(result, size, size === CHUNK_ITEMS ? undefined : size * 40);
  const sent = chunks.map((c) => structuredClone(c));
  if (order === 'reverse') sent.reverse();
  const joiner = new ResultJoiner();
  for (const c of sent) joiner.add(c);
  return joiner.join(structuredClone(head));
}

describe('a result sent in slices', () => {
  it('finds the conformance programs', () => {
    expect(programs.length).toBeGreaterThan(100);
  });

  for (const file of programs) {
    it(file.slice(CONFORMANCE.length + 1), () => {
      const result = simulate(readFileSync(file, 'utf8'), { maxSteps: 10_000 });
      for (const [size, order] of [
        [3, 'forward'],
        [1, 'reverse'],
        [CHUNK_ITEMS, 'forward'],
      ] as const) {
        const back = roundTrip(result, size, order);
        expect(back).toEqual(structuredClone(result));
        expect(back.ui.conformance).toBe(back.trace);
      }
    });
  }

  it('splits only lists longer than a slice, and leaves the original result as it was', () => {
    const source = readFileSync(
      programs.find((f) => f.endsWith('s000_gather_three.py'))!,
      'utf8',
    );
    const result = simulate(source);
    const copy = structuredClone(result);
    const { head, chunks } = splitResult(result, 2);
    expect(head.lists.map((l) => `${l.owner}.${l.key}`)).toContain('trace.steps');
    expect(head.lists.map((l) => `${l.owner}.${l.key}`)).toContain('ui.details');
    expect(head.result.trace.steps).toEqual([]);
    expect(chunks.every((c) => c.items.length <= 2)).toBe(true);
    expect(result).toEqual(copy);
  });

  it('sends the printed lines packed (text, decoded a line at a time when read)', () => {
    const result = simulate('for i in range(2500):\n    print(i)\n');
    // 2,500 short lines are one message; in slices of 20,000 characters, a few.
    expect(splitResult(result).chunks.filter((c) => c.owner === 'trace' && c.key === 'stdout').length).toBe(1);
    const { head, chunks } = splitResult(result, CHUNK_ITEMS, 20_000);
    const out = chunks.filter((c) => c.owner === 'trace' && c.key === 'stdout');
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((c) => c.items.length === 0 && c.packed && typeof c.packed.text === 'string')).toBe(true);
    const joiner = new ResultJoiner();
    for (const c of out.map((c) => structuredClone(c)).reverse()) joiner.add(c);
    const back = joiner.join(structuredClone(head));
    expect(back.trace.stdout.length).toBe(2500);
    expect(back.trace.stdout[2499]).toEqual({ t: 0, text: '2499\n' });
    expect(back.trace.stdout.slice(10, 12)).toEqual([
      { t: 0, text: '10\n' },
      { t: 0, text: '11\n' },
    ]);
  });

  it('sends the steps packed, each decoded when read', () => {
    const result = simulate(
      readFileSync(
        programs.find((f) => f.endsWith('s000_gather_three.py'))!,
        'utf8',
      ),
    );
    const { head, chunks } = splitResult(result, 2);
    const steps = chunks.filter((c) => c.owner === 'trace' && c.key === 'steps');
    expect(steps.length).toBe(1);
    expect(steps[0].items).toEqual([]);
    expect(typeof steps[0].packed?.text).toBe('string');
    const joiner = new ResultJoiner();
    for (const c of chunks) joiner.add(structuredClone(c));
    expect(joiner.join(structuredClone(head)).trace.steps[3]).toEqual(result.trace.steps[3]);
  });

  it('refuses to join a result with a slice missing', () => {
    const source = readFileSync(
      programs.find((f) => f.endsWith('s000_gather_three.py'))!,
      'utf8',
    );
    const { head, chunks } = splitResult(simulate(source), 2);
    const joiner = new ResultJoiner();
    for (const c of chunks.slice(1)) joiner.add(c);
    expect(() => joiner.join(head)).toThrow(/lost part of/);
  });
});
