/**
 * A Python tokenizer, modelled on CPython's (Parser/tokenizer.c).
 *
 * Lezer's Python grammar is lenient about lexical matters (unterminated strings, bad numbers,
 * mismatched brackets, inconsistent indentation) and its error recovery rarely says *why*
 * something is wrong. This scanner re-tokenizes the source the way CPython does so that we can
 *
 *  - report CPython's own tokenizer errors ("unterminated string literal (detected at line 3)",
 *    "'(' was never closed", "unindent does not match any outer indentation level", ...) with
 *    CPython's positions,
 *  - report indentation-related *parser* errors ("unexpected indent", "expected an indented
 *    block after 'if' statement on line 2") that need the INDENT/NEWLINE structure, and
 *  - find the few spots where Lezer's grammar is narrower than Python's (see fixups.ts).
 *
 * Like CPython, scanning stops at the first tokenizer error.
 */
import { COMPOUND_KEYWORDS } from './keywords';

type TokType =
  'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'COMMENT' | 'ERRORTOKEN' | 'ENDMARKER';

export interface Token {
  type: TokType;
  from: number;
  to: number;
  /** Bracket nesting depth before this token. */
  depth: number;
  /** In an f-string token: offsets of `=` right after a field's `:` (a format spec such as `=+5`, not `:=`). */
  specEquals?: number[];
}

interface LexError {
  kind: 'SyntaxError' | 'IndentationError';
  message: string;
  from: number;
  to: number;
  /**
   * "'(' was never closed": found only at the end of the file. CPython lets it replace an
   * earlier generic parser error only when the bracket opened on an earlier line.
   */
  unclosedBracket?: boolean;
  /**
   * Errors CPython's tokenizer signals through its state rather than by raising at once
   * (bad dedent, tab/space mix, stray backslash, EOF): an earlier parser error still wins.
   */
  deferred?: boolean;
  /** For deferred errors: where the parser meets the bad token (line start, backslash). */
  anchor?: number;
}

/** A compound-statement header (`if x:` …) whose block is missing, or an unexpected INDENT. */
export interface BlockProblem {
  kind: 'unexpected-indent' | 'expected-block';
  /** Where the error is reported (first token of the offending line, or end of header line). */
  from: number;
  to: number;
  /** Offset from which a Lezer error is considered a consequence of this problem. */
  anchor: number;
  /** For expected-block: the header keyword ('if', 'def', ...) and its line's start offset. */
  keyword?: string;
  headerFrom?: number;
}

export interface ScanResult {
  tokens: Token[];
  error: LexError | null;
  blockProblems: BlockProblem[];
}

const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '!=',
  '%=',
  '&=',
  '**',
  '*=',
  '+=',
  '-=',
  '//',
  '/=',
  '<<',
  '<=',
  '==',
  '>=',
  '>>',
  '@=',
  '^=',
  '|=',
  '!',
  '%',
  '&',
  '(',
  ')',
  '*',
  '+',
  ',',
  '-',
  '.',
  '/',
  ':',
  ';',
  '<',
  '=',
  '>',
  '@',
  '[',
  ']',
  '^',
  '{',
  '|',
  '}',
  '~',
];

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The string prefixes, lower-cased; `t`, `tr`, `rt` are 3.14's template strings (run.ts refuses them before). */
export const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);

/** Keywords that may directly follow a number without a space (`1if x else y`). */
const NUMBER_FOLLOWERS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

/** Keywords after which an expression continues (inside f-string replacement fields). */
const EXPR_KEYWORDS = new Set([
  'if',
  'else',
  'and',
  'or',
  'not',
  'in',
  'is',
  'lambda',
  'await',
  'for',
  'async',
  'yield',
  'from',
]);

/** Header keywords of compound statements, for "expected an indented block after ...". */
const BLOCK_KEYWORDS = new Set([...COMPOUND_KEYWORDS, 'async']);

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da]/u;

function isIdStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return ID_START.test(ch);
}
export function isIdContinue(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return ID_CONTINUE.test(ch);
}

