/**
 * A coroutine closed after its loop was closed: its `await` cleanup asks the closed loop for a
 * callback, and the RuntimeError is printed as CPython prints an exception a finalizer cannot
 * raise (stderr is not in the recorded goldens, so it is checked here).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const PROGRAM = `import asyncio

async def worker(q):
    while True:
        item = await q.get()
        q.task_done()

async def main():
    q = asyncio.Queue()
    asyncio.create_task(worker(q))
    await q.put(1)
    await q.join()

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("bye")
`;

describe('a pending task destroyed after loop.close()', () => {
  it('prints the RuntimeError its coroutine raised while closing, then the destroyed-task log', () => {
    const r = simulate(PROGRAM);
    const stderr = r.ui.stderr.map((l) => l.text).join('');
    expect(stderr).toMatch(
      /^Exception ignored in: <coroutine object worker at 0x[0-9a-f]+>\nTraceback \(most recent call last\):\n {2}File "main.py", line 5, in worker\n/,
    );
    expect(stderr).toContain('RuntimeError: Event loop is closed\n');
    expect(r.trace.warnings.map((w) => w.text)).toEqual(['Task was destroyed but it is pending!']);
  });
});
