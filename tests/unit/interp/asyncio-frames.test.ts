/**
 * asyncio's own frames in tracebacks, as CPython prints them per version: an exception a task
 * raised leaving asyncio.run (and asyncio.Runner.run, loop.run_until_complete) through runners.py
 * and base_events.py; a timeout, a cancellation or a task group's errors coming out of
 * asyncio.sleep, wait_for, Queue.get/put, Event.wait, Lock.acquire, as_completed, asyncio.timeout
 * and TaskGroup. The recorder's goldens cannot hold them (it patches futures, adding frames of its
 * own, and records stdout only), so CPython's stderr for each program is kept beside this test
 * (asyncio-frames/README.md says how it was made).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { pythonFixtures } from '../../support/python-fixtures';

describe('asyncio frames in tracebacks', () => {
  for (const f of pythonFixtures(new URL('./asyncio-frames/', import.meta.url)))
    it(`${f.name}: prints CPython ${f.version}'s`, () => {
      const r = simulate(f.program, { python: f.version }, 'main.py');
      const stderr = r.ui.stderr.map((l) => l.text).join('') + (r.traceback ?? '');
      expect(stderr).toBe(f.expected());
    });
});
