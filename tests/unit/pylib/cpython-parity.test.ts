/**
 * Where a library module mirrors CPython, the same checks run under both: each stdlib case program
 * (tests/unit/stdlib/cases/MODULE_*.py) runs under real CPython 3.13 with Loopline's MODULE.py in place of
 * CPython's (cpython_parity.py), and its trace must equal expected.json, as the simulated trace must
 * (tests/unit/stdlib/helpers.ts). Likewise the conformance cases of the asyncio parts written in Python
 * (src/lib/sim/py: locks, timeouts, wait_for/wait/shield, TaskGroup) run over CPython's own and must give
 * their goldens.
 */
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { compareTraces } from '../../../src/lib/trace/compare';
import type { ConformanceTrace } from '../../../src/lib/trace/types';
import { python, noCPython } from './cpython';

const root = join(import.meta.dirname, '..', '..', '..');
const runner = join(import.meta.dirname, 'cpython_parity.py');
const casesDir = join(root, 'tests', 'unit', 'stdlib', 'cases');
const conformance = join(root, 'tests', 'conformance');
const expected = JSON.parse(readFileSync(join(root, 'tests', 'unit', 'stdlib', 'expected.json'), 'utf8')) as Record<
  string,
  ConformanceTrace
>;

/**
 * Modules that run under CPython with stand-ins for their natives. Not here: abc and enum (they change a
 * class's metaclass after creation, which only the simulator's native set_metaclass can do), _collections_abc
 * and __future__ (no cases of their own).
 */
const COVERED = [
  'bisect',
  'collections',
  'contextlib',
  'copy',
  'dataclasses',
  'datetime',
  'functools',
  'heapq',
  'itertools',
  'json',
  'math',
  'operator',
  'statistics',
  'string',
  'sys',
  'textwrap',
  'typing',
];

/** Cases where our module under CPython differs from CPython's, though the simulator matches (why, in one line). */
const KNOWN_GAPS: Record<string, string> = {
  // datetime.__gt__ raises instead of returning NotImplemented for a plain date; CPython tries the reflected
  // method of the subclass first, the simulator does not, so only CPython shows '>' instead of '<'.
  datetime_values: "date < datetime: our datetime's reflected comparison raises its own TypeError",
  // CPython's __aexit__ sets exc.__traceback__ = traceback, which frees the generator's frames; without it
  // the pure-Python tasks' cycles keep both generators alive until asyncio.run's shutdown_asyncgens.
  contextlib_cancel: "asynccontextmanager's __aexit__ keeps the thrown exception's traceback",
  // Error messages name CPython's C types with their module ('datetime.date'); our classes are Python
  // ones under CPython, named by their __name__ alone (the simulator marks them, stdlib/native.ts c_types).
  datetime_type_names: "our datetime classes under CPython are Python classes: 'date', not 'datetime.date'",
  // sys.modules is the run's module table (stdlib/modules.ts), which sys.py alone under CPython lacks.
  sys_modules: "sys.modules comes from the run's imports, not from sys.py",
};

/** Modules whose cases are compared on printed text and error only under CPython (why, in one line). */
const TEXT_ONLY: Record<string, string> = {
  // Our sys.stdout is not the recorder's capture, so print(..., file=sys.stdout) makes one entry per write.
  sys: 'sys.stdout is not the recorder stdout',
};

const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.py') && COVERED.includes(f.slice(0, f.indexOf('_'))))
  .sort();

/** Conformance topics (tests/recorder/README.md) whose programs exercise the asyncio parts in src/lib/sim/py. */
const ASYNCIO_TOPICS = [
  'lock',
  'event',
  'condition',
  'semaphore',
  'barrier',
  'timeout',
  'waitfor',
  'wait',
  'taskgroup',
  'shield',
  'deadlock',
];
const asyncioCases = readdirSync(join(conformance, 'cases'))
  .filter((f) => f.endsWith('.py') && ASYNCIO_TOPICS.includes(f.slice(0, f.indexOf('_'))))
  .sort();

function runUnderCPython(module: string, file: string): ConformanceTrace {
  return JSON.parse(python([runner, module, file])) as ConformanceTrace;
}

/** What PROGRAM prints when run under CPython with our MODULE. */
function printedUnderCPython(module: string, program: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-parity-'));
  try {
    writeFileSync(join(dir, 'which.py'), program);
    return runUnderCPython(module, join(dir, 'which.py'))
      .stdout.map((e) => e.text)
      .join('');
  } finally {
    rmSync(dir, { recursive: true });
  }
}

const skipped = noCPython ? ` (skipped: ${noCPython})` : '';

describe.skipIf(noCPython !== null)(`stdlib modules under CPython 3.13${skipped}`, () => {
  it('has cases for every covered module', () => {
    for (const m of COVERED)
      expect(
        cases.some((f) => f.startsWith(m + '_')),
        m,
      ).toBe(true);
  });

  it("imports Loopline's module, not CPython's", () => {
    const printed = printedUnderCPython('string', 'import string\nprint(string.__file__)\n');
    expect(printed).toBe(join(root, 'src', 'lib', 'stdlib', 'py', 'string.py') + '\n');
  });

  for (const f of cases) {
    const name = f.slice(0, -3);
    const gap = KNOWN_GAPS[name];
    (gap ? it.fails : it)(gap ? `${name} (known gap: ${gap})` : name, () => {
      const want = expected[name];
      expect(want, `${name} is missing from expected.json`).toBeDefined();
      const source = readFileSync(join(casesDir, f), 'utf8');
      const module = name.slice(0, name.indexOf('_'));
      const got = runUnderCPython(module, join(casesDir, f));
      expect(got.stdout.map((e) => e.text).join('')).toBe(want.stdout.map((e) => e.text).join(''));
      expect(got.error).toBe(want.error);
      const textOnly = module in TEXT_ONLY || /^# (run: python|compare: stdout)\n/.test(source);
      if (!textOnly) expect(compareTraces(got, want)).toBeNull();
    });
  }
});

describe.skipIf(noCPython !== null)(`asyncio's Python parts under CPython 3.13${skipped}`, () => {
  it('has cases for every topic', () => {
    for (const t of ASYNCIO_TOPICS)
      expect(
        asyncioCases.some((f) => f.startsWith(t + '_')),
        t,
      ).toBe(true);
  });

  it("runs Loopline's classes, not CPython's", () => {
    const program =
      'import asyncio\nprint(asyncio.Lock.acquire.__code__.co_filename, asyncio.wait_for.__code__.co_filename)\n';
    const printed = printedUnderCPython('asyncio', program);
    const py = join(root, 'src', 'lib', 'sim', 'py');
    expect(printed).toBe(`${join(py, 'locks.py')} ${join(py, 'tasks.py')}\n`);
  });

  for (const f of asyncioCases) {
    const name = f.slice(0, -3);
    it(name, () => {
      const want = JSON.parse(readFileSync(join(conformance, 'expected', name + '.json'), 'utf8')) as ConformanceTrace;
      expect(compareTraces(runUnderCPython('asyncio', join(conformance, 'cases', f)), want)).toBeNull();
    });
  }
});
