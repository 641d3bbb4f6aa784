/**
 * Compact, span-free s-expression dump of the IR, for readable test expectations.
 *
 *   Name → `x`; Const → `1`, `1.5`, `2.0j`, `'s'` (JSON quoted, double quotes), `b"..."`, True, None, `...`
 *   other nodes → `(Type field field ...)` in declaration order; null → `_`; arrays → `[a b]`;
 *   boolean fields print as `:name` when true and are omitted when false; numbers as `name=N`.
 *   Params print Python-like: `(params a b=1 / c *args d **kw)`.
 *   Call args: positional as is, `(kw name value)`, `(* value)`, `(** value)`.
 */
import type { Expr, Module, Params, Param, Stmt } from '../../../src/lib/ir/types';
import { parse } from '../../../src/lib/parse';

type Any = unknown;

function num(v: number): string {
  if (Number.isInteger(v)) return v.toFixed(1);
  return String(v);
}

function param(p: Param): string {
  let s = p.name;
  if (p.annotation) s += ':' + sx(p.annotation);
  if (p.default) s += '=' + sx(p.default);
  return s;
}

function params(p: Params): string {
  const parts: string[] = [];
  for (const x of p.posonly) parts.push(param(x));
  if (p.posonly.length) parts.push('/');
  for (const x of p.args) parts.push(param(x));
  if (p.vararg) parts.push('*' + param(p.vararg));
  else if (p.kwonly.length) parts.push('*');
  for (const x of p.kwonly) parts.push(param(x));
  if (p.kwarg) parts.push('**' + param(p.kwarg));
  return `(params${parts.map((x) => ' ' + x).join('')})`;
}

export function sx(v: Any): string {
  if (v === null || v === undefined) return '_';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return '[' + v.map(sx).join(' ') + ']';
  const o = v as Record<string, Any>;
  if ('posonly' in o && 'kwarg' in o) return params(o as unknown as Params);
  if (o.type === 'Name') return String(o.id);
  if (o.type === 'Const') {
    switch (o.kind) {
      case 'int':
        return String(o.value);
      case 'float':
        return num(o.value as number);
      case 'complex':
        return num(o.value as number) + 'j';
      case 'str':
        return JSON.stringify(o.value);
      case 'bytes':
        return 'b' + JSON.stringify(o.value);
      case 'bool':
        return o.value ? 'True' : 'False';
      case 'None':
        return 'None';
      case 'Ellipsis':
        return '...';
    }
  }
  if ('kind' in o && !('type' in o) && 'value' in o) {
    // Call argument
    if (o.kind === 'pos') return sx(o.value);
    if (o.kind === 'kw') return `(kw ${o.name} ${sx(o.value)})`;
    if (o.kind === 'star') return `(* ${sx(o.value)})`;
    if (o.kind === 'dstar') return `(** ${sx(o.value)})`;
  }
  const head = typeof o.type === 'string' ? o.type : '';
  const fields: string[] = [];
  for (const [k, val] of Object.entries(o)) {
    if ((k === 'type' && head) || k === 'span' || k === 'classSpan') continue;
    if (typeof val === 'boolean' && head && k !== 'value') {
      if (val) fields.push(':' + k);
      continue;
    }
    if (typeof val === 'number' && k !== 'value') {
      fields.push(`${k}=${val}`);
      continue;
    }
    fields.push(head ? sx(val) : `${k}=${sx(val)}`);
  }
  return head ? `(${head}${fields.map((f) => ' ' + f).join('')})` : `{${fields.join(' ')}}`;
}

/** Parse `src`, insist on no diagnostics, and dump the module body (one statement per line). */
export function dump(src: string): string {
  const r = parse(src);
  if (r.diagnostics.length) {
    throw new Error(
      'unexpected diagnostics: ' + r.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`).join('; '),
    );
  }
  return r.module.body.map((s: Stmt) => sx(s)).join('\n');
}

/** The single expression of a one-line expression statement. */
export function dumpExpr(src: string): string {
  const r = parse(src);
  if (r.diagnostics.length) {
    throw new Error(
      'unexpected diagnostics: ' + r.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`).join('; '),
    );
  }
  const s = r.module.body[0];
  if (!s || s.type !== 'Expr' || r.module.body.length !== 1) throw new Error('not a single expression statement');
  return sx(s.value as Expr);
}

/** Diagnostics as `line:col kind: message` strings. */
export function diags(src: string): string[] {
  return parse(src).diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.kind}: ${d.message}`);
}

export type { Module };
