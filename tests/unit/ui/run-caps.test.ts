/**
 * The app's caps: a run says which cap stopped it (steps, operations, the clock), the caps grow
 * tenfold with each "Run further", and a stopped run's message says where it got to (en, ko).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { capsAt } from '../../../src/lib/ui/state/run-caps';
import { stoppedMessage } from '../../../src/lib/ui/state/stopped-message';
import { tr } from '../../../src/lib/ui/i18n';

const TIMER_LOOP =
  'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0.1)\n\nasyncio.run(main())\n';

describe('run caps', () => {
  it('a run stopped at the step cap says so, after exactly that many steps', () => {
    const r = simulate(TIMER_LOOP, { maxSteps: 500 });
    expect(r.limit).toBe('steps');
    expect(r.trace.steps.length).toBe(500);
  });

  it('a run stopped at the operations cap says so', () => {
    const r = simulate('n = 0\nwhile True:\n    n += 1\n', { maxOperations: 10_000 });
    expect(r.limit).toBe('operations');
  });

  it('a run stopped by the virtual clock says so', () => {
    const r = simulate(
      'import asyncio\n\nasync def main():\n    await asyncio.sleep(2_000_000)\n\nasyncio.run(main())\n',
    );
    expect(r.limit).toBe('clock');
  });

  it('a run that ends, or fails, names no cap', () => {
    expect(
      simulate('import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n').limit,
    ).toBeUndefined();
    expect(simulate('raise ValueError("x")\n').limit).toBeUndefined();
  });

  it('grows tenfold with each "Run further", from the app\'s caps or a given base', () => {
    expect(capsAt(0)).toEqual({ maxSteps: 25_000, maxOperations: 10_000_000 });
    expect(capsAt(1)).toEqual({ maxSteps: 250_000, maxOperations: 100_000_000 });
    expect(capsAt(2, { maxSteps: 300, maxOperations: 7 })).toEqual({ maxSteps: 30_000, maxOperations: 700 });
  });

  it('a stopped run says where it got to, and that the previous timeline stays (en, ko)', () => {
    const p = { steps: 12_345, t: 2.5, line: 7 };
    expect(stoppedMessage((k, a) => tr('en', k, a), 'en', p, true)).toBe(
      'Stopped at step 12,345, at 2.5 s of virtual time. The timeline shows the previous run.',
    );
    expect(stoppedMessage((k, a) => tr('en', k, a), 'en', null, false)).toBe('Stopped before the first step.');
    expect(stoppedMessage((k, a) => tr('ko', k, a), 'ko', p, true)).toBe(
      '12,345단계, 가상 시간 2.5초에서 중지했습니다. 타임라인은 이전 실행을 보여 줍니다.',
    );
  });
});
