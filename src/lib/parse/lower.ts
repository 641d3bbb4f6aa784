/**
 * Lowering: Lezer's Python syntax tree → Loopline's typed IR (src/lib/ir/types.ts).
 *
 * `parse(source)` is the entry point. Pipeline:
 *
 *   1. scan.ts      — a CPython-style tokenizer: lexical errors, INDENT/DEDENT structure.
 *   2. fixups.ts    — same-length edits so Lezer accepts valid Python its grammar lacks.
 *   3. Lezer        — `@lezer/python` parses the edited copy (offsets are unchanged).
 *   4. Lowerer      — this file: tree → IR, plus the errors CPython's parser raises for trees
 *                     Lezer accepts (`f() = 1`, `f(a=1, b)`, `def f(a=1, b)`, ...).
 *   5. syntax-errors.ts — picks the one syntax error CPython would report, with its wording.
 *   6. checks.ts    — CPython's compile-time (symbol table / compiler) errors on the IR.
 *
 * Lezer's tree is "flat" in many places (argument lists, subscripts, comprehension clauses,
 * parameter lists are sequences of sibling nodes and punctuation), so several helpers below
 * split sibling lists on `,` / `:` tokens.
 *
 * Nothing here throws on user input: missing or broken nodes lower to a placeholder name, and
 * their error is reported separately from the tree's error nodes.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type {
  Arg,
  BinOperator,
  CmpOperator,
  ComprehensionFor,
  Diagnostic,
  ExceptHandler,
  Expr,
  FStringField,
  FStringPart,
  FunctionDef,
  ClassDef,
  MatchCase,
  Module,
  Name,
  Param,
  Params,
  ParseResult,
  Pattern,
  Span,
  Stmt,
  WithItem,
} from '../ir/types';
import { LineIndex } from './positions';
import { scan, type ScanResult, type Token } from './scan';
import { buildParseText, type ParseText, type Region } from './fixups';
import { cleanDocstring, decodeBody, parseNumber, splitStringToken } from './strings';
import { exprName } from './exprnames';
import { chooseSyntaxError, errorNodes, type PendingError } from './syntax-errors';
import { compileChecks } from './checks';
import { readDirectives } from './directives';

type N = SyntaxNode;
/** A tree node, or a token Lezer leaves out of the tree (the `/` in parameter lists). */
type PNode = N | { name: '/'; from: number; to: number };

const BIN_OPS = new Set(['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^']);
const CMP_OPS = new Set(['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in']);
const HARD_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const COMPREHENSIONS: Record<string, 'ListComp' | 'SetComp' | 'GeneratorExp'> = {
  ArrayComprehensionExpression: 'ListComp',
  SetComprehensionExpression: 'SetComp',
  ComprehensionExpression: 'GeneratorExp',
};

/** Parse Python source into the IR. Never throws. */
export function parse(source: string): ParseResult {
  // Offsets refer to the source with line endings normalized to "\n" (as CodeMirror does).
  const src = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const index = new LineIndex(src);
  const lines = src.length === 0 ? [] : src.split('\n');
  if (src.endsWith('\n')) lines.pop();
  const module: Module = { type: 'Module', body: [], lines, directives: [] };
  const diagnostics: Diagnostic[] = [];
  try {
    const scanned = scan(src);
    const parseText = buildParseText(src, scanned.tokens);
    const tree = parser.parse(parseText.text);
    const lowerer = new Lowerer(src, index, parseText, scanned);
    let lowered = true;
    try {
      module.body = lowerer.block(tree.topNode);
    } catch (e) {
      // A bug on a broken tree must not hide the syntax error; without one it is reported below.
      lowered = false;
      lowerer.internalError = e;
    }
    const syntaxError = chooseSyntaxError(src, index, tree.topNode, scanned, lowerer.errors);
    const directives = readDirectives(src, index, scanned.tokens);
    module.directives = directives.directives;
    if (syntaxError) {
      diagnostics.push({ kind: syntaxError.kind, message: syntaxError.message, span: index.span(syntaxError.from, syntaxError.to) });
    } else if (!lowered) {
      diagnostics.push(internalDiagnostic(index, lowerer.internalError));
    } else {
      const compileError = compileChecks(module.body, index);
      if (compileError) diagnostics.push(compileError);
      diagnostics.push(...lowerer.unsupported, ...directives.diagnostics);
    }
  } catch (e) {
    diagnostics.push(internalDiagnostic(index, e));
  }
  diagnostics.sort((a, b) => a.span.from - b.span.from);
  return { module, diagnostics };
}

function internalDiagnostic(index: LineIndex, e: unknown): Diagnostic {
  const detail = e instanceof Error ? e.message : String(e);
  return {
    kind: 'Unsupported',
    message: `Loopline could not read this program (internal parser error: ${detail})`,
    span: index.span(0, 0),
  };
}

// ------------------------------------------------------------------------------------------

export class Lowerer {
  /** Errors CPython's parser would raise for trees Lezer accepts; the earliest one counts. */
  errors: PendingError[] = [];
  /** Valid Python that Loopline's IR cannot express. */
  unsupported: Diagnostic[] = [];
  internalError: unknown = null;
  private readonly tokens: Token[];

