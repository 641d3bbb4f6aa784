/**
 * The traceback of an uncaught exception, as python3 prints it: an exception
 * group in CPython's numbered boxes, and an exception of the chain that was caught shown from the
 * frame whose `except` caught it. Expected texts are CPython 3.13's stderr for each program.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const CASES: [string, string, string][] = [
  [
    'an exception group, nested, as the cause of another exception',
    'def f():\n    raise ExceptionGroup("two", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])\ntry:\n    f()\nexcept ExceptionGroup as e:\n    raise RuntimeError("wrapped") from e\n',
    '  + Exception Group Traceback (most recent call last):\n  |   File "prog.py", line 4, in <module>\n  |     f()\n  |     ~^^\n  |   File "prog.py", line 2, in f\n  |     raise ExceptionGroup("two", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])\n  | ExceptionGroup: two (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | ValueError: a\n    +---------------- 2 ----------------\n    | ExceptionGroup: inner (1 sub-exception)\n    +-+---------------- 1 ----------------\n      | KeyError: \'b\'\n      +------------------------------------\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File "prog.py", line 6, in <module>\n    raise RuntimeError("wrapped") from e\nRuntimeError: wrapped\n',
  ],
  [
    'a caught exception as the cause of another exception',
    'def f():\n    raise ValueError("x")\ntry:\n    f()\nexcept ValueError as e:\n    raise RuntimeError("wrapped") from e\n',
    'Traceback (most recent call last):\n  File "prog.py", line 4, in <module>\n    f()\n    ~^^\n  File "prog.py", line 2, in f\n    raise ValueError("x")\nValueError: x\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File "prog.py", line 6, in <module>\n    raise RuntimeError("wrapped") from e\nRuntimeError: wrapped\n',
  ],
];

describe('uncaught exception tracebacks', () => {
  for (const [what, source, want] of CASES)
    it(what, () => {
      expect(simulate(source, {}, 'prog.py').traceback).toBe(want);
    });
});
