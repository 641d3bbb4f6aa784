/** What the tests of asyncio's parts run when first needed (lazy-network, lazy-subprocesses, lazy-graph) share. */
import { expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { parse } from '../../../src/lib/parse';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

/** The program's stdout, line by line (it must end without an error). */
export function stdoutLines(source: string, python: PythonVersion): string[] {
  const r = simulate(source, { python }, 'prog.py');
  expect(r.trace.error).toBeNull();
  return r.trace.stdout
    .map((o) => o.text)
    .join('')
    .trimEnd()
    .split('\n');
}

/**
 * The names the top-level statements of `sources` (run one after the other into one namespace) leave
 * behind, in the order they first bind them; a statement of another kind than these fails the test
 * unless `others` is true.
 */
export function namesBound(sources: string[], others = false): string[] {
  const names: string[] = [];
  const bind = (n: string) => {
    if (!names.includes(n)) names.push(n);
  };
  for (const source of sources) {
    const { module, diagnostics } = parse(source);
    expect(diagnostics).toEqual([]);
    for (const s of module.body) {
      if (s.type === 'FunctionDef' || s.type === 'ClassDef') bind(s.name);
      else if (s.type === 'Assign') {
        for (const t of s.targets) if (t.type === 'Name') bind(t.id);
      } else if (s.type === 'ImportFrom') {
        for (const a of s.names) bind(a.asname ?? a.name);
      } else if (s.type === 'For') {
        if (s.target.type === 'Name') bind(s.target.id);
      } else if (s.type === 'Delete') {
        for (const t of s.targets.flatMap((e) => (e.type === 'Tuple' ? e.elts : [e])))
          if (t.type === 'Name') names.splice(names.indexOf(t.id), 1);
      } else if (!others) expect(s.type).toBe('Expr');
    }
  }
  return names;
}
