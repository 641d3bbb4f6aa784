/**
 * `await q.put(x)` / `await q.get()` that finish at once make no coroutine (NativeAwaitNow): the
 * run must be the one the coroutine would give. `await (c := q.get())` takes the coroutine path
 * on the same lines, so the two forms' traces, output and limits must agree.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const out = (r: ReturnType<typeof simulate>) => r.trace.stdout.map((o) => o.text).join('');

const program = (form: (call: string) => string) => `import asyncio

async def producer(q, n):
    for i in range(n):
        ${form('q.put(i)')}
    ${form('q.put(-1)')}

async def consumer(q, out):
    while True:
        item = ${form('q.get()')}
        if item < 0:
            break
        out.append((item, id(object())))
        await asyncio.sleep(0.001 * (item % 3))

async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(maxsize=3)
        out = []
        await asyncio.gather(producer(q, 40), consumer(q, out))
        print(cls.__name__, out)

asyncio.run(main())
`;
const fast = program((c) => `await ${c}`);
const slow = program((c) => `await (c := ${c})`);

describe('queue operations awaited at once', () => {
  it('give the same trace, output and ids as the coroutine path', () => {
    const a = simulate(fast);
    const b = simulate(slow);
    expect(a.trace.error).toBeNull();
    expect(out(a)).toContain('LifoQueue');
    expect(JSON.stringify(a.trace)).toBe(JSON.stringify(b.trace));
  });

  it('count the same operations (the limit stops both at the same point)', () => {
    for (let maxOperations = 50; maxOperations < 1000; maxOperations += 47) {
      const a = simulate(fast, { maxOperations });
      const b = simulate(slow, { maxOperations });
      expect(a.limit).toBe('operations');
      expect(a.trace.error).toBe(b.trace.error);
      expect(out(a)).toBe(out(b));
    }
  });

  it("leave a subclass's own get and put to it", () => {
    const r = simulate(`import asyncio

class Q(asyncio.Queue):
    async def get(self):
        return 'mine'

class P(asyncio.Queue):
    pass

async def main():
    q = Q()
    await q.put(1)
    print(await q.get(), q.qsize())
    p = P(maxsize=1)
    await p.put(2)
    print(await p.get(), p.qsize())

asyncio.run(main())
`);
    expect(r.trace.error).toBeNull();
    expect(out(r)).toBe('mine 1\n2 0\n');
  });

  it('still raise QueueShutDown from a put after shutdown', () => {
    const r = simulate(`import asyncio

async def main():
    q = asyncio.Queue()
    q.shutdown()
    try:
        await q.put(1)
    except asyncio.QueueShutDown:
        print('shut')

asyncio.run(main())
`);
    expect(out(r)).toBe('shut\n');
  });
});
