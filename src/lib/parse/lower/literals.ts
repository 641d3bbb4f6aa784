/** String, bytes and f-string literals: implicit concatenation, escapes, fields, conversions and format specs. */
import type { Expr, FStringField, FStringPart } from '../../ir/types';
import { decodeBody, splitStringToken } from '../strings';
import type { N, LowerContext } from './context';

/** String, FormatString or ContinuedString (implicit concatenation) → Const or FString. */
export function lowerStrings(lx: LowerContext, n: N): Expr {
  const pieces =
    n.name === 'ContinuedString' ? lx.kids(n).filter((c) => c.name === 'String' || c.name === 'FormatString') : [n];
  const span = lx.nspan(n);
  let anyF = false;
  let anyBytes = false;
  let anyStr = false;
  let templates = 0;
  for (const p of pieces) {
    const { prefix } = splitStringToken(lx.text(p));
    if (prefix.bytes) anyBytes = true;
    else anyStr = true;
    if (prefix.format) anyF = true;
    if (prefix.template) templates++;
  }
  if (templates > 0 && templates < pieces.length) {
    lx.error('cannot mix t-string literals with string or bytes literals', n.from, n.to);
  } else if (anyBytes && anyStr) {
    lx.error('cannot mix bytes and nonbytes literals', n.from, n.to);
  }
  if (!anyF) {
    let value = '';
    for (const p of pieces) value += decodePiece(lx, p);
    return { type: 'Const', span, kind: anyBytes && !anyStr ? 'bytes' : 'str', value };
  }
  const parts: FStringPart[] = [];
  const pushText = (s: string) => {
    if (s === '') return;
    if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += s;
    else parts.push(s);
  };
  for (const p of pieces) {
    if (p.name === 'String') pushText(decodePiece(lx, p));
    else
      for (const part of fstringParts(lx, p)) {
        if (typeof part === 'string') pushText(part);
        else parts.push(part);
      }
  }
  return templates > 0 ? { type: 'FString', span, parts, template: true } : { type: 'FString', span, parts };
}

/** Decode one plain string/bytes literal node, reporting escape problems. */
function decodePiece(lx: LowerContext, p: N): string {
  const text = lx.text(p);
  const tok = splitStringToken(text);
  return decodeRange(lx, p.from + tok.bodyFrom, p.from + tok.bodyTo, tok.prefix, false, p);
}

function decodeRange(
  lx: LowerContext,
  from: number,
  to: number,
  prefix: ReturnType<typeof splitStringToken>['prefix'],
  fstring: boolean,
  literal: N,
): string {
  const { value, problems, invalidEscape } = decodeBody(lx.src.slice(from, to), prefix, fstring, lx.unicodeNames);
  if (invalidEscape) {
    // The line CPython names: 3.12 and 3.13 name a plain literal's first line and an f-string's
    // last; 3.14 counts on from there by the lines between the text's start and the escape.
    const { sequence, octal, at } = invalidEscape;
    const index = lx.index;
    const named = index.lineOf(fstring ? literal.to : literal.from);
    const line314 = named + index.lineOf(from + at) - index.lineOf(from);
    lx.escapeWarnings.push({ line: named, line314, sequence, octal });
  }
  for (const pr of problems) {
    if (pr.kind === 'Unsupported') {
      const line = lx.index.lineOf(from + pr.from);
      lx.unsupported.push({
        kind: 'Unsupported',
        message: `${pr.message} (line ${line})`,
        span: lx.span(from + pr.from, from + pr.to),
      });
    } else {
      // CPython reports escape errors at the whole literal.
      lx.error(pr.message, literal.from, literal.to);
    }
  }
  return value;
}

function fstringParts(lx: LowerContext, p: N): FStringPart[] {
  const tok = splitStringToken(lx.text(p));
  const bodyFrom = p.from + tok.bodyFrom;
  const bodyTo = p.from + tok.bodyTo;
  const parts: FStringPart[] = [];
  let pos = bodyFrom;
  for (const c of lx.kids(p)) {
    if (c.name !== 'FormatReplacement') continue;
    if (c.from > pos) parts.push(decodeRange(lx, pos, c.from, tok.prefix, true, p));
    parts.push(fstringField(lx, c, tok.prefix, p));
    pos = c.to;
  }
  if (bodyTo > pos) parts.push(decodeRange(lx, pos, bodyTo, tok.prefix, true, p));
  return parts.filter((x) => x !== '');
}

function fstringField(
  lx: LowerContext,
  n: N,
  prefix: ReturnType<typeof splitStringToken>['prefix'],
  literal: N,
  depth = 0,
): FStringField {
  const k = lx.kids(n);
  const kind = prefix.template ? 't-string' : 'f-string';
  if (depth >= 3) lx.error(`${kind}: expressions nested too deeply`, n.from - 1, n.from);
  const open = k[0];
  let end = k.findIndex(
    (c, i) =>
      i > 0 &&
      (c.name === 'FormatSelfDoc' || c.name === 'FormatConversion' || c.name === 'FormatSpec' || c.name === '}'),
  );
  if (end < 0) end = k.length;
  const exprNodes = k.slice(1, end).filter((c) => !c.type.isError);
  if (exprNodes[0]?.name === 'LambdaExpression') {
    lx.error(`${kind}: lambda expressions are not allowed without parentheses`, exprNodes[0].from, exprNodes[0].from);
  }
  // A t-string's Interpolation keeps the expression's text: from after `{` to its last token.
  const last = exprNodes[exprNodes.length - 1];
  const exprText = prefix.template && last ? lx.src.slice(open ? open.to : n.from, last.to) : undefined;
  const expr = lx.exprList(exprNodes, open ? open.to : n.from);
  let debugText: string | null = null;
  let conversion: FStringField['conversion'] = null;
  let spec: FStringPart[] | null = null;
  for (let i = end; i < k.length; i++) {
    const c = k[i];
    if (c.name === 'FormatSelfDoc') {
      // Python 3.12+: the text from after `{` up to the next part, spaces included: `{x = }` → "x = ".
      const next = k[i + 1];
      debugText = lx.src.slice(open ? open.to : n.from, next ? next.from : c.to);
    } else if (c.name === 'FormatConversion') {
      const ch = lx.text(c)[1];
      conversion = ch === 's' || ch === 'r' || ch === 'a' ? ch : null;
    } else if (c.name === 'FormatSpec') {
      spec = [];
      let pos = c.from + 1; // after ':'
      for (const s of lx.kids(c)) {
        if (s.name !== 'FormatReplacement') continue;
        if (s.from > pos) spec.push(decodeRange(lx, pos, s.from, prefix, true, literal));
        spec.push(fstringField(lx, s, prefix, literal, depth + 1));
        pos = s.to;
      }
      if (c.to > pos) spec.push(decodeRange(lx, pos, c.to, prefix, true, literal));
      spec = spec.filter((x) => x !== '');
    }
  }
  // `f"{x=}"` shows repr(x) unless a conversion or a format spec is given.
  if (debugText !== null && conversion === null && spec === null) conversion = 'r';
  const field: FStringField = { expr, debugText, conversion, spec, span: lx.nspan(n) };
  if (exprText !== undefined) field.exprText = exprText;
  return field;
}
