/**
 * IR → JS closures. Each statement becomes `(frame) => completion`; code that can suspend
 * (contains `await`, `yield`, `async for/with`) becomes a JS generator so the event loop can
 * pause it, everything else stays a plain closure for speed.
 *
 * This core holds the compiler's state (the scope being compiled) and the dispatch: one switch
 * per form (plain and suspending, statements and expressions) hands each node to its construct
 * family, where the plain and the suspending form of a construct sit side by side. Dispatch
 * happens once, at compile time: the closures it returns run without it.
 */
import type * as ir from '../../ir/types';
import { moduleAnnotationsStart } from '../class-annotate';
import { PyExc, type PyValue, type TracebackEntry } from '../../runtime/core';
import { failedAt } from '../frame-error';
import { Frame, NORMAL, BREAK, CONTINUE, RETURN, type Code } from '../frame';
import { type Scope, analyze } from '../scope';
import { run } from '../../runtime/run';
import { asMemoryError } from '../../runtime/memory';
import type { X, GX, S, GS, CompileContext, CompileWarning } from './context';
import { CompileError, unhandled } from './errors';
import { suspends, inThreadedMode } from './suspends';
import { finished, isFinished, takeFinished } from './finished';
import { loadName } from './names';
import { frameStack, settleDrops } from '../drops';
import { compilePlainBlock } from './source-tier';
import {
  compileAssign,
  compileAssignSuspending,
  compileAugAssign,
  compileAugAssignSuspending,
  compileAnnAssign,
  compileAnnAssignSuspending,
  compileDelete,
  compileDeleteSuspending,
  starredAnnotation,
} from './assignment';
import {
  compileIf,
  compileIfSuspending,
  compileWhile,
  compileWhileSuspending,
  compileFor,
  compileForSuspending,
  compileAsyncFor,
  compileReturn,
  compileReturnSuspending,
} from './control-flow';
import { compileImport, compileImportFrom } from './imports';
import { compileRaise, compileRaiseSuspending, compileAssert, compileAssertSuspending } from './raise';
import { compileTry, compileTrySuspending, compileTryStar, compileTryStarSuspending } from './try';
import { compileWith, compileWithSuspending, compileAsyncWith } from './with';
import { compileAwait, compileYield, compileYieldFrom } from './await-yield';
import { compileCall, compileCallSuspending } from './calls';
import { finallyWarnings } from './finally-warnings';
import { compileFString, compileFStringSuspending, compileTString, compileTStringSuspending } from './fstrings';
import { compileLambda } from './functions';
import { compileFunctionDef } from './defs';
import { compileTypeAlias } from './type-params';
import { compileClassDef } from './classes';
import { compileComprehension, compileComprehensionSuspending } from './comprehensions';
import { compileMatch, compileMatchSuspending } from './match';
import {
  compileExprStatement,
  compileExprStatementSuspending,
  compileConst,
  compileAttribute,
  compileAttributeSuspending,
  compileSubscript,
  compileSubscriptSuspending,
  compileSliceSuspending,
  compileSlice,
  compileNamedExpr,
  compileNamedExprSuspending,
} from './expressions';
import {
  compileBinOp,
  compileBinOpSuspending,
  compileUnaryOp,
  compileUnaryOpSuspending,
  compileBoolOp,
  compileBoolOpSuspending,
  compileCompare,
  compileCompareSuspending,
  compileIfExp,
  compileIfExpSuspending,
} from './operators';
import {
  compileList,
  compileTuple,
  compileSet,
  compileDisplaySuspending,
  compileDict,
  compileDictSuspending,
} from './displays';
import { escapeWarnings } from './escape-warnings';
import { unparseAnnotation } from './unparse';

/** A compiled module: run it with a fresh globals map. */
export interface CompiledModule {
  code: Code;
  run(globals: Map<string, PyValue>): void;
}

export class Compiler implements CompileContext {
  readonly scopes: Map<object, Scope>;
  scope: Scope;
  code!: Code;
  qualPrefix = '';
  /** Compile-time warnings (CPython prints them before the program runs). */
  readonly warnings: CompileWarning[] = [];
  readonly positions: boolean;
  /** `from __future__ import annotations`: annotations are kept as source text, not evaluated. */
  readonly futureAnnotations: boolean;
  private source: string | null = null;
  threadedCode: Code | null = null;
  /** This module compiled again for threaded bodies (its own scope analysis of the same nodes). */
  private threadedTwin: Compiler | null = null;

