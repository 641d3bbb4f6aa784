/**
 * The version switch: simulate(src, {python}) follows that version's asyncio (facts checked against
 * pyenv's CPython 3.11.7, 3.12.1 and 3.13.0; the conformance goldens cover the rest).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { DEFAULT_PYTHON, PYTHON_VERSIONS, type PythonVersion } from '../../../src/lib/ir/python-version';

const out = (src: string, python?: PythonVersion) =>
  simulate(src, python ? { python } : {})
    .trace.stdout.map((o) => o.text)
    .join('');

describe('python version', () => {
  it('sys.version_info is the simulated version', () => {
    const src = 'import sys\nprint(sys.version_info[:3], sys.hexversion >> 16)\n';
    expect(out(src, '3.11')).toBe('(3, 11, 7) 779\n');
    expect(out(src, '3.14')).toBe('(3, 14, 2) 782\n');
    expect(out(src)).toBe(out(src, DEFAULT_PYTHON));
    expect(PYTHON_VERSIONS).toContain(DEFAULT_PYTHON);
  });

  it('create_task(name=...) spends a Task-N number up to 3.12', () => {
    const src = `import asyncio
async def main():
    a = asyncio.create_task(asyncio.sleep(0), name='named')
    b = asyncio.create_task(asyncio.sleep(0))
    print(a.get_name(), b.get_name())
    await asyncio.gather(a, b)
asyncio.run(main())
`;
    expect(out(src, '3.12')).toBe('named Task-3\n');
    expect(out(src, '3.13')).toBe('named Task-2\n');
  });

  it('wait_for runs its coroutine in a task of its own on 3.11 only', () => {
    const src = `import asyncio
async def main():
    await asyncio.wait_for(asyncio.sleep(0.1), 1)
asyncio.run(main())
`;
    const names = (python: PythonVersion) => simulate(src, { python }).trace.tasks.map((t) => t.name);
    expect(names('3.11')).toEqual(['Task-1', 'Task-2']);
    expect(names('3.12')).toEqual(['Task-1']);
  });

  it('as_completed is a plain generator up to 3.12 (no async for)', () => {
    const src = `import asyncio
async def main():
    try:
        async for f in asyncio.as_completed([asyncio.sleep(0.1, 1)]):
            print(await f)
    except TypeError as e:
        print(e)
asyncio.run(main())
`;
    expect(out(src, '3.12')).toBe("'async for' requires an object with __aiter__ method, got generator\n");
    expect(out(src, '3.13')).toBe('1\n');
  });

  it('Queue.shutdown is new in 3.13', () => {
    const src = `import asyncio
async def main():
    q = asyncio.Queue()
    try:
        q.shutdown()
        print('shut')
    except AttributeError as e:
        print(e)
asyncio.run(main())
`;
    expect(out(src, '3.12')).toBe("'Queue' object has no attribute 'shutdown'\n");
    expect(out(src, '3.13')).toBe('shut\n');
  });

  it('get_event_loop() with no loop: 3.11 makes one, 3.12 and 3.13 warn, 3.14 refuses; after asyncio.run all refuse', () => {
    const fresh = `import asyncio
try:
    print(type(asyncio.get_event_loop()).__name__)
except RuntimeError as e:
    print(e)
`;
    const warned = (python: PythonVersion) => simulate(fresh, { python }).trace.warnings.map((w) => w.text);
    expect(out(fresh, '3.11')).toBe('_UnixSelectorEventLoop\n');
    expect(warned('3.11')).toEqual([]);
    expect(warned('3.12')).toEqual(['DeprecationWarning: There is no current event loop']);
    expect(out(fresh, '3.14')).toBe("There is no current event loop in thread 'MainThread'.\n");
    const afterRun = `import asyncio
async def main():
    pass
asyncio.run(main())
${fresh}`;
    for (const v of ['3.11', '3.13'] as const)
      expect(out(afterRun, v)).toBe("There is no current event loop in thread 'MainThread'.\n");
  });
});
