/**
 * What the lowering families share: the source and its tokens, the errors found so far, and the
 * helpers every family uses (spans, children, splitting flat sibling lists). The two dispatchers,
 * `block` and `expr`, are abstract here and live in lowerer.ts, so no family imports the core.
 */
import { mangle } from '../mangle';
import type { SyntaxNode } from '@lezer/common';
import type { Diagnostic, EscapeWarning, Expr, Name, Span, Stmt } from '../../ir/types';
import type { LineIndex } from '../positions';
import type { ScanResult, Token } from '../scan';
import type { ParseText } from '../fixups';
import type { PendingError } from '../syntax-errors';
import type { UnicodeNameLookup } from '../strings';

export type N = SyntaxNode;
/** A tree node, or a token Lezer leaves out of the tree (the `/` in parameter lists). */
export type PNode = N | { name: '/'; from: number; to: number };

export abstract class LowerContext {
  /** Errors CPython's parser would raise for trees Lezer accepts; the earliest one counts. */
  errors: PendingError[] = [];
  /** Valid Python that Loopline's IR cannot express. */
  unsupported: Diagnostic[] = [];
  /** The literals' invalid escapes CPython warns about. */
  escapeWarnings: EscapeWarning[] = [];
  /** Errors of valid 3.14 (`except A, B:`) that the versions before 3.14 raise, first to last. */
  before314: { message: string; from: number; to: number }[] = [];
  /**
   * 3.11's errors for PEP 695's syntax, and 3.12's for PEP 696's defaults (lower/type-params.ts);
   * errors these versions place elsewhere (`anchor`: where the later versions' error starts).
   */
  before312: { message: string; from: number; to: number; anchor?: number }[] = [];
  before313: { message: string; from: number; to: number; anchor?: number }[] = [];
  internalError: unknown = null;
  private readonly tokens: Token[];

  constructor(
    readonly src: string,
    readonly index: LineIndex,
    readonly parseText: ParseText,
    scanned: ScanResult,
    /** The program's version's `\N{...}` names, when the run has them (else a table of common ones). */
    readonly unicodeNames?: UnicodeNameLookup,
  ) {
    this.tokens = scanned.error ? [] : scanned.tokens;
  }

  // ---------------------------------------------------------------- helpers

  text(n: { from: number; to: number }): string {
    return this.src.slice(n.from, n.to);
  }

  span(from: number, to: number): Span {
    return this.index.span(from, to);
  }

  nspan(n: N): Span {
    return this.index.span(n.from, n.to);
  }

