/**
 * Small IR traversal helpers shared by the lowering and the compile-time checks.
 */
import type { Expr, FStringPart, Params, Pattern, Stmt } from '../ir/types';

/** Expressions directly inside an f-string's parts (fields and nested spec fields). */
export function fstringExprs(parts: FStringPart[], out: Expr[] = []): Expr[] {
  for (const p of parts) {
    if (typeof p === 'string') continue;
    out.push(p.expr);
    if (p.spec) fstringExprs(p.spec, out);
  }
  return out;
}

/** Defaults and annotations of a parameter list (evaluated in the enclosing scope). */
export function paramExprs(p: Params): Expr[] {
  const out: Expr[] = [];
  for (const param of [...p.posonly, ...p.args, ...(p.vararg ? [p.vararg] : []), ...p.kwonly, ...(p.kwarg ? [p.kwarg] : [])]) {
    if (param.annotation) out.push(param.annotation);
  }
  for (const param of [...p.posonly, ...p.args, ...p.kwonly]) if (param.default) out.push(param.default);
  return out;
}

/** Direct sub-expressions of an expression, in source order. Lambda bodies are included. */
export function childExprs(e: Expr): Expr[] {
  switch (e.type) {
    case 'Name':
    case 'Const':
      return [];
    case 'FString':
      return fstringExprs(e.parts);
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'BoolOp':
      return e.values;
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'Call':
      return [e.func, ...e.args.map((a) => a.value)];
    case 'Attribute':
      return [e.value];
    case 'Subscript':
      return [e.value, e.index];
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'List':
    case 'Tuple':
    case 'Set':
      return e.elts;
    case 'Dict': {
      const out: Expr[] = [];
      e.keys.forEach((k, i) => {
        if (k) out.push(k);
        out.push(e.values[i]);
      });
      return out;
    }
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp': {
      const out: Expr[] = [];
      for (const g of e.generators) out.push(g.target, g.iter, ...g.ifs);
      if (e.type === 'DictComp') out.push(e.key, e.value);
      else out.push(e.elt);
      return out;
    }
    case 'Lambda':
      return [...paramExprs(e.params), e.body];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'Await':
    case 'YieldFrom':
    case 'Starred':
      return [e.value];
    case 'Yield':
      return e.value ? [e.value] : [];
    case 'NamedExpr':
      return [e.target, e.value];
  }
}

/** Values inside a pattern (literal values, class references, mapping keys). */
export function patternExprs(p: Pattern, out: Expr[] = []): Expr[] {
  switch (p.type) {
    case 'MatchValue':
      out.push(p.value);
      break;
    case 'MatchSequence':
    case 'MatchOr':
      for (const x of p.patterns) patternExprs(x, out);
      break;
    case 'MatchMapping':
      out.push(...p.keys);
      for (const x of p.patterns) patternExprs(x, out);
      break;
    case 'MatchClass':
      out.push(p.cls);
      for (const x of [...p.patterns, ...p.kwdPatterns]) patternExprs(x, out);
      break;
    case 'MatchAs':
      if (p.pattern) patternExprs(p.pattern, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * The parts of a statement: expressions evaluated in the statement's own scope, and nested
 * blocks. For `def`/`class` the body is returned separately as `innerBody` (a new scope).
 */
export function stmtParts(s: Stmt): { exprs: Expr[]; blocks: Stmt[][]; innerBody: Stmt[] | null } {
  switch (s.type) {
    case 'Expr':
      return { exprs: [s.value], blocks: [], innerBody: null };
    case 'Assign':
      return { exprs: [s.value, ...s.targets], blocks: [], innerBody: null };
    case 'AugAssign':
      return { exprs: [s.target, s.value], blocks: [], innerBody: null };
    case 'AnnAssign':
      return { exprs: [s.target, s.annotation, ...(s.value ? [s.value] : [])], blocks: [], innerBody: null };
    case 'FunctionDef':
      return { exprs: [...s.decorators, ...paramExprs(s.params), ...(s.returns ? [s.returns] : [])], blocks: [], innerBody: s.body };
    case 'ClassDef':
      return { exprs: [...s.decorators, ...s.bases, ...s.keywords.map((k) => k.value)], blocks: [], innerBody: s.body };
    case 'Return':
      return { exprs: s.value ? [s.value] : [], blocks: [], innerBody: null };
    case 'If':
    case 'While':
      return { exprs: [s.test], blocks: [s.body, s.orelse], innerBody: null };
    case 'For':
      return { exprs: [s.target, s.iter], blocks: [s.body, s.orelse], innerBody: null };
    case 'With':
      return {
        exprs: s.items.flatMap((i) => (i.target ? [i.context, i.target] : [i.context])),
        blocks: [s.body],
        innerBody: null,
      };
    case 'Try':
      return {
        exprs: s.handlers.flatMap((h) => (h.type ? [h.type] : [])),
        blocks: [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody],
        innerBody: null,
      };
    case 'Raise':
      return { exprs: [s.exc, s.cause].filter((x): x is Expr => x !== null), blocks: [], innerBody: null };
    case 'Assert':
      return { exprs: [s.test, ...(s.msg ? [s.msg] : [])], blocks: [], innerBody: null };
    case 'Delete':
      return { exprs: s.targets, blocks: [], innerBody: null };
    case 'Match':
      return {
        exprs: [s.subject, ...s.cases.flatMap((c) => [...patternExprs(c.pattern), ...(c.guard ? [c.guard] : [])])],
        blocks: s.cases.map((c) => c.body),
        innerBody: null,
      };
    default:
      return { exprs: [], blocks: [], innerBody: null };
  }
}

/** Does this function body contain `yield` / `yield from` (not counting nested scopes)? */
export function containsYield(body: Stmt[]): boolean {
  const inExpr = (e: Expr): boolean => {
    if (e.type === 'Yield' || e.type === 'YieldFrom') return true;
    if (e.type === 'Lambda') return paramExprs(e.params).some(inExpr);
    return childExprs(e).some(inExpr);
  };
  const inStmts = (stmts: Stmt[]): boolean =>
    stmts.some((s) => {
      const parts = stmtParts(s);
      return parts.exprs.some(inExpr) || parts.blocks.some(inStmts);
    });
  return inStmts(body);
}
