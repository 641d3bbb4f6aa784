/**
 * The library's docstrings (runtime/builtin-docs.ts's libraryDoc): reading one CPython has is a
 * NotSimulatedError at the line that reads it, one CPython lacks too is None, and the program's own
 * docstrings are untouched; inspect.getdoc passes the error on rather than answering None.
 */
import { beforeAll, describe, it, expect } from 'vitest';
import { preloadLibrary, simulate } from '../../../src/lib/run';

const out = (r: ReturnType<typeof simulate>) => r.trace.stdout.map((e) => e.text).join('');
const NOT_SIMULATED = (key: string) =>
  `loopline.NotSimulatedError: the docstring of ${key} is CPython's own text: library docstrings are not simulated in Loopline`;

describe('library docstrings', () => {
  beforeAll(async () => {
    await preloadLibrary('print(len.__doc__)');
  });

  for (const [expr, key] of [
    ['asyncio.sleep.__doc__', 'asyncio.tasks.sleep'],
    ['asyncio.Queue.__doc__', 'asyncio.queues.Queue'],
    ['asyncio.Queue.put.__doc__', 'asyncio.queues.Queue.put'],
    ['asyncio.Event().__doc__', 'asyncio.locks.Event'],
    ['asyncio.Task.cancel.__doc__', '_asyncio.Task.cancel'],
    ['collections.ChainMap.__doc__', 'collections.ChainMap'],
    ['datetime.date.today.__doc__', 'datetime.date.today'],
    ['functools.reduce.__doc__', '_functools.reduce'],
    ['inspect.getdoc(contextlib.ContextDecorator)', 'contextlib.ContextDecorator'],
  ])
    it(`refuses ${expr} at its line`, () => {
      const source = `import asyncio, collections, contextlib, datetime, functools, inspect\nprint(1)\nprint(${expr})\n`;
      const r = simulate(source, { python: '3.13' }, 'p.py');
      expect(out(r)).toBe('1\n');
      expect(r.trace.error).toBe(NOT_SIMULATED(key));
      expect(r.traceback).toContain('line 3, in <module>');
    });

  it("gives None where CPython's is None, and the program's own docstrings as written", () => {
    const source = [
      'import asyncio, collections, contextlib',
      'print(asyncio.Event.__init__.__doc__, asyncio.BaseEventLoop.__doc__, collections.UserDict.__doc__)',
      'class A(asyncio.Queue):',
      '    "mine"',
      'class B(contextlib.ContextDecorator):',
      '    pass',
      '@contextlib.contextmanager',
      'def cm():',
      '    "cm doc"',
      '    yield',
      'def f():',
      '    "f doc"',
      'print(A.__doc__, A().__doc__, B.__doc__, cm.__doc__, cm().__doc__, f.__doc__)',
    ].join('\n');
    expect(out(simulate(source, { python: '3.13' }, 'p.py'))).toBe(
      'None None None\nmine mine None cm doc cm doc f doc\n',
    );
  });

  it('answers a program that does not name docstrings the same whatever ran before (the table stays fetched)', () => {
    // A multiprocessing manager lists a Queue's methods through dir() and getattr (managers.py):
    // it failed on the Queue's docstring after an earlier run had fetched the table.
    const source = [
      'from multiprocessing.managers import SyncManager',
      'import queue',
      'with SyncManager() as m:',
      '    q = m.Queue()',
      '    q.put(1)',
      '    print(q.get())',
      "print(getattr(queue.Queue, '__d' + 'oc__'))",
    ].join('\n');
    const r = simulate(source, { python: '3.13' }, 'p.py');
    expect(r.trace.error).toBeNull();
    expect(out(r)).toBe('1\nNone\n');
  });
});