  constructor(
    private mod: ir.Module,
    readonly user: boolean,
    readonly moduleName = '__main__',
    readonly file?: string,
    readonly warns = user,
  ) {
    this.positions = user || file !== undefined;
    const r = analyze(mod);
    this.scopes = r.scopes;
    this.scope = r.root;
    this.futureAnnotations = mod.body.some(
      (st) => st.type === 'ImportFrom' && st.module === '__future__' && st.names.some((n) => n.name === 'annotations'),
    );
  }

  /** An annotation: evaluated (CPython 3.13), or its unparsed text under the __future__ import. */
  annotation(e: ir.Expr): X {
    if (!this.futureAnnotations && e.type === 'Starred') return starredAnnotation(this.expr(e.value));
    if (!this.futureAnnotations) return this.expr(e);
    const text = unparseAnnotation(e, (n) => this.sourceText(n));
    return () => text;
  }

  /** An expression's source text, as written. */
  sourceText(e: ir.Expr): string {
    this.source ??= this.mod.lines.join('\n');
    return this.source.slice(e.span.from, e.span.to);
  }

  /** The threaded form of a plain function's body (interp/threaded.ts): every call and `with` may suspend. */
  threadedBody(node: ir.FunctionDef | ir.Lambda, code: Code): GS {
    const twin = (this.threadedTwin ??= new Compiler(this.mod, this.user, this.moduleName, this.file, false));
    twin.scope = twin.scopes.get(node)!;
    twin.code = code;
    twin.qualPrefix = code.qualname + '.<locals>.';
    twin.threadedCode = code;
    try {
      return inThreadedMode(true, () => {
        if (node.type === 'Lambda') {
          const x = twin.gx(node.body);
          return function* (f: Frame) {
            f.retval = yield* x(f);
            return RETURN;
          };
        }
        return twin.gblock(node.body);
      });
    } finally {
      twin.threadedCode = null;
    }
  }

  compileModule(): CompiledModule {
    const code: Code = {
      name: '<module>',
      qualname: '<module>',
      user: this.user,
      firstLine: 1,
      scope: this.scope,
      kind: 'function',
      nlocals: 0,
      cellSlots: [],
    };
    this.code = code;
    // The parser's warnings come first.
    if (this.warns) this.warnings.push(...escapeWarnings(this.mod, run.minor));
    if (this.warns && run.minor >= 14) this.warnings.push(...finallyWarnings(this.mod.body));
    const body = this.block(this.mod.body);
    // 3.14: a module with annotations starts by making its __annotate__ (PEP 649).
    const annotations = run.minor >= 14 ? moduleAnnotationsStart(this.scope, this.user, this.file) : null;
    return {
      code,
      run(globals) {
        const f = new Frame(code, [], [], globals);
        const stack = run.get(frameStack);
        stack.push(f);
        try {
          annotations?.(f);
          body(f);
        } catch (thrown) {
          // A string, array or int too big for the run (a RangeError) is Python's MemoryError.
          const e = thrown instanceof RangeError ? asMemoryError(thrown) : thrown;
          if (e instanceof PyExc) {
            const entry: TracebackEntry = { name: '<module>', line: f.line, user: code.user, frame: f, back: null };
            const pos = failedAt(e.exc, f);
            if (pos !== null) {
              entry.line = pos.line;
              entry.pos = pos;
            }
            e.exc.traceback.push(entry);
          }
          throw e;
        } finally {
          stack.pop();
        }
      },
    };
  }

  // ---------------------------------------------------------------- blocks

  /** Statements in order; each sets the frame's line (and the user's last line) as it starts, here rather than in a wrapper closure of its own. */
  block(body: ir.Stmt[]): S {
    const fns = body.map((s) => this.stmt(s));
    const lines = body.map((s) => s.span.line);
    const n = fns.length;
    if (n === 0) return () => NORMAL;
    if (this.user) {
      if (n === 1) {
        const [a] = fns;
        const [la] = lines;
        return (f) => {
          f.line = la;
          // No operation of this statement has started yet (caret lines, compile/positions.ts).
          f.pos = null;
          // Dropped objects are checked as the next statement starts (sim/lifetimes.ts).
          if (run.lifetimesDue) settleDrops();
          run.userLine = la;
          return a(f);
        };
      }
      return (f) => {
        for (let i = 0; i < n; i++) {
          const line = lines[i];
          f.line = line;
          f.pos = null;
          if (run.lifetimesDue) settleDrops();
          // The last line of the user's program that ran (warnings are attributed to it).
          run.userLine = line;
          const c = fns[i](f);
          if (c !== NORMAL) return c;
        }
        return NORMAL;
      };
    }
    if (n === 1) {
      const [a] = fns;
      const [la] = lines;
      return (f) => {
        f.line = la;
        return a(f);
      };
    }
    return (f) => {
      for (let i = 0; i < n; i++) {
        f.line = lines[i];
        const c = fns[i](f);
        if (c !== NORMAL) return c;
      }
      return NORMAL;
    };
  }

