/**
 * Small IR traversal helpers for the compile-time checks.
 */
import type { Expr, FStringPart, Param, Params } from '../ir/types';

/** Expressions directly inside an f-string's parts (fields and nested spec fields). */
export function fstringExprs(parts: FStringPart[], out: Expr[] = []): Expr[] {
  for (const p of parts) {
    if (typeof p === 'string') continue;
    out.push(p.expr);
    if (p.spec) fstringExprs(p.spec, out);
  }
  return out;
}

/** A parameter list's parameters in CPython's order: positional, *args, keyword-only, **kwargs. */
export function allParams(p: Params): Param[] {
  return [...p.posonly, ...p.args, ...(p.vararg ? [p.vararg] : []), ...p.kwonly, ...(p.kwarg ? [p.kwarg] : [])];
}

/** Defaults and annotations of a parameter list (evaluated in the enclosing scope). */
export function paramExprs(p: Params): Expr[] {
  const out: Expr[] = [];
  for (const param of allParams(p)) {
    if (param.annotation) out.push(param.annotation);
  }
  for (const param of [...p.posonly, ...p.args, ...p.kwonly]) if (param.default) out.push(param.default);
  return out;
}

/** Direct sub-expressions of an expression. Lambda bodies are included. */
export function childExprs(e: Expr): Expr[] {
  const out: Expr[] = [];
  forEachChild(e, (x) => out.push(x));
  return out;
}

/** Calls `f` on each direct sub-expression (no allocation: this runs for every node). */
export function forEachChild(e: Expr, f: (x: Expr) => void): void {
  switch (e.type) {
    case 'Name':
    case 'Const':
      return;
    case 'FString':
      fstringEach(e.parts, f);
      return;
    case 'BinOp':
      f(e.left);
      f(e.right);
      return;
    case 'UnaryOp':
      f(e.operand);
      return;
    case 'BoolOp':
      for (const v of e.values) f(v);
      return;
    case 'Compare':
      f(e.left);
      for (const v of e.comparators) f(v);
      return;
    case 'Call':
      f(e.func);
      for (const a of e.args) f(a.value);
      return;
    case 'Attribute':
      f(e.value);
      return;
    case 'Subscript':
      f(e.value);
      f(e.index);
      return;
    case 'Slice':
      if (e.lower) f(e.lower);
      if (e.upper) f(e.upper);
      if (e.step) f(e.step);
      return;
    case 'List':
    case 'Tuple':
    case 'Set':
      for (const v of e.elts) f(v);
      return;
    case 'Dict':
      for (let i = 0; i < e.values.length; i++) {
        const k = e.keys[i];
        if (k) f(k);
        f(e.values[i]);
      }
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp':
      for (const g of e.generators) {
        f(g.target);
        f(g.iter);
        for (const x of g.ifs) f(x);
      }
      if (e.type === 'DictComp') {
        f(e.key);
        f(e.value);
      } else f(e.elt);
      return;
    case 'Lambda':
      for (const x of paramExprs(e.params)) f(x);
      f(e.body);
      return;
    case 'IfExp':
      f(e.test);
      f(e.body);
      f(e.orelse);
      return;
    case 'Await':
    case 'YieldFrom':
    case 'Starred':
      f(e.value);
      return;
    case 'Yield':
      if (e.value) f(e.value);
      return;
    case 'NamedExpr':
      f(e.target);
      f(e.value);
      return;
  }
}

function fstringEach(parts: FStringPart[], f: (x: Expr) => void): void {
  for (const p of parts) {
    if (typeof p === 'string') continue;
    f(p.expr);
    if (p.spec) fstringEach(p.spec, f);
  }
}

/** Any IR node or helper record (a comprehension's `for`, a `with` item): an object, with `type` when it is a node. */
export type IrObject = { type?: string } & Record<string, unknown>;

/**
 * Calls `visit` on every object below `root` (statements, expressions and the records inside them),
 * depth first in field order; where `visit` returns false, that object's fields are not entered.
 * Positions (`span`) and the compiler's notes (`selfStores`) hold no nodes and are passed over.
 */
export function forEachNode(root: unknown, visit: (n: IrObject) => boolean | void): void {
  if (Array.isArray(root)) {
    for (const n of root) forEachNode(n, visit);
    return;
  }
  if (typeof root !== 'object' || root === null) return;
  const n = root as IrObject;
  if (visit(n) === false) return;
  for (const k in n) if (k !== 'span' && k !== 'selfStores') forEachNode(n[k], visit);
}
