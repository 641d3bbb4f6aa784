/**
 * The frames panel shows a queue local by the start of its repr, made without formatting the
 * items past it (sim/queues.ts queueReprStart): in every state it must read as the program's own
 * repr() of the queue, cut as the panel cuts it. Each step of `main` prints repr(q) and stops with
 * q unchanged.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { shortText } from '../../../src/lib/runtime/short-repr';

const program = `import asyncio

class Loud(asyncio.Queue):
    def __repr__(self):
        return "Loud!"

class Plain(asyncio.Queue):
    pass

class Item:
    def __repr__(self):
        return "Item()"

async def show(q):
    print(repr(q))
    await asyncio.sleep(0)

async def main():
    for q in [asyncio.Queue(), asyncio.Queue(3), asyncio.LifoQueue(), asyncio.PriorityQueue(), Plain(), Loud()]:
        await show(q)
        q.put_nowait(7)
        await show(q)
        mixed = [3, "a'b", 2.5, -0.0, True, None, 10**30]
        for x in [3, 2.5, -0.0, True, 10**30] if isinstance(q, asyncio.PriorityQueue) else mixed:
            if not q.full():
                q.put_nowait(x)
        await show(q)
        while not q.empty():
            q.get_nowait()
        g = asyncio.create_task(q.get())
        await asyncio.sleep(0)
        await show(q)
        q.put_nowait(1)
        await show(q)
        await g
    big = asyncio.Queue()
    for i in range(5000):
        big.put_nowait(i)
    await show(big)
    big.put_nowait(Item())
    await show(big)
    q = asyncio.Queue(1)
    q.put_nowait("x" * 100)
    p = asyncio.create_task(q.put(1))
    await asyncio.sleep(0)
    await show(q)
    q.get_nowait()
    q.task_done()
    await show(q)
    await p

asyncio.run(main())
`;

describe('native queue reprs in the frames panel', () => {
  it('read as the queue repr() the program prints, cut as the panel cuts it', () => {
    const r = simulate(program);
    expect(r.trace.error).toBeNull();
    const { stdout, steps } = r.trace;
    let checked = 0;
    r.ui.details.forEach((d, i) => {
      const show = d.frames?.find((f) => f.call.startsWith('show('));
      if (!show || steps[i].task !== 'Task-1' || d.output.length === 0) return;
      const printed = stdout[d.output[d.output.length - 1]].text.replace(/\n$/, '');
      expect(show.locals).toEqual([['q', shortText(printed)]]);
      checked++;
    });
    expect(checked).toBe(34);
    const texts = stdout.map((s) => s.text);
    expect(texts).toContain('Loud!\n');
    expect(texts.some((t) => t.includes(' _getters[1]'))).toBe(true);
    expect(texts.some((t) => t.includes(' _putters[1] tasks=1'))).toBe(true);
    expect(texts.some((t) => t.startsWith('<Plain at 0x') && t.includes('_queue=[7]'))).toBe(true);
  });
});