  /**
   * A block that may suspend: it runs as it is entered, statement by statement, and only when a
   * statement suspends does the rest of the block become a generator (most loop bodies and
   * function bodies whose awaits finish at once make none).
   */
  gblock(body: ir.Stmt[]): GS {
    // Statements set their line here rather than in a wrapper of their own.
    const user = this.user;
    // Each run of statements that cannot suspend is one plain block (the source tier's, in the program's code).
    const items: { g: GS | null; s: S | null; line: number }[] = [];
    for (let i = 0; i < body.length;) {
      const line = body[i].span.line;
      if (suspends(body[i])) {
        items.push({ g: this.gstmtInner(body[i++]), s: null, line });
        continue;
      }
      let j = i;
      while (j < body.length && !suspends(body[j])) j++;
      const plain = body.slice(i, j);
      items.push({ g: null, s: compilePlainBlock(this, plain), line });
      i = j;
    }
    const n = items.length;
    /** The block from statement i on, once statement i suspended (`g` its generator). */
    const rest = function* (f: Frame, i: number, g: Generator<PyValue, number, PyValue>) {
      let c = yield* g;
      while (c === NORMAL && ++i < n) {
        const it = items[i];
        f.line = it.line;
        if (user) {
          f.pos = null;
          if (run.lifetimesDue) settleDrops();
          run.userLine = it.line;
        }
        c = it.s !== null ? it.s(f) : yield* it.g!(f);
      }
      return c;
    };
    return (f) => {
      for (let i = 0; i < n; i++) {
        const it = items[i];
        f.line = it.line;
        if (user) {
          f.pos = null;
          if (run.lifetimesDue) settleDrops();
          run.userLine = it.line;
        }
        let c: number;
        if (it.s !== null) c = it.s(f);
        else {
          const g = it.g!(f);
          // The last statement suspending is the rest of the block itself: no layer to resume through.
          if (!isFinished(g)) return i === n - 1 ? g : rest(f, i, g);
          c = takeFinished(g);
        }
        if (c !== NORMAL) return finished(c);
      }
      return finished(NORMAL);
    };
  }

  /** A sync expression lifted into generator form, or the generator form itself. */
  gx(e: ir.Expr): GX {
    if (suspends(e)) return this.gexpr(e);
    const x = this.expr(e);
    return function* (f) {
      return x(f);
    };
  }

  // ---------------------------------------------------------------- dispatch: statements

  stmt(s: ir.Stmt): S {
    switch (s.type) {
      case 'Expr':
        return compileExprStatement(this, s);
      case 'Assign':
        return compileAssign(this, s);
      case 'AugAssign':
        return compileAugAssign(this, s);
      case 'AnnAssign':
        return compileAnnAssign(this, s);
      case 'FunctionDef':
        return compileFunctionDef(this, s);
      case 'ClassDef':
        return compileClassDef(this, s);
      case 'Return':
        return compileReturn(this, s);
      case 'If':
        return compileIf(this, s);
      case 'While':
        return compileWhile(this, s);
      case 'For':
        return compileFor(this, s);
      case 'With':
        return compileWith(this, s);
      case 'Try':
        return s.isStar ? compileTryStar(this, s) : compileTry(this, s);
      case 'Raise':
        return compileRaise(this, s);
      case 'Assert':
        return compileAssert(this, s);
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return () => NORMAL;
      case 'Break':
        return () => BREAK;
      case 'Continue':
        return () => CONTINUE;
      case 'Delete':
        return compileDelete(this, s);
      case 'Import':
        return compileImport(this, s);
      case 'ImportFrom':
        return compileImportFrom(this, s);
      case 'Match':
        return compileMatch(this, s);
      case 'TypeAlias':
        return compileTypeAlias(this, s);
      default:
        throw unhandled(s);
    }
  }

