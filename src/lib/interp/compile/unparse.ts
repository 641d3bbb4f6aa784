/**
 * An annotation's text under `from __future__ import annotations`: CPython keeps the expression
 * unparsed from its syntax tree (Python/ast_unparse.c), not as written: `"str"` is `'str'`,
 * `List[ int ]` is `List[int]`, `1e10` is `10000000000.0`, and parentheses are only those the
 * operators' precedence needs. Names are read from the source (the IR holds them mangled), and a
 * str constant written with a lower-case `u` prefix keeps it (CPython's Constant.kind; `U` does not).
 */
import type * as ir from '../../ir/types';
import { repr } from '../../runtime/ops';
import { constValue } from './expressions';

// The precedence levels, lowest first.
const TUPLE = 0;
const TEST = 1;
const OR = 2;
const AND = 3;
const NOT = 4;
const CMP = 5;
const BOR = 6;
const BXOR = 7;
const BAND = 8;
const SHIFT = 9;
const ARITH = 10;
const TERM = 11;
const FACTOR = 12;
const POWER = 13;
const AWAIT = 14;
const ATOM = 15;

const BIN_LEVEL: Record<ir.BinOperator, number> = {
  '+': ARITH,
  '-': ARITH,
  '*': TERM,
  '/': TERM,
  '//': TERM,
  '%': TERM,
  '@': TERM,
  '<<': SHIFT,
  '>>': SHIFT,
  '|': BOR,
  '^': BXOR,
  '&': BAND,
  '**': POWER,
};

