/** Compound statements: `if`/`elif`/`else`, `while`, `for`, `try` (with `except*`) and `with`. */
import type { ExceptHandler, Expr, Span, Stmt, WithItem } from '../../ir/types';
import type { N, LowerContext } from './context';
import { checkTarget } from './targets';
import { subExpression } from './subexpressions';

export function lowerIf(lx: LowerContext, n: N, k: N[], start: number): Stmt {
  // k[start] is `if` or `elif`; an `elif` becomes an If nested in the orelse.
  const test = lx.expr(k[start + 1]);
  const body = lx.bodyAt(k, start + 2);
  let orelse: Stmt[] = [];
  const next = k[start + 3];
  if (next && next.name === 'elif') orelse = [lowerIf(lx, n, k, start + 3)];
  else if (next && next.name === 'else') orelse = lx.bodyAt(k, start + 4);
  const from = k[start] ? k[start].from : n.from;
  const last = [...body, ...orelse].at(-1);
  const to = last ? last.span.to : lx.stmtEnd(n);
  return { type: 'If', span: lx.span(from, Math.max(from, to)), test, body, orelse };
}

export function lowerWhile(lx: LowerContext, k: N[], span: Span): Stmt {
  const elseIdx = k.findIndex((c) => c.name === 'else');
  return {
    type: 'While',
    span,
    test: lx.expr(k[1]),
    body: lx.bodyAt(k, 2),
    orelse: elseIdx >= 0 ? lx.bodyAt(k, elseIdx + 1) : [],
  };
}

export function lowerFor(lx: LowerContext, n: N, k: N[], span: Span): Stmt {
  const isAsync = k[0]?.name === 'async';
  const forIdx = k.findIndex((c) => c.name === 'for');
  const inIdx = k.findIndex((c) => c.name === 'in');
  const bodyIdx = k.findIndex((c) => c.name === 'Body');
  const elseIdx = k.findIndex((c) => c.name === 'else');
  const target = lx.exprList(k.slice(forIdx + 1, inIdx < 0 ? forIdx + 1 : inIdx), k[forIdx]?.to);
  checkTarget(lx, target, 'assign');
  const iter =
    inIdx < 0 ? lx.bad(null, n.to) : lx.exprList(k.slice(inIdx + 1, bodyIdx < 0 ? k.length : bodyIdx), k[inIdx].to);
  return {
    type: 'For',
    span,
    target,
    iter,
    body: bodyIdx >= 0 ? lx.bodyAt(k, bodyIdx) : [],
    orelse: elseIdx >= 0 ? lx.bodyAt(k, elseIdx + 1) : [],
    isAsync,
  };
}

export function lowerTry(lx: LowerContext, n: N, k: N[], span: Span): Stmt {
  const body = lx.bodyAt(k, 1);
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
      let bare: Expr[] | null = null;
      if (k[j] && k[j].name !== 'Body' && k[j].name !== 'as' && k[j].name !== ',') {
        const region = lx.parseText.regions.get(k[j].from);
        type = region?.what === 'except-types' ? subExpression(lx, region) : lx.expr(k[j]);
        if (region && type.type === 'Tuple') bare = type.elts;
        j++;
      }
      if (bare !== null) {
        // Types separated by commas without brackets (3.14's PEP 758): not with `as`, and an error before 3.14.
        const named = k[j]?.name === 'as' ? k[j + 1] : undefined;
        const from = bare[0].span.from;
        const to = named ? named.to : bare[bare.length - 1].span.to;
        const message = 'multiple exception types must be parenthesized';
        if (named) lx.error(`${message} when using 'as'`, from, to);
        if (bare.length > 1 || named) lx.before314.push({ message, from, to });
        else {
          // `except A, :`: the older versions stop at the comma.
          const comma = lx.src.indexOf(',', to);
          lx.before314.push({ message: 'invalid syntax', from: comma, to: comma + 1 });
        }
      }
      if (k[j] && (k[j].name === 'as' || k[j].name === ',')) {
        if (k[j].name === ',' && type) {
          const nameNode = k[j + 1];
          lx.error('multiple exception types must be parenthesized', type.span.from, nameNode ? nameNode.to : k[j].to);
        }
        if (k[j + 1] && k[j + 1].name === 'VariableName') name = lx.ident(k[j + 1]);
        j += 2;
      }
      if (star && !type) {
        const at = k[j] ?? k[i + 1];
        lx.error('expected one or more exception types', at.from, at.from + 1);
      }
      if (star) sawStar = true;
      else sawPlain = true;
      if (sawStar && sawPlain) {
        // At `except*` when it follows plain handlers; at a plain `except` after `except*` ones.
        lx.error("cannot have both 'except' and 'except*' on the same 'try'", c.from, (star ? (k[i + 1] ?? c) : c).to);
      }
      const hbody = k[j] && k[j].name === 'Body' ? lx.block(k[j]) : [];
      const end = hbody.at(-1)?.span.to ?? (k[j] ? k[j].to : c.to);
      handlers.push({ span: lx.span(start, end), type, name, body: hbody });
      i = j + 1;
    } else if (c.name === 'else') {
      orelse = lx.bodyAt(k, i + 1);
      i += 2;
    } else if (c.name === 'finally') {
      finalbody = lx.bodyAt(k, i + 1);
      i += 2;
    } else i++;
  }
  if (handlers.length === 0 && !k.some((c) => c.name === 'finally')) {
    // `try:` block followed by something else: CPython points at the next token, an `else`
    // of the statement's own or the next statement.
    const orElse = k.find((c) => c.name === 'else');
    const after = orElse ?? lx.nextTokenAfter(n.to);
    lx.error("expected 'except' or 'finally' block", after.from, after.to);
  }
  return { type: 'Try', span, body, handlers, orelse, finalbody, isStar: sawStar };
}

export function lowerWith(lx: LowerContext, k: N[], span: Span): Stmt {
  const isAsync = k[0]?.name === 'async';
  const withIdx = k.findIndex((c) => c.name === 'with');
  const bodyIdx = k.findIndex((c) => c.name === 'Body');
  const itemNodes = k.slice(withIdx + 1, bodyIdx < 0 ? k.length : bodyIdx);
  const items: WithItem[] = [];
  for (const g of lx.split(itemNodes).groups) {
    const asIdx = g.findIndex((c) => c.name === 'as');
    const context = lx.element(asIdx < 0 ? g : g.slice(0, asIdx));
    let target: Expr | null = null;
    if (asIdx >= 0) {
      const t = g[asIdx + 1];
      const region = t && lx.parseText.regions.get(t.from);
      target = region
        ? subExpression(lx, region)
        : t && t.name === 'VariableName'
          ? lx.expr(t)
          : lx.bad(t, g[asIdx].to);
      checkTarget(lx, target, 'assign');
    }
    items.push({ context, target });
  }
  return { type: 'With', span, items, body: bodyIdx >= 0 ? lx.bodyAt(k, bodyIdx) : [], isAsync };
}
