/**
 * Property tests: `parse` never throws, and every diagnostic (and every statement) has a span
 * inside the source, for random text, random token soups and random edits of real programs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span, Stmt } from '../../../src/lib/ir/types';
import { parse } from '../../../src/lib/parse';
import { HARD_KEYWORDS } from '../../../src/lib/parse/keywords';
import { corpus } from './corpus';

function checkSpan(span: Span, text: string, what: string): void {
  const ok =
    Number.isInteger(span.from) &&
    Number.isInteger(span.to) &&
    span.from >= 0 &&
    span.from <= span.to &&
    span.to <= text.length &&
    span.line >= 1 &&
    span.endLine >= span.line &&
    span.col >= 0 &&
    span.endCol >= 0;
  if (!ok) throw new Error(`${what} span out of range: ${JSON.stringify(span)} (length ${text.length})`);
  // line/col must agree with the offsets.
  const before = text.slice(0, span.from).split('\n');
  if (before.length !== span.line || before[before.length - 1].length !== span.col) {
    throw new Error(`${what} line/col disagree with offset: ${JSON.stringify(span)}`);
  }
}

function walkStmts(body: Stmt[], f: (s: Stmt) => void): void {
  for (const s of body) {
    f(s);
    for (const v of Object.values(s)) {
      if (Array.isArray(v) && v.length && typeof v[0] === 'object' && v[0] && 'type' in v[0] && 'span' in v[0]) {
        walkStmts(
          v.filter(
            (x) => x && typeof x === 'object' && 'span' in x && typeof x.type === 'string' && /^[A-Z]/.test(x.type),
          ) as Stmt[],
          f,
        );
      }
    }
  }
}

function check(source: string): void {
  const text = source.replace(/\r\n?/g, '\n');
  let r: ReturnType<typeof parse>;
  try {
    r = parse(source);
  } catch (e) {
    throw new Error(`parse threw on ${JSON.stringify(source)}: ${e}`, { cause: e });
  }
  for (const d of r.diagnostics) {
    checkSpan(d.span, text, `diagnostic "${d.message}"`);
    // The lowering's safety net must not be what caught a problem.
    if (d.message.includes('internal parser error')) throw new Error(`${d.message} on ${JSON.stringify(source)}`);
  }
  walkStmts(r.module.body, (s) => checkSpan(s.span, text, s.type));
  // Diagnostics come in source order.
  for (let i = 1; i < r.diagnostics.length; i++)
    expect(r.diagnostics[i].span.from).toBeGreaterThanOrEqual(r.diagnostics[i - 1].span.from);
}

const KEYWORDS = [...HARD_KEYWORDS, 'match', 'case', 'type', 'print', '_'];
const PUNCT = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  ';',
  '.',
  '...',
  '=',
  '==',
  '!=',
  '+',
  '-',
  '*',
  '**',
  '/',
  '//',
  '%',
  '@',
  '<<',
  '>>',
  '&',
  '|',
  '^',
  '~',
  '<',
  '>',
  '<=',
  '>=',
  ':=',
  '->',
  '+=',
  '\\',
  '#',
  '!',
  '$',
  '?',
];
const ATOMS = [
  'x',
  'foo',
  '1',
  '1.',
  '.5',
  '0x1F',
  '1_000',
  '2j',
  "'s'",
  '"s"',
  "f'{x}'",
  'f"{x!r:>{w}}"',
  "b'\\x00'",
  "'''t'''",
  "r'\\d'",
  "'",
  '"',
  'f"{',
];
const SPACE = [' ', '  ', '\n', '\n    ', '\n  ', '\t', '\r\n', ''];

const token = fc.oneof(
  fc.constantFrom(...KEYWORDS),
  fc.constantFrom(...PUNCT),
  fc.constantFrom(...ATOMS),
  fc.constantFrom(...SPACE),
);
const soup = fc
  .array(fc.tuple(token, fc.constantFrom(' ', '', '\n', '    ')), { maxLength: 60 })
  .map((ts) => ts.map(([a, b]) => a + b).join(''));

const programs = corpus().map(([, src]) => src);
// Always have something to mutate, even without the shared corpus.
programs.push(
  'import asyncio\n\nasync def main(n: int = 3) -> None:\n    """Doc."""\n    tasks = [asyncio.create_task(work(i)) for i in range(n)]\n    for t in asyncio.as_completed(tasks):\n        print(f"{await t!r:>10}")\n\nasyncio.run(main())\n',
  'match cmd:\n    case [x, *rest] if x:\n        pass\n    case {"k": v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n',
  'try:\n    with (open(a) as f, open(b) as g):\n        pass\nexcept* (ValueError, TypeError) as eg:\n    raise\nfinally:\n    del x\n',
);

type Edit = { kind: 'delete' | 'duplicate' | 'insert'; at: number; ch: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'insert'),
  at: fc.nat(),
  ch: fc.constantFrom(...'()[]{}:,.=\'"\\#\n \tabcxyz019+-*/@!{}f'.split('')),
});
function mutate(src: string, edits: Edit[]): string {
  let s = src;
  for (const e of edits) {
    const at = s.length ? e.at % (s.length + 1) : 0;
    if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + 1);
    else if (e.kind === 'duplicate') s = s.slice(0, at) + s.slice(at, at + 1) + s.slice(at);
    else s = s.slice(0, at) + e.ch + s.slice(at);
  }
  return s;
}

describe('parse never throws and keeps spans inside the source', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 500 });
  });
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), check), { numRuns: 300 });
  });
  it('token soups of keywords, punctuation and literals', () => {
    fc.assert(fc.property(soup, check), { numRuns: 1500 });
  });
  it('random edits of real programs', () => {
    fc.assert(
      fc.property(fc.nat({ max: programs.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) =>
        check(mutate(programs[i], edits)),
      ),
      { numRuns: 1500 },
    );
  });
  it('known tricky inputs', () => {
    for (const s of [
      '',
      '\n',
      '\\',
      '(',
      ')',
      '"',
      "'''",
      'f"{',
      'f"{x',
      'f"{x!',
      'f"{x:{',
      '@',
      'def',
      'lambda',
      'match x:\n case',
      '\ufeffx = 1',
      'x = 1\r\ny',
      '\t\n \n\t\tx',
      'if x:\n\tpass\n        pass',
      '['.repeat(300),
      '('.repeat(50) + ')'.repeat(50),
    ]) {
      check(s);
    }
  });
});
