/**
 * `blocking-call`: a blocking call in a task's step while other tasks were held up, with the
 * time the loop was frozen and how many tasks waited; a step that never gives the loop back.
 */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

describe('blocking-call', () => {
  it('names time.sleep in a task while another task waited, with the measured freeze', () => {
    const src = py(
      'import asyncio, time',
      'async def beat():',
      '    for i in range(4):',
      '        await asyncio.sleep(0.5)',
      'async def blocker():',
      '    await asyncio.sleep(0.25)',
      '    time.sleep(1.5)',
      'async def main():',
      '    await asyncio.gather(beat(), blocker())',
      'asyncio.run(main())',
    );
    const [f, ...rest] = see(src);
    expect(rest).toEqual([]);
    expect(f.kind).toBe('blocking-call');
    expect(f.line).toBe(7);
    expect(f.figures).toEqual({ frozenSeconds: 1.5, calls: 1, tasksWaited: 1 });
    expect(f.message.en).toContain('time.sleep(1.5) in blocker()');
    expect(f.cost?.en).toBe('the loop froze for 1.5 s while 1 other task waited');
    expect(f.cost?.ko).toBe('루프가 1.5초 멈췄고, 그동안 다른 태스크 1개가 기다렸습니다');
  });

  it('adds up the calls of one line: requests.get in three tasks', () => {
    const src = py(
      '# sim: latency http://example.com 1.0',
      'import asyncio, requests',
      'async def fetch(url):',
      '    return requests.get(url).status_code',
      'async def main():',
      '    await asyncio.gather(*(fetch(f"http://example.com/{i}") for i in range(3)))',
      'asyncio.run(main())',
    );
    const [f] = see(src);
    expect(where(src)).toEqual(['4 blocking-call']);
    expect(f.figures).toEqual({ frozenSeconds: 3, calls: 3, tasksWaited: 2 });
    expect(f.message.en).toContain('requests.get() in fetch()');
  });

  it('says nothing when no other task could have run (asyncio.sleep, one task alone, a thread, top level)', () => {
    expect(
      where(
        py(
          'import asyncio',
          'async def beat():',
          '    await asyncio.sleep(0.5)',
          'async def other():',
          '    await asyncio.sleep(2)',
          'async def main():',
          '    await asyncio.gather(beat(), other())',
          'asyncio.run(main())',
        ),
      ),
    ).toEqual([]);
    expect(where(py('import asyncio, time', 'async def main():', '    time.sleep(1)', 'asyncio.run(main())'))).toEqual(
      [],
    );
    expect(
      where(
        py(
          'import asyncio, time',
          'def work():',
          '    time.sleep(1)',
          'async def beat():',
          '    for i in range(3):',
          '        await asyncio.sleep(0.4)',
          'async def main():',
          '    await asyncio.gather(asyncio.to_thread(work), beat())',
          'time.sleep(0.5)',
          'asyncio.run(main())',
        ),
      ),
    ).toEqual([]);
  });

  it('names a step of a million operations or more (CPU work) while another task was ready', () => {
    const program = (n: number, first: string, second: string) =>
      py(
        'import asyncio',
        'async def beat():',
        '    await asyncio.sleep(0.5)',
        'async def crunch():',
        '    total = 0',
        `    for i in range(${n}):`,
        '        total += i',
        'async def main():',
        `    await asyncio.gather(${first}, ${second})`,
        'asyncio.run(main())',
      );
    const [f, ...rest] = see(program(1_100_000, 'crunch()', 'beat()'));
    expect(rest).toEqual([]);
    expect(`${f.line} ${f.kind}`).toBe('7 blocking-call');
    expect(f.message.en).toContain('crunch() computes without an await');
    expect(f.figures?.tasksWaited).toBe(1);
    expect(f.figures?.operations).toBeGreaterThanOrEqual(1_100_000);
    // Fewer operations, or nobody left to wait: no finding.
    expect(where(program(500_000, 'crunch()', 'beat()'))).toEqual([]);
    expect(where(program(1_100_000, 'beat()', 'asyncio.sleep(0)'))).toEqual([]);
  });

  it('names a step that never gives the loop back, stopped at the operations cap', () => {
    const src = py(
      'import asyncio',
      'async def spinner():',
      '    n = 0',
      '    while True:',
      '        n += 1',
      'async def main():',
      '    asyncio.create_task(spinner())',
      '    await asyncio.sleep(1)',
      'asyncio.run(main())',
    );
    const fs = see(src, { maxOperations: 100_000 });
    expect(fs.map((f) => `${f.line} ${f.kind}`)).toEqual(['4 blocking-call']);
    expect(fs[0].message.en).toContain('spinner() never gives the loop back');
    expect(fs[0].figures).toEqual({ operations: 100_000, tasksWaited: 1 });
  });
});
