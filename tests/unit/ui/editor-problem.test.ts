/**
 * The editor underlines the line an uncaught error stopped at with the error as the traceback's
 * last line gives it: with CPython's "Did you mean ...?" hint when there is one.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { runtimeProblem } from '../../../src/lib/ui/editor/problem';

const run = (source: string) => simulate(source, { python: '3.13' }, 'main.py');

describe("the editor's runtime problem", () => {
  it('carries the NameError hint the traceback prints', () => {
    const r = run(
      'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    prnt("done")\n\nasyncio.run(main())\n',
    );
    expect(runtimeProblem(r)).toEqual({
      line: 5,
      message: "NameError: name 'prnt' is not defined. Did you mean: 'print'?",
    });
  });

  it('carries the AttributeError hint', () => {
    const r = run('import asyncio\nasyncio.sleap(1)\n');
    expect(runtimeProblem(r)?.message).toBe(
      "AttributeError: module 'asyncio' has no attribute 'sleap'. Did you mean: 'sleep'?",
    );
  });

  it('keeps the error as it is when there is no hint', () => {
    const r = run('x = 1\nraise ValueError("bad value")\n');
    expect(runtimeProblem(r)).toEqual({ line: 2, message: 'ValueError: bad value' });
  });

  it('keeps the first line of an exception group (its traceback ends with the sub-exceptions)', () => {
    const r = run('raise ExceptionGroup("two", [ValueError(1), TypeError(2)])\n');
    expect(runtimeProblem(r)?.message).toBe(r.trace.error);
    expect(runtimeProblem(r)?.line).toBe(1);
  });

  it('is null when nothing went wrong', () => {
    expect(runtimeProblem(run('print(1)\n'))).toBeNull();
  });
});
