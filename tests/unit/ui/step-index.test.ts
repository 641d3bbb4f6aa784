/**
 * The per-run indexes the panels look facts up in (ui/model.ts buildRunView, ui/step-index.ts,
 * the cursor's moves) agree with the plain scans they replace, on programs with every kind of fact:
 * output (also after asyncio.run), blocking calls, warnings, task errors, stderr, renamed tasks.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView, type RunView } from '../../../src/lib/ui/model';
import {
  blocksInStep,
  stderrUpTo,
  taskErrorsAtStep,
  taskErrorsUpTo,
  warningsAtStep,
  warningStep,
} from '../../../src/lib/ui/step-index';
import { Cursor } from '../../../src/lib/ui/state/Cursor.svelte';
import type { RunState } from '../../../src/lib/ui/state/RunState.svelte';

const PROGRAMS = {
  everything: `import asyncio, sys, time

async def fail(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"boom {n}")

async def chatty(i):
    for k in range(3):
        print("chatty", i, k)
        if k == 1:
            time.sleep(0.05)
        print("err", i, file=sys.stderr)
        await asyncio.sleep(0.1)

async def never():
    pass

async def main():
    asyncio.current_task().set_name("boss")
    ts = [asyncio.create_task(chatty(i), name=f"c{i}") for i in range(3)]
    fs = [asyncio.create_task(fail(n)) for n in range(2)]
    never()
    time.sleep(0.2)
    await asyncio.gather(*ts)
    await asyncio.sleep(0.5)
    print("main done")

asyncio.run(main())
print("after run")
asyncio.run(asyncio.sleep(0))
print("the end")
`,
  renamed: `import asyncio

async def w(i):
    asyncio.current_task().set_name(f"worker-{i}")
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)

async def main():
    await asyncio.gather(*(w(i) for i in range(4)))

asyncio.run(main())
`,
};

/** The scans the indexes replace, as plain as they can be written. */
function reference(v: RunView) {
  const { trace, ui } = v;
  const outputStep = trace.stdout.map(() => -2);
  ui.details.forEach((d, i) => d.output.forEach((o) => (outputStep[o] = d.step ?? i)));
  let last = -1;
  for (let i = 0; i < outputStep.length; i++) {
    if (outputStep[i] === -2) outputStep[i] = last;
    else last = outputStep[i];
  }
  const iterationStarts = ui.details.flatMap((d, i) =>
    i === 0 || ui.details[i - 1].iteration !== d.iteration ? [i] : [],
  );
  const outputSteps = ui.details.flatMap((d, i) => (d.output.length ? [i] : []));
  // The same task's previous step: by the task's index where the trace records it, else by name.
  const same = (i: number, j: number) =>
    ui.stepTasks ? ui.stepTasks[i] === ui.stepTasks[j] : trace.steps[i].task === trace.steps[j].task;
  const prevOfTask = trace.steps.map((_, i) => {
    for (let j = i - 1; j >= 0; j--) if (same(i, j)) return j;
    return -1;
  });
  return { outputStep, iterationStarts, outputSteps, prevOfTask };
}

function view(src: string): RunView {
  const r = simulate(src);
  return buildRunView(r.trace, r.ui);
}

describe('buildRunView', () => {
  for (const [name, src] of Object.entries(PROGRAMS))
    it(`matches the plain scans (${name})`, () => {
      const v = view(src);
      const ref = reference(v);
      expect([...v.outputStep]).toEqual(ref.outputStep);
      expect([...v.iterationStarts]).toEqual(ref.iterationStarts);
      expect([...v.outputSteps]).toEqual(ref.outputSteps);
      expect([...v.prevOfTask]).toEqual(ref.prevOfTask);
      // Every step is in its task's list, in order, and taskOfStep agrees with taskIndex.
      const seen: number[] = [];
      v.stepsOfTask.forEach((mine, k) => {
        for (const i of mine) {
          expect(v.taskOfStep[i]).toBe(k);
          seen.push(i);
        }
        expect([...mine]).toEqual([...mine].sort((a, b) => a - b));
      });
      expect(seen.sort((a, b) => a - b)).toEqual(v.trace.steps.map((_, i) => i));
      v.trace.steps.forEach((s, i) => expect(v.taskIndex.get(s.task)).toBe(v.taskOfStep[i]));
    });

  it('maps renamed tasks to distinct tasks, in order of first appearance', () => {
    const v = view(PROGRAMS.renamed);
    const names = v.trace.steps.map((s) => s.task);
    expect(names).toContain('worker-0');
    const ks = ['worker-0', 'worker-1', 'worker-2', 'worker-3'].map((n) => v.taskIndex.get(n));
    expect(new Set(ks).size).toBe(4);
  });
});

describe('step-index look-ups', () => {
  const v = view(PROGRAMS.everything);
  const { trace, ui } = v;
  const n = trace.steps.length;

  it('the program has every kind of fact to look up', () => {
    expect(ui.blocks.length).toBeGreaterThan(1);
    expect(trace.warnings.length).toBeGreaterThan(0);
    expect(ui.taskErrors.length).toBe(2);
    expect(ui.stderr.length).toBeGreaterThan(3);
  });

  it('finds the blocking calls of each step', () => {
    const eps = 1e-9;
    let found = 0;
    for (let i = 0; i < n; i++) {
      const s = trace.steps[i];
      const next = trace.steps[i + 1]?.t ?? trace.end;
      const want = ui.blocks
        .filter((b) => b.seconds > 0 && b.t >= s.t - eps && b.t + b.seconds <= next + eps && b.t < next - eps)
        .map((b) => ({ what: b.what, seconds: b.seconds }));
      expect(blocksInStep(v, i)).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('finds the warnings and task errors of each step, and those up to it', () => {
    for (let i = -1; i <= n; i++) {
      expect(warningsAtStep(v, i)).toEqual(
        trace.warnings.filter((_, k) => warningStep(ui.warningSteps, k, n - 1) === i),
      );
      expect(taskErrorsAtStep(v, i)).toEqual(ui.taskErrors.filter((e) => e.step === i));
      expect(taskErrorsUpTo(v, i)).toEqual(ui.taskErrors.filter((e) => e.step <= i));
    }
    expect(taskErrorsUpTo(v, null)).toEqual(ui.taskErrors);
  });

  it('finds what was written to stderr by a time', () => {
    for (const s of trace.steps) expect(stderrUpTo(v, s.t)).toEqual(ui.stderr.filter((e) => e.t <= s.t));
    expect(stderrUpTo(v, null)).toEqual(ui.stderr);
  });
});

describe('cursor moves by iteration and output', () => {
  const v = view(PROGRAMS.everything);
  const n = v.trace.steps.length;
  const cursor = new Cursor({ view: v, nSteps: n } as RunState);
  const ref = reference(v);

  it('next and previous iteration, next output, from every step', () => {
    for (let i = 0; i < n; i++) {
      cursor.index = i;
      cursor.nextIteration();
      expect(cursor.index).toBe(ref.iterationStarts.find((s) => s > i) ?? n - 1);
      cursor.index = i;
      cursor.nextOutput();
      expect(cursor.index).toBe(ref.outputSteps.find((s) => s > i) ?? i);
      cursor.index = i;
      cursor.prevIteration();
      const it = v.ui.details[i].iteration;
      const cur = [...ref.iterationStarts].reverse().find((s) => s <= i) ?? -1;
      const prev = [...ref.iterationStarts].reverse().find((s) => s < i) ?? 0;
      expect(cursor.index).toBe(cur < i && v.ui.details[cur]?.iteration === it ? cur : prev);
    }
  });
});
