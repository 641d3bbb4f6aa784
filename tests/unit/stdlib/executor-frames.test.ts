/**
 * concurrent.futures' own frames in tracebacks, as CPython prints them per version: a worker's
 * exception raised again by Future.result() (also through Executor.map, run_in_executor,
 * wrap_future and to_thread) goes on from thread.py's frame that called the function; a cancelled
 * or timed-out result() raises in _base.py; a ProcessPoolExecutor's comes with the worker's
 * traceback as text, its cause (a multiprocessing.Pool's too, with pool.py's frames). CPython's stderr for each program is kept beside this test
 * (executor-frames/README.md says how it was made).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { pythonFixtures } from '../../support/python-fixtures';

describe('executor frames in tracebacks', () => {
  for (const f of pythonFixtures(new URL('./executor-frames/', import.meta.url)))
    it(`${f.name}: prints CPython ${f.version}'s`, () => {
      const r = simulate(f.program, { python: f.version }, 'main.py');
      const stderr = r.ui.stderr.map((l) => l.text).join('') + (r.traceback ?? '');
      expect(stderr).toBe(f.expected());
    });
});
