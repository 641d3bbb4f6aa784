/** A worker time-out says what is known: the limit, how far the run got, a neutral hint. */
import { describe, it, expect } from 'vitest';
import { simulate, type Progress } from '../../../src/lib/run';
import { timeoutMessage } from '../../../src/lib/ui/state/timeout-message';
import { tr } from '../../../src/lib/ui/i18n';

describe('worker time-out', () => {
  it('a run reports its progress while it goes: steps, virtual time and the running line', () => {
    const seen: Progress[] = [];
    simulate(
      'import asyncio\n\nasync def main():\n    n = 0\n    while n < 3_000_000:\n        n += 1\n\nasyncio.run(main())\n',
      { onProgress: (p) => seen.push(p) },
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toMatchObject({ steps: 1, t: 0 });
    expect([5, 6]).toContain(seen[seen.length - 1].line);
  });

  it('says the limit, how far it got and a neutral hint (en, ko)', () => {
    const p = { steps: 12_345, t: 2.5, line: 7 };
    const en = timeoutMessage((k, a) => tr('en', k, a), 8000, p);
    expect(en).toBe(
      'The simulation was stopped after 8 s of real time without finishing: the program may loop without awaiting, or be too big to simulate in 8 s. The page stays usable. ' +
        "By then it had simulated 12,345 steps, up to 2.5 s of virtual time, running line 7. The previous program's timeline was cleared.",
    );
    expect(en).not.toMatch(/never yields/);
    const ko = timeoutMessage((k, a) => tr('ko', k, a), 300, null);
    expect(ko).toContain('0.3초');
    expect(ko).toContain('얼마나 진행했는지는 알려지지 않았습니다.');
  });
});
