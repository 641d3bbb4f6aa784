/**
 * "What changed": one program simulated on two versions, its differences each explained by the
 * catalogue entry of the change behind it (programs whose goldens, recorded on each version,
 * differ the same way), or by the generic sentence of its kind.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import type { PythonVersion } from '../../../src/lib/ir/python-version';
import { versionDifferences } from '../../../src/lib/trace/version-diff';
import { GENERIC_WHY, VERSION_CHANGES } from '../../../src/lib/trace/version-changes';

const cases = join(import.meta.dirname, '../../conformance/cases');

function differences(source: string, a: PythonVersion, b: PythonVersion) {
  const run = (python: PythonVersion) => ({
    python,
    trace: simulate(source, { python, traceOnly: true }, 'p.py').trace,
  });
  return versionDifferences(source, run(a), run(b));
}
const ofCase = (name: string, a: PythonVersion, b: PythonVersion) =>
  differences(readFileSync(join(cases, `${name}.py`), 'utf8'), a, b);

describe('version differences', () => {
  it('are none for a program that runs the same', () => {
    expect(ofCase('shield_basic', '3.13', '3.14')).toEqual([]);
  });

  it("wait_for's task (3.11 → 3.12): one task fewer, explained once per difference", () => {
    const d = ofCase('waitfor_timeout', '3.11', '3.14');
    expect(d.map((x) => x.kind)).toEqual(['step', 'tasks']);
    expect(d[1]).toMatchObject({ a: 'Task-1, Task-2, Task-3', b: 'Task-1, Task-2' });
    for (const x of d) expect(x.changes).toEqual(['wait-for-task']);
  });

  it("create_task(name=)'s number (3.12 → 3.13): the output lines and task names that differ", () => {
    const d = ofCase('task_create_named', '3.12', '3.13');
    expect(d.filter((x) => x.kind === 'output').map((x) => [x.index, x.a, x.b])).toEqual([
      [0, 'Task-2 second Task-4', 'Task-2 second Task-3'],
      [3, 'Task-5 0', 'Task-4 0'],
    ]);
    expect(new Set(d.flatMap((x) => x.changes))).toEqual(new Set(['named-task-number']));
    // Reversed, the same differences with the sides swapped.
    const r = ofCase('task_create_named', '3.13', '3.12');
    expect(r.map((x) => [x.a, x.b])).toEqual(d.map((x) => [x.b, x.a]));
  });

  it('get_event_loop() without a loop: a warning on 3.12, an error on 3.14', () => {
    const w = ofCase('warn_get_event_loop_deprecated', '3.11', '3.12');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      kind: 'warning',
      a: null,
      b: 'DeprecationWarning: There is no current event loop',
      changes: ['get-event-loop-warning'],
    });
    const e = ofCase('warn_get_event_loop_deprecated', '3.13', '3.14');
    const err = e.find((x) => x.kind === 'error');
    expect(err).toMatchObject({ a: null, b: "RuntimeError: There is no current event loop in thread 'MainThread'." });
    expect(err!.changes).toContain('get-event-loop-error');
    expect(e.find((x) => x.kind === 'warning')!.changes).toContain('get-event-loop-error');
  });

  it('explains only changes made between the two versions', () => {
    // Handle reprs changed in 3.13: between 3.11 and 3.12 nothing differs, 3.12 → 3.14 does.
    expect(ofCase('loop_handle_reprs', '3.11', '3.12')).toEqual([]);
    const d = ofCase('loop_handle_reprs', '3.12', '3.14');
    expect(d.length).toBeGreaterThan(0);
    for (const x of d) expect(x.changes).toEqual(['handle-repr']);
  });

  it("3.14's unhashable wording, and the sentences in both languages", () => {
    const [d] = ofCase('py_object_identity_hash', '3.13', '3.14');
    expect(d).toMatchObject({
      kind: 'output',
      a: "TypeError: unhashable type: 'Keyed'",
      b: "TypeError: cannot use 'Keyed' as a dict key (unhashable type: 'Keyed')",
      changes: ['unhashable-wording'],
    });
    expect(d.why[0].en).toMatch(/^In 3\.14/);
    expect(d.why[0].ko).toMatch(/^3\.14에서/);
  });

  it('a difference no entry recognises gets the generic sentence of its kind', () => {
    // The version itself, printed: a difference no asyncio change is behind.
    const source = 'import asyncio, sys\nprint(sys.version_info[:2])\n';
    const d = differences(source, '3.12', '3.14');
    expect(d).toEqual([
      { kind: 'output', index: 0, a: '(3, 12)', b: '(3, 14)', changes: [], why: [GENERIC_WHY.output] },
    ]);
  });

  it('has one sentence per language for every catalogue entry, and unique ids', () => {
    expect(new Set(VERSION_CHANGES.map((c) => c.id)).size).toBe(VERSION_CHANGES.length);
    for (const c of VERSION_CHANGES) {
      expect(c.en).toMatch(/^[A-Z0-9].*\.$/);
      expect(c.ko.length).toBeGreaterThan(10);
      expect(c.ko).toMatch(/[가-힣]/);
    }
  });
});
