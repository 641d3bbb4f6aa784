/** Simple statements with a shape of their own: assignments, `del`, `raise`, `assert` and imports. */
import type { BinOperator, Span, Stmt } from '../../ir/types';
import { exprName } from '../exprnames';
import type { N, LowerContext } from './context';
import { checkTarget } from './targets';
import { BIN_OPS } from './operators';

export function lowerAssign(lx: LowerContext, n: N, k: N[]): Stmt {
  const span = lx.span(n.from, lx.stmtEnd(n));
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
    const target = lx.exprList(targetNodes);
    const annNode = lx.kids(first[typeDef]).find((c) => c.name !== ':');
    const annotation = lx.expr(annNode);
    if (segments.length > 2) {
      const secondEq = k.filter((c) => c.name === 'AssignOp')[1];
      lx.error('invalid syntax', secondEq.from, secondEq.to);
    }
    if (target.type === 'Tuple' || target.type === 'List') {
      lx.error(
        `only single target (not ${target.type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`,
        target.span.from,
        target.span.to,
      );
    } else if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
      lx.error('illegal target for annotation', target.span.from, target.span.to);
    } else checkTarget(lx, target, 'assign');
    const value = segments.length > 1 ? lx.exprList(segments[1]) : null;
    return { type: 'AnnAssign', span, target, annotation, value };
  }
  const targets = segments.slice(0, -1).map((s) => lx.exprList(s));
  // CPython suggests '==' only for `target = value` with a single '='.
  targets.forEach((t) => checkTarget(lx, t, targets.length === 1 ? 'assign-first' : 'assign'));
  const last = segments[segments.length - 1];
  const value = lx.exprList(last, n.to);
  return { type: 'Assign', span, targets, value };
}

export function lowerAugAssign(lx: LowerContext, n: N, k: N[], span: Span): Stmt {
  const opIdx = k.findIndex((c) => c.name === 'UpdateOp');
  const target = lx.exprList(k.slice(0, opIdx));
  const opText = opIdx >= 0 ? lx.text(k[opIdx]).slice(0, -1) : '+';
  const valueNodes = k.slice(opIdx + 1);
  const value = lx.exprList(valueNodes, opIdx >= 0 ? k[opIdx].to : n.to);
  if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
    lx.error(
      `'${exprName(target)}' is an illegal expression for augmented assignment`,
      target.span.from,
      target.span.to,
    );
  }
  return { type: 'AugAssign', span, target, op: (BIN_OPS.has(opText) ? opText : '+') as BinOperator, value };
}

export function lowerDelete(lx: LowerContext, k: N[], span: Span): Stmt {
  const targets = lx.split(k.slice(1)).groups.map((g) => lx.element(g));
  for (const t of targets) checkTarget(lx, t, 'del');
  return { type: 'Delete', span, targets };
}

export function lowerRaise(lx: LowerContext, k: N[], span: Span): Stmt {
  const comma = k.find((c) => c.name === ',');
  if (comma) lx.error('invalid syntax', comma.from, comma.to);
  const fromIdx = k.findIndex((c) => c.name === 'from');
  const exc = k.length > 1 && k[1].name !== 'from' ? lx.expr(k[1]) : null;
  const cause = fromIdx >= 0 ? lx.expr(k[fromIdx + 1]) : null;
  return { type: 'Raise', span, exc, cause };
}

export function lowerAssert(lx: LowerContext, n: N, k: N[], span: Span): Stmt {
  const { groups } = lx.split(k.slice(1));
  const commas = k.filter((c) => c.name === ',');
  if (groups.length > 2 && commas[1]) lx.error('invalid syntax', commas[1].from, commas[1].to);
  return {
    type: 'Assert',
    span,
    test: groups[0] ? lx.element(groups[0]) : lx.bad(null, n.to),
    msg: groups[1] ? lx.element(groups[1]) : null,
  };
}

export function lowerImport(lx: LowerContext, k: N[], span: Span): Stmt {
  /** `a.b.c [as d]` groups from flat VariableName / '.' / 'as' nodes. */
  const aliases = (nodes: N[]) =>
    lx.split(nodes.filter((c) => c.name !== '(' && c.name !== ')')).groups.map((g) => {
      const asIdx = g.findIndex((c) => c.name === 'as');
      const parts = (asIdx < 0 ? g : g.slice(0, asIdx)).map((c) =>
        c.name === 'VariableName' ? lx.name(c) : lx.text(c),
      );
      const asname = asIdx >= 0 && g[asIdx + 1] ? lx.name(g[asIdx + 1]) : null;
      return { name: parts.join(''), asname };
    });
  const debugCheck = (names: { name: string; asname: string | null }[]) => {
    for (const a of names) {
      if ((a.asname ?? a.name) === '__debug__') lx.error('cannot assign to __debug__', span.from, span.to);
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
    .map((c) => (c.name === 'VariableName' ? lx.name(c) : lx.text(c)))
    .join('');
  const rest = importIdx < 0 ? [] : k.slice(importIdx + 1);
  const last = rest.at(-1);
  if (last?.name === ',' && rest[0].name !== '(') {
    // `from x import a,`: at the NEWLINE token (from a comment ending the line).
    const from = last.to + /^[ \t\f]*/.exec(lx.src.slice(last.to))![0].length;
    const eol = lx.src.indexOf('\n', from);
    lx.error('trailing comma not allowed without surrounding parentheses', from, eol < 0 ? lx.src.length : eol + 1);
  }
  const names = rest.length === 1 && rest[0].name === '*' ? [{ name: '*', asname: null }] : debugCheck(aliases(rest));
  return { type: 'ImportFrom', span, module, level, names };
}