  /** Children of a node, without comments. */
  kids(n: N): N[] {
    const out: N[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
    return out;
  }

  error(message: string, from: number, to: number, kind: PendingError['kind'] = 'SyntaxError'): void {
    // Remember the statement: if Lezer found an error inside it, the tree is a recovery
    // artefact and this error is not trusted (see chooseSyntaxError).
    const stmt = this.stmtStack[this.stmtStack.length - 1];
    this.errors.push({ kind, message, from, to, stmtFrom: stmt?.from, stmtTo: stmt?.to });
  }

  /** The statements being lowered, innermost last. */
  protected readonly stmtStack: N[] = [];

  unsupportedAt(what: string, from: number, to: number): void {
    const line = this.index.lineOf(from);
    this.unsupported.push({
      kind: 'Unsupported',
      message: `${what} (line ${line}) is valid Python, but Loopline cannot simulate it`,
      span: this.span(from, to),
    });
  }

  /** A stand-in for a missing or broken expression (its error is reported elsewhere). */
  bad(n: N | null | undefined, at?: number): Name {
    const from = n ? n.from : (at ?? 0);
    const to = n ? n.to : (at ?? 0);
    return { type: 'Name', span: this.span(from, to), id: '__error__' };
  }

  name(n: { from: number; to: number }): string {
    const t = this.text(n);
    // Python normalizes identifiers to NFKC.
    return /^[\x00-\x7f]*$/.test(t) ? t : t.normalize('NFKC');
  }

  /** Names of the classes whose bodies are being lowered, innermost last (for private names). */
  readonly classNames: string[] = [];

  /** An identifier as the program stores and looks it up: its name, mangled inside a class. */
  ident(n: { from: number; to: number }): string {
    return this.mangle(this.name(n));
  }

  /** `name` as the innermost class being lowered mangles it (a class body and the functions in it). */
  mangle(name: string): string {
    const cls = this.classNames.at(-1);
    return cls === undefined ? name : mangle(cls, name);
  }

  /** Split sibling nodes on `sep` tokens. `trailing` tells whether the list ended with `sep`. */
  split<T extends { name: string }>(nodes: T[], sep = ','): { groups: T[][]; trailing: boolean } {
    const groups: T[][] = [[]];
    for (const n of nodes) {
      if (n.name === sep) groups.push([]);
      else groups[groups.length - 1].push(n);
    }
    const trailing = groups.length > 1 && groups[groups.length - 1].length === 0;
    if (trailing || (groups.length === 1 && groups[0].length === 0)) groups.pop();
    return { groups, trailing };
  }

  /**
   * End offset of a statement: the end of its last real token (Lezer's nodes for compound
   * statements extend over trailing newlines and comments).
   */
  stmtEnd(n: N): number {
    const toks = this.tokens;
    if (toks.length > 0) {
      let lo = 0;
      let hi = toks.length - 1;
      // Last token with to <= n.to.
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (toks[mid].to <= n.to) lo = mid;
        else hi = mid - 1;
      }
      for (let i = lo; i >= 0 && toks[i].from >= n.from; i--) {
        const t = toks[i];
        if (t.to > n.to) continue;
        if (
          t.type === 'COMMENT' ||
          t.type === 'NEWLINE' ||
          t.type === 'INDENT' ||
          t.type === 'DEDENT' ||
          t.type === 'ENDMARKER'
        )
          continue;
        return t.to;
      }
    }
    let e = n.to;
    while (e > n.from && /\s/.test(this.src[e - 1])) e--;
    return e;
  }

  /** A node's end without trailing whitespace. */
  trimmedEnd(n: N): number {
    let e = n.to;
    while (e > n.from && /\s/.test(this.src[e - 1])) e--;
    return e;
  }

  /** The first significant token starting at or after `offset` (or an empty range at it). */
  nextTokenAfter(offset: number): { from: number; to: number } {
    for (const t of this.tokens) {
      if (t.from >= offset && (t.type === 'NAME' || t.type === 'OP' || t.type === 'NUMBER' || t.type === 'STRING'))
        return t;
    }
    return { from: offset, to: offset };
  }

  /**
   * One flag per function (and lambda / class body) being lowered: has a `yield` been seen?
   * Gives FunctionDef.isGenerator without another walk over the body.
   */
  readonly yieldFrames: boolean[] = [];

  // ---------------------------------------------------------------- dispatch

  /** The statements of a Script or Body node. */
  abstract block(n: N): Stmt[];

  abstract expr(n: N | null | undefined): Expr;

  /** The statements of the Body node at k[i] (empty if missing). */
  bodyAt(k: N[], i: number): Stmt[] {
    const b = k[i];
    return b && b.name === 'Body' ? this.block(b) : [];
  }

  /**
   * Statement-level `a, *b, c` (no brackets): one expression, or a Tuple when there is a
   * comma. `at` positions the placeholder when the list is empty.
   */
  exprList(nodes: N[], at?: number): Expr {
    nodes = nodes.filter((c) => !c.type.isError || c.from !== c.to);
    if (nodes.length === 0) return this.bad(null, at);
    if (nodes.length === 1 && nodes[0].name === 'YieldExpression') return this.expr(nodes[0]);
    const { groups, trailing } = this.split(nodes);
    if (groups.length === 1 && !trailing) return this.element(groups[0]);
    const elts = groups.map((g) => this.element(g));
    return { type: 'Tuple', span: this.span(nodes[0].from, nodes[nodes.length - 1].to), elts };
  }

  /** One element of a list/tuple/set/call: `expr` or `* expr`. */
  element(g: N[]): Expr {
    if (g.length === 0) return this.bad(null);
    if (g[0].name === '*') {
      const value = this.expr(g[1]);
      return { type: 'Starred', span: this.span(g[0].from, (g[1] ?? g[0]).to), value };
    }
    if (g[0].name === '**') return this.bad(g[0]);
    return this.expr(g[0]);
  }
}
