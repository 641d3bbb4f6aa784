/** Definitions: `def`, `class`, decorators, `lambda`, and parameter lists with CPython's ordering errors. */
import type { Expr, FunctionDef, ClassDef, Param, Params, Span, Stmt } from '../../ir/types';
import type { N, PNode, LowerContext } from './context';
import { subExpression } from './subexpressions';
import { lowerArgs } from './calls';
import { emptyTypeParams, lowerTypeParams } from './type-params';

export function lowerDecorated(lx: LowerContext, n: N, k: N[]): Stmt | null {
  const decorators = k.filter((c) => c.name === 'Decorator').map((d) => lowerDecorator(lx, d));
  const def = k.find((c) => c.name === 'FunctionDefinition' || c.name === 'ClassDefinition');
  if (!def) return null;
  return def.name === 'FunctionDefinition'
    ? lowerFunctionDef(lx, def, decorators, n.from)
    : lowerClassDef(lx, def, decorators, n.from);
}

export function lowerFunctionDef(lx: LowerContext, n: N, decorators: Expr[], from: number): FunctionDef {
  const k = lx.kids(n);
  const isAsync = k[0]?.name === 'async';
  const defNode = k.find((c) => c.name === 'def');
  const nameNode = k.find((c) => c.name === 'VariableName');
  const tparams = k.find((c) => c.name === 'TypeParamList');
  const typeParams = tparams ? lowerTypeParams(lx, tparams, 'def') : null;
  if (!tparams) emptyTypeParams(lx, nameNode, 'def');
  const paramList = k.find((c) => c.name === 'ParamList');
  const typeDef = k.find((c) => c.name === 'TypeDef');
  const bodyNode = k.find((c) => c.name === 'Body');
  const params = paramList
    ? lowerParams(
        lx,
        withSlashes(lx, lx.kids(paramList)).filter((c) => c.name !== '(' && c.name !== ')'),
        true,
      )
    : emptyParams();
  const returns = typeDef ? lx.expr(lx.kids(typeDef).find((c) => c.name !== '->' && c.name !== ':')) : null;
  lx.yieldFrames.push(false);
  const body = bodyNode ? lx.block(bodyNode) : [];
  const isGenerator = lx.yieldFrames.pop()!;
  const defLine = lx.index.lineOf((defNode ?? n).from);
  if (nameNode && lx.name(nameNode) === '__debug__') lx.error('cannot assign to __debug__', n.from, lx.stmtEnd(n));
  const written = nameNode ? lx.name(nameNode) : '__error__';
  const name = lx.mangle(written);
  return {
    type: 'FunctionDef',
    span: lx.span(from, lx.stmtEnd(n)),
    name,
    ...(name !== written ? { pyName: written } : {}),
    params,
    body,
    decorators,
    returns,
    isAsync,
    isGenerator,
    defLine,
    docstring: docstringOf(body),
    ...(typeParams ? { typeParams, defSpan: lx.span(n.from, lx.stmtEnd(n)) } : {}),
  };
}

export function lowerClassDef(lx: LowerContext, n: N, decorators: Expr[], from: number): ClassDef {
  const k = lx.kids(n);
  const classNode = k.find((c) => c.name === 'class');
  const nameNode = k.find((c) => c.name === 'VariableName');
  const tparams = k.find((c) => c.name === 'TypeParamList');
  const typeParams = tparams ? lowerTypeParams(lx, tparams, 'class') : null;
  if (!tparams) emptyTypeParams(lx, nameNode, 'class');
  const argList = k.find((c) => c.name === 'ArgList');
  const bodyNode = k.find((c) => c.name === 'Body');
  const bases: Expr[] = [];
  const keywords: { name: string; value: Expr }[] = [];
  if (argList) {
    for (const a of lowerArgs(lx, argList)) {
      if (a.kind === 'pos') bases.push(a.value);
      else if (a.kind === 'kw') keywords.push({ name: a.name, value: a.value });
      else
        lx.unsupportedAt(
          a.kind === 'star' ? "Unpacking (*) in a class's bases" : "Unpacking (**) in a class's keywords",
          a.value.span.from,
          a.value.span.to,
        );
    }
  }
  const written = nameNode ? lx.name(nameNode) : '__error__';
  // Its own name is bound in the enclosing scope (mangled by an enclosing class); its body
  // mangles private names with it.
  const name = lx.mangle(written);
  lx.yieldFrames.push(false); // a yield in a class body is an error, not the function's
  lx.classNames.push(written);
  const body = bodyNode ? lx.block(bodyNode) : [];
  lx.classNames.pop();
  lx.yieldFrames.pop();
  return {
    type: 'ClassDef',
    span: lx.span(from, lx.stmtEnd(n)),
    name,
    ...(name !== written ? { pyName: written } : {}),
    bases,
    keywords,
    body,
    decorators,
    classSpan: lx.span(classNode?.from ?? from, lx.stmtEnd(n)),
    docstring: docstringOf(body),
    ...(typeParams ? { typeParams } : {}),
  };
}

function lowerDecorator(lx: LowerContext, d: N): Expr {
  const k = lx.kids(d).filter((c) => c.name !== 'At');
  const first = k[0];
  if (!first) return lx.bad(d);
  const region = lx.parseText.regions.get(first.from);
  if (region) return subExpression(lx, region);
  let e: Expr = lx.expr(first);
  let i = 1;
  while (i < k.length && k[i].name === '.') {
    const nm = k[i + 1];
    if (!nm) break;
    e = { type: 'Attribute', span: lx.span(first.from, nm.to), value: e, attr: lx.ident(nm) };
    i += 2;
  }
  if (k[i] && k[i].name === 'ArgList') {
    e = { type: 'Call', span: lx.span(first.from, k[i].to), func: e, args: lowerArgs(lx, k[i]) };
  }
  return e;
}