/** Operators by first character, longest first. */
export const OPS_BY_CHAR = new Map<string, string[]>();
for (const op of OPERATORS) {
  const list = OPS_BY_CHAR.get(op[0]) ?? [];
  list.push(op);
  OPS_BY_CHAR.set(op[0], list);
}
for (const list of OPS_BY_CHAR.values()) list.sort((a, b) => b.length - a.length);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

class ScanStop {}

interface StrCtx {
  start: number;
  quote: string;
  triple: boolean;
  raw: boolean;
  isF: boolean;
}

/**
 * Tokenize `src` (line endings already normalized to `\n`).
 */
export function scan(src: string): ScanResult {
  return new Scanner(src).run();
}

class Scanner {
  tokens: Token[] = [];
  error: LexError | null = null;
  blockProblems: BlockProblem[] = [];
  pos = 0;
  brackets: { ch: string; from: number }[] = [];
  indents = [0];
  altIndents = [0];

  constructor(readonly src: string) {}

  run(): ScanResult {
    try {
      this.scanAll();
    } catch (e) {
      if (!(e instanceof ScanStop)) throw e;
    }
    this.findBlockProblems();
    return { tokens: this.tokens, error: this.error, blockProblems: this.blockProblems };
  }

  fail(
    message: string,
    from: number,
    to = from,
    kind: LexError['kind'] = 'SyntaxError',
    deferred = false,
    anchor?: number,
  ): never {
    // A t-string's errors name it as such.
    if (this.templates[this.templates.length - 1]) message = message.replace('f-string', 't-string');
    // Errors inside f-strings do not replace an earlier parser error either (CPython keeps
    // the parser's error when the tokenizer fails in f-string mode).
    if (/^(unterminated (triple-quoted )?)?[ft]-string/.test(message)) {
      deferred = true;
      // The parser meets the problem at the f-string (Lezer's own errors inside it are noise).
      anchor ??= this.fstringAnchor ?? from;
    }
    this.error = { kind, message, from, to, deferred, anchor };
    throw new ScanStop();
  }

  push(type: TokType, from: number, to: number): void {
    this.tokens.push({ type, from, to, depth: this.brackets.length });
  }

  /** Line number (1-based) of an offset; only used for error messages, so a scan is fine. */
  lineAt(offset: number): number {
    let n = 1;
    for (let i = this.src.indexOf('\n'); i >= 0 && i < offset; i = this.src.indexOf('\n', i + 1)) n++;
    return n;
  }

  /** The line CPython's tokenizer is on when it hits the end of the file. */
  lastLine(): number {
    const s = this.src;
    if (s.length === 0) return 1;
    return this.lineAt(s.endsWith('\n') ? s.length - 1 : s.length);
  }

