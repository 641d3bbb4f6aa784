/**
 * Importing a standard-library module Loopline does not simulate raises ImportError saying so, at
 * the import's line; a module Python does not have keeps CPython's ModuleNotFoundError.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const notSimulated = (name: string) =>
  `ImportError: module '${name}' is part of Python's standard library but is not simulated in Loopline`;

describe('standard-library modules Loopline does not simulate', () => {
  it('says so at the import line, for modules and submodules', () => {
    for (const [line, name] of [
      ['import logging', 'logging'],
      ['import os.path', 'os.path'],
      ['from multiprocessing.pool import Pool', 'multiprocessing.pool'],
      ['import _socket', '_socket'],
    ]) {
      const r = simulate(`import asyncio\n\n${line}\n`, {}, 'p.py');
      expect(r.trace.error).toBe(notSimulated(name));
      expect(r.traceback).toContain('line 3, in <module>');
    }
  });

  it('is caught by except ImportError, and not by except ModuleNotFoundError', () => {
    const source = [
      'try:',
      '    import multiprocessing',
      'except ModuleNotFoundError:',
      "    print('wrong handler')",
      'except ImportError as e:',
      '    print(type(e).__name__, e.name)',
    ].join('\n');
    const r = simulate(source, {}, 'p.py');
    expect(r.trace.error).toBeNull();
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe('ImportError multiprocessing\n');
  });

  it('keeps ModuleNotFoundError for a module Python does not have', () => {
    const r = simulate('import uvloop\n', {}, 'p.py');
    expect(r.trace.error).toBe("ModuleNotFoundError: No module named 'uvloop'");
  });

  it('still imports the modules it simulates, inside a task too', () => {
    const source = [
      'import asyncio',
      'async def main():',
      '    import heapq, json, statistics',
      '    print(json.dumps(heapq.nsmallest(2, [3, 1, 2])), statistics.mean([1, 2]))',
      '    import logging',
      'asyncio.run(main())',
    ].join('\n');
    const r = simulate(source, {}, 'p.py');
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe('[1, 2] 1.5\n');
    expect(r.trace.error).toBe(notSimulated('logging'));
    expect(r.traceback).toContain('line 5, in main');
  });
});