export function lowerLambda(lx: LowerContext, n: N, span: Span): Expr {
  const k = lx.kids(n);
  const colon = k.findIndex((c) => c.name === ':');
  const paramList = k.find((c) => c.name === 'ParamList');
  const params = paramList ? lowerParams(lx, lx.kids(paramList), false) : emptyParams();
  lx.yieldFrames.push(false);
  const body = colon >= 0 ? lx.expr(k[colon + 1]) : lx.bad(null, n.to);
  // `lambda: (yield)` is a generator function, as a def with a yield is
  const isGenerator = lx.yieldFrames.pop()!;
  return isGenerator ? { type: 'Lambda', span, params, body, isGenerator } : { type: 'Lambda', span, params, body };
}

/**
 * The `/` of positional-only parameters is an anonymous token in Lezer's grammar (not in the
 * tree): find it in the gaps between the ParamList's children.
 */
function withSlashes(lx: LowerContext, k: N[]): PNode[] {
  const out: PNode[] = [];
  let prevEnd = k[0] ? k[0].from : 0;
  for (const c of k) {
    const gap = lx.src.slice(prevEnd, c.from).replace(/#[^\n]*/g, '');
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
function lowerParams(lx: LowerContext, nodes: PNode[], isDef: boolean): Params {
  const p = emptyParams();
  let seenStar = false;
  let seenSlash = false;
  let seenDefault = false;
  let bareStar: PNode | null = null;
  let afterKwarg = false;
  for (const g0 of lx.split(nodes).groups) {
    const head = g0[0];
    // fixups.ts turns a lambda's `/` into `*` for Lezer; the source still says `/`.
    if (head.name === '/' || (head.name === '*' && lx.src[head.from] === '/')) {
      if (seenSlash) lx.error('/ may appear only once', head.from, head.to);
      else if (seenStar) lx.error('/ must be ahead of *', head.from, head.to);
      else if (p.args.length === 0) lx.error('at least one argument must precede /', head.from, head.to);
      else {
        p.posonly = p.args;
        p.args = [];
      }
      seenSlash = true;
      continue;
    }
    const g = g0 as N[];
    if (afterKwarg) {
      lx.error('arguments cannot follow var-keyword argument', head.from, head.to);
      afterKwarg = false;
    }
    if (head.name === '*' || head.name === '**') {
      const nm = g[1] && g[1].name === 'VariableName' ? g[1] : null;
      const ann = g.find((c) => c.name === 'TypeDef');
      const eq = g.find((c) => c.name === 'AssignOp');
      if (eq) {
        lx.error(
          head.name === '*'
            ? 'var-positional argument cannot have default value'
            : 'var-keyword argument cannot have default value',
          eq.from,
          eq.to,
        );
      }
      if (head.name === '**') {
        if (nm) p.kwarg = lowerParam(lx, nm, ann, null);
        afterKwarg = true;
        if (bareStar && p.kwonly.length === 0)
          lx.error('named arguments must follow bare *', bareStar.from, bareStar.to);
        bareStar = null;
        continue;
      }
      if (seenStar) {
        lx.error('* argument may appear only once', head.from, head.to);
        continue;
      }
      seenStar = true;
      if (nm) p.vararg = lowerParam(lx, nm, ann, null);
      else bareStar = head;
      continue;
    }
    if (head.name !== 'VariableName') continue; // broken; reported from the tree
    const ann = isDef ? g.find((c) => c.name === 'TypeDef') : undefined;
    const eqIdx = g.findIndex((c) => c.name === 'AssignOp');
    const def = eqIdx >= 0 ? lx.expr(g[eqIdx + 1]) : null;
    const param = lowerParam(lx, head, ann, def);
    if (seenStar) {
      p.kwonly.push(param);
      continue;
    }
    if (def) seenDefault = true;
    else if (seenDefault) {
      lx.error('parameter without a default follows parameter with a default', head.from, head.to);
    }
    p.args.push(param);
  }
  if (bareStar && p.kwonly.length === 0) lx.error('named arguments must follow bare *', bareStar.from, bareStar.to);
  return p;
}

function lowerParam(lx: LowerContext, nameNode: PNode, typeDef: N | undefined, def: Expr | null): Param {
  const annNode = typeDef ? lx.kids(typeDef).find((c) => c.name !== ':') : undefined;
  const region = annNode ? lx.parseText.regions.get(annNode.from) : undefined;
  let annotation: Expr | null = null;
  if (region?.what === 'star-annotation') {
    // `*args: *Ts` (PEP 646): the region starts at the annotation's star.
    const value = subExpression(lx, { ...region, from: region.from + 1 });
    annotation = { type: 'Starred', span: lx.span(region.from, region.to), value };
  } else if (typeDef) annotation = lx.expr(annNode);
  const end = annotation ? annotation.span.to : nameNode.to;
  const written = lx.name(nameNode);
  if (written === '__debug__') lx.error('cannot assign to __debug__', nameNode.from, nameNode.to);
  return { name: lx.mangle(written), default: def, annotation, span: lx.span(nameNode.from, end) };
}

function emptyParams(): Params {
  return { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
}

/** A body's docstring: a leading plain string-literal expression statement, as written (interp/docstrings.ts cleans it per version). */
export function docstringOf(body: Stmt[]): string | null {
  const first = body[0];
  if (first && first.type === 'Expr' && first.value.type === 'Const' && first.value.kind === 'str') {
    return first.value.value as string;
  }
  return null;
}