/** The annotation `e` as CPython's compiler writes it (at the level of a test). */
export function unparseAnnotation(e: ir.Expr, written: (n: ir.Expr) => string): string {
  const ex = (x: ir.Expr, level: number): string => {
    const wrap = (own: number, s: string) => (level > own ? `(${s})` : s);
    switch (x.type) {
      case 'Name':
        return written(x);
      case 'Const':
        return (x.kind === 'str' && written(x).startsWith('u') ? 'u' : '') + constant(x);
      case 'BoolOp': {
        const own = x.op === 'and' ? AND : OR;
        return wrap(own, x.values.map((v) => ex(v, own + 1)).join(` ${x.op} `));
      }
      case 'BinOp': {
        const own = BIN_LEVEL[x.op];
        const right = x.op === '**' ? 1 : 0;
        return wrap(own, `${ex(x.left, own + right)} ${x.op} ${ex(x.right, own + 1 - right)}`);
      }
      case 'UnaryOp':
        if (x.op === 'not') return wrap(NOT, `not ${ex(x.operand, NOT)}`);
        return wrap(FACTOR, `${x.op}${ex(x.operand, FACTOR)}`);
      case 'Lambda': {
        const p = x.params;
        // No space when only keyword-only parameters follow (`lambda*, a: a`), as CPython writes it.
        const space = p.posonly.length + p.args.length > 0 || p.vararg || p.kwarg ? ' ' : '';
        return wrap(TEST, `lambda${space}${paramsText(p, (d) => ex(d, TEST))}: ${ex(x.body, TEST)}`);
      }
      case 'IfExp':
        return wrap(TEST, `${ex(x.body, TEST + 1)} if ${ex(x.test, TEST + 1)} else ${ex(x.orelse, TEST)}`);
      case 'Dict': {
        const items = x.keys.map((k, i) =>
          k === null ? `**${ex(x.values[i], BOR)}` : `${ex(k, TEST)}: ${ex(x.values[i], TEST)}`,
        );
        return `{${items.join(', ')}}`;
      }
      case 'Set':
        return x.elts.length === 0 ? '{*()}' : `{${x.elts.map((v) => ex(v, TEST)).join(', ')}}`;
      case 'List':
        return `[${x.elts.map((v) => ex(v, TEST)).join(', ')}]`;
      case 'Tuple':
        if (x.elts.length === 0) return '()';
        return wrap(TUPLE, items(x.elts));
      case 'ListComp':
        return `[${ex(x.elt, TEST)}${generators(x.generators)}]`;
      case 'SetComp':
        return `{${ex(x.elt, TEST)}${generators(x.generators)}}`;
      case 'GeneratorExp':
        return `(${ex(x.elt, TEST)}${generators(x.generators)})`;
      case 'DictComp':
        return `{${ex(x.key, TEST)}: ${ex(x.value, TEST)}${generators(x.generators)}}`;
      case 'Await':
        return wrap(AWAIT, `await ${ex(x.value, ATOM)}`);
      case 'Yield':
        return x.value === null ? '(yield)' : `(yield ${ex(x.value, TEST)})`;
      case 'YieldFrom':
        return `(yield from ${ex(x.value, TEST)})`;
      case 'Compare': {
        const rest = x.ops.map((op, i) => ` ${op} ${ex(x.comparators[i], CMP + 1)}`).join('');
        return wrap(CMP, ex(x.left, CMP + 1) + rest);
      }
      case 'Call': {
        const only = x.args.length === 1 && x.args[0].kind === 'pos' ? x.args[0].value : null;
        // A lone generator expression argument keeps only its own parentheses.
        if (only?.type === 'GeneratorExp') return `${ex(x.func, ATOM)}${ex(only, TEST)}`;
        const args = x.args.map((a) => {
          if (a.kind === 'pos') return ex(a.value, TEST);
          if (a.kind === 'star') return `*${ex(a.value, BOR)}`;
          if (a.kind === 'dstar') return `**${ex(a.value, BOR)}`;
          return `${a.name}=${ex(a.value, TEST)}`;
        });
        return `${ex(x.func, ATOM)}(${args.join(', ')})`;
      }
      case 'Attribute': {
        // An int needs a space before the dot (`1 .real`).
        const dot = x.value.type === 'Const' && x.value.kind === 'int' ? ' .' : '.';
        return `${ex(x.value, ATOM)}${dot}${x.attr}`;
      }
      case 'Subscript': {
        const index = x.index.type === 'Tuple' && x.index.elts.length > 0 ? items(x.index.elts) : ex(x.index, TUPLE);
        return `${ex(x.value, ATOM)}[${index}]`;
      }
      case 'Slice': {
        const part = (p: ir.Expr | null) => (p === null ? '' : ex(p, TEST));
        return `${part(x.lower)}:${part(x.upper)}${x.step === null ? '' : ':' + part(x.step)}`;
      }
      case 'Starred':
        return `*${ex(x.value, BOR)}`;
      case 'NamedExpr':
        return wrap(TUPLE, `${written(x.target)} := ${ex(x.value, ATOM)}`);
      case 'FString':
        return fstring(x);
    }
  };

  /** A tuple's items, a lone one with its comma. */
  const items = (elts: ir.Expr[]) => elts.map((v) => ex(v, TEST)).join(', ') + (elts.length === 1 ? ',' : '');

  const generators = (gens: ir.ComprehensionFor[]) =>
    gens
      .map(
        (g) =>
          `${g.isAsync ? ' async for ' : ' for '}${ex(g.target, TUPLE)} in ${ex(g.iter, TEST + 1)}` +
          g.ifs.map((c) => ` if ${ex(c, TEST + 1)}`).join(''),
      )
      .join('');

  /** An f-string: its body built, then quoted as a str's repr is. */
  const fstring = (x: ir.FString): string => {
    const body = (parts: ir.FStringPart[]): string =>
      parts
        .map((p) => {
          if (typeof p === 'string') return p.replace(/[{}]/g, (c) => c + c);
          let s = ex(p.expr, TEST + 1);
          if (s.startsWith('{')) s = ' ' + s;
          const conversion = p.conversion ?? (p.debugText !== null && p.spec === null ? 'r' : null);
          const field = `{${s}${conversion ? '!' + conversion : ''}${p.spec ? ':' + body(p.spec) : ''}}`;
          return (p.debugText ?? '').replace(/[{}]/g, (c) => c + c) + field;
        })
        .join('');
    return (x.template ? 't' : 'f') + repr(body(x.parts));
  };

  return ex(e, TEST);
}

function constant(c: ir.Const): string {
  if (c.kind === 'Ellipsis') return '...';
  // Infinite floats (`1e999`) are written so that they read back.
  if (c.kind === 'float' && !Number.isFinite(c.value as number)) return (c.value as number) > 0 ? '1e309' : '-1e309';
  if (c.kind === 'complex' && !Number.isFinite(c.value as number)) return '1e309j';
  return repr(constValue(c));
}

/** A lambda's parameters: `a, /, b=1, *c, d, **e`. */
function paramsText(p: ir.Params, ex: (e: ir.Expr) => string): string {
  const one = (a: ir.Param) => (a.default ? `${a.name}=${ex(a.default)}` : a.name);
  const out = p.posonly.map(one);
  if (p.posonly.length) out.push('/');
  out.push(...p.args.map(one));
  if (p.vararg) out.push('*' + p.vararg.name);
  else if (p.kwonly.length) out.push('*');
  out.push(...p.kwonly.map(one));
  if (p.kwarg) out.push('**' + p.kwarg.name);
  return out.join(', ');
}
