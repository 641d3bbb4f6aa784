/** The narration says the true cause of each step (trace/why.ts), in English and Korean. */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { narrate } from '../../../src/lib/ui/narrate';

function sentences(src: string) {
  const r = simulate(src);
  const v = buildRunView(r.trace!, r.ui!);
  return r.trace!.steps.map((s, i) => ({ task: s.task, en: narrate('en', v, i), ko: narrate('ko', v, i) }));
}

const PROGRAM = `import asyncio, time
async def waiter(q):
    await q.get()
async def sleeper():
    await asyncio.sleep(1)
async def ew(ev):
    await ev.wait()
async def main():
    q = asyncio.Queue()
    w = asyncio.create_task(waiter(q))
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0.5)
    time.sleep(1)
    w.cancel()
    w2 = asyncio.create_task(waiter(q))
    await asyncio.sleep(0)
    await q.put(42)
    ev = asyncio.Event()
    e = asyncio.create_task(ew(ev))
    await asyncio.sleep(0)
    ev.set()
    await e
asyncio.run(main())
`;

describe('narration of true causes', () => {
  const ss = sentences(PROGRAM);
  const find = (re: RegExp) => ss.find((s) => re.test(s.en));
  it('w.cancel() is narrated as cancel() by its caller at its line, not "woken by Queue"', () => {
    const s = find(/^Task-2 resumes/)!;
    expect(s.en).toBe('Task-2 resumes at line 3 (cancel() by Task-1 at line 14) and ends cancelled.');
    expect(s.ko).toBe('Task-2가 3번 줄에서 재개하여 (14번 줄의 Task-1이 cancel()을 호출함) 취소되어 끝납니다.');
    expect(ss.map((x) => x.en).join(' ')).not.toContain('woken by Queue');
  });
  it('a late timer says when it was due and how late it fired', () => {
    const s = find(/^Task-3 resumes/)!;
    expect(s.en).toBe(
      'Task-3 resumes at line 5 (its timer, due at 1.0 s, fired 0.5 s late: a blocking call held the loop) and finishes.',
    );
    expect(s.ko).toBe(
      'Task-3이 5번 줄에서 재개하여 (1.0초에 예정된 타이머가 0.5초 늦게 울림: 블로킹 호출이 루프를 붙잡음) 끝납니다.',
    );
  });
  it('a queue put and an event set name the task and line that did it', () => {
    expect(find(/^Task-4 resumes/)!.en).toBe(
      'Task-4 resumes at line 3 (item put in the Queue by Task-1 at line 17) and finishes.',
    );
    expect(find(/^Task-4 resumes/)!.ko).toBe(
      'Task-4가 3번 줄에서 재개하여 (17번 줄의 Task-1이 Queue에 항목을 넣음) 끝납니다.',
    );
    expect(find(/^Task-5 resumes/)!.en).toBe('Task-5 resumes at line 7 (Event set by Task-1 at line 21) and finishes.');
    expect(find(/^Task-1 resumes at line 22/)!.en).toBe('Task-1 resumes at line 22 (Task-5 returned) and finishes.');
  });
  it('Korean uses 초 for seconds and a finished sentence when the task does not wait', () => {
    const s = ss.find((x) => x.en.startsWith('Task-1 resumes at line 12'))!;
    expect(s.ko).toBe(
      'Task-1이 12번 줄에서 재개하여 (0.5초에 예정된 타이머가 울림) 16번 줄까지 실행됩니다. 그동안 time.sleep(1)이 루프 전체를 1.0초 동안 막습니다.',
    );
    for (const x of ss) {
      expect(x.ko).not.toMatch(/이\(가\)|을\(를\)|\d s\b/);
    }
  });
  it('a TaskGroup cancellation is narrated as the TaskGroup cancelling because a task raised', () => {
    const tg = sentences(`import asyncio
async def worker(n):
    await asyncio.sleep(n)
async def bad():
    await asyncio.sleep(1)
    raise ValueError('boom')
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(3))
            tg.create_task(bad())
    except* ValueError:
        pass
asyncio.run(main())
`);
    const s = tg.find((x) => x.en.startsWith('Task-2 resumes'))!;
    expect(s.en).toBe(
      'Task-2 resumes at line 3 (the TaskGroup cancels its tasks because Task-3 raised ValueError) and ends cancelled.',
    );
    expect(s.ko).toBe(
      'Task-2가 3번 줄에서 재개하여 (Task-3이 ValueError를 일으켜 TaskGroup이 태스크들을 취소함) 취소되어 끝납니다.',
    );
    expect(tg.map((x) => x.en).join(' ')).not.toContain('timer fired');
  });

  it("tells the last step's task error, then the stop it caused, each as its own sentence", () => {
    const src =
      'import asyncio\nasync def main():\n    await asyncio.sleep(0.2)\n    raise ValueError("bad input")\nasyncio.run(main())\n';
    const last = sentences(src).at(-1)!;
    expect(last.en).toMatch(
      /Task-1's exception was raised at line 4: ValueError: bad input \(traceback under Output\)\. Then the program stopped: ValueError: bad input\.$/,
    );
    expect(last.ko).toMatch(/\(트레이스백은 출력 패널에\)\. 그 뒤 프로그램이 멈췄습니다: ValueError: bad input\.$/);
  });
});
