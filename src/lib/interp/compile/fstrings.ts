/** f-strings: fields, conversions (`!r`, `!s`, `!a`), `=` self-documentation and format specs. */
import type * as ir from '../../ir/types';
import { repr, str } from '../../runtime/ops';
import { pyFormat } from '../../runtime/types/format';
import type { X, GX, CompileContext } from './context';
import { suspends } from './suspends';
import { run } from '../../runtime/run';
import { call } from '../../runtime/ops';
import type { PyValue } from '../../runtime/core';
import { importModule } from '../state';

/**
 * Where an error converting or formatting a field is reported: the field with its braces (3.12+),
 * the whole f-string in 3.11.
 */
export function fieldPos(cx: CompileContext, p: ir.FStringField, whole: ir.Span): ir.Span | null {
  if (!cx.positions) return null;
  return run.minor <= 11 ? whole : (p.span ?? whole);
}

export function compileFString(cx: CompileContext, parts: ir.FStringPart[], whole: ir.Span): X {
  const fns = parts.map((p): X => {
    if (typeof p === 'string') return () => p;
    const x = cx.expr(p.expr);
    const spec = p.spec ? compileFString(cx, p.spec, whole) : null;
    const conv = p.conversion ?? (p.debugText !== null && !p.spec ? 'r' : null);
    const prefix = p.debugText ?? '';
    const pos = fieldPos(cx, p, whole);
    return (f) => {
      let v = x(f);
      if (pos !== null && (conv !== null || spec !== null || typeof v !== 'string')) f.pos = pos;
      if (conv === 'r') v = repr(v);
      else if (conv === 's') v = str(v);
      else if (conv === 'a') v = asciiOf(repr(v));
      const sp = spec ? (spec(f) as string) : '';
      if (spec !== null && pos !== null) f.pos = pos;
      return prefix + (sp === '' && typeof v === 'string' ? v : pyFormat(v, sp));
    };
  });
  if (fns.length === 1) return fns[0];
  return (f) => {
    let s = '';
    for (const fn of fns) s += fn(f) as string;
    return s;
  };
}

/** string.templatelib's class `name` (Template, Interpolation): the module is imported the first time. */
function templateClass(name: string): PyValue {
  return importModule('string.templatelib').dict!.get(name)!;
}

/**
 * A t-string (3.14): `Template(*pieces)`, each field an `Interpolation(value, expression text,
 * conversion, format spec)` whose conversion and spec are kept, not applied (the spec's own
 * fields are evaluated into its text).
 */
export function compileTString(cx: CompileContext, e: ir.FString): X {
  const fns = e.parts.map((p): X => {
    if (typeof p === 'string') return () => p;
    const x = cx.expr(p.expr);
    const spec = p.spec ? compileFString(cx, p.spec, e.span) : null;
    const conv = p.conversion ?? (p.debugText !== null && !p.spec ? 'r' : null);
    return (f) => interpolation(x(f), p, conv, spec ? (spec(f) as string) : '');
  });
  return (f) => {
    const pieces: PyValue[] = [];
    fns.forEach((fn, i) => {
      const p = e.parts[i];
      if (typeof p !== 'string' && p.debugText !== null) pieces.push(p.debugText);
      pieces.push(fn(f));
    });
    return call(templateClass('Template'), pieces, null);
  };
}

export function compileTStringSuspending(cx: CompileContext, e: ir.FString): GX {
  const parts = e.parts.map((p) => {
    if (typeof p === 'string') return { p, x: null, spec: null };
    let spec: GX | null = null;
    if (p.spec) spec = compileFStringSuspending(cx, { type: 'FString', span: e.span, parts: p.spec });
    return { p, x: cx.gx(p.expr), spec };
  });
  return function* (f) {
    const pieces: PyValue[] = [];
    for (const { p, x, spec } of parts) {
      if (typeof p === 'string' || x === null) {
        pieces.push(p as string);
        continue;
      }
      if (p.debugText !== null) pieces.push(p.debugText);
      const v = yield* x(f);
      const sp = spec ? ((yield* spec(f)) as string) : '';
      pieces.push(interpolation(v, p, p.conversion ?? (p.debugText !== null && !p.spec ? 'r' : null), sp));
    }
    return call(templateClass('Template'), pieces, null);
  };
}

function interpolation(value: PyValue, p: ir.FStringField, conv: string | null, spec: string): PyValue {
  return call(templateClass('Interpolation'), [value, p.exprText ?? '', conv, spec], null);
}

export function compileFStringSuspending(cx: CompileContext, e: ir.FString): GX {
  const parts = e.parts.map((p) => {
    if (typeof p === 'string') return { lit: p, pos: null, x: null, conv: null, spec: null, prefix: '' };
    // A spec whose fields suspend (`{x:>{await width()}}`, a call in a thread) is one itself.
    let spec: GX | null = null;
    if (p.spec) {
      const parts = p.spec;
      if (parts.some((q) => typeof q !== 'string' && suspends(q.expr)))
        spec = compileFStringSuspending(cx, { ...e, parts });
      else {
        const plain = compileFString(cx, parts, e.span);
        spec = function* (f) {
          return plain(f);
        };
      }
    }
    return {
      lit: '',
      pos: fieldPos(cx, p, e.span),
      x: cx.gx(p.expr),
      conv: p.conversion ?? (p.debugText !== null && !p.spec ? 'r' : null),
      spec,
      prefix: p.debugText ?? '',
    };
  });
  return function* (f) {
    let s = '';
    for (const p of parts) {
      if (!p.x) {
        s += p.lit;
        continue;
      }
      let v = yield* p.x(f);
      if (p.pos !== null) f.pos = p.pos;
      if (p.conv === 'r') v = repr(v);
      else if (p.conv === 's') v = str(v);
      else if (p.conv === 'a') v = asciiOf(repr(v));
      const sp = p.spec ? ((yield* p.spec(f)) as string) : '';
      if (p.pos !== null) f.pos = p.pos;
      s += p.prefix + pyFormat(v, sp);
    }
    return s;
  };
}

function asciiOf(s: string): string {
  return s.replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}
