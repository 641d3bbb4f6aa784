/** Comprehensions and generator expressions: the element and the `[async] for ... in ... if ...` clauses. */
import type { ComprehensionFor, Expr, Span } from '../../ir/types';
import type { N, LowerContext } from './context';
import { checkTarget } from './targets';
import { subExpression } from './subexpressions';
import type { Region } from '../fixups';

const COMPREHENSIONS: Record<string, 'ListComp' | 'SetComp' | 'GeneratorExp'> = {
  ArrayComprehensionExpression: 'ListComp',
  SetComprehensionExpression: 'SetComp',
  ComprehensionExpression: 'GeneratorExp',
};

export function lowerComprehension(lx: LowerContext, n: N, span: Span): Expr {
  const k = lx.kids(n).slice(1, -1);
  const forIdx = k.findIndex((c) => c.name === 'for' || c.name === 'async');
  const eltNodes = forIdx < 0 ? k : k.slice(0, forIdx);
  if (eltNodes[0]?.name === '*') {
    lx.error('iterable unpacking cannot be used in comprehension', eltNodes[0].from, (eltNodes[1] ?? eltNodes[0]).to);
  }
  const elt = lx.element(eltNodes);
  return { type: COMPREHENSIONS[n.name], span, elt, generators: compClauses(lx, forIdx < 0 ? [] : k.slice(forIdx)) };
}

export function lowerDictComp(lx: LowerContext, n: N, span: Span): Expr {
  const k = lx.kids(n).slice(1, -1);
  const forIdx = k.findIndex((c) => c.name === 'for' || c.name === 'async');
  const head = forIdx < 0 ? k : k.slice(0, forIdx);
  if (head[0]?.name === '**') {
    lx.error('dict unpacking cannot be used in dict comprehension', head[0].from, (head[1] ?? head[0]).to);
  }
  return {
    type: 'DictComp',
    span,
    key: lx.expr(head[0]),
    value: lx.expr(head[2]),
    generators: compClauses(lx, forIdx < 0 ? [] : k.slice(forIdx)),
  };
}

/** `[async] for targets in iter (if cond)*` clauses from flat sibling nodes. */
export function compClauses(lx: LowerContext, nodes: N[]): ComprehensionFor[] {
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
    // A starred target Lezer cannot parse here is a placeholder region (fixups.ts), parsed on its own.
    const region = i > start ? lx.parseText.regions.get(nodes[start].from) : undefined;
    const target = region ? regionTuple(lx, region) : lx.exprList(nodes.slice(start, i), forNode.to);
    checkTarget(lx, target, 'assign');
    i++; // 'in'
    const iter = lx.expr(nodes[i]);
    i++;
    const ifs: Expr[] = [];
    while (i < nodes.length && nodes[i].name === 'if') {
      ifs.push(lx.expr(nodes[i + 1]));
      i += 2;
    }
    out.push({ target, iter, ifs, isAsync });
  }
  return out;
}

/** A placeholder region's tuple of targets, spanning the region's text (not the parenthesis its parse adds). */
function regionTuple(lx: LowerContext, region: Region): Expr {
  const t = subExpression(lx, region);
  return t.type === 'Tuple' ? { ...t, span: lx.span(region.from, region.to) } : t;
}
