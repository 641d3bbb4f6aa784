import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { FRAME_LOCALS_LIMIT } from '../../../src/lib/sim/frames';
import type { FrameView } from '../../../src/lib/trace/types';

function framesOf(source: string): { task: string; frames: FrameView[] }[] {
  const r = simulate(source);
  expect(r.trace.error).toBeNull();
  return r.ui.details.map((d, i) => ({ task: r.trace.steps[i].task, frames: d.frames! }));
}

const sayAfter = `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(say_after(1, 'hello'))
    await say_after(2, what='world')
    await task1

asyncio.run(main())
`;

describe('frames and locals per task step', () => {
  it('records the await chain, outermost first, with the call as passed and the line', () => {
    const steps = framesOf(sayAfter);
    expect(steps[0].task).toBe('Task-1');
    expect(steps[0].frames.map((f) => f.call)).toEqual(['main()', "say_after(2, what='world')"]);
    expect(steps[0].frames.map((f) => f.line)).toEqual([9, 4]);
    expect(steps[0].frames[0].locals).toEqual([['task1', expect.stringMatching(/^<Task pending name='Task-2'/)]]);
    expect(steps[0].frames[1].locals).toEqual([
      ['delay', '2'],
      ['what', "'world'"],
    ]);
    expect(steps[1]).toMatchObject({ task: 'Task-2' });
    expect(steps[1].frames.map((f) => f.call)).toEqual(["say_after(1, 'hello')"]);
    // A finished task has no frames.
    expect(steps[2]).toEqual({ task: 'Task-2', frames: [] });
    // Task-1 resumes after 2 s and runs to its end (task1 is done by then).
    expect(steps[3]).toEqual({ task: 'Task-1', frames: [] });
    expect(steps).toHaveLength(4);
  });

  it('flags the locals that changed since the task\u2019s previous step and reuses unchanged arrays', () => {
    const steps = framesOf(`import asyncio

async def count(n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return total

async def main():
    await asyncio.gather(count(3), count(3))

asyncio.run(main())
`);
    const mine = steps.filter((s) => s.task === 'Task-2').map((s) => s.frames[0]);
    expect(mine[0].locals).toEqual([
      ['n', '3'],
      ['total', '0'],
      ['i', '0'],
    ]);
    expect(mine[0].changed).toBeUndefined(); // a new frame: nothing to compare with
    expect(mine[1].locals).toEqual([
      ['n', '3'],
      ['total', '1'],
      ['i', '1'],
    ]);
    expect(mine[1].changed).toEqual(['total', 'i']);
    expect(mine[1].call).toBe('count(3)');
    // Task-1 waits in gather over several steps: the same arrays are handed on.
    const main = steps.filter((s) => s.task === 'Task-1');
    expect(main).toHaveLength(2);
    const again = framesOf(`import asyncio

async def main():
    x = 1
    for _ in [0, 0, 0]:
        await asyncio.sleep(0)
    x = 2
    await asyncio.sleep(0)

asyncio.run(main())
`).map((s) => s.frames);
    // Same locals, same line: the previous step's array is handed on as it is.
    expect(again[1]).toBe(again[0]);
    expect(again[2]).toBe(again[0]);
    expect(again[3][0]).toMatchObject({
      line: 8,
      locals: [
        ['x', '2'],
        ['_', '0'],
      ],
      changed: ['x'],
    });
  });

  it('shortens long values with an ellipsis and caps the number of locals', () => {
    const names = Array.from({ length: FRAME_LOCALS_LIMIT + 3 }, (_, i) => `v${i}`);
    const steps = framesOf(`import asyncio

async def main():
    s = "x" * 500
    big = list(range(100000))
    d = {i: str(i) for i in range(1000)}
    nested = [[[[[1]]]]]
    ${names.map((n, i) => `${n} = ${i}`).join('\n    ')}
    await asyncio.sleep(0)

asyncio.run(main())
`);
    const f = steps[0].frames[0];
    const get = (n: string) => f.locals.find((l) => l[0] === n)?.[1];
    expect(get('s')).toMatch(/^'x{58}…$/);
    expect(get('s')!.length).toBe(60);
    expect(get('big')).toMatch(/^\[0, 1, 2, 3, .*…$/);
    expect(get('big')!.length).toBeLessThanOrEqual(60);
    expect(get('d')).toMatch(/^\{0: '0', 1: '1', .*…$/);
    expect(get('nested')).toBe('[[[[[…]]]]]');
    expect(f.locals).toHaveLength(FRAME_LOCALS_LIMIT);
    expect(f.hidden).toBe(4 + names.length - FRAME_LOCALS_LIMIT);
  });

  it('survives a __repr__ that raises, loops, recurses or prints, and the run is unchanged', () => {
    const source = `import asyncio

class Raises:
    def __repr__(self):
        raise ValueError("no repr")

class Loops:
    def __repr__(self):
        while True:
            pass

class Deep:
    def __repr__(self):
        return repr(self)

class Prints:
    def __repr__(self):
        print("repr called")
        return "Prints()"

async def work(a, b):
    c = Deep()
    p = Prints()
    await asyncio.sleep(1)
    print("done", b is not None)

async def main():
    await work(Raises(), Loops())

asyncio.run(main())
`;
    const r = simulate(source);
    expect(r.trace.error).toBeNull();
    expect(r.trace.stdout.map((o) => o.text)).toEqual(['done True\n']);
    const inner = r.ui.details[0].frames![1];
    expect(inner.call).toBe('work(<Raises object>, <Loops object>)');
    expect(inner.locals).toEqual([
      ['a', '<Raises object>'],
      ['b', '<Loops object>'],
      ['c', '<Deep object>'],
      ['p', 'Prints()'],
    ]);
  });

  it('records a recursive coroutine chain frame by frame', () => {
    const steps = framesOf(`import asyncio

async def depth(n):
    if n == 0:
        await asyncio.sleep(1)
        return 0
    return await depth(n - 1) + 1

class Walker:
    async def walk(self, n):
        return await depth(n)

asyncio.run(Walker().walk(3))
`);
    const chain = steps[0].frames;
    expect(chain.map((f) => f.call)).toEqual(['Walker.walk(3)', 'depth(3)', 'depth(2)', 'depth(1)', 'depth(0)']);
    expect(chain.map((f) => f.line)).toEqual([11, 7, 7, 7, 5]);
    expect(chain[4].locals).toEqual([['n', '0']]);
    expect(chain[0].locals[0]).toEqual(['self', expect.stringMatching(/^<__main__\.Walker object at 0x/)]);
  });
});
