import { describe, expect, it } from 'vitest';
import { exceptionNeverRetrieved } from '../../../../src/lib/doctor/fixes/exception-never-retrieved';
import { prove } from '../../../../src/lib/doctor/prove';
import { simulate } from '../../../../src/lib/run';
import { finding } from './finding';

const PROGRAM = `import asyncio


async def risky():
    await asyncio.sleep(0.5)
    raise ValueError("disk full")


async def main():
    job = asyncio.create_task(risky())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
`;

describe('exception-never-retrieved fix', () => {
  it('awaits the task at the end of the coroutine and handles its exception', () => {
    const out = exceptionNeverRetrieved.rewrite(PROGRAM, finding('exception-never-retrieved', 10));
    expect(out).toBe(
      PROGRAM.replace(
        '    print("main done")\n',
        '    print("main done")\n    try:\n        await job\n    except Exception as exc:\n        print(f"task failed: {exc!r}")\n',
      ),
    );
    const run = simulate(out!);
    expect(run.trace.stdout.map((l) => l.text).join('')).toBe("main done\ntask failed: ValueError('disk full')\n");
  });

  it('proves it: the exception is retrieved (no warning), in the same 1 s', () => {
    const fix = prove(PROGRAM, finding('exception-never-retrieved', 10));
    expect(fix && [fix.before, fix.after]).toEqual([1, 1]);
  });

  it('declines a task name bound twice', () => {
    const twice = PROGRAM.replace('    await asyncio.sleep(1)\n', '    await asyncio.sleep(1)\n    job = None\n');
    expect(exceptionNeverRetrieved.rewrite(twice, finding('exception-never-retrieved', 10))).toBeNull();
  });
});
