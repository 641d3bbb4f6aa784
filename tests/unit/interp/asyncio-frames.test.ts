/**
 * asyncio's own frames in tracebacks, as CPython prints them per version: an exception a task
 * raised leaving asyncio.run (and asyncio.Runner.run, loop.run_until_complete) through runners.py
 * and base_events.py; a timeout, a cancellation or a task group's errors coming out of
 * asyncio.sleep, wait_for, Queue.get/put, Event.wait, Lock.acquire, as_completed, asyncio.timeout
 * and TaskGroup. The recorder's goldens cannot hold them (it patches futures, adding frames of its
 * own, and records stdout only), so CPython's stderr for each program is kept beside this test
 * (asyncio-frames/README.md says how it was made).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

const dir = new URL('./asyncio-frames/', import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith('.py'));

describe('asyncio frames in tracebacks', () => {
  for (const file of programs) {
    const program = readFileSync(new URL(file, dir), 'utf8');
    const name = file.slice(0, -'.py'.length);
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
      it(`${name}: prints CPython ${version}'s`, () => {
        const r = simulate(program, { python: version }, 'main.py');
        const stderr = r.ui.stderr.map((l) => l.text).join('') + (r.traceback ?? '');
        expect(stderr).toBe(readFileSync(new URL(`${name}.cpython-${version}.txt`, dir), 'utf8'));
      });
    }
  }
});
