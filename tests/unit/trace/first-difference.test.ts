/**
 * Where two real traces first differ: CPython 3.13's and 3.14's goldens of the same program
 * (recorded by the recorders, never written by hand), and the simulator's against them.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstDifference } from '../../../src/lib/trace/difference';
import { compareTraces } from '../../../src/lib/trace/compare';
import { simulate } from '../../../src/lib/run';
import type { ConformanceTrace } from '../../../src/lib/trace/types';

const conformance = join(import.meta.dirname, '../../conformance');
const golden = (dir: string, name: string): ConformanceTrace =>
  JSON.parse(readFileSync(join(conformance, dir, `${name}.json`), 'utf8'));
const on313 = (name: string) => golden('expected', name);
const on314 = (name: string) => golden('expected-3.14', name);
const source = (name: string) => readFileSync(join(conformance, 'cases', `${name}.py`), 'utf8');

describe('firstDifference', () => {
  it('finds none between a trace and itself, nor between the simulator and CPython where they agree', () => {
    const t = on314('generators_comprehension_frames');
    expect(firstDifference(t, structuredClone(t))).toBeNull();
    // 3.14 words this error otherwise than 3.13, and the simulator follows it.
    const sim = simulate(source('error_run_nested'), { maxSteps: 10_000, python: '3.14' });
    expect(firstDifference(sim.trace, on314('error_run_nested'))).toBeNull();
    expect(firstDifference(sim.trace, on313('error_run_nested'))).not.toBeNull();
  });

  it("names the first step that differs: 3.11's comprehension frame is gone in 3.14, so 3.13 and 3.14 part at step 11", () => {
    const d = firstDifference(on313('generators_comprehension_frames'), on314('generators_comprehension_frames'));
    expect(d).toMatchObject({
      part: 'steps',
      index: 10,
      t: 0.7,
      got: { task: 'Task-2', t: 0.8, at: null, to: 'done' },
      want: { task: 'Task-1', t: 0.7, at: 'main:26', to: 'main:26' },
    });
  });

  it('names an output line that only one side printed', () => {
    // 3.14 refuses the non-coroutine at once; 3.13 printed its ValueError first.
    const d = firstDifference(on313('error_run_nested'), on314('error_run_nested'));
    expect(d?.part).toBe('stdout');
    if (d?.part !== 'stdout') return;
    expect(d.got?.text).toBe("ValueError: a coroutine was expected, got 'not a coroutine'\n");
    expect(d.want?.text).not.toBe(d.got?.text);
  });

  it('puts a difference earlier on the clock first, whatever part it is in', () => {
    // 3.13 warns at t=0 and runs a task from t=0 to 0.1; 3.14 raises at t=0 before any. At the
    // same time a step goes first, then a task, a warning, the error; output (at 0.1) comes later.
    const a = on313('warn_get_event_loop_deprecated');
    const b = on314('warn_get_event_loop_deprecated');
    expect(firstDifference(a, b)).toMatchObject({ part: 'steps', index: 0, t: 0, want: undefined });
    expect(firstDifference({ ...a, steps: [] }, b)).toMatchObject({ part: 'tasks', index: 0, want: undefined });
    const warned = firstDifference({ ...a, steps: [], tasks: [] }, b);
    expect(warned).toMatchObject({
      part: 'warnings',
      missing: false,
      warning: { text: 'DeprecationWarning: There is no current event loop', line: 7 },
      elsewhere: [],
    });
  });

  it('compares the error when all else agrees, and tells the conformance tests in one line', () => {
    const a = on313('lang_annotations_evaluated');
    const b = on314('lang_annotations_evaluated');
    const d = firstDifference({ ...a, stdout: b.stdout }, b);
    expect(d).toEqual({
      part: 'error',
      t: 0,
      got: "NameError: name 'Missing' is not defined",
      want: "NameError: name '__annotations__' is not defined",
    });
    expect(compareTraces({ ...a, stdout: b.stdout }, b)).toBe(
      `error: got "NameError: name 'Missing' is not defined", want "NameError: name '__annotations__' is not defined"`,
    );
  });
});
