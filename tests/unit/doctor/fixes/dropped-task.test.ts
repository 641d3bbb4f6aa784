import { describe, expect, it } from 'vitest';
import { droppedTask } from '../../../../src/lib/doctor/fixes/dropped-task';
import { prove } from '../../../../src/lib/doctor/prove';
import { finding } from './finding';

const PROGRAM = `import asyncio


async def backup():
    await asyncio.sleep(2)
    print("backup finished")


async def main():
    asyncio.create_task(backup())
    await asyncio.sleep(1)
    print("main done")  # returns before the backup is done


asyncio.run(main())
`;

describe('dropped-task fix', () => {
  it('keeps the task in a name and awaits it at the end of the coroutine', () => {
    expect(droppedTask.rewrite(PROGRAM, finding('dropped-task', 10))).toBe(
      PROGRAM.replace('    asyncio.create_task', '    task = asyncio.create_task').replace(
        'is done\n',
        'is done\n    await task\n',
      ),
    );
  });

  it('proves it: the backup is no longer cancelled at 1 s; it finishes at 2 s', () => {
    const fix = prove(PROGRAM, finding('dropped-task', 10));
    expect(fix && [fix.before, fix.after]).toEqual([1, 2]);
  });

  it('picks a name the program does not use', () => {
    const taken = PROGRAM.replace('print("main done")', 'task = "main"; print(task)');
    expect(droppedTask.rewrite(taken, finding('dropped-task', 10))).toContain('task_2 = asyncio.create_task');
  });

  it('declines a task the coroutine keeps and awaits already', () => {
    const kept = PROGRAM.replace('    asyncio.create_task', '    job = asyncio.create_task').replace(
      'is done\n',
      'is done\n    await job\n',
    );
    expect(droppedTask.rewrite(kept, finding('dropped-task', 10))).toBeNull();
  });

  it('declines a coroutine that returns early, or a task made in a loop', () => {
    const returns = PROGRAM.replace(
      '    await asyncio.sleep(1)\n',
      '    await asyncio.sleep(1)\n    if True:\n        return\n',
    );
    expect(droppedTask.rewrite(returns, finding('dropped-task', 10))).toBeNull();
    const looped = PROGRAM.replace(
      '    asyncio.create_task(backup())',
      '    for _ in range(2):\n        asyncio.create_task(backup())',
    );
    expect(droppedTask.rewrite(looped, finding('dropped-task', 11))).toBeNull();
  });
});
