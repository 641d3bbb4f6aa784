/**
 * Where a SyntaxError raised by compile(), exec() or eval() points, as each CPython version fills
 * its fields: the line's text (or None), offset, end line and end offset, and the exception class.
 *
 * The parser's diagnostics (src/lib/parse) carry a span of the offending source; the fields CPython
 * gives depend on which of its stages raised the error:
 *
 *  - the tokenizer raising at once (a bad number, an unmatched bracket, an invalid character): the
 *    text is the line without its newline and the error is a point (end offset = offset), except
 *    "leading zeros", which spans the zeros;
 *  - the tokenizer's deferred states: "unexpected indent" (offset = the indent's width), a dedent
 *    to no outer level (offset = the line's length with its newline) and "unexpected EOF while
 *    parsing" end at -1, as does "expected an indented block"; a mix of tabs and spaces (a
 *    TabError), a stray character after a backslash and an unclosed bracket end at 0;
 *  - the parser at a NEWLINE token: 3.12 gave the token a width of one column, 3.11 none;
 *  - the symbol table and compiler: no text (CPython reads the line back from the file named,
 *    which a text compiled at run time does not have). A `__future__` error points at the
 *    statement with no end offset before 3.14, at the feature's name since.
 */
import type * as ir from '../ir/types';

/** Line, offset, text, end line and end offset of a SyntaxError, and its class. */
export interface SyntaxFields {
  kind: string;
  line: number;
  offset: number;
  text: string | null;
  endLine: number;
  endOffset: number | null;
}

/** Errors of CPython's compiler (past the parser) that Loopline's parser reports while lowering. */
const COMPILER_MESSAGE = /^cannot assign to __debug__$/;

/** Errors CPython's tokenizer raises at once: their text is the line without its newline. */
function tokenizerRaised(message: string, minor: number): boolean {
  return (
    /^unterminated (triple-quoted )?(f-|t-)?string literal/.test(message) ||
    / prefixes are incompatible$/.test(message) ||
    (minor >= 12 && message === "f-string: single '}' is not allowed") ||
    POINT_ERROR.test(message) ||
    message.startsWith('leading zeros in decimal integer literals')
  );
}

/** Tokenizer errors raised where the tokenizer stands: a point (end offset = offset). */
const POINT_ERROR =
  /^(unmatched '.'|closing parenthesis '.' does not match opening parenthesis '.'( on line \d+)?|invalid character '.*' \(U\+[0-9A-F]+\)|invalid non-printable character U\+[0-9A-F]+|invalid (decimal|hexadecimal|octal|binary) literal|invalid digit '.' in (octal|binary) literal|too many nested parentheses)$/;

/** The end offset of errors CPython reports with a fixed one, by message. */
function fixedEnd(kind: string, message: string, span: ir.Span): number | null {
  if (message === 'unexpected indent' || message === 'unindent does not match any outer indentation level') return -1;
  // (Met at the end of the text: at a token, the token's end.)
  if (kind === 'IndentationError' && message.startsWith('expected an indented block') && span.to === span.from)
    return -1;
  if (message === 'unexpected EOF while parsing') return -1;
  if (message.endsWith(' was never closed')) return 0;
  if (message === 'unexpected character after line continuation character') return 0;
  if (message === 'inconsistent use of tabs and spaces in indentation') return 0;
  return null;
}

/**
 * The fields CPython 3.`minor` gives the error `d` of the text of `lines` (its lines without their
 * newlines). `exec`: the text was compiled with a newline at its end (exec mode), as the
 * tokenizer reads it.
 */
export function syntaxFields(d: ir.Diagnostic, lines: string[], exec: boolean, minor: number): SyntaxFields {
  const { kind, message, span } = d;
  const line = lines[span.line - 1];
  const compiler = d.compiler === true || COMPILER_MESSAGE.test(message);
  const tokenizer = tokenizerRaised(message, minor);
  // The tokenizer's own buffer holds the line it stands on with the newline it read (exec()
  // compiles the text with a newline at its end; eval() as it is); a line before comes back without.
  const text =
    line === undefined || compiler
      ? null
      : (exec || span.line < lines.length) &&
          !tokenizer &&
          !(message.endsWith(' was never closed') && span.line < lines.length)
        ? line + '\n'
        : line;
  const fields: SyntaxFields = {
    kind: message === 'inconsistent use of tabs and spaces in indentation' ? 'TabError' : kind,
    line: span.line,
    offset: span.col + 1,
    text,
    endLine: span.endLine,
    endOffset: span.endCol + 1,
  };
  if (compiler && /^(not a chance|future feature \w+ is not defined)$/.test(message))
    return futureFields(fields, line, message, minor);
  if (message === 'unexpected indent') fields.offset = span.col;
  else if (message === 'unindent does not match any outer indentation level' && line !== undefined)
    fields.offset = line.length + 1;
  const fixed = fixedEnd(kind, message, span);
  if (fixed !== null) return { ...fields, endLine: span.line, endOffset: fixed };
  if (message.startsWith('leading zeros in decimal integer literals') && line !== undefined) {
    const zeros = /^[0_]*/.exec(line.slice(span.col))![0].length;
    return { ...fields, endLine: span.line, endOffset: fields.offset + zeros };
  }
  if (POINT_ERROR.test(message)) return { ...fields, endLine: span.line, endOffset: fields.offset };
  if (
    line !== undefined &&
    span.endLine === span.line + 1 &&
    span.endCol === 0 &&
    /^(#.*)?$/.test(line.slice(span.col))
  ) {
    // The parser failed at the NEWLINE token ending the line (with the comment before it): its
    // line break one column wide since 3.12.
    const wide = minor >= 12 && message !== "Expected one or more names after 'import'";
    return { ...fields, endLine: span.line, endOffset: line.length + 1 + (wide ? 1 : 0) };
  }
  return fields;
}

/** future.c's error: the statement's start and no end before 3.14; the feature's name since. */
function futureFields(fields: SyntaxFields, line: string | undefined, message: string, minor: number): SyntaxFields {
  if (minor < 14 || line === undefined) return { ...fields, endLine: fields.line, endOffset: null };
  const name = message === 'not a chance' ? 'braces' : message.split(' ')[2];
  const at = line.slice(fields.offset - 1).search(new RegExp(`\\bimport\\b[\\s\\S]*?\\b${name}\\b`));
  if (at < 0) return fields;
  const from = line.indexOf(name, fields.offset - 1 + at + 'import'.length);
  return { ...fields, offset: from + 1, endLine: fields.line, endOffset: from + 1 + name.length };
}
