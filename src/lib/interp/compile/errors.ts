/** The errors compiling raises: a program Loopline cannot compile, or a node kind no case handles. */
import type * as ir from '../../ir/types';

export class CompileError {
  constructor(
    public message: string,
    public span: ir.Span,
  ) {}
}

/** A dispatch switch's default: a node kind nobody handled is a bug in Loopline, not in the program. */
export function unhandled(node: never): Error {
  return new Error(`the compiler has no case for ${(node as { type: string }).type} nodes`);
}
