/**
 * Finalizer warnings at CPython's moment: the virtual time and the program line running when the
 * object is dropped (what tests/recorder/record.py records from CPython 3.13 for the same
 * programs; tests/conformance/cases/warn_dropped_where.py is the recorded whole).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

function warnings(src: string) {
  return simulate(src).trace.warnings.map((w) => ({ t: w.t, line: w.line, text: w.text }));
}

const NEVER = (name: string) => `RuntimeWarning: coroutine '${name}' was never awaited`;
const PRELUDE = `import asyncio

async def f():
    return 1
`;

describe('coroutine never awaited: dropped where CPython drops it', () => {
  it('a discarded expression value, at once (line 8, 0.5 s)', () => {
    expect(
      warnings(
        PRELUDE +
          `
async def main():
    await asyncio.sleep(0.5)
    f()
    await asyncio.sleep(0.5)

asyncio.run(main())
`,
      ),
    ).toEqual([{ t: 0.5, line: 8, text: NEVER('f') }]);
  });

  it('a rebound name, at the rebinding line', () => {
    expect(
      warnings(
        PRELUDE +
          `
async def main():
    x = f()
    await asyncio.sleep(1)
    x = 2
    await asyncio.sleep(1)

asyncio.run(main())
`,
      ),
    ).toEqual([{ t: 1, line: 9, text: NEVER('f') }]);
  });

  it('del, at the del line', () => {
    expect(
      warnings(
        PRELUDE +
          `
async def main():
    x = f()
    await asyncio.sleep(0.25)
    del x
    await asyncio.sleep(1)

asyncio.run(main())
`,
      ),
    ).toEqual([{ t: 0.25, line: 9, text: NEVER('f') }]);
  });

  it("a function's local, when it returns: the caller's line", () => {
    expect(
      warnings(
        PRELUDE +
          `
def helper():
    c = f()
    return 1

async def main():
    await asyncio.sleep(2)
    helper()
    await asyncio.sleep(1)

asyncio.run(main())
`,
      ),
    ).toEqual([{ t: 2, line: 12, text: NEVER('f') }]);
  });

  it("a coroutine's local, when it finishes: the awaiting line; a task's top coroutine: no line", () => {
    expect(
      warnings(
        PRELUDE +
          `
async def inner():
    c = f()
    await asyncio.sleep(1)

async def g():
    c = f()
    await asyncio.sleep(3)

async def main():
    asyncio.create_task(g())
    await inner()
    await asyncio.sleep(3)

asyncio.run(main())
`,
      ),
    ).toEqual([
      { t: 1, line: 16, text: NEVER('f') },
      { t: 3, line: null, text: NEVER('f') },
    ]);
  });

  it('the items of a list that goes, and a temporary argument', () => {
    expect(
      warnings(
        PRELUDE +
          `
async def main():
    cs = [f(), f()]
    await asyncio.sleep(0.5)
    cs = None
    print(str(f())[:5])
    await asyncio.sleep(0.5)

asyncio.run(main())
`,
      ),
    ).toEqual([
      { t: 0.5, line: 9, text: NEVER('f') },
      { t: 0.5, line: 10, text: NEVER('f') },
    ]);
  });

  it('a global, at the end of the program with no line; a given text once per line', () => {
    const ws = warnings(
      PRELUDE +
        `
kept = f()
also = f()

async def main():
    await asyncio.sleep(1.5)

asyncio.run(main())
`,
    );
    expect(ws).toEqual([{ t: 1.5, line: null, text: NEVER('f') }]);
  });

  it("a coroutine held by an exception's traceback goes at the end of the except clause", () => {
    expect(
      warnings(
        PRELUDE +
          `
async def main():
    await asyncio.sleep(1)
    try:
        asyncio.run(f())
    except RuntimeError as e:
        print("caught")
        print(e)
    await asyncio.sleep(1)

asyncio.run(main())
`,
      ),
    ).toEqual([{ t: 1, line: 12, text: NEVER('f') }]);
  });
});

describe('task exception never retrieved: when the failed task is dropped', () => {
  const FAIL = `import asyncio

async def fail(d):
    await asyncio.sleep(d)
    raise ValueError(d)
`;
  it('a task nobody keeps: right after its last step', () => {
    expect(
      warnings(
        FAIL +
          `
async def main():
    asyncio.create_task(fail(0.1))
    await asyncio.sleep(1)

asyncio.run(main())
`,
      ),
    ).toEqual([{ t: 0.1, line: null, text: 'Task exception was never retrieved (ValueError: 0.1)' }]);
  });

  it('a task kept in a local: when that frame ends', () => {
    expect(
      warnings(
        FAIL +
          `
async def main():
    t = asyncio.create_task(fail(0.1))
    await asyncio.sleep(1)
    print("main ends")

asyncio.run(main())
`,
      ),
    ).toEqual([{ t: 1, line: null, text: 'Task exception was never retrieved (ValueError: 0.1)' }]);
  });
});

describe('coroutine never awaited: among what the program printed', () => {
  it('goes out between the prints around its drop, though found later (no safe point in a plain module)', () => {
    const r = simulate(
      PRELUDE +
        `
def g():
    f()
    print("in g")

g()
f()
print("after")
x = f()
x = None
print("end")
`,
    );
    expect(r.trace.warnings.map((w) => w.line)).toEqual([7, 11, 14]);
    // How many stdout writes came before each (python3: its warning before "in g", "after", "end").
    expect(r.ui.warningAt).toEqual([0, 1, 2]);
  });
});

describe('coroutine never awaited: before an uncaught traceback', () => {
  it('a coroutine dropped before the program failed is warned about before python3 prints the traceback', () => {
    const r = simulate(PRELUDE + '\nf()\nraise ValueError("late")\n');
    expect(r.trace.warnings.map((w) => w.line)).toEqual([6]);
    // Recorded before the program ended, so the CLI prints it before the traceback.
    expect(r.endedAt?.warnings).toBe(1);
  });

  it("what the failing call's frame holds is warned about at exit, after the traceback", () => {
    const r = simulate(PRELUDE + '\nasyncio.create_task(f())\n');
    expect(r.endedAt?.warnings).toBe(0);
    expect(r.trace.warnings.map((w) => [w.line, w.text])).toEqual([[null, NEVER('f')]]);
  });
});
