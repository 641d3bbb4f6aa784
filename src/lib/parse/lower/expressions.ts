/** Expressions with no family of their own: parentheses, dict displays, attributes, subscripts, `:=` and `yield`. */
import { HARD_KEYWORDS } from '../keywords';
import type { Expr, Span } from '../../ir/types';
import { exprName } from '../exprnames';
import type { N, LowerContext } from './context';
import { subExpression } from './subexpressions';

export function lowerParenthesized(lx: LowerContext, n: N): Expr {
  const k = lx.kids(n).filter((c) => c.name !== '(' && c.name !== ')');
  if (k[0]?.name === '*') {
    lx.error('cannot use starred expression here', k[0].from, (k[1] ?? k[0]).to);
    return lx.element(k);
  }
  return lx.expr(k[0]);
}

export function lowerDict(lx: LowerContext, n: N, span: Span): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  for (const g of lx.split(lx.kids(n).slice(1, -1)).groups) {
    if (g[0]?.name === '**') {
      keys.push(null);
      values.push(lx.expr(g[1]));
    } else {
      keys.push(lx.expr(g[0]));
      values.push(lx.expr(g[2]));
    }
  }
  return { type: 'Dict', span, keys, values };
}

export function lowerMember(lx: LowerContext, n: N): Expr {
  const k = lx.kids(n);
  const span = lx.nspan(n);
  const value = lx.expr(k[0]);
  if (k[1]?.name === '.') {
    const prop = k[2];
    if (!prop || prop.name !== 'PropertyName') return lx.bad(n);
    const written = lx.name(prop);
    // Lezer accepts any word after '.'; Python keywords are not attribute names.
    if (HARD_KEYWORDS.has(written)) lx.error('invalid syntax', prop.from, prop.to);
    return { type: 'Attribute', span, value, attr: lx.mangle(written) };
  }
  // Subscript: k[1] is '[', last is ']'.
  const inner = k.slice(2, k[k.length - 1]?.name === ']' ? -1 : undefined);
  const region = inner.length === 1 ? lx.parseText.regions.get(inner[0].from) : undefined;
  if (region?.what === 'subscript-starred') {
    // `tuple[int, *Ts]` (PEP 646): the items, a starred one among them, are a tuple.
    // Its span is the items' (the parse's own takes in the brackets it adds).
    const index = { ...subExpression(lx, region, true), span: lx.span(region.from, region.to) };
    return { type: 'Subscript', span, value, index };
  }
  const { groups, trailing } = lx.split(inner);
  const items = groups.map((g) => subscriptItem(lx, g));
  let index: Expr;
  if (items.length === 1 && !trailing) index = items[0];
  else if (items.length === 0) index = lx.bad(null, k[1]?.to ?? n.to);
  else {
    // A starred item among slices ends where its region does (fixups.ts), past its placeholder.
    const last = inner[inner.length - 1];
    const end = lx.parseText.regions.get(last.from)?.to ?? last.to;
    index = { type: 'Tuple', span: lx.span(inner[0].from, end), elts: items };
  }
  return { type: 'Subscript', span, value, index };
}

function subscriptItem(lx: LowerContext, g: N[]): Expr {
  // `*b` among slices (`a[1:2, *b]`): its own region, read as the one item of a tuple.
  const region = g.length === 1 ? lx.parseText.regions.get(g[0].from) : undefined;
  if (region?.what === 'subscript-star-item') {
    const t = subExpression(lx, region, true);
    return t.type === 'Tuple' && t.elts.length === 1 ? t.elts[0] : t;
  }
  if (!g.some((c) => c.name === ':')) return lx.element(g);
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
    span: lx.span(from, to),
    lower: parts[0] ? lx.expr(parts[0]) : null,
    upper: parts[1] ? lx.expr(parts[1]) : null,
    step: parts[2] ? lx.expr(parts[2]) : null,
  };
}

export function lowerNamedExpr(lx: LowerContext, n: N, span: Span): Expr {
  const k = lx.kids(n);
  const target = lx.expr(k[0]);
  const value = lx.expr(k[2]);
  if (target.type !== 'Name') {
    lx.error(`cannot use assignment expressions with ${exprName(target)}`, target.span.from, target.span.to);
    return { type: 'NamedExpr', span, target: lx.bad(k[0]), value };
  }
  return { type: 'NamedExpr', span, target, value };
}

export function lowerYield(lx: LowerContext, n: N, k: N[]): Expr {
  if (lx.yieldFrames.length > 0) lx.yieldFrames[lx.yieldFrames.length - 1] = true;
  const span = lx.span(n.from, lx.trimmedEnd(n));
  const rest = k.slice(1).filter((c) => !(c.type.isError && c.from === c.to));
  if (rest[0]?.name === 'from') return { type: 'YieldFrom', span, value: lx.expr(rest[1]) };
  return { type: 'Yield', span, value: rest.length ? lx.exprList(rest) : null };
}
