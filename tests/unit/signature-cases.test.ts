/**
 * The calls issue 7 names, tried as a new user would: each ends as under CPython 3.13 (texts,
 * output and exit status recorded with CPython 3.13.0), never in a JS error or "internal error".
 * Also: a Loopline bug that still escapes the interpreter ends the run with a short message.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../src/lib/run';
import { builtinFunctions } from '../../src/lib/runtime/builtins';
import type { PyNativeFunction } from '../../src/lib/runtime/core';
import { main } from '../../src/cli/main';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(src: string) {
  // The texts are CPython 3.13's (3.14's create_task hands unknown keywords on to the loop).
  const r = simulate(src, { python: '3.13' });
  return {
    error: r.trace.error,
    out: r.trace.stdout.map((s) => s.text).join(''),
    exit: r.exitCode,
    warnings: r.trace.warnings.map((w) => w.text),
  };
}

describe('wrong calls raise CPython 3.13 TypeErrors', () => {
  it('asyncio.run()', () => {
    expect(run('import asyncio\nasyncio.run()\n').error).toBe(
      "TypeError: run() missing 1 required positional argument: 'main'",
    );
  });

  it('asyncio.create_task(maxsize=2)', () => {
    const src = (call: string) => `import asyncio
async def c():
    pass
async def main():
    coro = c()
    try:
        ${call}
    finally:
        coro.close()
asyncio.run(main())
`;
    expect(run(src('asyncio.create_task(maxsize=2)')).error).toBe(
      "TypeError: create_task() got an unexpected keyword argument 'maxsize'",
    );
    expect(run(src('asyncio.create_task(coro, maxsize=2)')).error).toBe(
      "TypeError: create_task() got an unexpected keyword argument 'maxsize'",
    );
  });

  it('loop.call_soon(None) and fut.add_done_callback(None) fail when the callback runs', () => {
    const soon = run(`import asyncio
async def main():
    asyncio.get_running_loop().call_soon(None)
    await asyncio.sleep(0)
    print('after')
asyncio.run(main())
`);
    expect(soon.error).toBeNull();
    expect(soon.out).toBe('after\n');
    expect(soon.warnings).toEqual(["Exception in callback None() (TypeError: 'NoneType' object is not callable)"]);
    const done = run(`import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(None)
    fut.set_result(1)
    await asyncio.sleep(0)
    print('after')
asyncio.run(main())
`);
    expect(done.error).toBeNull();
    expect(done.out).toBe('after\n');
    expect(done.warnings.join('\n')).toContain("TypeError: 'NoneType' object is not callable");
  });

  it('dataclasses.dataclass(object())', () => {
    // With 3.13's hint: a name asked for with a leading '_' keeps the _names among the candidates.
    expect(run('import dataclasses\ndataclasses.dataclass(object())\n').error).toBe(
      "AttributeError: 'object' object has no attribute '__module__'. Did you mean: '__reduce__'?",
    );
  });

  it('time.strftime()', () => {
    expect(run('import time\ntime.strftime()\n').error).toBe(
      'TypeError: strftime() takes at least 1 argument (0 given)',
    );
  });

  it('random.shuffle(5)', () => {
    expect(run('import random\nrandom.shuffle(5)\n').error).toBe("TypeError: object of type 'int' has no len()");
  });

  it('builtins and the loop name themselves as CPython does', () => {
    expect(run('len(1, 2)\n').error).toBe('TypeError: len() takes exactly one argument (2 given)');
    expect(run('import random\nrandom.randint(1)\n').error).toBe(
      "TypeError: Random.randint() missing 1 required positional argument: 'b'",
    );
    expect(
      run('import asyncio\nasync def main():\n    asyncio.get_running_loop().call_at()\nasyncio.run(main())\n').error,
    ).toBe("TypeError: BaseEventLoop.call_at() missing 2 required positional arguments: 'when' and 'callback'");
    expect(
      run('import asyncio\nasync def main():\n    asyncio.current_task().set_name()\nasyncio.run(main())\n').error,
    ).toBe('TypeError: Task.set_name() takes exactly one argument (0 given)');
    expect(
      run(
        'import asyncio\nasync def main():\n    asyncio.get_running_loop().create_future().set_result()\nasyncio.run(main())\n',
      ).error,
    ).toBe('TypeError: set_result() takes exactly 1 positional argument (0 given)');
    expect(run('import asyncio\nasyncio.sleep(1, 2, 3)\n').error).toBe(
      'TypeError: sleep() takes from 1 to 2 positional arguments but 3 were given',
    );
  });
});

describe('sys.exit() inside a task', () => {
  it('propagates out of asyncio.run with its status', () => {
    const r = run(`import asyncio, sys
async def t():
    print('in task')
    sys.exit(2)
async def main():
    print('before')
    asyncio.create_task(t())
    await asyncio.sleep(1)
    print('after')
asyncio.run(main())
print('end')
`);
    expect(r.error).toBeNull();
    expect(r.out).toBe('before\nin task\n');
    expect(r.exit).toBe(2);
  });

  it('runs the cancelled main task’s finally and can be caught around asyncio.run', () => {
    const r = run(`import asyncio, sys
async def t():
    await asyncio.sleep(0.5)
    print('in task')
    sys.exit()
async def main():
    print('before')
    try:
        await asyncio.wait_for(t(), 1)
    finally:
        print('finally')
    print('after')
try:
    asyncio.run(main())
except SystemExit as e:
    print('caught', e.code)
print('end')
`);
    expect(r.error).toBeNull();
    expect(r.out).toBe('before\nin task\nfinally\ncaught None\nend\n');
    expect(r.exit).toBe(0);
  });
});

describe('containment', () => {
  it('a JS exception from a native ends the run with a short message naming the line', () => {
    const len = builtinFunctions().get('len') as PyNativeFunction;
    const { fn, direct } = len;
    // The stand-in replaces both entries: a call may take the direct one (PyNativeFunction.direct).
    len.fn = len.direct = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'cls')");
    };
    try {
      const r = simulate("print('a')\n\nlen([])\nprint('b')\n");
      expect(r.trace.error).toBe(
        "internal error in Loopline at line 3: TypeError: Cannot read properties of undefined (reading 'cls')",
      );
      expect(r.internalError).toBe(r.trace.error);
      expect(r.trace.stdout.map((s) => s.text).join('')).toBe('a\n');
    } finally {
      len.fn = fn;
      len.direct = direct;
    }
  });

  it('the CLI prints the short message, no stack, and exits with EX_SOFTWARE (70)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'loopline-')), 'bug.py');
    writeFileSync(file, "print('a')\nlen([])\n");
    const len = builtinFunctions().get('len') as PyNativeFunction;
    const { fn, direct } = len;
    len.fn = len.direct = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'cls')");
    };
    let out = '';
    let err = '';
    try {
      const code = await main(
        ['run', file],
        { write: (s: string) => (out += s) } as never,
        { write: (s: string) => (err += s) } as never,
      );
      expect(code).toBe(70);
    } finally {
      len.fn = fn;
      len.direct = direct;
    }
    expect(out).toBe('[   0.000s] a\n');
    expect(err).toBe(
      "loopline: internal error in Loopline at line 2: TypeError: Cannot read properties of undefined (reading 'cls')\n",
    );
  });
});
