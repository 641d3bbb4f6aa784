/**
 * Reading a pattern (or a replacement template) one token at a time, as CPython's re._parser does:
 * a token is one character or a backslash with the character after it; positions count code points.
 */

import { trail } from './cpython-frames';

/** A bad pattern: re.error's message and position (null when CPython gives none). */
export class ReError extends Error {
  /** CPython's parser calls it was raised inside (cpython-frames.ts), and the raising statement's site. */
  readonly calls = trail.slice();
  site: string | null = null;
  constructor(
    readonly msg: string,
    readonly pos: number | null,
    /** The Python exception: re.error, or OverflowError/ValueError for a few checks. */
    readonly kind:
      'error' | 'OverflowError' | 'ValueError' | 'IndexError' | 'RecursionError' | 'NotImplementedError' = 'error',
  ) {
    super(msg);
  }
}

export class Tokens {
  private index = 0;
  /** The token at the read position; null at the end. */
  next: string | null = null;
  /** How many code points `next` spans (1, or 2 with its backslash). */
  private nextLen = 0;
  readonly chars: string[];

  constructor(text: string) {
    this.chars = Array.from(text);
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      this.nextLen = 0;
      return;
    }
    let char = this.chars[index];
    this.nextLen = 1;
    if (char === '\\') {
      index++;
      if (index >= this.chars.length) throw new ReError('bad escape (end of pattern)', this.chars.length - 1);
      char += this.chars[index];
      this.nextLen = 2;
    }
    this.index = index + 1;
    this.next = char;
  }

  match(char: string): boolean {
    if (char === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  /** Up to n tokens from `charset`. */
  getWhile(n: number, charset: string): string {
    let out = '';
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      out += c;
      this.advance();
    }
    return out;
  }

  /** The text up to `terminator` (consumed); errors name what was missing. */
  getUntil(terminator: string, name: string): string {
    let out = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!out) throw this.error(`missing ${name}`);
        throw this.error(`missing ${terminator}, unterminated name`, Array.from(out).length);
      }
      if (c === terminator) {
        if (!out) throw this.error(`missing ${name}`, 1);
        break;
      }
      out += c;
    }
    return out;
  }

  tell(): number {
    return this.index - this.nextLen;
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(msg: string, offset = 0): ReError {
    return new ReError(msg, this.tell() - offset);
  }

  /** CPython's check of a group name: a Python identifier. */
  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name))
      throw this.error(`bad character in group name ${pyRepr(name)}`, Array.from(name).length + offset);
  }
}

function isIdentifier(name: string): boolean {
  return /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(name);
}

/** repr() of a str, enough for error messages (quotes chosen as Python does). */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

export const DIGITS = '0123456789';
export const OCTDIGITS = '01234567';
export const HEXDIGITS = '0123456789abcdefABCDEF';
export const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
