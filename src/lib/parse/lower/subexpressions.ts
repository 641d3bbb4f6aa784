/** Placeholder regions (see fixups.ts) lowered from a parse of their own text. */
import { parser } from '@lezer/python';
import type { Expr } from '../../ir/types';
import type { Region } from '../fixups';
import { errorNodes } from '../syntax-errors';
import type { LowerContext } from './context';

/**
 * Parse a placeholder region (see fixups.ts) on its own: the region's text is placed at the
 * same offset in an otherwise blank document, so the sub-tree's offsets are real offsets.
 * `tuple`: read it as a tuple even when it has one item and no comma (`a[*b]`'s items).
 */
export function subExpression(lx: LowerContext, region: Region, tuple = false): Expr {
  // Parenthesised, so that any expression (`d := x`, a tuple target) parses on its own.
  const written = lx.parseText.baseText.slice(region.from, region.to);
  const comma = tuple && !/,\s*$/.test(written) ? ',' : '';
  const text = ' '.repeat(region.from - 1) + '(' + written + comma + ')';
  const tree = parser.parse(text);
  const errNode = errorNodes(tree.topNode)[0] ?? null;
  if (errNode) {
    const at = Math.min(Math.max(errNode.from, region.from), region.to);
    lx.error('invalid syntax', at, Math.max(at, Math.min(errNode.to, region.to)));
  }
  const top = lx.kids(tree.topNode);
  const stmt = top.find((c) => c.name === 'ExpressionStatement');
  const inner = stmt && top.length === 1 ? lx.kids(stmt) : [];
  if (inner.length !== 1) {
    if (!errNode) lx.error('invalid syntax', region.from, region.to);
    return lx.bad(null, region.from);
  }
  return lx.expr(inner[0]);
}
