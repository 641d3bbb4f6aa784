/**
 * The contract between the compiler's core (compiler.ts) and its construct families: the shapes
 * of compiled code, and what a family sees of the compiler while it compiles one construct.
 */
import type * as ir from '../../ir/types';
import type { PyValue } from '../../runtime/core';
import type { Frame, Code } from '../frame';
import type { Scope } from '../scope';
import type { Body } from '../generator';

/** A plain expression: evaluates at once. */
export type X = (f: Frame) => PyValue;
/** A suspending expression: a generator the event loop can pause at each `await` or `yield`. */
export type GX = (f: Frame) => Body;
/** A plain statement: returns its completion (NORMAL, BREAK, CONTINUE or RETURN). */
export type S = (f: Frame) => number;
/** A suspending statement. */
export type GS = (f: Frame) => Generator<PyValue, number, PyValue>;
/** Stores a value into an assignment target. */
export type Assign = (f: Frame, v: PyValue) => void;

/**
 * The compiler as the construct families see it. Families reach each other's constructs only
 * through these dispatchers, so no family imports the core (no import cycle).
 */
export interface CompileContext {
  /** Scope analysis of the module: each function, class and comprehension node's scope. */
  readonly scopes: Map<object, Scope>;
  /** The scope, code and qualified-name prefix being compiled (families entering a body set and restore them). */
  scope: Scope;
  code: Code;
  qualPrefix: string;
  /** Library code is compiled with `user` false: its lines are not the user's. */
  readonly user: boolean;
  /**
   * The operations note where they are in the source (f.pos), for tracebacks' lines and carets:
   * in the program's code and in text compiled at run time (exec, eval), not in Loopline's library.
   */
  readonly positions: boolean;
  /** The file of text compiled at run time ("<string>" for exec()), which its functions report. */
  readonly file?: string;
  readonly moduleName: string;
  /** Compile-time warnings (CPython prints them before the program runs). */
  readonly warnings: CompileWarning[];
  /** Whether compile-time warnings are collected: the program's, and those of text compiled at run time. */
  readonly warns: boolean;
  /** The module has `from __future__ import annotations`. */
  readonly futureAnnotations: boolean;
  /** The body being compiled as a simulated thread runs it (its calls go through threadedCall), else null. */
  threadedCode: Code | null;
  /** The threaded form of a plain function's (or lambda's) body (interp/threaded.ts). */
  threadedBody(node: ir.FunctionDef | ir.Lambda, code: Code): (f: Frame) => Generator<PyValue, number, PyValue>;
  /** An annotation: evaluated (CPython 3.13), or its text under `from __future__ import annotations`. */
  annotation(e: ir.Expr): X;
  /** An expression's source text, as written. */
  sourceText(e: ir.Expr): string;
  block(body: ir.Stmt[]): S;
  /** One plain statement, without the line update its block makes. */
  stmt(s: ir.Stmt): S;
  gblock(body: ir.Stmt[]): GS;
  expr(e: ir.Expr): X;
  /** The suspending form of an expression that may suspend. */
  gexpr(e: ir.Expr): GX;
  /** Any expression in suspending form (a plain one lifted into a generator). */
  gx(e: ir.Expr): GX;
}

/** A compile-time warning: its line, `Category: message`, and the node it is about when known. */
export interface CompileWarning {
  line: number;
  text: string;
  span?: ir.Span;
}
