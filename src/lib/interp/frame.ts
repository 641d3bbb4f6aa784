import { PyObject, PyCell, type PyValue, type PyExceptionObject, type PyClass } from '../runtime/core';
import type { Scope } from './scope';

/** Completion of a statement: how control leaves it. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

/** What the compiler knows about one function body. */
export interface Code {
  name: string;
  qualname: string;
  /** In the user's program (as opposed to Loopline's own library code). */
  user: boolean;
  /** co_firstlineno: the def line (the first decorator's line when decorated). */
  firstLine: number;
  scope: Scope;
  kind: 'function' | 'generator' | 'coroutine' | 'asyncgen';
  nlocals: number;
  /** Slots of locals that nested functions capture (parameters among them get wrapped on entry). */
  cellSlots: number[];
}

export class Frame {
  line: number;
  /** Set while the frame is suspended in `await`/`yield from`: what it waits on. */
  awaiting: PyObject | null = null;
  retval: PyValue = null;
  /** The exception being handled by an `except` block of this frame (bare `raise`, `__context__`). */
  handled: PyExceptionObject | null = null;
  /** The function object running (for zero-argument super()). */
  ownerClass: PyClass | null = null;
  constructor(
    public code: Code,
    public locals: (PyValue | PyCell | undefined)[],
    public free: PyCell[],
    public globals: Map<string, PyValue>,
    /** The namespace of a class body being executed; null elsewhere. */
    public ns: Map<string, PyValue> | null = null
  ) {
    this.line = code.firstLine;
  }
}