  constructor(
    readonly src: string,
    readonly index: LineIndex,
    readonly parseText: ParseText,
    scanned: ScanResult,
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

  private stmtStack: N[] = [];

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
        if (t.type === 'COMMENT' || t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT' || t.type === 'ENDMARKER')
          continue;
        return t.to;
      }
    }
    let e = n.to;
    while (e > n.from && /\s/.test(this.src[e - 1])) e--;
    return e;
  }

  // ---------------------------------------------------------------- statements

  /** Statements of a Script or Body node. */
  block(n: N): Stmt[] {
    const out: Stmt[] = [];
    for (const k of this.kids(n)) {
      if (k.name === ':' || k.type.isError) continue;
      this.stmt(k, out);
    }
    return out;
  }

  stmt(n: N, out: Stmt[]): void {
    this.stmtStack.push(n);
    try {
      this.stmtInner(n, out);
    } finally {
      this.stmtStack.pop();
    }
  }

  stmtInner(n: N, out: Stmt[]): void {
    const span = () => this.span(n.from, this.stmtEnd(n));
    const k = this.kids(n);
    switch (n.name) {
      case 'StatementGroup':
        k.forEach((c, i) => {
          // Lezer accepts `a; ; b`; Python does not.
          if (c.name === ';' && k[i - 1]?.name === ';') this.error('invalid syntax', c.from, c.to);
          if (c.name !== ';' && !c.type.isError) this.stmt(c, out);
        });
        return;
      case 'ExpressionStatement': {
        out.push({ type: 'Expr', span: span(), value: this.exprList(k) });
        return;
      }
      case 'AssignStatement':
        out.push(this.assign(n, k));
        return;
      case 'UpdateStatement': {
        const opIdx = k.findIndex((c) => c.name === 'UpdateOp');
        const target = this.exprList(k.slice(0, opIdx));
        const opText = opIdx >= 0 ? this.text(k[opIdx]).slice(0, -1) : '+';
        const valueNodes = k.slice(opIdx + 1);
        const value = this.exprList(valueNodes, opIdx >= 0 ? k[opIdx].to : n.to);
        if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
          this.error(`'${exprName(target)}' is an illegal expression for augmented assignment`, target.span.from, target.span.to);
        }
        out.push({ type: 'AugAssign', span: span(), target, op: (BIN_OPS.has(opText) ? opText : '+') as BinOperator, value });
        return;
      }
      case 'DeleteStatement': {
        const targets = this.split(k.slice(1)).groups.map((g) => this.element(g));
        for (const t of targets) this.checkTarget(t, 'del');
        out.push({ type: 'Delete', span: span(), targets });
        return;
      }
      case 'PassStatement':
        out.push({ type: 'Pass', span: span() });
        return;
      case 'BreakStatement':
        out.push({ type: 'Break', span: span() });
        return;
      case 'ContinueStatement':
        out.push({ type: 'Continue', span: span() });
        return;
      case 'ReturnStatement': {
        const rest = k.slice(1);
        out.push({ type: 'Return', span: span(), value: rest.length ? this.exprList(rest) : null });
        return;
      }
      case 'YieldStatement':
        out.push({ type: 'Expr', span: span(), value: this.yieldExpr(n, k) });
        return;
      case 'RaiseStatement': {
        const comma = k.find((c) => c.name === ',');
        if (comma) this.error('invalid syntax', comma.from, comma.to);
        const fromIdx = k.findIndex((c) => c.name === 'from');
        const exc = k.length > 1 && k[1].name !== 'from' ? this.expr(k[1]) : null;
        const cause = fromIdx >= 0 ? this.expr(k[fromIdx + 1]) : null;
        out.push({ type: 'Raise', span: span(), exc, cause });
        return;
      }
      case 'AssertStatement': {
        const { groups } = this.split(k.slice(1));
        const commas = k.filter((c) => c.name === ',');
        if (groups.length > 2 && commas[1]) this.error('invalid syntax', commas[1].from, commas[1].to);
        out.push({
          type: 'Assert',
          span: span(),
          test: groups[0] ? this.element(groups[0]) : this.bad(null, n.to),
          msg: groups[1] ? this.element(groups[1]) : null,
        });
        return;
      }
      case 'ScopeStatement': {
        const names = k.filter((c) => c.name === 'VariableName').map((c) => this.name(c));
        out.push({ type: k[0]?.name === 'nonlocal' ? 'Nonlocal' : 'Global', span: span(), names });
        return;
      }
      case 'ImportStatement':
        out.push(this.importStmt(k, span()));
        return;
      case 'PrintStatement':
        // Only reachable if the `print` rename in fixups.ts did not apply; report like CPython.
        this.error("Missing parentheses in call to 'print'. Did you mean print(...)?", n.from, this.stmtEnd(n));
        return;
      case 'TypeDefinition':
        this.unsupportedAt("A 'type' alias statement", n.from, this.stmtEnd(n));
        return;
      case 'IfStatement':
        out.push(this.ifStmt(n, k, 0));
        return;
      case 'WhileStatement': {
        const elseIdx = k.findIndex((c) => c.name === 'else');
        out.push({
          type: 'While',
          span: span(),
          test: this.expr(k[1]),
          body: this.bodyAt(k, 2),
          orelse: elseIdx >= 0 ? this.bodyAt(k, elseIdx + 1) : [],
        });
        return;
      }
      case 'ForStatement':
        out.push(this.forStmt(n, k, span()));
        return;
      case 'TryStatement':
        out.push(this.tryStmt(n, k, span()));
        return;
      case 'WithStatement':
        out.push(this.withStmt(k, span()));
        return;
      case 'FunctionDefinition':
        out.push(this.funcDef(n, [], n.from));
        return;
      case 'ClassDefinition':
        out.push(this.classDef(n, [], n.from));
        return;
      case 'DecoratedStatement': {
        const decorators = k.filter((c) => c.name === 'Decorator').map((d) => this.decorator(d));
        const def = k.find((c) => c.name === 'FunctionDefinition' || c.name === 'ClassDefinition');
        if (!def) return;
        out.push(def.name === 'FunctionDefinition' ? this.funcDef(def, decorators, n.from) : this.classDef(def, decorators, n.from));
        return;
      }
      case 'MatchStatement':
        out.push(this.matchStmt(k, span()));
        return;
      default:
        if (n.type.isError) return;
        // An expression node directly in a block (only after error recovery).
        out.push({ type: 'Expr', span: span(), value: this.expr(n) });
    }
  }

  /** The statements of the Body node at k[i] (empty if missing). */
  bodyAt(k: N[], i: number): Stmt[] {
    const b = k[i];
    return b && b.name === 'Body' ? this.block(b) : [];
  }

  assign(n: N, k: N[]): Stmt {
    const span = this.span(n.from, this.stmtEnd(n));
    const segments: N[][] = [[]];
    for (const c of k) {
      if (c.name === 'AssignOp') segments.push([]);
      else segments[segments.length - 1].push(c);
    }
    const first = segments[0];
    const typeDef = first.findIndex((c) => c.name === 'TypeDef');
    if (typeDef >= 0) {
      // Annotated assignment `target: annotation [= value]`.
      const targetNodes = first.slice(0, typeDef);
      const target = this.exprList(targetNodes);
      const annNode = this.kids(first[typeDef]).find((c) => c.name !== ':');
      const annotation = this.expr(annNode);
      if (segments.length > 2) {
        const secondEq = k.filter((c) => c.name === 'AssignOp')[1];
        this.error('invalid syntax', secondEq.from, secondEq.to);
      }
      if (target.type === 'Tuple' || target.type === 'List') {
        this.error(`only single target (not ${target.type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, target.span.from, target.span.to);
      } else if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
        this.error('illegal target for annotation', target.span.from, target.span.to);
      } else this.checkTarget(target, 'assign');
      const value = segments.length > 1 ? this.exprList(segments[1]) : null;
      return { type: 'AnnAssign', span, target, annotation, value };
    }
    const targets = segments.slice(0, -1).map((s) => this.exprList(s));
    // CPython suggests '==' only for `target = value` with a single '='.
    targets.forEach((t) => this.checkTarget(t, targets.length === 1 ? 'assign-first' : 'assign'));
    const last = segments[segments.length - 1];
    const value = this.exprList(last, n.to);
    return { type: 'Assign', span, targets, value };
  }

  ifStmt(n: N, k: N[], start: number): Stmt {
    // k[start] is `if` or `elif`; an `elif` becomes an If nested in the orelse.
    const test = this.expr(k[start + 1]);
    const body = this.bodyAt(k, start + 2);
    let orelse: Stmt[] = [];
    const next = k[start + 3];
    if (next && next.name === 'elif') orelse = [this.ifStmt(n, k, start + 3)];
    else if (next && next.name === 'else') orelse = this.bodyAt(k, start + 4);
    const from = k[start] ? k[start].from : n.from;
    const last = [...body, ...orelse].at(-1);
    const to = last ? last.span.to : this.stmtEnd(n);
    return { type: 'If', span: this.span(from, Math.max(from, to)), test, body, orelse };
  }

  forStmt(n: N, k: N[], span: Span): Stmt {
    const isAsync = k[0]?.name === 'async';
    const forIdx = k.findIndex((c) => c.name === 'for');
    const inIdx = k.findIndex((c) => c.name === 'in');
    const bodyIdx = k.findIndex((c) => c.name === 'Body');
    const elseIdx = k.findIndex((c) => c.name === 'else');
    const target = this.exprList(k.slice(forIdx + 1, inIdx < 0 ? forIdx + 1 : inIdx), k[forIdx]?.to);
    this.checkTarget(target, 'assign');
    const iter = inIdx < 0 ? this.bad(null, n.to) : this.exprList(k.slice(inIdx + 1, bodyIdx < 0 ? k.length : bodyIdx), k[inIdx].to);
    return {
      type: 'For',
      span,
      target,
      iter,
      body: bodyIdx >= 0 ? this.bodyAt(k, bodyIdx) : [],
      orelse: elseIdx >= 0 ? this.bodyAt(k, elseIdx + 1) : [],
      isAsync,
    };
  }

  tryStmt(n: N, k: N[], span: Span): Stmt {
    const body = this.bodyAt(k, 1);
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    let sawStar = false;
    let sawPlain = false;
    let i = 2;
    while (i < k.length) {
      const c = k[i];
      if (c.name === 'except') {
        const start = c.from;
        let j = i + 1;
        let star = false;
        if (k[j]?.name === '*') {
          star = true;
          j++;
        }
        let type: Expr | null = null;
        let name: string | null = null;
        if (k[j] && k[j].name !== 'Body' && k[j].name !== 'as' && k[j].name !== ',') {
          type = this.expr(k[j]);
          j++;
        }
        if (k[j] && (k[j].name === 'as' || k[j].name === ',')) {
          if (k[j].name === ',' && type) {
            const nameNode = k[j + 1];
            this.error('multiple exception types must be parenthesized', type.span.from, nameNode ? nameNode.to : k[j].to);
          }
          if (k[j + 1] && k[j + 1].name === 'VariableName') name = this.name(k[j + 1]);
          j += 2;
        }
        if (star && !type) {
          const at = k[j] ?? k[i + 1];
          this.error('expected one or more exception types', at.from, at.from + 1);
        }
        if (star) sawStar = true;
        else sawPlain = true;
        if (sawStar && sawPlain) {
          this.error("cannot have both 'except' and 'except*' on the same 'try'", c.from, (k[i + 1] ?? c).to);
        }
        const hbody = k[j] && k[j].name === 'Body' ? this.block(k[j]) : [];
        const end = hbody.at(-1)?.span.to ?? (k[j] ? k[j].to : c.to);
        handlers.push({ span: this.span(start, end), type, name, body: hbody });
        i = j + 1;
      } else if (c.name === 'else') {
        orelse = this.bodyAt(k, i + 1);
        i += 2;
      } else if (c.name === 'finally') {
        finalbody = this.bodyAt(k, i + 1);
        i += 2;
      } else i++;
    }
    if (handlers.length === 0 && !k.some((c) => c.name === 'finally')) {
      // `try:` block followed by something else: CPython points at the next statement.
      const after = this.nextTokenAfter(n.to);
      this.error("expected 'except' or 'finally' block", after.from, after.to);
    }
    return { type: 'Try', span, body, handlers, orelse, finalbody, isStar: sawStar };
  }

  /** The first significant token starting at or after `offset` (or an empty range at it). */
  nextTokenAfter(offset: number): { from: number; to: number } {
    for (const t of this.tokens) {
      if (t.from >= offset && (t.type === 'NAME' || t.type === 'OP' || t.type === 'NUMBER' || t.type === 'STRING')) return t;
    }
    return { from: offset, to: offset };
  }

  withStmt(k: N[], span: Span): Stmt {
    const isAsync = k[0]?.name === 'async';
    const withIdx = k.findIndex((c) => c.name === 'with');
    const bodyIdx = k.findIndex((c) => c.name === 'Body');
    const itemNodes = k.slice(withIdx + 1, bodyIdx < 0 ? k.length : bodyIdx);
    const items: WithItem[] = [];
    for (const g of this.split(itemNodes).groups) {
      const asIdx = g.findIndex((c) => c.name === 'as');
      const context = this.element(asIdx < 0 ? g : g.slice(0, asIdx));
      let target: Expr | null = null;
      if (asIdx >= 0) {
        const t = g[asIdx + 1];
        const region = t && this.parseText.regions.get(t.from);
        target = region ? this.subExpression(region) : t && t.name === 'VariableName' ? this.expr(t) : this.bad(t, g[asIdx].to);
        this.checkTarget(target, 'assign');
      }
      items.push({ context, target });
    }
    return { type: 'With', span, items, body: bodyIdx >= 0 ? this.bodyAt(k, bodyIdx) : [], isAsync };
  }

  importStmt(k: N[], span: Span): Stmt {
    /** `a.b.c [as d]` groups from flat VariableName / '.' / 'as' nodes. */
    const aliases = (nodes: N[]) =>
      this.split(nodes.filter((c) => c.name !== '(' && c.name !== ')')).groups.map((g) => {
        const asIdx = g.findIndex((c) => c.name === 'as');
        const parts = (asIdx < 0 ? g : g.slice(0, asIdx)).map((c) => (c.name === 'VariableName' ? this.name(c) : this.text(c)));
        const asname = asIdx >= 0 && g[asIdx + 1] ? this.name(g[asIdx + 1]) : null;
        return { name: parts.join(''), asname };
      });
    const debugCheck = (names: { name: string; asname: string | null }[]) => {
      for (const a of names) {
        if ((a.asname ?? a.name) === '__debug__') this.error('cannot assign to __debug__', span.from, span.to);
      }
      return names;
    };
    if (k[0]?.name === 'import') return { type: 'Import', span, names: debugCheck(aliases(k.slice(1))) };
    // from [dots] [module] import names
    const importIdx = k.findIndex((c) => c.name === 'import');
    const head = k.slice(1, importIdx < 0 ? k.length : importIdx);
    let level = 0;
    let i = 0;
    while (i < head.length && (head[i].name === '.' || head[i].name === 'Ellipsis')) {
      level += head[i].name === '.' ? 1 : 3;
      i++;
    }
    const module = head
      .slice(i)
      .map((c) => (c.name === 'VariableName' ? this.name(c) : this.text(c)))
      .join('');
    const rest = importIdx < 0 ? [] : k.slice(importIdx + 1);
    const names = rest.length === 1 && rest[0].name === '*' ? [{ name: '*', asname: null }] : debugCheck(aliases(rest));
    return { type: 'ImportFrom', span, module, level, names };
  }

  // ---------------------------------------------------------------- definitions

  funcDef(n: N, decorators: Expr[], from: number): FunctionDef {
    const k = this.kids(n);
    const isAsync = k[0]?.name === 'async';
    const defNode = k.find((c) => c.name === 'def');
    const nameNode = k.find((c) => c.name === 'VariableName');
    const tparams = k.find((c) => c.name === 'TypeParamList');
    if (tparams) this.unsupportedAt('A generic function (type parameters in [...])', tparams.from, tparams.to);
    const paramList = k.find((c) => c.name === 'ParamList');
    const typeDef = k.find((c) => c.name === 'TypeDef');
    const bodyNode = k.find((c) => c.name === 'Body');
    const params = paramList ? this.params(this.withSlashes(this.kids(paramList)).filter((c) => c.name !== '(' && c.name !== ')'), true) : emptyParams();
    const returns = typeDef ? this.expr(this.kids(typeDef).find((c) => c.name !== '->' && c.name !== ':')) : null;
    this.yieldFrames.push(false);
    const body = bodyNode ? this.block(bodyNode) : [];
    const isGenerator = this.yieldFrames.pop()!;
    const defLine = this.index.lineOf((defNode ?? n).from);
    if (nameNode && this.name(nameNode) === '__debug__') this.error('cannot assign to __debug__', n.from, this.stmtEnd(n));
    return {
      type: 'FunctionDef',
      span: this.span(from, this.stmtEnd(n)),
      name: nameNode ? this.name(nameNode) : '__error__',
      params,
      body,
      decorators,
      returns,
      isAsync,
      isGenerator,
      defLine,
      docstring: docstringOf(body),
    };
  }

  classDef(n: N, decorators: Expr[], from: number): ClassDef {
    const k = this.kids(n);
    const nameNode = k.find((c) => c.name === 'VariableName');
    const tparams = k.find((c) => c.name === 'TypeParamList');
    if (tparams) this.unsupportedAt('A generic class (type parameters in [...])', tparams.from, tparams.to);
    const argList = k.find((c) => c.name === 'ArgList');
    const bodyNode = k.find((c) => c.name === 'Body');
    const bases: Expr[] = [];
    const keywords: { name: string; value: Expr }[] = [];
    if (argList) {
      for (const a of this.args(argList)) {
        if (a.kind === 'pos') bases.push(a.value);
        else if (a.kind === 'kw') keywords.push({ name: a.name, value: a.value });
        else this.unsupportedAt(a.kind === 'star' ? "Unpacking (*) in a class's bases" : "Unpacking (**) in a class's keywords", a.value.span.from, a.value.span.to);
      }
    }
    this.yieldFrames.push(false); // a yield in a class body is an error, not the function's
    const body = bodyNode ? this.block(bodyNode) : [];
    this.yieldFrames.pop();
    return {
      type: 'ClassDef',
      span: this.span(from, this.stmtEnd(n)),
      name: nameNode ? this.name(nameNode) : '__error__',
      bases,
      keywords,
      body,
      decorators,
      docstring: docstringOf(body),
    };
  }

  decorator(d: N): Expr {
    const k = this.kids(d).filter((c) => c.name !== 'At');
    const first = k[0];
    if (!first) return this.bad(d);
    const region = this.parseText.regions.get(first.from);
    if (region) return this.subExpression(region);
    let e: Expr = this.expr(first);
    let i = 1;
    while (i < k.length && k[i].name === '.') {
      const nm = k[i + 1];
      if (!nm) break;
      e = { type: 'Attribute', span: this.span(first.from, nm.to), value: e, attr: this.name(nm) };
      i += 2;
    }
    if (k[i] && k[i].name === 'ArgList') {
      e = { type: 'Call', span: this.span(first.from, k[i].to), func: e, args: this.args(k[i]) };
    }
    return e;
  }

  /**
   * The `/` of positional-only parameters is an anonymous token in Lezer's grammar (not in the
   * tree): find it in the gaps between the ParamList's children.
   */
  withSlashes(k: N[]): PNode[] {
    const out: PNode[] = [];
    let prevEnd = k[0] ? k[0].from : 0;
    for (const c of k) {
      const gap = this.src.slice(prevEnd, c.from).replace(/#[^\n]*/g, '');
      const slash = gap.indexOf('/');
      if (slash >= 0) out.push({ name: '/', from: prevEnd + slash, to: prevEnd + slash + 1 });
      out.push(c);
      prevEnd = c.to;
    }
    return out;
  }

  /**
   * Parameters from the flat node list of a ParamList (`def`, without parentheses) or a
   * lambda's ParamList. Reports CPython's ordering errors.
   */
  params(nodes: PNode[], isDef: boolean): Params {
    const p = emptyParams();
    let seenStar = false;
    let seenSlash = false;
    let seenDefault = false;
    let bareStar: PNode | null = null;
    let afterKwarg = false;
    for (const g0 of this.split(nodes).groups) {
      const head = g0[0];
      // fixups.ts turns a lambda's `/` into `*` for Lezer; the source still says `/`.
      if (head.name === '/' || (head.name === '*' && this.src[head.from] === '/')) {
        if (seenSlash) this.error('/ may appear only once', head.from, head.to);
        else if (seenStar) this.error('/ must be ahead of *', head.from, head.to);
        else if (p.args.length === 0) this.error('at least one argument must precede /', head.from, head.to);
        else {
          p.posonly = p.args;
          p.args = [];
        }
        seenSlash = true;
        continue;
      }
      const g = g0 as N[];
      if (afterKwarg) {
        this.error('arguments cannot follow var-keyword argument', head.from, head.to);
        afterKwarg = false;
      }
      if (head.name === '*' || head.name === '**') {
        const nm = g[1] && g[1].name === 'VariableName' ? g[1] : null;
        const ann = g.find((c) => c.name === 'TypeDef');
        const eq = g.find((c) => c.name === 'AssignOp');
        if (eq) {
          this.error(head.name === '*' ? 'var-positional argument cannot have default value' : 'var-keyword argument cannot have default value', eq.from, eq.to);
        }
        if (head.name === '**') {
          if (nm) p.kwarg = this.param(nm, ann, null);
          afterKwarg = true;
          if (bareStar && p.kwonly.length === 0) this.error('named arguments must follow bare *', bareStar.from, bareStar.to);
          bareStar = null;
          continue;
        }
        if (seenStar) {
          this.error('* argument may appear only once', head.from, head.to);
          continue;
        }
        seenStar = true;
        if (nm) p.vararg = this.param(nm, ann, null);
        else bareStar = head;
        continue;
      }
      if (head.name !== 'VariableName') continue; // broken; reported from the tree
      const ann = isDef ? g.find((c) => c.name === 'TypeDef') : undefined;
      const eqIdx = g.findIndex((c) => c.name === 'AssignOp');
      const def = eqIdx >= 0 ? this.expr(g[eqIdx + 1]) : null;
      const param = this.param(head, ann, def);
      if (seenStar) {
        p.kwonly.push(param);
        continue;
      }
      if (def) seenDefault = true;
      else if (seenDefault) {
        this.error('parameter without a default follows parameter with a default', head.from, head.to);
      }
      p.args.push(param);
    }
    if (bareStar && p.kwonly.length === 0) this.error('named arguments must follow bare *', bareStar.from, bareStar.to);
    return p;
  }

  param(nameNode: PNode, typeDef: N | undefined, def: Expr | null): Param {
    const annNode = typeDef ? this.kids(typeDef).find((c) => c.name !== ':') : undefined;
    const annotation = typeDef ? this.expr(annNode) : null;
    const end = annotation ? annotation.span.to : nameNode.to;
    const name = this.name(nameNode);
    if (name === '__debug__') this.error('cannot assign to __debug__', nameNode.from, nameNode.to);
    return { name, default: def, annotation, span: this.span(nameNode.from, end) };
  }

  // ---------------------------------------------------------------- match

  matchStmt(k: N[], span: Span): Stmt {
    const bodyNode = k.find((c) => c.name === 'MatchBody');
    const subjectNodes = k.filter((c) => c !== bodyNode && c.name !== 'match');
    const subject = this.exprList(subjectNodes, k[0]?.to);
    const cases: MatchCase[] = [];
    if (bodyNode) {
      for (const c of this.kids(bodyNode)) {
        if (c.name !== 'MatchClause') continue;
        const ck = this.kids(c);
        const guardNode = ck.find((x) => x.name === 'Guard');
        const body = ck.find((x) => x.name === 'Body');
        const patNodes = ck.filter((x) => x.name !== 'case' && x !== guardNode && x !== body);
        const { groups, trailing } = this.split(patNodes);
        let pattern: Pattern;
        if (groups.length === 1 && !trailing && groups[0].length === 1) pattern = this.pattern(groups[0][0]);
        else {
          const pats = groups.map((g) => (g[0] ? this.pattern(g[0]) : this.badPattern(c)));
          const from = patNodes[0]?.from ?? c.from;
          const to = patNodes.at(-1)?.to ?? c.to;
          pattern = { type: 'MatchSequence', span: this.span(from, to), patterns: pats };
        }
        const guard = guardNode ? this.expr(this.kids(guardNode)[1]) : null;
        const stmts = body ? this.block(body) : [];
        cases.push({ span: this.span(c.from, stmts.at(-1)?.span.to ?? c.to), pattern, guard, body: stmts });
      }
    }
    return { type: 'Match', span, subject, cases };
  }

  badPattern(n: N): Pattern {
    return { type: 'MatchAs', span: this.nspan(n), pattern: null, name: null };
  }

  pattern(n: N): Pattern {
    // Lezer fills empty brackets (`case []:`, `case C():`) with an empty LiteralPattern.
    const k = this.kids(n).filter((c) => !(c.name === 'LiteralPattern' && c.from === c.to));
    const span = this.nspan(n);
    switch (n.name) {
      case 'CapturePattern': {
        const nm = this.name(k[0] ?? n);
        return { type: 'MatchAs', span, pattern: null, name: nm === '_' ? null : nm };
      }
      case 'LiteralPattern': {
        const only = k[0];
        if (k.length === 1 && only.name === 'None') return { type: 'MatchSingleton', span, value: null };
        if (k.length === 1 && only.name === 'Boolean') return { type: 'MatchSingleton', span, value: this.text(only) === 'True' };
        return { type: 'MatchValue', span, value: this.literalPatternValue(k, n) };
      }
      case 'AttributePattern':
        return { type: 'MatchValue', span, value: this.dotted(k) };
      case 'AsPattern': {
        const inner = k[0] ? this.pattern(k[0]) : this.badPattern(n);
        const nm = k[2] ? this.name(k[2]) : null;
        if (nm === '_') this.error("cannot use '_' as a target", k[2].from, k[2].to);
        return { type: 'MatchAs', span, pattern: inner, name: nm === '_' ? null : nm };
      }
      case 'OrPattern': {
        // Lezer binds `as` tighter than `|`; Python's `1 | 2 as y` is `(1 | 2) as y`.
        const alts = k.filter((c) => c.name !== 'LogicOp');
        const last = alts[alts.length - 1];
        for (const a of alts.slice(0, -1)) {
          if (a.name === 'AsPattern') {
            const asKw = this.kids(a).find((c) => c.name === 'as');
            if (asKw) this.error('invalid syntax', asKw.from, asKw.to);
          }
        }
        if (last && last.name === 'AsPattern') {
          const lk = this.kids(last);
          const patterns = [...alts.slice(0, -1).map((a) => this.pattern(a)), lk[0] ? this.pattern(lk[0]) : this.badPattern(last)];
          const orSpan = this.span(n.from, lk[0] ? lk[0].to : last.to);
          const nm = lk[2] ? this.name(lk[2]) : null;
          if (nm === '_') this.error("cannot use '_' as a target", lk[2].from, lk[2].to);
          return { type: 'MatchAs', span, pattern: { type: 'MatchOr', span: orSpan, patterns }, name: nm === '_' ? null : nm };
        }
        return { type: 'MatchOr', span, patterns: alts.map((a) => this.pattern(a)) };
      }
      case 'SequencePattern': {
        const open = k[0]?.name;
        const inner = k.slice(1, -1);
        const { groups, trailing } = this.split(inner);
        if (open === '(' && groups.length === 1 && !trailing && groups[0].length === 1 && groups[0][0].name !== 'StarPattern') {
          return this.pattern(groups[0][0]); // a parenthesised group, not a sequence
        }
        return { type: 'MatchSequence', span, patterns: groups.map((g) => (g[0] ? this.pattern(g[0]) : this.badPattern(n))) };
      }
      case 'StarPattern': {
        const inner = k[1];
        if (inner && inner.name !== 'CapturePattern') this.error('invalid syntax', inner.from, inner.to);
        const nm = inner ? this.text(inner) : '_';
        return { type: 'MatchStar', span, name: nm === '_' ? null : nm };
      }
      case 'MappingPattern': {
        const keys: Expr[] = [];
        const patterns: Pattern[] = [];
        let rest: string | null = null;
        for (const g of this.split(k.slice(1, -1)).groups) {
          if (g[0]?.name === '**') {
            const target = g[1];
            const nm = target ? this.text(target) : '_';
            if (!target || target.name !== 'CapturePattern' || nm === '_') this.error('invalid syntax', (target ?? g[0]).from, (target ?? g[0]).to);
            rest = nm;
            continue;
          }
          const keyNode = g[0];
          const valNode = g[2];
          if (!keyNode) continue;
          keys.push(keyNode.name === 'LiteralPattern' ? this.literalPatternValue(this.kids(keyNode), keyNode) : this.expr(keyNode));
          patterns.push(valNode ? this.pattern(valNode) : this.badPattern(keyNode));
        }
        return { type: 'MatchMapping', span, keys, patterns, rest };
      }
      case 'ClassPattern': {
        const clsNode = k[0];
        const cls = !clsNode ? this.bad(n) : clsNode.name === 'AttributePattern' ? this.dotted(this.kids(clsNode)) : this.expr(clsNode);
        const argList = k.find((c) => c.name === 'PatternArgList');
        const patterns: Pattern[] = [];
        const kwdAttrs: string[] = [];
        const kwdPatterns: Pattern[] = [];
        if (argList) {
          const argKids = this.kids(argList).filter((c) => !(c.name === 'LiteralPattern' && c.from === c.to));
          for (const g of this.split(argKids.slice(1, -1)).groups) {
            const a = g[0];
            if (!a) continue;
            if (a.name === 'KeywordPattern') {
              const kk = this.kids(a);
              // KeywordPattern is `VariableName "=" pattern`; the "=" is not a tree node.
              const pat = kk.length > 1 ? kk[kk.length - 1] : null;
              kwdAttrs.push(kk[0] ? this.name(kk[0]) : '__error__');
              kwdPatterns.push(pat ? this.pattern(pat) : this.badPattern(a));
            } else {
              if (kwdAttrs.length > 0) this.error('positional patterns follow keyword patterns', a.from, a.to);
              patterns.push(this.pattern(a));
            }
          }
        }
        return { type: 'MatchClass', span, cls, patterns, kwdAttrs, kwdPatterns };
      }
      default:
        return this.badPattern(n);
    }
  }

  /** `a.b.c` from VariableName / '.' / PropertyName siblings. */
  dotted(k: N[]): Expr {
    if (!k[0]) return this.bad(null);
    let e: Expr = this.expr(k[0]);
    for (let i = 1; i + 1 < k.length; i += 2) {
      e = { type: 'Attribute', span: this.span(k[0].from, k[i + 1].to), value: e, attr: this.name(k[i + 1]) };
    }
    return e;
  }

  /** A literal pattern's value: a number (maybe signed, maybe complex `1+2j`) or a string. */
  literalPatternValue(k: N[], n: N): Expr {
    let i = 0;
    let neg: N | null = null;
    if (k[0]?.name === 'ArithOp') {
      neg = k[0];
      i = 1;
    }
    if (!k[i]) return this.bad(n);
    let e: Expr = this.expr(k[i]);
    if (neg) e = { type: 'UnaryOp', span: this.span(neg.from, k[i].to), op: '-', operand: e };
    if (k[i + 1] && k[i + 2]) {
      const op = this.text(k[i + 1]) === '-' ? '-' : '+';
      e = { type: 'BinOp', span: this.span(k[0].from, k[i + 2].to), op, left: e, right: this.expr(k[i + 2]) };
    }
    return e;
  }

  // ---------------------------------------------------------------- expressions

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

  expr(n: N | null | undefined): Expr {
    if (!n || n.type.isError) return this.bad(n);
    const span = this.nspan(n);
    switch (n.name) {
      case 'VariableName':
        return { type: 'Name', span, id: this.name(n) };
      case 'Number': {
        const v = parseNumber(this.text(n));
        return { type: 'Const', span, kind: v.kind, value: v.value };
      }
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return this.strings(n);
      case 'Ellipsis':
        return { type: 'Const', span, kind: 'Ellipsis', value: null };
      case 'None':
        return { type: 'Const', span, kind: 'None', value: null };
      case 'Boolean':
        return { type: 'Const', span, kind: 'bool', value: this.text(n) === 'True' };
      case 'BinaryExpression':
        return this.binary(n);
      case 'UnaryExpression': {
        const k = this.kids(n);
        const opText = k[0] ? this.text(k[0]) : '-';
        const op = opText === 'not' ? 'not' : opText === '+' ? '+' : opText === '~' ? '~' : '-';
        if (op === 'not' && k[1]) return this.notOf(n.from, k[1]);
        return { type: 'UnaryOp', span, op, operand: this.expr(k[1]) };
      }
      case 'AwaitExpression':
        return this.awaitExpr(n);
      case 'ParenthesizedExpression': {
        const k = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
        if (k[0]?.name === '*') {
          this.error("cannot use starred expression here", k[0].from, (k[1] ?? k[0]).to);
          return this.element(k);
        }
        return this.expr(k[0]);
      }
      case 'TupleExpression': {
        const k = this.kids(n);
        return { type: 'Tuple', span, elts: this.split(k.slice(1, -1)).groups.map((g) => this.element(g)) };
      }
      case 'ArrayExpression':
        return { type: 'List', span, elts: this.split(this.kids(n).slice(1, -1)).groups.map((g) => this.element(g)) };
      case 'SetExpression':
        return { type: 'Set', span, elts: this.split(this.kids(n).slice(1, -1)).groups.map((g) => this.element(g)) };
      case 'DictionaryExpression': {
        const keys: (Expr | null)[] = [];
        const values: Expr[] = [];
        for (const g of this.split(this.kids(n).slice(1, -1)).groups) {
          if (g[0]?.name === '**') {
            keys.push(null);
            values.push(this.expr(g[1]));
          } else {
            keys.push(this.expr(g[0]));
            values.push(this.expr(g[2]));
          }
        }
        return { type: 'Dict', span, keys, values };
      }
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'ComprehensionExpression': {
        const k = this.kids(n).slice(1, -1);
        const forIdx = k.findIndex((c) => c.name === 'for' || c.name === 'async');
        const eltNodes = forIdx < 0 ? k : k.slice(0, forIdx);
        if (eltNodes[0]?.name === '*') {
          this.error('iterable unpacking cannot be used in comprehension', eltNodes[0].from, (eltNodes[1] ?? eltNodes[0]).to);
        }
        const elt = this.element(eltNodes);
        return { type: COMPREHENSIONS[n.name], span, elt, generators: this.compClauses(forIdx < 0 ? [] : k.slice(forIdx)) };
      }
      case 'DictionaryComprehensionExpression': {
        const k = this.kids(n).slice(1, -1);
        const forIdx = k.findIndex((c) => c.name === 'for' || c.name === 'async');
        const head = forIdx < 0 ? k : k.slice(0, forIdx);
        if (head[0]?.name === '**') {
          this.error('dict unpacking cannot be used in dict comprehension', head[0].from, (head[1] ?? head[0]).to);
        }
        return {
          type: 'DictComp',
          span,
          key: this.expr(head[0]),
          value: this.expr(head[2]),
          generators: this.compClauses(forIdx < 0 ? [] : k.slice(forIdx)),
        };
      }
      case 'CallExpression': {
        const k = this.kids(n);
        const argList = k.find((c) => c.name === 'ArgList');
        return { type: 'Call', span, func: this.expr(k[0]), args: argList ? this.args(argList) : [] };
      }
      case 'MemberExpression':
        return this.member(n);
      case 'ConditionalExpression': {
        const k = this.kids(n);
        return { type: 'IfExp', span, body: this.expr(k[0]), test: this.expr(k[2]), orelse: this.expr(k[4]) };
      }
      case 'LambdaExpression': {
        const k = this.kids(n);
        const colon = k.findIndex((c) => c.name === ':');
        const paramList = k.find((c) => c.name === 'ParamList');
        const params = paramList ? this.params(this.kids(paramList), false) : emptyParams();
        this.yieldFrames.push(false);
        const body = colon >= 0 ? this.expr(k[colon + 1]) : this.bad(null, n.to);
        this.yieldFrames.pop();
        return { type: 'Lambda', span, params, body };
      }
      case 'NamedExpression': {
        const k = this.kids(n);
        const target = this.expr(k[0]);
        const value = this.expr(k[2]);
        if (target.type !== 'Name') {
          this.error(`cannot use assignment expressions with ${exprName(target)}`, target.span.from, target.span.to);
          return { type: 'NamedExpr', span, target: this.bad(k[0]), value };
        }
        return { type: 'NamedExpr', span, target, value };
      }
      case 'YieldExpression':
        return this.yieldExpr(n, this.kids(n));
      default:
        return this.bad(n);
    }
  }

  binary(n: N): Expr {
    const k = this.kids(n);
    const span = this.nspan(n);
    if (k.length < 3) return this.bad(n);
    const leftNode = k[0];
    const rightNode = k[k.length - 1];
    const opText = k
      .slice(1, -1)
      .map((c) => this.text(c))
      .join(' ');
    if (opText === 'and' || opText === 'or') {
      // `a and b and c` is one BoolOp (Lezer nests it to the left).
      const left = this.expr(leftNode);
      const values =
        leftNode.name === 'BinaryExpression' && left.type === 'BoolOp' && left.op === opText ? [...left.values] : [left];
      values.push(this.expr(rightNode));
      return { type: 'BoolOp', span, op: opText, values };
    }
    if (CMP_OPS.has(opText) || opText === '<>') {
      if (opText === '<>') this.error('invalid syntax', k[1].from, k[1].to);
      if (rightNode.name === 'UnaryExpression' && this.kids(rightNode)[0]?.name === 'not') {
        // `a == not b`: Python's comparison operands cannot start with `not`.
        this.error('invalid syntax', rightNode.from, this.kids(rightNode)[0].to);
      }
      // `a < b < c` is one Compare (Lezer nests it to the left).
      const left = this.expr(leftNode);
      const op = (opText === '<>' ? '!=' : opText) as CmpOperator;
      const right = this.expr(rightNode);
      if (leftNode.name === 'BinaryExpression' && left.type === 'Compare') {
        return { type: 'Compare', span, left: left.left, ops: [...left.ops, op], comparators: [...left.comparators, right] };
      }
      return { type: 'Compare', span, left, ops: [op], comparators: [right] };
    }
    const op = (BIN_OPS.has(opText) ? opText : '+') as BinOperator;
    return { type: 'BinOp', span, op, left: this.expr(leftNode), right: this.expr(rightNode) };
  }

  /**
   * `not` binds tighter than `and`/`or`, but Lezer's grammar parses `not a and b` as
   * `not (a and b)`: push the `not` down to the leftmost operand of an unparenthesised chain.
   */
  notOf(from: number, operand: N): Expr {
    if (operand.name === 'BinaryExpression') {
      const k = this.kids(operand);
      const opText = k.length === 3 ? this.text(k[1]) : '';
      if (opText === 'and' || opText === 'or') {
        const left = this.notOf(from, k[0]);
        return { type: 'BoolOp', span: this.span(from, operand.to), op: opText, values: [left, this.expr(k[2])] };
      }
    }
    return { type: 'UnaryOp', span: this.span(from, operand.to), op: 'not', operand: this.expr(operand) };
  }

  /**
   * `await` binds tighter than any binary operator in Python (`await x + 1` is
   * `(await x) + 1`), but Lezer's grammar lets it take a whole binary expression. Rotate:
   * the await applies to the leftmost operand.
   */
  awaitExpr(n: N): Expr {
    const k = this.kids(n);
    const operand = k[1];
    if (operand && (operand.name === 'UnaryExpression' || operand.name === 'AwaitExpression')) {
      const opTok = this.kids(operand)[0];
      this.error('invalid syntax', (opTok ?? operand).from, (opTok ?? operand).to);
    }
    const apply = (node: N | undefined): Expr => {
      if (node && node.name === 'BinaryExpression') {
        const bk = this.kids(node);
        const opText = bk.length === 3 ? this.text(bk[1]) : '';
        if (BIN_OPS.has(opText)) {
          const left = apply(bk[0]);
          return { type: 'BinOp', span: this.span(n.from, node.to), op: opText as BinOperator, left, right: this.expr(bk[2]) };
        }
      }
      return { type: 'Await', span: this.span(n.from, node ? node.to : n.to), value: this.expr(node) };
    };
    return apply(operand);
  }

  /**
   * One flag per function (and lambda / class body) being lowered: has a `yield` been seen?
   * Gives FunctionDef.isGenerator without another walk over the body.
   */
  private yieldFrames: boolean[] = [];

  yieldExpr(n: N, k: N[]): Expr {
    if (this.yieldFrames.length > 0) this.yieldFrames[this.yieldFrames.length - 1] = true;
    const span = this.span(n.from, this.trimmedEnd(n));
    const rest = k.slice(1).filter((c) => !(c.type.isError && c.from === c.to));
    if (rest[0]?.name === 'from') return { type: 'YieldFrom', span, value: this.expr(rest[1]) };
    return { type: 'Yield', span, value: rest.length ? this.exprList(rest) : null };
  }

  /** A node's end without trailing whitespace. */
  trimmedEnd(n: N): number {
    let e = n.to;
    while (e > n.from && /\s/.test(this.src[e - 1])) e--;
    return e;
  }

  member(n: N): Expr {
    const k = this.kids(n);
    const span = this.nspan(n);
    const value = this.expr(k[0]);
    if (k[1]?.name === '.') {
      const prop = k[2];
      if (!prop || prop.name !== 'PropertyName') return this.bad(n);
      const attr = this.name(prop);
      // Lezer accepts any word after '.'; Python keywords are not attribute names.
      if (HARD_KEYWORDS.has(attr)) this.error('invalid syntax', prop.from, prop.to);
      return { type: 'Attribute', span, value, attr };
    }
    // Subscript: k[1] is '[', last is ']'.
    const inner = k.slice(2, k[k.length - 1]?.name === ']' ? -1 : undefined);
    const { groups, trailing } = this.split(inner);
    const items = groups.map((g) => this.subscriptItem(g));
    let index: Expr;
    if (items.length === 1 && !trailing) index = items[0];
    else if (items.length === 0) index = this.bad(null, k[1]?.to ?? n.to);
    else index = { type: 'Tuple', span: this.span(inner[0].from, inner[inner.length - 1].to), elts: items };
    return { type: 'Subscript', span, value, index };
  }

  subscriptItem(g: N[]): Expr {
    if (!g.some((c) => c.name === ':')) return this.element(g);
    // lower? ':' upper? (':' step?)?
    const parts: (N | null)[] = [null];
    for (const c of g) {
      if (c.name === ':') parts.push(null);
      else parts[parts.length - 1] = c;
    }
    const from = g[0].from;
    const to = g[g.length - 1].to;
    return {
      type: 'Slice',
      span: this.span(from, to),
      lower: parts[0] ? this.expr(parts[0]) : null,
      upper: parts[1] ? this.expr(parts[1]) : null,
      step: parts[2] ? this.expr(parts[2]) : null,
    };
  }

  /** Call arguments from an ArgList node, with CPython's ordering errors. */
  args(argList: N): Arg[] {
    const all = this.kids(argList);
    const close = all[all.length - 1];
    const closeAt = close && close.name === ')' ? close.from : argList.to;
    const k = all.filter((c) => c.name !== '(' && c.name !== ')');
    // Split on commas, except those between `for` and `in` of a generator argument
    // (`f(x for k, v in items)`).
    const groups: N[][] = [[]];
    let inForTarget = false;
    for (const c of k) {
      if (c.name === 'for') inForTarget = true;
      else if (c.name === 'in' && inForTarget) inForTarget = false;
      if (c.name === ',' && !inForTarget) groups.push([]);
      else groups[groups.length - 1].push(c);
    }
    const trailing = groups.length > 1 && groups[groups.length - 1].length === 0;
    if (trailing || (groups.length === 1 && groups[0].length === 0)) groups.pop();
    const out: Arg[] = [];
    let seenKw = false;
    let seenDstar = false;
    for (const g of groups) {
      const head = g[0];
      const forIdx = g.findIndex((c) => c.name === 'for' || c.name === 'async');
      if (forIdx > 0) {
        // A bare generator expression argument: `f(x for x in y)`.
        const isKw = g[1]?.name === 'AssignOp';
        const eltNode = isKw ? g[2] : head;
        const genFrom = eltNode ? eltNode.from : head.from;
        const gen: Expr = {
          type: 'GeneratorExp',
          span: this.span(genFrom, g[g.length - 1].to),
          elt: this.expr(eltNode),
          generators: this.compClauses(g.slice(forIdx)),
        };
        if (groups.length > 1 || trailing || isKw) {
          this.error('Generator expression must be parenthesized', genFrom, g[g.length - 1].to);
        }
        out.push({ kind: 'pos', value: gen });
        continue;
      }
      if (head.name === '*') {
        const value = this.expr(g[1]);
        if (seenDstar) {
          // CPython's range starts at the comma before the `*`.
          const comma = k[k.indexOf(head) - 1];
          this.error('iterable argument unpacking follows keyword argument unpacking', comma ? comma.from : head.from, (g[1] ?? head).to);
        }
        out.push({ kind: 'star', value });
        continue;
      }
      if (head.name === '**') {
        seenDstar = true;
        out.push({ kind: 'dstar', value: this.expr(g[1]) });
        continue;
      }
      if (g[1]?.name === 'AssignOp') {
        const opText = this.text(g[1]);
        if (opText === ':=') {
          const target = this.expr(head);
          const value = this.expr(g[2]);
          const pos: Expr = { type: 'NamedExpr', span: this.span(head.from, (g[2] ?? g[1]).to), target: target as Name, value };
          this.positional(seenKw, seenDstar, closeAt);
          out.push({ kind: 'pos', value: pos });
          continue;
        }
        const name = this.name(head);
        seenKw = true;
        out.push({ kind: 'kw', name, value: this.expr(g[2]) });
        continue;
      }
      const value = this.expr(head);
      this.positional(seenKw, seenDstar, closeAt);
      out.push({ kind: 'pos', value });
    }
    return out;
  }

  /** CPython reports these at the token where it gave up: the call's closing parenthesis. */
  positional(seenKw: boolean, seenDstar: boolean, closeAt: number): void {
    if (seenDstar) this.error('positional argument follows keyword argument unpacking', closeAt, closeAt + 1);
    else if (seenKw) this.error('positional argument follows keyword argument', closeAt, closeAt + 1);
  }

  /** `[async] for targets in iter (if cond)*` clauses from flat sibling nodes. */
  compClauses(nodes: N[]): ComprehensionFor[] {
    const out: ComprehensionFor[] = [];
    let i = 0;
    while (i < nodes.length) {
      let isAsync = false;
      if (nodes[i].name === 'async') {
        isAsync = true;
        i++;
      }
      if (nodes[i]?.name !== 'for') {
        i++;
        continue;
      }
      const forNode = nodes[i];
      i++;
      const start = i;
      while (i < nodes.length && nodes[i].name !== 'in') i++;
      const target = this.exprList(nodes.slice(start, i), forNode.to);
      this.checkTarget(target, 'assign');
      i++; // 'in'
      const iter = this.expr(nodes[i]);
      i++;
      const ifs: Expr[] = [];
      while (i < nodes.length && nodes[i].name === 'if') {
        ifs.push(this.expr(nodes[i + 1]));
        i += 2;
      }
      out.push({ target, iter, ifs, isAsync });
    }
    return out;
  }

  // ---------------------------------------------------------------- strings

  /** String, FormatString or ContinuedString (implicit concatenation) → Const or FString. */
  strings(n: N): Expr {
    const pieces = n.name === 'ContinuedString' ? this.kids(n).filter((c) => c.name === 'String' || c.name === 'FormatString') : [n];
    const span = this.nspan(n);
    let anyF = false;
    let anyBytes = false;
    let anyStr = false;
    for (const p of pieces) {
      const { prefix } = splitStringToken(this.text(p));
      if (prefix.bytes) anyBytes = true;
      else anyStr = true;
      if (prefix.format) anyF = true;
    }
    if (anyBytes && anyStr) {
      this.error('cannot mix bytes and nonbytes literals', n.from, n.to);
    }
    if (!anyF) {
      let value = '';
      for (const p of pieces) value += this.decodePiece(p);
      return { type: 'Const', span, kind: anyBytes && !anyStr ? 'bytes' : 'str', value };
    }
    const parts: FStringPart[] = [];
    const pushText = (s: string) => {
      if (s === '') return;
      if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += s;
      else parts.push(s);
    };
    for (const p of pieces) {
      if (p.name === 'String') pushText(this.decodePiece(p));
      else for (const part of this.fstringParts(p)) typeof part === 'string' ? pushText(part) : parts.push(part);
    }
    return { type: 'FString', span, parts };
  }

  /** Decode one plain string/bytes literal node, reporting escape problems. */
  decodePiece(p: N): string {
    const text = this.text(p);
    const tok = splitStringToken(text);
    return this.decodeRange(p.from + tok.bodyFrom, p.from + tok.bodyTo, tok.prefix, false, p);
  }

  decodeRange(from: number, to: number, prefix: ReturnType<typeof splitStringToken>['prefix'], fstring: boolean, literal: N): string {
    const { value, problems } = decodeBody(this.src.slice(from, to), prefix, fstring);
    for (const pr of problems) {
      if (pr.kind === 'Unsupported') {
        const line = this.index.lineOf(from + pr.from);
        this.unsupported.push({ kind: 'Unsupported', message: `${pr.message} (line ${line})`, span: this.span(from + pr.from, from + pr.to) });
      } else {
        // CPython reports escape errors at the whole literal.
        this.error(pr.message, literal.from, literal.to);
      }
    }
    return value;
  }

  fstringParts(p: N): FStringPart[] {
    const tok = splitStringToken(this.text(p));
    const bodyFrom = p.from + tok.bodyFrom;
    const bodyTo = p.from + tok.bodyTo;
    const parts: FStringPart[] = [];
    let pos = bodyFrom;
    for (const c of this.kids(p)) {
      if (c.name !== 'FormatReplacement') continue;
      if (c.from > pos) parts.push(this.decodeRange(pos, c.from, tok.prefix, true, p));
      parts.push(this.field(c, tok.prefix, p));
      pos = c.to;
    }
    if (bodyTo > pos) parts.push(this.decodeRange(pos, bodyTo, tok.prefix, true, p));
    return parts.filter((x) => x !== '');
  }

  field(n: N, prefix: ReturnType<typeof splitStringToken>['prefix'], literal: N, depth = 0): FStringField {
    const k = this.kids(n);
    if (depth >= 3) this.error('f-string: expressions nested too deeply', n.from - 1, n.from);
    const open = k[0];
    let end = k.findIndex((c, i) => i > 0 && (c.name === 'FormatSelfDoc' || c.name === 'FormatConversion' || c.name === 'FormatSpec' || c.name === '}'));
    if (end < 0) end = k.length;
    const exprNodes = k.slice(1, end).filter((c) => !c.type.isError);
    if (exprNodes[0]?.name === 'LambdaExpression') {
      this.error('f-string: lambda expressions are not allowed without parentheses', exprNodes[0].from, exprNodes[0].from);
    }
    const expr = this.exprList(exprNodes, open ? open.to : n.from);
    let debugText: string | null = null;
    let conversion: FStringField['conversion'] = null;
    let spec: FStringPart[] | null = null;
    for (let i = end; i < k.length; i++) {
      const c = k[i];
      if (c.name === 'FormatSelfDoc') {
        // Python 3.12+: the text from after `{` up to the next part, spaces included: `{x = }` → "x = ".
        const next = k[i + 1];
        debugText = this.src.slice(open ? open.to : n.from, next ? next.from : c.to);
      } else if (c.name === 'FormatConversion') {
        const ch = this.text(c)[1];
        conversion = ch === 's' || ch === 'r' || ch === 'a' ? ch : null;
      } else if (c.name === 'FormatSpec') {
        spec = [];
        let pos = c.from + 1; // after ':'
        for (const s of this.kids(c)) {
          if (s.name !== 'FormatReplacement') continue;
          if (s.from > pos) spec.push(this.decodeRange(pos, s.from, prefix, true, literal));
          spec.push(this.field(s, prefix, literal, depth + 1));
          pos = s.to;
        }
        if (c.to > pos) spec.push(this.decodeRange(pos, c.to, prefix, true, literal));
        spec = spec.filter((x) => x !== '');
      }
    }
    // `f"{x=}"` shows repr(x) unless a conversion or a format spec is given.
    if (debugText !== null && conversion === null && spec === null) conversion = 'r';
    return { expr, debugText, conversion, spec };
  }

  // ---------------------------------------------------------------- sub-parses

  /**
   * Parse a placeholder region (see fixups.ts) on its own: the region's text is placed at the
   * same offset in an otherwise blank document, so the sub-tree's offsets are real offsets.
   */
  subExpression(region: Region): Expr {
    // Parenthesised, so that any expression (`d := x`, a tuple target) parses on its own.
    const text = ' '.repeat(region.from - 1) + '(' + this.parseText.baseText.slice(region.from, region.to) + ')';
    const tree = parser.parse(text);
    const errNode = errorNodes(tree.topNode)[0] ?? null;
    if (errNode) {
      const at = Math.min(Math.max(errNode.from, region.from), region.to);
      this.error('invalid syntax', at, Math.max(at, Math.min(errNode.to, region.to)));
    }
    const top = this.kids(tree.topNode);
    const stmt = top.find((c) => c.name === 'ExpressionStatement');
    const inner = stmt && top.length === 1 ? this.kids(stmt) : [];
    if (inner.length !== 1) {
      if (!errNode) this.error('invalid syntax', region.from, region.to);
      return this.bad(null, region.from);
    }
    return this.expr(inner[0]);
  }

  // ---------------------------------------------------------------- targets

  /** Is the expression directly wrapped in parentheses in the source? */
  parenthesized(e: Expr): boolean {
    let p = e.span.from - 1;
    while (p >= 0 && (this.src[p] === ' ' || this.src[p] === '\t' || this.src[p] === '\n')) p--;
    return this.src[p] === '(';
  }

  /**
   * CPython's parser rejects assignment/deletion targets that are not names, attributes,
   * subscripts, or (for assignment) tuples/lists/starred of those.
   * `assign-first`: the first target of `=`, where CPython suggests `==`.
   */
  checkTarget(e: Expr, ctx: 'assign' | 'assign-first' | 'del'): void {
    switch (e.type) {
      case 'Name':
        if (e.id === '__debug__') this.error(ctx === 'del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e.span.from, e.span.to);
        return;
      case 'Attribute':
      case 'Subscript':
        return;
      case 'Starred':
        if (ctx === 'del') {
          this.error('cannot delete starred', e.span.from, e.span.to);
          return;
        }
        this.checkTarget(e.value, ctx);
        return;
      case 'Tuple':
      case 'List':
        for (const x of e.elts) this.checkTarget(x, ctx === 'assign-first' && (e.type === 'List' || isParenthesized(this.src, e)) ? 'assign' : ctx);
        return;
      case 'Yield':
      case 'YieldFrom':
        // `(yield) = 1` is worded like other expressions; a bare `yield` target is not.
        if (ctx !== 'del' && !this.parenthesized(e)) {
          this.error('assignment to yield expression not possible', e.span.from, e.span.to);
          return;
        }
      // falls through
      default: {
        const what = exprName(e);
        // The "Maybe you meant '=='" hint needs an operand-level expression (not `a < b`,
        // `not a`, `a and b`, `a if b else c`, lambda) and not None/True/False.
        const singleton =
          (e.type === 'Const' && (e.kind === 'None' || e.kind === 'bool')) ||
          e.type === 'Compare' ||
          e.type === 'BoolOp' ||
          e.type === 'IfExp' ||
          e.type === 'Lambda' ||
          e.type === 'NamedExpr' ||
          e.type === 'GeneratorExp' ||
          (e.type === 'UnaryOp' && e.op === 'not');
        if (ctx === 'del') this.error(`cannot delete ${what}`, e.span.from, e.span.to);
        else if (ctx === 'assign-first' && !singleton) {
          this.error(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`, e.span.from, e.span.to);
        } else this.error(`cannot assign to ${what}`, e.span.from, e.span.to);
      }
    }
  }
}

/** Tuples and lists: does the span start with its bracket? (Tuple spans include parentheses.) */
function isParenthesized(src: string, e: Expr): boolean {
  return src[e.span.from] === '(' || src[e.span.from] === '[';
}

function emptyParams(): Params {
  return { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
}

/** A body's docstring: a leading plain string-literal expression statement (cleaned as 3.13 does). */
function docstringOf(body: Stmt[]): string | null {
  const first = body[0];
  if (first && first.type === 'Expr' && first.value.type === 'Const' && first.value.kind === 'str') {
    return cleanDocstring(first.value.value as string);
  }
  return null;
}
