/** Calls: the argument list, with CPython's ordering errors and bare generator-expression arguments. */
import type { Arg, Expr, Name, Span } from '../../ir/types';
import type { N, LowerContext } from './context';
import { compClauses } from './comprehensions';

export function lowerCall(lx: LowerContext, n: N, span: Span): Expr {
  const k = lx.kids(n);
  const argList = k.find((c) => c.name === 'ArgList');
  return { type: 'Call', span, func: lx.expr(k[0]), args: argList ? lowerArgs(lx, argList) : [] };
}

/** Call arguments from an ArgList node, with CPython's ordering errors. */
export function lowerArgs(lx: LowerContext, argList: N): Arg[] {
  const all = lx.kids(argList);
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
        span: lx.span(genFrom, g[g.length - 1].to),
        elt: lx.expr(eltNode),
        generators: compClauses(lx, g.slice(forIdx)),
      };
      if (groups.length > 1 || trailing || isKw) {
        lx.error('Generator expression must be parenthesized', genFrom, g[g.length - 1].to);
      }
      out.push({ kind: 'pos', value: gen });
      continue;
    }
    if (head.name === '*') {
      const value = lx.expr(g[1]);
      if (seenDstar) {
        // CPython's range starts at the comma before the `*`.
        const comma = k[k.indexOf(head) - 1];
        lx.error(
          'iterable argument unpacking follows keyword argument unpacking',
          comma ? comma.from : head.from,
          (g[1] ?? head).to,
        );
        // Before 3.13 the error is at the `*` alone.
        const message = 'iterable argument unpacking follows keyword argument unpacking';
        const at = { message, from: head.from, to: head.to, anchor: comma ? comma.from : head.from };
        lx.before312.push(at);
        lx.before313.push(at);
      }
      out.push({ kind: 'star', value });
      continue;
    }
    if (head.name === '**') {
      seenDstar = true;
      out.push({ kind: 'dstar', value: lx.expr(g[1]) });
      continue;
    }
    if (g[1]?.name === 'AssignOp') {
      const opText = lx.text(g[1]);
      if (opText === ':=') {
        const target = lx.expr(head);
        const value = lx.expr(g[2]);
        const pos: Expr = {
          type: 'NamedExpr',
          span: lx.span(head.from, (g[2] ?? g[1]).to),
          target: target as Name,
          value,
        };
        positional(lx, seenKw, seenDstar, closeAt);
        out.push({ kind: 'pos', value: pos });
        continue;
      }
      const name = lx.name(head);
      seenKw = true;
      out.push({ kind: 'kw', name, value: lx.expr(g[2]) });
      continue;
    }
    const value = lx.expr(head);
    positional(lx, seenKw, seenDstar, closeAt);
    out.push({ kind: 'pos', value });
  }
  return out;
}

/** CPython reports these at the token where it gave up: the call's closing parenthesis. */
function positional(lx: LowerContext, seenKw: boolean, seenDstar: boolean, closeAt: number): void {
  if (seenDstar) lx.error('positional argument follows keyword argument unpacking', closeAt, closeAt + 1);
  else if (seenKw) lx.error('positional argument follows keyword argument', closeAt, closeAt + 1);
}
