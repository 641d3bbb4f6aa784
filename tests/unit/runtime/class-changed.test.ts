/**
 * runtime/core.ts classChanged: a change to a class's namespace that no other cache can have read
 * (no subclass, no attribute or method site cached its instances) forgets the class's own lookups
 * only; any other invalidates every cache (classEpoch). The answers are checked against CPython by
 * the conformance case lang_class_change_caches.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { classEpoch } from '../../../src/lib/runtime/core';

/** How often every cache was invalidated while `source` ran (its second run: the first compiles). */
function invalidations(source: string): number {
  simulate(source, { python: '3.13' });
  const before = classEpoch;
  const r = simulate(source, { python: '3.13' });
  expect(r.trace.error).toBeNull();
  return classEpoch - before;
}

describe('classChanged', () => {
  it('leaves the other caches alone for a class nothing else has looked at', () => {
    const base = invalidations('pass\n');
    // Twenty classes, each given ten attributes after it is made.
    const fresh = invalidations(
      'for i in range(20):\n' +
        '    class C:\n' +
        '        pass\n' +
        '    for k in range(10):\n' +
        "        setattr(C, f'a{k}', k)\n" +
        '    del C.a0\n',
    );
    expect(fresh - base).toBe(0);
  });

  it('invalidates every cache for a class with a subclass or a cached instance', () => {
    const base = invalidations('pass\n');
    const sub = invalidations('class B:\n    pass\nclass D(B):\n    pass\nB.x = 1\n');
    expect(sub - base).toBe(1);
    const sited = invalidations(
      'class P:\n    pass\np = P()\np.v = 1\ndef show(o):\n    return o.v\nshow(p)\nP.v = 2\nprint(show(p))\n',
    );
    expect(sited - base).toBe(1);
  });

  it('makes `import collections` invalidate the caches a few dozen times, not once per ABC attribute', () => {
    const base = invalidations('pass\n');
    expect(invalidations('import collections\n') - base).toBeLessThan(60);
  });
});
