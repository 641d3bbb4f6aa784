/**
 * A program run again reuses its parse (run.ts keeps the last one): each run of it ends as its
 * first did, on every version, whatever ran in between, and what a run hands back (its
 * diagnostics) is its own.
 */
import { describe, it, expect } from 'vitest';
import { simulate, type RunResult } from '../../src/lib/run';
import type { PythonVersion } from '../../src/lib/ir/python-version';
import { programCompileCount } from '../../src/lib/interp/compile/program-cache';
import { sourceTier } from '../../src/lib/interp/compile/source-tier';

const PROGRAM = `
import asyncio

class Box:
    def __init__(self, v):
        self.v = v

def total(xs):
    return sum(x.v for x in xs) if xs is not () else 0

async def worker(n):
    await asyncio.sleep(0.1 * n)
    print('worker', n, Box(n), total([Box(i) for i in range(n)]))
    return n

async def main():
    print(await asyncio.gather(*(worker(i) for i in range(3))), object())
    raise ValueError('late')

asyncio.run(main())
`;

const BROKEN = 'def f(:\n    pass\n';

function facts(r: RunResult) {
  return { diagnostics: r.diagnostics, trace: r.trace, ui: r.ui, traceback: r.traceback, exitCode: r.exitCode };
}

describe('a program run again', () => {
  it('ends as its first run did, on each version and after other programs', () => {
    const versions: PythonVersion[] = ['3.11', '3.13', '3.14'];
    const first = versions.map((python) => facts(simulate(PROGRAM, { python })));
    // The compile-time warning (`is not ()`) and the uncaught error are part of what is compared.
    expect(first[1].trace.warnings.length).toBeGreaterThan(0);
    expect(first[1].traceback).toContain('ValueError: late');
    for (const [i, python] of versions.entries()) {
      expect(facts(simulate(PROGRAM, { python }))).toEqual(first[i]);
      simulate('print(1)\n', { python });
      expect(facts(simulate(PROGRAM, { python }))).toEqual(first[i]);
    }
  });

  it('gets diagnostics of its own', () => {
    const a = simulate(BROKEN);
    expect(a.diagnostics.map((d) => d.kind)).toEqual(['SyntaxError']);
    a.diagnostics.push({ ...a.diagnostics[0], message: 'changed by a caller' });
    a.diagnostics[0] = { ...a.diagnostics[0], message: 'replaced' };
    const b = simulate(BROKEN);
    expect(b.diagnostics).toHaveLength(1);
    expect(b.diagnostics[0].message).not.toBe('replaced');
  });
});

describe('a program run again on the same version', () => {
  it('takes the compile of its last run on that version, with its compile-time warnings', () => {
    const source = `${PROGRAM}# compiled once per version\n`;
    const first = facts(simulate(source, { python: '3.13' }));
    const before = programCompileCount();
    expect(facts(simulate(source, { python: '3.13' }))).toEqual(first);
    expect(programCompileCount()).toBe(before);
    // Another version compiles it for that version (3.11's comprehensions keep their frames).
    simulate(source, { python: '3.11' });
    expect(programCompileCount()).toBe(before + 1);
    expect(facts(simulate(source, { python: '3.13' }))).toEqual(first);
    expect(programCompileCount()).toBe(before + 1);
  });

  it('compiles again for the other compile tier', () => {
    const source = 'def f(n):\n    return n + 1\n\nprint(f(1))\n';
    const tiered = simulate(source, { python: '3.13' });
    const before = programCompileCount();
    sourceTier.enabled = false;
    try {
      expect(simulate(source, { python: '3.13' }).trace.stdout).toEqual(tiered.trace.stdout);
    } finally {
      sourceTier.enabled = true;
    }
    expect(programCompileCount()).toBe(before + 1);
  });
});
