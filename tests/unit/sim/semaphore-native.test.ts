/**
 * asyncio.Semaphore's methods run natively (sim/semaphores.ts) and a subclass runs locks.py's
 * Python ones: both must give the same run, down to the object ids the program sees and the
 * operations counted (where the limit stops it), in every order of waking and cancelling.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const out = (r: ReturnType<typeof simulate>) => r.trace.stdout.map((o) => o.text).join('');

const program = (cls: string) => `import asyncio

class Sub(asyncio.Semaphore):
    pass

class BoundedSub(asyncio.BoundedSemaphore):
    pass

async def worker(sem, i, log):
    try:
        log.append((i, 'try', id(object()), sem.locked()))
        async with sem:
            log.append((i, 'in', sem._value, len(sem._waiters or ())))
            await asyncio.sleep(0.001 * (i % 4))
        log.append((i, 'out', id(object())))
        await sem.acquire()
        sem.release()
    except asyncio.CancelledError:
        log.append((i, 'cancelled', sem._value, sem.locked(), id(object())))

async def main():
    for make in (${cls}):
        sem = make(3)
        log = []
        tasks = [asyncio.create_task(worker(sem, i, log)) for i in range(12)]
        await asyncio.sleep(0)
        tasks[5].cancel()
        await asyncio.sleep(0.001)
        tasks[7].cancel()
        tasks[4].cancel()
        if make in (asyncio.Semaphore, Sub):
            sem.release()
        await asyncio.gather(*tasks)
        print(sem._value, sem.locked(), len(sem._waiters), id(object()))
        for entry in log:
            print(entry)

asyncio.run(main())
`;
const native = program('asyncio.Semaphore, asyncio.BoundedSemaphore');
const python = program('Sub, BoundedSub');

describe('native asyncio.Semaphore', () => {
  it('gives the output and object ids of locks.py, on every version', () => {
    for (const python_ of ['3.11', '3.12', '3.13', '3.14'] as const) {
      const a = simulate(native, { python: python_ });
      const b = simulate(python, { python: python_ });
      expect(a.trace.error).toBeNull();
      expect(out(a)).toContain('cancelled');
      expect(out(a)).toBe(out(b));
    }
  });

  it('counts the operations of locks.py (the limit stops both at the same point)', () => {
    // 3.12 and 3.13 wake waiters differently (locks.py's branches on _PY_MINOR).
    for (const python_ of ['3.12', '3.13'] as const)
      for (let maxOperations = 40; maxOperations < 3000; maxOperations += 61) {
        const a = simulate(native, { python: python_, maxOperations, traceOnly: true });
        const b = simulate(python, { python: python_, maxOperations, traceOnly: true });
        expect(a.limit).toBe(b.limit);
        expect(out(a)).toBe(out(b));
        expect(a.trace.steps.length).toBe(b.trace.steps.length);
      }
  });
});