  /** The suspending form of a statement that may suspend (gblock sets its line). */
  private gstmtInner(s: ir.Stmt): GS {
    switch (s.type) {
      case 'Expr':
        return compileExprStatementSuspending(this, s);
      case 'Assign':
        return compileAssignSuspending(this, s);
      case 'AugAssign':
        return compileAugAssignSuspending(this, s);
      case 'AnnAssign':
        return compileAnnAssignSuspending(this, s);
      case 'Return':
        return compileReturnSuspending(this, s);
      case 'If':
        return compileIfSuspending(this, s);
      case 'While':
        return compileWhileSuspending(this, s);
      case 'For':
        return s.isAsync ? compileAsyncFor(this, s) : compileForSuspending(this, s);
      case 'With':
        return s.isAsync ? compileAsyncWith(this, s) : compileWithSuspending(this, s);
      case 'Try':
        return s.isStar ? compileTryStarSuspending(this, s) : compileTrySuspending(this, s);
      case 'Raise':
        return compileRaiseSuspending(this, s);
      case 'Assert':
        return compileAssertSuspending(this, s);
      case 'Delete':
        if (inThreadedMode(false, () => suspends(s))) return compileDeleteSuspending(this, s);
      // falls through: a thread's del whose target calls
      case 'FunctionDef':
      case 'ClassDef':
        // In a thread's body every call suspends; the calls of such a header (decorators, defaults,
        // bases, a del target's index) run without suspending: one that blocks says so.
        if (inThreadedMode(false, () => !suspends(s))) {
          const plain = this.stmt(s);
          return function* (f) {
            return plain(f);
          };
        }
        throw new CompileError(
          `await inside the header of a ${s.type === 'Delete' ? 'del statement' : s.type === 'ClassDef' ? 'class statement' : 'def statement'}`,
          s.span,
        );
      case 'Match':
        return compileMatchSuspending(this, s);
      default:
        throw new CompileError(`await inside ${s.type}`, s.span);
    }
  }

  // ---------------------------------------------------------------- dispatch: expressions

  expr(e: ir.Expr): X {
    switch (e.type) {
      case 'Name':
        return loadName(this, e.id, this.positions ? e.span : null);
      case 'Const':
        return compileConst(e);
      case 'FString':
        return e.template ? compileTString(this, e) : compileFString(this, e.parts, e.span);
      case 'BinOp':
        return compileBinOp(this, e);
      case 'UnaryOp':
        return compileUnaryOp(this, e);
      case 'BoolOp':
        return compileBoolOp(this, e);
      case 'Compare':
        return compileCompare(this, e);
      case 'Call':
        return compileCall(this, e);
      case 'Attribute':
        return compileAttribute(this, e);
      case 'Subscript':
        return compileSubscript(this, e);
      case 'Slice':
        return compileSlice(this, e);
      case 'List':
        return compileList(this, e);
      case 'Tuple':
        return compileTuple(this, e);
      case 'Set':
        return compileSet(this, e);
      case 'Dict':
        return compileDict(this, e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return compileComprehension(this, e);
      case 'Lambda':
        return compileLambda(this, e);
      case 'IfExp':
        return compileIfExp(this, e);
      case 'NamedExpr':
        return compileNamedExpr(this, e);
      case 'Starred':
        throw new CompileError("can't use starred expression here", e.span);
      case 'Await':
      case 'Yield':
      case 'YieldFrom':
        throw new CompileError(`'${e.type.toLowerCase()}' in a context that cannot suspend`, e.span);
      default:
        throw unhandled(e);
    }
  }

  gexpr(e: ir.Expr): GX {
    if (!suspends(e)) return this.gx(e);
    switch (e.type) {
      case 'Await':
        return compileAwait(this, e);
      case 'Yield':
        return compileYield(this, e);
      case 'YieldFrom':
        return compileYieldFrom(this, e);
      case 'BinOp':
        return compileBinOpSuspending(this, e);
      case 'UnaryOp':
        return compileUnaryOpSuspending(this, e);
      case 'BoolOp':
        return compileBoolOpSuspending(this, e);
      case 'Compare':
        return compileCompareSuspending(this, e);
      case 'Call':
        return compileCallSuspending(this, e);
      case 'Attribute':
        return compileAttributeSuspending(this, e);
      case 'Subscript':
        return compileSubscriptSuspending(this, e);
      case 'Slice':
        return compileSliceSuspending(this, e);
      case 'List':
      case 'Tuple':
      case 'Set':
        return compileDisplaySuspending(this, e);
      case 'Dict':
        return compileDictSuspending(this, e);
      case 'IfExp':
        return compileIfExpSuspending(this, e);
      case 'NamedExpr':
        return compileNamedExprSuspending(this, e);
      case 'FString':
        return e.template ? compileTStringSuspending(this, e) : compileFStringSuspending(this, e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return compileComprehensionSuspending(this, e);
      case 'Starred':
        throw new CompileError("can't use starred expression here", e.span);
      default:
        // In a thread's body every call suspends; one in a lambda's defaults runs without
        // suspending (one that blocks says so).
        if (inThreadedMode(false, () => !suspends(e))) {
          const plain = this.expr(e);
          return function* (f) {
            return plain(f);
          };
        }
        throw new CompileError(`await inside ${e.type}`, e.span);
    }
  }
}
