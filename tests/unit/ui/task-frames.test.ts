/**
 * taskFramesAt (ui/frames.ts): a task whose step the program stopped in is not called finished
 * (the frames panel said "Task-1 has finished" of a task the run stopped during, and the narration that
 * it suspended).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { taskFramesAt } from '../../../src/lib/ui/frames';
import { narrate } from '../../../src/lib/ui/narrate';

const view = (source: string, maxOperations?: number) => {
  const r = simulate(source, { python: '3.13', maxOperations });
  return buildRunView(r.trace, r.ui);
};

describe('taskFramesAt', () => {
  it('a step the program stopped in: stopped, not finished', () => {
    // Refused in the middle of main's first step (debug mode's never-awaited warning, whose
    // 'Coroutine created at' origin is not simulated).
    const v = view(`import asyncio
async def fetch():
    await asyncio.sleep(0.1)
async def main():
    fetch()
    await asyncio.sleep(0.3)
asyncio.run(main(), debug=True)
`);
    expect(v.trace.error).toMatch(/Not simulated/);
    expect(taskFramesAt(v, 0, 0)).toMatchObject({ step: 0, done: false, stopped: true });
    // The narration does not say the task suspended: it was still running.
    expect(narrate('en', v, 0)).toMatch(
      /^Task-1 starts at line 4 and is still running when the program stops\. Why: Not simulated/,
    );
    expect(narrate('ko', v, 0)).toContain('실행되는 도중에 프로그램이 멈춥니다. 이유: ');
  });
  it('a runaway loop stopped at the operations cap keeps its frames', () => {
    const v = view('import asyncio\nasync def main():\n    while True:\n        pass\nasyncio.run(main())\n', 100_000);
    expect(v.trace.error).toMatch(/operations/);
    expect(taskFramesAt(v, 0, 0)).toMatchObject({ step: 0, done: false, stopped: false });
    expect(taskFramesAt(v, 0, 0).frames[0].line).toBe(3);
  });
  it('a task that raised has finished; one that awaits has its frames', () => {
    const v = view(`import asyncio
async def main():
    await asyncio.sleep(0.1)
    x = 1/0
asyncio.run(main())
`);
    expect(taskFramesAt(v, 0, 0)).toMatchObject({ step: 0, done: false, stopped: false });
    expect(taskFramesAt(v, 0, 0).frames[0].call).toBe('main()');
    expect(taskFramesAt(v, 1, 0)).toMatchObject({ step: 1, done: true, stopped: false });
  });
});
