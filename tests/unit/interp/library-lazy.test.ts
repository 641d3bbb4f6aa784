/**
 * A library function's body is compiled when the function is first called, not when its module is
 * imported (interp/compile/functions.ts): `import asyncio` defines hundreds of functions a run never calls.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { functionBodiesCompiled } from '../../../src/lib/interp/compile/functions';

const out = (src: string) =>
  simulate(src)
    .trace.stdout.map((l) => l.text)
    .join('');

describe('library function bodies', () => {
  it('are compiled at their first call, once', () => {
    expect(out('import textwrap\nprint(1)\n')).toBe('1\n');
    const imported = functionBodiesCompiled();
    expect(out("import textwrap\nprint(textwrap.dedent('  a\\n  b'))\n")).toBe('a\nb\n');
    const called = functionBodiesCompiled();
    expect(called).toBeGreaterThan(imported);
    expect(out("import textwrap\nprint(textwrap.dedent('  c\\n  d'))\n")).toBe('c\nd\n');
    expect(functionBodiesCompiled()).toBe(called);
  });

  it("of the user's program are compiled before it runs", () => {
    const before = functionBodiesCompiled();
    expect(out('def f():\n    return 1\n\ndef g():\n    return 2\n\nprint(3)\n')).toBe('3\n');
    expect(functionBodiesCompiled()).toBe(before + 2);
  });
});