  scanAll(): void {
    const src = this.src;
    let atLineStart = true;
    // Whether the current logical line has produced a token (else its end is not a NEWLINE).
    let lineHasTokens = false;
    while (true) {
      if (atLineStart && this.brackets.length === 0) {
        atLineStart = false;
        if (this.handleIndentation()) lineHasTokens = true;
      }
      const p = this.pos;
      if (p >= src.length) break;
      const c = src[p];
      if (c === ' ' || c === '\t' || c === '\f') {
        this.pos++;
        continue;
      }
      if (c === '#') {
        let e = src.indexOf('\n', p);
        if (e < 0) e = src.length;
        this.push('COMMENT', p, e);
        this.pos = e;
        continue;
      }
      if (c === '\n') {
        if (this.brackets.length === 0 && lineHasTokens) {
          this.push('NEWLINE', p, p + 1);
          lineHasTokens = false;
        }
        this.pos++;
        // Inside brackets a line break does not start a logical line.
        atLineStart = this.brackets.length === 0;
        continue;
      }
      if (c === '\\') {
        const n = src[p + 1];
        if (n === '\n') {
          // A continuation with nothing after it: the tokenizer meets the end of the file.
          if (p + 2 >= src.length) this.fail('unexpected EOF while parsing', p + 1, p + 1, 'SyntaxError', true, p);
          this.pos += 2;
          continue;
        }
        if (n === undefined) this.fail('unexpected EOF while parsing', p + 1, p + 1, 'SyntaxError', true, p);
        this.fail('unexpected character after line continuation character', p + 1, p + 1, 'SyntaxError', true, p);
      }
      lineHasTokens = true;
      if (isIdStart(c) || (c >= '\ud800' && c <= '\udbff' && isIdStart(src.slice(p, p + 2)))) {
        this.scanNameOrString();
        continue;
      }
      if (isDigit(c) || (c === '.' && isDigit(src[p + 1]))) {
        this.scanNumber();
        continue;
      }
      if (c === '"' || c === "'") {
        this.scanString(p, p, 'STRING');
        continue;
      }
      this.scanOperator();
    }
    // End of file.
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      this.error = {
        kind: 'SyntaxError',
        message: `'${b.ch}' was never closed`,
        from: b.from,
        to: b.from + 1,
        unclosedBracket: true,
      };
      return;
    }
    if (lineHasTokens) this.push('NEWLINE', src.length, src.length);
    for (let i = 1; i < this.indents.length; i++) this.push('DEDENT', src.length, src.length);
    this.indents = [0];
    this.push('ENDMARKER', src.length, src.length);
  }

  /**
   * At the start of a logical line: measure indentation, emit INDENT/DEDENT.
   * Returns false for blank and comment-only lines (which do not count).
   */
  handleIndentation(): boolean {
    const src = this.src;
    let col = 0;
    let altcol = 0;
    let p = this.pos;
    for (; p < src.length; p++) {
      const c = src[p];
      if (c === ' ') {
        col++;
        altcol++;
      } else if (c === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        altcol++;
      } else if (c === '\f') {
        col = altcol = 0;
      } else break;
    }
    this.pos = p;
    const c = src[p];
    if (c === undefined || c === '#' || c === '\n') return false;
    if (c === '\\' && src[p + 1] === '\n') return false;
    const top = this.indents.length - 1;
    const tabError = () =>
      this.fail(
        'inconsistent use of tabs and spaces in indentation',
        this.lineStartOf(p),
        p,
        'IndentationError',
        true,
        this.lineStartOf(p),
      );
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) tabError();
    } else if (col > this.indents[top]) {
      if (altcol <= this.altIndents[top]) tabError();
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push('INDENT', p, p);
    } else {
      // Check the new level before emitting any DEDENT (CPython fails before the dedents).
      let keep = this.indents.length;
      while (keep > 1 && col < this.indents[keep - 1]) keep--;
      if (col !== this.indents[keep - 1]) {
        // CPython points at the end of the line; the first token is more helpful.
        this.fail(
          'unindent does not match any outer indentation level',
          p,
          p,
          'IndentationError',
          true,
          this.lineStartOf(p),
        );
      }
      if (altcol !== this.altIndents[keep - 1]) tabError();
      while (this.indents.length > keep) {
        this.indents.pop();
        this.altIndents.pop();
        this.push('DEDENT', p, p);
      }
    }
    return true;
  }

  lineStartOf(p: number): number {
    return this.src.lastIndexOf('\n', p - 1) + 1;
  }

  scanNameOrString(): void {
    const src = this.src;
    const start = this.pos;
    let p = start;
    while (p < src.length) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) {
          p++;
          continue;
        }
        break;
      }
      const ch = String.fromCodePoint(src.codePointAt(p)!);
      if (!isIdContinue(ch)) break;
      p += ch.length;
    }
    const word = src.slice(start, p);
    const q = src[p];
    if ((q === '"' || q === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
      this.scanString(start, p, 'STRING');
      return;
    }
    this.pos = p;
    this.push('NAME', start, p);
  }

  /**
   * Scan a string literal whose prefix starts at `start` and whose opening quote is at `q`.
   * f-strings are scanned as one token, including their replacement fields.
   */
  scanString(start: number, q: number, type: TokType): void {
    const before = this.specEquals.length;
    const end = this.stringEnd(start, q);
    this.pos = end;
    this.push(type, start, end);
    if (this.specEquals.length > before)
      this.tokens[this.tokens.length - 1].specEquals = this.specEquals.splice(before);
  }

  /** See Token.specEquals. */
  specEquals: number[] = [];

  /** Returns the offset just past the closing quote of the string starting at `start`. */
  stringEnd(start: number, q: number): number {
    const src = this.src;
    const prefix = src.slice(start, q).toLowerCase();
    const quote = src[q];
    const triple = src[q + 1] === quote && src[q + 2] === quote;
    const template = prefix.includes('t');
    const ctx: StrCtx = { start, quote, triple, raw: prefix.includes('r'), isF: prefix.includes('f') || template };
    const outerF = ctx.isF && this.fstringAnchor === null;
    if (outerF) this.fstringAnchor = start;
    if (ctx.isF) this.templates.push(template);
    try {
      return this.stringBodyEnd(ctx, q);
    } finally {
      if (outerF) this.fstringAnchor = null;
      if (ctx.isF) this.templates.pop();
    }
  }

  /** For each f- or t-string being scanned, outermost first: is it a t-string? */
  templates: boolean[] = [];

  /** Start of the outermost f-string being scanned. */
  fstringAnchor: number | null = null;

  stringBodyEnd(ctx: StrCtx, q: number): number {
    const src = this.src;
    const qlen = ctx.triple ? 3 : 1;
    let p = q + qlen;
    while (true) {
      const c = src[p];
      if (c === undefined || (c === '\n' && !ctx.triple)) this.unterminated(ctx, p);
      if (c === '\\') {
        // Even in raw strings a backslash keeps the next character (quote or newline) literal.
        if (src[p + 1] === undefined) this.unterminated(ctx, p + 1);
        if (ctx.isF && (src[p + 1] === '{' || src[p + 1] === '}')) {
          // `\{` does not escape a brace (`rf"C:\{name}"` has a replacement field).
          p += 1;
          continue;
        }
        if (ctx.isF && !ctx.raw && src[p + 1] === 'N' && src[p + 2] === '{') {
          // `\N{NAME}` in an f-string: the braces are not a replacement field.
          const close = src.indexOf('}', p);
          const nl = src.indexOf('\n', p);
          if (close > 0 && (nl < 0 || close < nl || ctx.triple)) {
            p = close + 1;
            continue;
          }
        }
        p += 2;
        continue;
      }
      if (this.atQuote(ctx, p)) return p + qlen;
      if (ctx.isF && c === '{') {
        if (src[p + 1] === '{') {
          p += 2;
          continue;
        }
        p = this.replacementFieldEnd(p, ctx);
        continue;
      }
      if (ctx.isF && c === '}') {
        if (src[p + 1] === '}') {
          p += 2;
          continue;
        }
        this.fail("f-string: single '}' is not allowed", p);
      }
      p++;
    }
  }

  atQuote(ctx: StrCtx, i: number): boolean {
    const src = this.src;
    return src[i] === ctx.quote && (!ctx.triple || (src[i + 1] === ctx.quote && src[i + 2] === ctx.quote));
  }

  unterminated(ctx: StrCtx, at: number): never {
    const kindWord = ctx.isF ? 'f-string' : 'string';
    this.fail(
      ctx.triple
        ? `unterminated triple-quoted ${kindWord} literal (detected at line ${this.lastLine()})`
        : `unterminated ${kindWord} literal (detected at line ${this.lineAt(at)})`,
      ctx.start,
    );
  }

  /**
   * Skip an f-string replacement field starting at the `{` at `open`; returns the offset just
   * past its closing `}`. Nested strings (any quotes, Python 3.12+) and brackets are tracked.
   * A quote equal to the f-string's own quote ends the f-string when it follows an operand at
   * bracket depth 0 (`f'{x'` → "expecting '}'"); elsewhere it starts a nested string.
   */
  replacementFieldEnd(open: number, ctx: StrCtx): number {
    const src = this.src;
    let p = open + 1;
    let depth = 0;
    let sawExpr = false;
    let afterOperand = false;
    while (true) {
      const c = src[p];
      if (c === undefined || (c === '\n' && !ctx.triple)) this.unterminated(ctx, p);
      if (depth === 0 && afterOperand && this.atQuote(ctx, p)) this.fail("f-string: expecting '}'", p);
      if (c === ' ' || c === '\t' || c === '\n') {
        p++;
        continue;
      }
      if (c === '"' || c === "'") {
        if (c === ctx.quote) {
          // A nested string with the f-string's own quote (3.12+). If it does not end, the
          // quote was really the end of the f-string: CPython says "expecting '}'".
          try {
            p = this.stringEnd(p, p);
          } catch (e) {
            if (e instanceof ScanStop && this.error?.message.startsWith('unterminated'))
              this.fail("f-string: expecting '}'", p);
            throw e;
          }
        } else p = this.stringEnd(p, p);
        sawExpr = afterOperand = true;
        continue;
      }
      if (isIdStart(c) || isDigit(c)) {
        let e = p;
        while (e < src.length && (isIdContinue(src[e]) || src[e] === '_' || src[e] === '.')) e++;
        const word = src.slice(p, e).toLowerCase();
        if ((src[e] === '"' || src[e] === "'") && STRING_PREFIXES.has(word)) {
          p = this.stringEnd(p, e);
          afterOperand = true;
        } else {
          p = e;
          // After `if`/`else`/`and`/... a quote starts a nested string.
          afterOperand = !EXPR_KEYWORDS.has(word);
        }
        sawExpr = true;
        continue;
      }
      if (c === '(' || c === '[' || c === '{') {
        depth++;
        p++;
        sawExpr = true;
        afterOperand = false;
        continue;
      }
      if ((c === ')' || c === ']' || c === '}') && depth > 0) {
        depth--;
        p++;
        afterOperand = true;
        continue;
      }
      if (depth === 0) {
        if (c === '}') {
          if (!sawExpr) this.fail("f-string: valid expression required before '}'", p, p + 1);
          return p + 1;
        }
        if (c === '!' && src[p + 1] !== '=') {
          if (!sawExpr) this.fail("f-string: valid expression required before '!'", p, p + 1);
          const conv = src[p + 1];
          if (conv !== 's' && conv !== 'r' && conv !== 'a') {
            if (conv === undefined || conv === '}' || conv === ':' || this.atQuote(ctx, p + 1)) {
              this.fail('f-string: missing conversion character', p + 1);
            }
            this.fail(`f-string: invalid conversion character '${conv}': expected 's', 'r', or 'a'`, p + 1);
          }
          p += 2;
          continue;
        }
        // At the top of a field `:` always starts the format spec, even before `=` (`f"{x:=5}"`).
        if (c === ':') {
          if (!sawExpr) this.fail("f-string: valid expression required before ':'", p, p + 1);
          if (src[p + 1] === '=') this.specEquals.push(p + 1);
          return this.formatSpecEnd(p + 1, ctx);
        }
      }
      if (c === '\\' && !ctx.raw) {
        this.fail('f-string expression part cannot include a backslash', p);
      }
      sawExpr = true;
      afterOperand = false;
      p++;
    }
  }

  /** Skip a format spec (after `:`) up to and including the field's closing `}`. */
  formatSpecEnd(p: number, ctx: StrCtx): number {
    const src = this.src;
    while (true) {
      const c = src[p];
      if (c === undefined || (c === '\n' && !ctx.triple)) this.unterminated(ctx, p);
      if (this.atQuote(ctx, p)) this.fail("f-string: expecting '}'", p);
      if (c === '{') {
        p = this.replacementFieldEnd(p, ctx);
        continue;
      }
      if (c === '}') return p + 1;
      if (c === '\\' && !ctx.raw) {
        p += 2;
        continue;
      }
      p++;
    }
  }

  scanNumber(): void {
    const src = this.src;
    const start = this.pos;
    let p = start;
    // Report "invalid <kind> literal" CPython-style: the column is that of the character
    // *before* the offending one (CPython reports the tokenizer cursor as a 1-based offset).
    const bad = (kind: string, at: number): never => this.fail(`invalid ${kind} literal`, Math.max(start, at - 1));
    const digits = (ok: (c: string) => boolean, kind: string): void => {
      // ok-digit ( '_'? ok-digit )*
      while (true) {
        if (ok(src[p])) {
          p++;
          continue;
        }
        if (src[p] === '_') {
          if (ok(src[p + 1])) {
            p += 2;
            continue;
          }
          bad(kind, p + 1);
        }
        break;
      }
    };
    const endCheck = (kind: string): void => {
      const c = src[p];
      if (c === undefined) return;
      if (c.charCodeAt(0) < 128 && (isIdContinue(c) || c === '_')) {
        for (const kw of NUMBER_FOLLOWERS) if (src.startsWith(kw, p)) return;
        bad(kind, p);
      }
    };
    const isDec = (c: string | undefined) => isDigit(c);
    if (src[p] === '0' && /[xXoObB]/.test(src[p + 1] ?? '')) {
      const k = src[p + 1].toLowerCase();
      const [ok, kind] =
        k === 'x'
          ? [(c: string | undefined) => c !== undefined && /[0-9a-fA-F]/.test(c), 'hexadecimal']
          : k === 'o'
            ? [(c: string | undefined) => c !== undefined && c >= '0' && c <= '7', 'octal']
            : [(c: string | undefined) => c === '0' || c === '1', 'binary'];
      p += 2;
      if (src[p] === '_') p++;
      if (!ok(src[p])) {
        if (isDigit(src[p])) this.fail(`invalid digit '${src[p]}' in ${kind} literal`, p);
        bad(kind, p);
      }
      digits(ok, kind);
      if (isDigit(src[p])) this.fail(`invalid digit '${src[p]}' in ${kind} literal`, p);
      endCheck(kind);
      this.pos = p;
      this.push('NUMBER', start, p);
      return;
    }
    let isFloat = false;
    if (src[p] !== '.') digits(isDec, 'decimal');
    const intEnd = p;
    if (src[p] === '.') {
      isFloat = true;
      p++;
      if (isDigit(src[p])) digits(isDec, 'decimal');
    }
    if (src[p] === 'e' || src[p] === 'E') {
      const e = p;
      p++;
      if (src[p] === '+' || src[p] === '-') {
        p++;
        if (!isDigit(src[p])) bad('decimal', p);
        digits(isDec, 'decimal');
        isFloat = true;
      } else if (!isDigit(src[p])) {
        // `1else`: no exponent after all; the number ends before the 'e' (checked below).
        p = e;
      } else {
        digits(isDec, 'decimal');
        isFloat = true;
      }
    }
    if (src[p] === 'j' || src[p] === 'J') {
      p++;
      endCheck('imaginary');
    } else {
      endCheck('decimal');
      if (!isFloat) {
        // "0777" is not allowed (but "000" is).
        const text = src.slice(start, intEnd).replace(/_/g, '');
        if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text)) {
          this.fail(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            start,
            intEnd,
          );
        }
      }
    }
    this.pos = p;
    this.push('NUMBER', start, p);
  }

  scanOperator(): void {
    const src = this.src;
    const p = this.pos;
    const c = src[p];
    for (const op of OPS_BY_CHAR.get(c) ?? []) {
      if (op.length === 1 || src.startsWith(op, p)) {
        if (op === '(' || op === '[' || op === '{') {
          // CPython's tokenizer keeps at most 200 open brackets (MAXLEVEL).
          if (this.brackets.length >= 200) this.fail('too many nested parentheses', p, p + 1);
          this.brackets.push({ ch: op, from: p });
        } else if (op === ')' || op === ']' || op === '}') {
          const open = this.brackets.pop();
          if (!open) this.fail(`unmatched '${op}'`, p, p + 1);
          if (open.ch !== CLOSERS[op]) {
            const openLine = this.lineAt(open.from);
            const here = this.lineAt(p);
            this.fail(
              openLine === here
                ? `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`
                : `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}' on line ${openLine}`,
              p,
              p + 1,
            );
          }
        }
        this.pos = p + op.length;
        this.tokens.push({
          type: 'OP',
          from: p,
          to: p + op.length,
          depth: this.brackets.length - (op === '(' || op === '[' || op === '{' ? 1 : 0),
        });
        return;
      }
    }
    const cp = src.codePointAt(p)!;
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    // A control character is refused by the tokenizer itself.
    if (cp < 32 || cp === 127) this.fail(`invalid non-printable character U+${hex}`, p, p + 1);
    if (cp < 128) {
      // `$`, `?`, backtick: CPython's tokenizer passes these to the parser → "invalid syntax".
      this.pos = p + 1;
      this.push('ERRORTOKEN', p, p + 1);
      return;
    }
    if (/[\p{C}\p{Z}]/u.test(ch)) this.fail(`invalid non-printable character U+${hex}`, p, p + ch.length);
    this.fail(`invalid character '${ch}' (U+${hex})`, p, p + ch.length);
  }

  /**
   * Find compound-statement headers not followed by an indented block, and INDENTs that no
   * header asked for. Works on the token stream, one logical line at a time.
   */
  findBlockProblems(): void {
    const toks = this.tokens;
    let lineStart = 0; // index of the first token of the current logical line
    const significant = (i: number) => toks[i].type !== 'COMMENT';
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.type === 'INDENT') {
        // Expected only right after a NEWLINE that ends a `...:` header.
        let j = i - 1;
        while (j >= 0 && !significant(j)) j--;
        let k = j - 1;
        while (k >= 0 && !significant(k)) k--;
        const okHeader = j >= 0 && toks[j].type === 'NEWLINE' && k >= 0 && this.text(toks[k]) === ':';
        if (!okHeader) {
          const next = toks[i + 1];
          this.blockProblems.push({
            kind: 'unexpected-indent',
            from: t.from,
            to: next ? next.to : t.to,
            anchor: t.from,
          });
        }
        lineStart = i + 1;
        continue;
      }
      if (t.type === 'DEDENT') {
        lineStart = i + 1;
        continue;
      }
      if (t.type !== 'NEWLINE') continue;
      let k = i - 1;
      while (k >= lineStart && !significant(k)) k--;
      let first = lineStart;
      while (first < i && !significant(first)) first++;
      if (k >= first && this.text(toks[k]) === ':' && toks[k].depth === 0) {
        // Is this a block header? Look at the first keyword of the logical line.
        let kw = this.text(toks[first]);
        if (kw === 'async' && toks[first + 1]) kw = this.text(toks[first + 1]);
        if (toks[first].type === 'NAME' && BLOCK_KEYWORDS.has(kw)) {
          let n = i + 1;
          while (n < toks.length && !significant(n)) n++;
          if (n < toks.length && toks[n].type !== 'INDENT') {
            // CPython complains at the next statement (after any dedents), or at the end
            // of the file's last line.
            let m = n;
            while (m < toks.length && (toks[m].type === 'DEDENT' || !significant(m))) m++;
            let reportFrom: number;
            let reportTo: number;
            if (!toks[m] || toks[m].type === 'ENDMARKER') {
              reportFrom = reportTo = this.src.endsWith('\n') ? this.src.length - 1 : this.src.length;
            } else {
              reportFrom = toks[m].from;
              reportTo = toks[m].to;
            }
            if (kw === 'except' && toks[first + 1] && this.text(toks[first + 1]) === '*') kw = 'except*';
            this.blockProblems.push({
              kind: 'expected-block',
              from: reportFrom,
              to: reportTo,
              anchor: t.from,
              keyword: kw,
              headerFrom: toks[first].from,
            });
          }
        }
      }
      lineStart = i + 1;
    }
  }

  text(t: Token): string {
    return this.src.slice(t.from, t.to);
  }
}
