import { describe, expect, it } from 'vitest';
import { prove, withFixes } from '../../../src/lib/doctor/prove';
import { simulate } from '../../../src/lib/run';
import { sequentialAwaits } from '../../../src/lib/doctor/fixes/sequential-awaits';
import { finding } from './fixes/finding';

const SEQUENTIAL = `import asyncio


async def step(n):
    await asyncio.sleep(1)
    return n


async def main():
    a = await step(1)
    b = await step(2)
    print(a + b)


asyncio.run(main())
`;

describe('prove', () => {
  it('returns the title in both languages, the whole rewritten program and both run times', () => {
    expect(prove(SEQUENTIAL, finding('sequential-awaits', 10, 11))).toEqual({
      title: {
        en: 'Run the independent awaits together with asyncio.gather',
        ko: '서로 독립적인 await들을 asyncio.gather로 함께 실행하기',
      },
      source: SEQUENTIAL.replace(
        '    a = await step(1)\n    b = await step(2)\n',
        '    a, b = await asyncio.gather(step(1), step(2))\n',
      ),
      before: 2,
      after: 1,
    });
  });

  it('gives no fix for a program that does not parse, or a finding with nothing to rewrite', () => {
    expect(prove('async def main(:\n    pass\n', finding('never-awaited', 2))).toBeNull();
    expect(prove(SEQUENTIAL, finding('dropped-task', 12))).toBeNull();
    expect(prove(SEQUENTIAL, finding('sequential-awaits', 99, 120))).toBeNull();
  });

  it('gives no fix when the rewritten program fails where the original did not', () => {
    // second() reads what first() leaves behind: overlapped, it looks too early.
    const shared = `import asyncio

state = {}


async def first():
    await asyncio.sleep(1)
    state["ready"] = True


async def second():
    await asyncio.sleep(0.5)
    return state["ready"]


async def main():
    await first()
    r = await second()
    print(r)


asyncio.run(main())
`;
    expect(sequentialAwaits.rewrite(shared, finding('sequential-awaits', 17, 18))).toContain(
      '    _, r = await asyncio.gather(first(), second())\n',
    );
    expect(prove(shared, finding('sequential-awaits', 17, 18))).toBeNull();
  });
});

describe('withFixes', () => {
  it('attaches the proven fix to each finding that has one, reusing the run it is given', () => {
    const before = simulate(SEQUENTIAL);
    const findings = [finding('sequential-awaits', 10, 11), finding('dropped-task', 12)];
    const out = withFixes(SEQUENTIAL, findings, { before });
    expect(out[0].fix && [out[0].fix.before, out[0].fix.after]).toEqual([2, 1]);
    expect(out[1]).toEqual(findings[1]);
    expect(withFixes(SEQUENTIAL, findings)[0].fix?.source).toBe(out[0].fix?.source);
  });
});
