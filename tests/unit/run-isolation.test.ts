/**
 * Two runs in one process cannot see each other: a run that starts a second simulation in the
 * middle of its own (through a test hook on the random generator) ends with the same trace as
 * when it runs alone, and so does the nested run: object ids, task names, random numbers,
 * output, limits and the asyncio classes (Future, Queue) all belong to one run.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { simulate, type RunOptions, type RunResult } from '../../src/lib/run';
import { PyRandom } from '../../src/lib/py/random/index';

const OUTER = `
import asyncio, random

class Box:
    pass

async def worker(n):
    await asyncio.sleep(0.1 * n)
    print('worker', n, Box(), id(n * 1000))
    return n

async def main():
    random.seed(1)
    t1 = asyncio.create_task(worker(1))
    await asyncio.sleep(0)
    print('first', random.random())
    t2 = asyncio.create_task(worker(2))
    print(await asyncio.gather(t1, t2), object())
    fut = asyncio.Future()
    asyncio.get_running_loop().call_later(0.5, fut.set_result, 'done')
    print(await fut, random.random(), asyncio.current_task().get_name())
    q = asyncio.Queue()
    asyncio.get_running_loop().call_later(0.2, q.put_nowait, 'queued')
    print(await q.get())

asyncio.run(main())
`;

const INNER = `
import asyncio, random

async def spin(i):
    while True:
        await asyncio.sleep(1)
        print('spin', i, object(), random.random())

async def main():
    random.seed(2)
    print(random.random(), id(3000))
    await asyncio.gather(spin(1), spin(2))

asyncio.run(main())
`;

const INNER_OPTIONS: RunOptions = { maxSteps: 7 };

function facts(r: RunResult) {
  return { trace: r.trace, ui: r.ui, traceback: r.traceback, exitCode: r.exitCode };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('run isolation', () => {
  it('a simulation nested inside another leaves both traces as they are alone', () => {
    const outerAlone = facts(simulate(OUTER));
    const innerAlone = facts(simulate(INNER, INNER_OPTIONS));
    expect(outerAlone.trace.error).toBeNull();
    expect(innerAlone.trace.error).toBe('Limit: more than 7 steps');

    let inner: RunResult | null = null;
    const original = PyRandom.prototype.random;
    vi.spyOn(PyRandom.prototype, 'random').mockImplementationOnce(function (this: PyRandom) {
      inner = simulate(INNER, INNER_OPTIONS);
      return original.call(this);
    });
    const outer = simulate(OUTER);

    expect(inner).not.toBeNull();
    expect(facts(inner!)).toEqual(innerAlone);
    expect(facts(outer)).toEqual(outerAlone);
  });

  it("a bytes or complex constant is each run's own object, its id from that run's count", () => {
    // Compiled code outlives its run: a constant made once kept an id from another run's count,
    // which could equal an object's of this run (pickle's memo, keyed by id, took one for the other).
    const program = "o = object()\nx = b'abc'\nprint(id(x) - id(o), id(2j) - id(o))\n";
    const out = () => simulate(program).trace.stdout.map((s) => s.text);
    const first = out();
    simulate(OUTER);
    expect(out()).toEqual(first);
    expect(out()).toEqual(first);
  });

  it('runs one after another start from the same state', () => {
    const first = facts(simulate(OUTER));
    simulate(INNER, INNER_OPTIONS);
    expect(facts(simulate(OUTER))).toEqual(first);
  });
});
