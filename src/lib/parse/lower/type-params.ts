/**
 * PEP 695's type parameter lists (`def f[T: int, *Ts, **P]`, `class C[T]`, `type A[K] = ...`) and
 * `type` statements, with the errors the versions without them raise: 3.11 has neither (its
 * parser stops at the `[` of a def or class, or at the name after `type`), 3.12 has no PEP 696
 * defaults (`[T = int]`: fixups.ts blanks each default for Lezer and keeps its text as a region).
 */
import type { Expr, Stmt, TypeParam } from '../../ir/types';
import type { N, LowerContext } from './context';
import { subExpression } from './subexpressions';

export type TypeParamOwner = 'def' | 'class' | 'type';

/** The parameters of a TypeParamList node, noting 3.11's and 3.12's errors for `owner`'s list. */
export function lowerTypeParams(lx: LowerContext, list: N, owner: TypeParamOwner): TypeParam[] {
  const k = lx.kids(list);
  const open = k[0];
  const close = k[k.length - 1];
  if (owner === 'def') lx.before312.push({ message: "expected '('", from: open.from, to: open.to });
  else if (owner === 'class') lx.before312.push({ message: 'invalid syntax', from: open.from, to: open.to });
  const params: TypeParam[] = [];
  const groups = lx.split(k.slice(1, close?.name === ']' ? -1 : undefined)).groups;
  for (let gi = 0; gi < groups.length; gi++) {
    const node = groups[gi].find((c) => c.name === 'TypeParam');
    if (!node) continue;
    const pk = lx.kids(node);
    const nameNode = pk.find((c) => c.name === 'VariableName');
    if (!nameNode) continue;
    const kind = pk[0].name === '*' ? 'TypeVarTuple' : pk[0].name === '**' ? 'ParamSpec' : 'TypeVar';
    const typeDef = pk.find((c) => c.name === 'TypeDef');
    const boundNode = typeDef ? lx.kids(typeDef).find((c) => c.name !== ':') : undefined;
    const bound = typeDef ? lx.expr(boundNode) : null;
    // The default's region begins at its `=`, between this parameter and the next comma; a
    // starred parameter's bound (an error) at its `:`.
    const nextFrom = groups[gi + 1]?.[0]?.from ?? close?.from ?? node.to;
    let def: Expr | null = null;
    let eqAt = -1;
    for (const [at, region] of lx.parseText.regions) {
      if (at < node.to || at >= nextFrom) continue;
      if (region.what === 'type-param-bound') lx.error(`cannot use bound with ${kind}`, region.from, region.to);
      if (region.what !== 'type-param-default') continue;
      if (lx.src[region.from] === '*') {
        // `*Ts = *tuple[int]` (3.13) is not simulated; elsewhere a starred default is the def's error.
        if (kind === 'TypeVarTuple') {
          lx.unsupportedAt('A starred type parameter default', region.from, region.to);
          if (owner === 'def') lx.before313.push({ message: "expected '('", from: open.from, to: open.to });
        } else lx.error(owner === 'def' ? "expected '('" : 'invalid syntax', open.from, open.to);
        continue;
      }
      def = subExpression(lx, region);
      eqAt = at;
    }
    const name = lx.name(nameNode);
    if (def) {
      const e =
        owner === 'def'
          ? { message: "expected '('", from: open.from, to: open.to }
          : owner === 'type' && !bound
            ? {
                message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                from: node.from,
                to: def.span.to,
              }
            : { message: 'invalid syntax', from: eqAt, to: eqAt + 1 };
      lx.before313.push(e);
    }
    params.push({
      kind,
      name,
      nameSpan: lx.nspan(nameNode),
      bound,
      default: def,
      span: lx.span(node.from, def ? def.span.to : lx.trimmedEnd(node)),
    });
  }
  return params;
}

/**
 * `def f[]`, `class C[]`, `type A[]`: fixups.ts blanks the empty brackets (after the name) for
 * Lezer; 3.13's error, and 3.12's, whose parser reads no brackets there.
 */
export function emptyTypeParams(lx: LowerContext, nameNode: N | undefined, owner: TypeParamOwner): void {
  if (!nameNode) return;
  let at = nameNode.to;
  while (lx.src[at] === ' ' || lx.src[at] === '\t') at++;
  const region = lx.parseText.regions.get(at);
  if (region?.what !== 'type-params-empty') return;
  const close = region.to - 1;
  lx.error('Type parameter list cannot be empty', close, owner === 'type' ? close + 2 : close);
  const e = owner === 'def' ? "expected '('" : 'invalid syntax';
  const where = owner === 'def' ? at : close;
  lx.before313.push({ message: e, from: where, to: where + 1 });
  lx.before312.push({ message: owner === 'def' ? "expected '('" : 'invalid syntax', from: at, to: at + 1 });
}

/** `type Alias[T] = value` (3.12's soft keyword; 3.11 stops at the alias's name). */
export function lowerTypeAlias(lx: LowerContext, n: N, k: N[]): Stmt {
  const nameNode = k.find((c) => c.name === 'VariableName');
  const list = k.find((c) => c.name === 'TypeParamList');
  if (nameNode) lx.before312.push({ message: 'invalid syntax', from: nameNode.from, to: nameNode.to });
  const typeParams = list ? lowerTypeParams(lx, list, 'type') : null;
  if (!list) emptyTypeParams(lx, nameNode, 'type');
  const last = k[k.length - 1];
  const valueNode = last && last !== nameNode && last !== list && last.name !== 'type' ? last : null;
  const written = nameNode ? lx.name(nameNode) : '__error__';
  return {
    type: 'TypeAlias',
    span: lx.span(n.from, lx.stmtEnd(n)),
    name: lx.mangle(written),
    pyName: written,
    typeParams,
    value: lx.expr(valueNode),
  };
}
