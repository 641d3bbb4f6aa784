/**
 * Choosing and wording the syntax error, the way CPython does.
 *
 * CPython reports exactly one SyntaxError per compile. Several sources compete here:
 *
 *  - tokenizer errors from scan.ts (unterminated strings, bad numbers, bracket mismatches,
 *    bad dedents). CPython re-tokenizes the rest of the file after a parser error and lets a
 *    tokenizer error replace it (`_PyPegen_tokenize_full_source_to_check_for_errors`); an
 *    unclosed bracket found at the end of the file replaces it only when the bracket opened on
 *    an earlier line than the parser error, or when the parser ran into the end of the file;
 *  - "unexpected indent" / "expected an indented block after ..." from the token structure;
 *  - the first error node in Lezer's tree, worded from its surroundings ("expected ':'",
 *    "Perhaps you forgot a comma?", "Missing parentheses in call to 'print'", ...);
 *  - errors the lowering found in trees Lezer accepts (`f() = 1`, `f(a=1, b)`).
 *
 * Among the parser-level ones the earliest in the source wins.
 */
import { COMPOUND_KEYWORDS, HARD_KEYWORDS } from './keywords';
import type { SyntaxNode } from '@lezer/common';
import type { LineIndex } from './positions';
import type { BlockProblem, ScanResult, Token } from './scan';

export interface PendingError {
  /** 'Unsupported' for valid Python that Lezer's grammar cannot read. */
  kind: 'SyntaxError' | 'IndentationError' | 'Unsupported';
  message: string;
  from: number;
  to: number;
  /** Where the parser was when it failed (for the unclosed-bracket rule); defaults to `from`. */
  failAt?: number;
  /** Lowering errors: the statement they were found in. */
  stmtFrom?: number;
  stmtTo?: number;
}

const VALUE_KEYWORDS = new Set(['True', 'False', 'None']);

const BLOCK_NAMES: Record<string, string> = {
  def: 'function definition',
  class: 'class definition',
};

export function chooseSyntaxError(
  src: string,
  index: LineIndex,
  top: SyntaxNode,
  scanned: ScanResult,
  loweringErrors: PendingError[],
): PendingError | null {
  const tokens = scanned.tokens;
  const lexError = scanned.error;

  // Parser-level candidates; the earliest wins (ties: the more specific, rank 0).
  const candidates: { err: PendingError; at: number; rank: number }[] = [];
  const errNodes = errorNodes(top);
  const errNode = errNodes[0];
  if (errNode) {
    const e = explainLezerError(src, tokens, errNode);
    candidates.push({ err: e, at: e.from, rank: 1 });
  }
  for (const b of scanned.blockProblems) candidates.push({ err: blockError(index, b), at: b.anchor, rank: 0 });
  for (const e of loweringErrors) {
    // Errors found while lowering a statement Lezer could not parse are recovery artefacts.
    const broken = e.stmtFrom !== undefined && errNodes.some((n) => n.from >= e.stmtFrom! && n.from <= e.stmtTo!);
    if (!broken) candidates.push({ err: e, at: e.from, rank: 0 });
  }
  if (lexError && lexError.deferred) {
    // Reached by the parser in order: it wins unless a parser error comes before it.
    candidates.push({
      err: { kind: lexError.kind, message: lexError.message, from: lexError.from, to: lexError.to },
      at: lexError.anchor ?? lexError.from,
      rank: -1,
    });
  }
  if (lexError && !lexError.deferred && !lexError.unclosedBracket) {
    // Past the tokenizer error the tree means nothing; only earlier problems are real.
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].at >= lexError.from) candidates.splice(i, 1);
  }
  candidates.sort((a, b) => a.at - b.at || a.rank - b.rank);
  const parserError = candidates[0]?.err ?? null;

  if (lexError && !lexError.deferred && !lexError.unclosedBracket) {
    // CPython re-tokenizes the whole file after a parser error: a raised tokenizer error
    // replaces it, except "unexpected indent" (which is not re-checked).
    if (parserError && parserError.kind === 'IndentationError' && parserError.message === 'unexpected indent')
      return parserError;
    return { kind: lexError.kind, message: lexError.message, from: lexError.from, to: lexError.to };
  }
  if (lexError && lexError.unclosedBracket) {
    if (!parserError) return { kind: 'SyntaxError', message: lexError.message, from: lexError.from, to: lexError.to };
    const bracketLine = index.lineOf(lexError.from);
    const errLine = index.lineOf(parserError.failAt ?? parserError.from);
    const lastSig = lastSignificantEnd(tokens, src);
    if (bracketLine < errLine || parserError.from >= lastSig) {
      return { kind: 'SyntaxError', message: lexError.message, from: lexError.from, to: lexError.to };
    }
  }
  return parserError;
}

function lastSignificantEnd(tokens: Token[], src: string): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (
      t.type !== 'COMMENT' &&
      t.type !== 'NEWLINE' &&
      t.type !== 'DEDENT' &&
      t.type !== 'ENDMARKER' &&
      t.type !== 'INDENT'
    )
      return t.to;
  }
  return src.length;
}

function blockError(index: LineIndex, b: BlockProblem): PendingError {
  if (b.kind === 'unexpected-indent')
    return { kind: 'IndentationError', message: 'unexpected indent', from: b.from, to: b.from };
  const kw = b.keyword ?? 'if';
  const what = BLOCK_NAMES[kw] ?? `'${kw}' statement`;
  const line = index.lineOf(b.headerFrom ?? b.from);
  return {
    kind: 'IndentationError',
    message: `expected an indented block after ${what} on line ${line}`,
    from: b.from,
    to: b.to,
  };
}

/** Error nodes in document order, skipping the ones that are not errors in Python (see `isBenign`). */
export function errorNodes(top: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  top.toTree().iterate({
    enter: (ref) => {
      if (ref.type.isError) {
        const node = ref.node;
        if (!isBenign(node)) found.push(node);
      }
    },
  });
  return found;
}

/**
 * Lezer's grammar requires a value after `yield`; a bare `yield` (valid Python) leaves an
 * empty error node right after the keyword.
 */
function isBenign(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  const prev = node.prevSibling;
  // Bare `yield`: Lezer wants a value after the keyword.
  if (
    node.from === node.to &&
    prev &&
    prev.name === 'yield' &&
    (parent.name === 'YieldExpression' || parent.name === 'YieldStatement') &&
    !node.nextSibling
  ) {
    return true;
  }
  // Empty patterns (`case []:`, `case ():`, `case {}:`, `case C():`): Lezer's grammar wants at
  // least one item. Its recovery either wraps the closing bracket in an error node or inserts
  // an empty LiteralPattern holding one.
  if (EMPTY_OK.has(parent.name) && node.to - node.from === 1 && CLOSERS.has(node.firstChild?.name ?? '')) {
    return !!prev && OPENERS.has(prev.name) && !prev.prevSibling;
  }
  const grand = parent.parent;
  if (
    node.from === node.to &&
    parent.name === 'LiteralPattern' &&
    parent.from === parent.to &&
    grand &&
    EMPTY_OK.has(grand.name)
  ) {
    const before = parent.prevSibling;
    const after = parent.nextSibling;
    return !!before && OPENERS.has(before.name) && !before.prevSibling && !!after && CLOSERS.has(after.name);
  }
  return false;
}

const EMPTY_OK = new Set(['SequencePattern', 'MappingPattern', 'PatternArgList']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** Index of the first token with from >= offset (binary search). */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].from < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isOperandEnd(t: Token, text: string): boolean {
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME') return !HARD_KEYWORDS.has(text) || VALUE_KEYWORDS.has(text);
  return text === ')' || text === ']' || text === '}';
}

function isOperandStart(t: Token, text: string): boolean {
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME')
    return (
      !HARD_KEYWORDS.has(text) || VALUE_KEYWORDS.has(text) || text === 'lambda' || text === 'not' || text === 'await'
    );
  return text === '(' || text === '[' || text === '{';
}

/** Word a Lezer error node like CPython would. */
function explainLezerError(src: string, tokens: Token[], node: SyntaxNode): PendingError {
  const e = explain(src, tokens, node);
  if (e.failAt === undefined) {
    // Generic errors: CPython's error rules may have read one more expression.
    e.failAt =
      e.message.endsWith('invalid syntax') || e.message.endsWith('Perhaps you forgot a comma?')
        ? furthestToken(src, tokens, e.from)
        : e.from;
  }
  return e;
}

const BINARY = new Set([
  '+',
  '-',
  '*',
  '/',
  '//',
  '%',
  '**',
  '@',
  '<<',
  '>>',
  '&',
  '|',
  '^',
  '==',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  'and',
  'or',
  'in',
  'is',
  'not',
  'if',
  'else',
  '.',
]);
const UNARY = new Set(['-', '+', '~', 'not', 'await']);

/**
 * Approximates the furthest token CPython's PEG parser looked at before giving up: its error
 * rules parse one more expression after the failing token and peek at the token after it.
 * (Used only to decide whether an unclosed bracket on an earlier line wins.)
 */
function furthestToken(src: string, tokens: Token[], at: number): number {
  const tx = (t: Token) => src.slice(t.from, t.to);
  const skipGroup = (i: number): number => {
    // tokens[i] is an opening bracket: index after its match (or the end).
    const d = tokens[i].depth;
    for (let k = i + 1; k < tokens.length; k++) {
      if (tokens[k].depth === d && tokens[k].type === 'OP' && /^[)\]}]$/.test(tx(tokens[k]))) return k + 1;
    }
    return tokens.length;
  };
  const skipOperand = (i: number): number => {
    const t = tokens[i];
    if (!t) return i;
    const s = tx(t);
    if (UNARY.has(s)) return skipOperand(i + 1);
    if (
      (t.type === 'NAME' && (!HARD_KEYWORDS.has(s) || VALUE_KEYWORDS.has(s))) ||
      t.type === 'NUMBER' ||
      t.type === 'STRING'
    )
      i++;
    else if (s === '(' || s === '[' || s === '{') i = skipGroup(i);
    else return i;
    for (;;) {
      const u = tokens[i];
      if (!u) return i;
      const v = tx(u);
      if (v === '.' && tokens[i + 1]?.type === 'NAME') i += 2;
      else if (v === '(' || v === '[') i = skipGroup(i);
      else return i;
    }
  };
  let i = tokenAt(tokens, at);
  while (
    i < tokens.length &&
    (tokens[i].type === 'COMMENT' || tokens[i].type === 'INDENT' || tokens[i].type === 'DEDENT')
  )
    i++;
  if (i >= tokens.length) return src.length;
  const start = i;
  // `except E as e[`: after an `as` target no expression follows.
  if (i >= 2 && tx(tokens[i - 2]) === 'as') return tokens[i].from;
  // CPython's "a b" rules only apply after a complete operand (`async (` stops at the `(`).
  const before = tokens[i - 1];
  if (!before || !isOperandEnd(before, tx(before))) return tokens[i].from;
  let j = skipOperand(i);
  // After a stray `=` CPython's rules read the value (`x{k = f(...)`); otherwise they stop.
  if (j === i) j = tx(tokens[i]) === '=' ? skipOperand(i + 1) : i;
  while (j > start && j < tokens.length && BINARY.has(tx(tokens[j]))) {
    const k = skipOperand(j + 1);
    if (k === j + 1) break;
    j = k;
  }
  const last = Math.max(j, start);
  return last < tokens.length ? tokens[last].from : src.length;
}

function explain(src: string, tokens: Token[], node: SyntaxNode): PendingError {
  const tx = (t: Token) => src.slice(t.from, t.to);
  const sig = (t: Token) => t.type !== 'COMMENT' && t.type !== 'INDENT' && t.type !== 'DEDENT';
  let i = tokenAt(tokens, node.from);
  while (i < tokens.length && !sig(tokens[i])) i++;
  const fail = tokens[i];
  if (!fail) return { kind: 'SyntaxError', message: 'invalid syntax', from: node.from, to: node.to };
  const field = enclosingField(node);
  const prefix = field ? 'f-string: ' : '';
  const generic: PendingError = {
    kind: 'SyntaxError',
    message: `${prefix}invalid syntax`,
    from: fail.from,
    to: fail.to,
  };
  if (field) {
    // f'{lambda x: 1}': the ':' starts the format spec.
    const text = src.slice(field.from + 1, field.to).trimStart();
    if (/^lambda\b/.test(text)) {
      const at = field.from + 1 + (src.slice(field.from + 1).length - src.slice(field.from + 1).trimStart().length);
      return {
        kind: 'SyntaxError',
        message: 'f-string: lambda expressions are not allowed without parentheses',
        from: at,
        to: at,
      };
    }
    return generic;
  }

  // The logical line around the failing token.
  let start = i;
  while (
    start > 0 &&
    tokens[start - 1].type !== 'NEWLINE' &&
    tokens[start - 1].type !== 'INDENT' &&
    tokens[start - 1].type !== 'DEDENT'
  )
    start--;
  while (start < i && !sig(tokens[start])) start++;
  let prev = i - 1;
  while (prev >= start && !sig(tokens[prev])) prev--;
  const prevTok = prev >= start ? tokens[prev] : null;
  const first = tokens[start];
  let headKw = first && first.type === 'NAME' ? tx(first) : '';
  if (headKw === 'async' && tokens[start + 1]) headKw = tx(tokens[start + 1]);

  // print "hello"  →  Missing parentheses (Python 2 statements)
  if (
    first &&
    (tx(first) === 'print' || tx(first) === 'exec') &&
    prev === start &&
    isOperandStart(fail, tx(fail)) &&
    fail.type !== 'OP'
  ) {
    let end = i;
    while (end < tokens.length && tokens[end].type !== 'NEWLINE' && tokens[end].type !== 'ENDMARKER') end++;
    return {
      kind: 'SyntaxError',
      message: `Missing parentheses in call to '${tx(first)}'. Did you mean ${tx(first)}(...)?`,
      from: first.from,
      to: tokens[end - 1].to,
    };
  }

  // a[*b]: star-unpacking in a subscript (Python 3.11+) is beyond Lezer's grammar.
  if (tx(fail) === '*' && prevTok && (tx(prevTok) === '[' || tx(prevTok) === ',') && fail.depth > 0) {
    let k = prev;
    let depth = 0;
    for (; k >= 0; k--) {
      const s = tx(tokens[k]);
      if (s === ')' || s === ']' || s === '}') depth++;
      else if (s === '(' || s === '[' || s === '{') {
        if (depth === 0) break;
        depth--;
      }
    }
    const open = tokens[k];
    const before = tokens[k - 1];
    if (open && tx(open) === '[' && before && isOperandEnd(before, tx(before))) {
      return {
        kind: 'Unsupported',
        message: `Star-unpacking inside a subscript such as a[*b] (line ${lineOf(src, fail.from)}) is valid Python, but Loopline cannot read it`,
        from: fail.from,
        to: fail.to,
      };
    }
  }

  // def f:  /  def f x():  (the name must be followed by the parameter list)
  if (
    prevTok &&
    prevTok.type === 'NAME' &&
    prev - 1 >= start &&
    tx(tokens[prev - 1]) === 'def' &&
    tx(fail) !== '(' &&
    tx(fail) !== '['
  ) {
    return { kind: 'SyntaxError', message: "expected '('", from: fail.from, to: fail.to };
  }

  // del *a
  if (tx(fail) === '*' && prevTok && tx(prevTok) === 'del') {
    const next = tokens[i + 1];
    return {
      kind: 'SyntaxError',
      message: 'cannot delete starred',
      from: fail.from,
      to: next && next.type === 'NAME' ? next.to : fail.to,
    };
  }

  // def f(*args=1) / def f(**kw=1)
  if (tx(fail) === '=' && prevTok && prevTok.type === 'NAME' && prev - 1 >= start) {
    const star = tx(tokens[prev - 1]);
    if (star === '*' || star === '**') {
      const message =
        star === '*'
          ? 'var-positional argument cannot have default value'
          : 'var-keyword argument cannot have default value';
      return { kind: 'SyntaxError', message, from: fail.from, to: fail.to };
    }
  }

  if (fail.type === 'NEWLINE' || fail.type === 'ENDMARKER') {
    // import / from x import  (nothing to import)
    if (prevTok && tx(prevTok) === 'import' && prevTok.type === 'NAME') {
      return {
        kind: 'SyntaxError',
        message: "Expected one or more names after 'import'",
        from: fail.from,
        to: fail.to,
      };
    }
    // if x  /  def f()  (missing ':' at the end of a compound statement header)
    if (COMPOUND_KEYWORDS.has(headKw)) {
      let hasColon = false;
      for (let k = start; k < i; k++) if (tokens[k].depth === 0 && tx(tokens[k]) === ':') hasColon = true;
      const kwIndex = tx(first) === 'async' ? start + 1 : start;
      const hasContent = prev > kwIndex;
      const needsContent = !['else', 'try', 'finally', 'except'].includes(headKw);
      const defOk =
        headKw !== 'def' ||
        (prevTok !== null &&
          (tx(prevTok) === ')' || tokens.slice(start, i).some((t) => t.depth === 0 && tx(t) === '->')));
      if (!hasColon && (hasContent || !needsContent) && defOk) {
        return { kind: 'SyntaxError', message: "expected ':'", from: fail.from, to: fail.to };
      }
    }
  }

  // f(True=1)
  if (
    tx(fail) === '=' &&
    prevTok &&
    (tx(prevTok) === 'True' || tx(prevTok) === 'False' || tx(prevTok) === 'None') &&
    fail.depth > 0
  ) {
    return { kind: 'SyntaxError', message: `cannot assign to ${tx(prevTok)}`, from: prevTok.from, to: prevTok.to };
  }

  // if x = 1:
  if (tx(fail) === '=' && (headKw === 'if' || headKw === 'elif' || headKw === 'while') && prevTok && fail.depth === 0) {
    let k = i + 1;
    while (k < tokens.length && tokens[k].type !== 'NEWLINE' && !(tokens[k].depth === 0 && tx(tokens[k]) === ':')) k++;
    const from = operandStart(tokens, prev, src);
    // A target other than a name is named, at itself (`if a.b = 1:`).
    const what =
      from === prevTok.from
        ? prevTok.type === 'NAME'
          ? null
          : literalName(prevTok)
        : '([{'.includes(src[from])
          ? null
          : compoundName(tx(prevTok), src[prevTok.from - 1]);
    if (what !== null) {
      const message = `cannot assign to ${what} here. Maybe you meant '==' instead of '='?`;
      return { kind: 'SyntaxError', message, from, to: prevTok.to };
    }
    return {
      kind: 'SyntaxError',
      message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      from,
      to: tokens[k - 1].to,
    };
  }

  // x = 1 if y   (conditional expression without else)
  if (fail.type === 'NEWLINE' || tx(fail) === ')' || tx(fail) === ']' || tx(fail) === ',') {
    for (let k = i - 1; k > start; k--) {
      const t = tokens[k];
      if (t.depth !== fail.depth) continue;
      const s = tx(t);
      if (s === 'else' || s === '=' || s === ',' || s === '(' || s === '[') break;
      if (s === 'if' && t.type === 'NAME' && k > start) {
        const before = tokens[k - 1];
        if (isOperandEnd(before, tx(before))) {
          return {
            kind: 'SyntaxError',
            message: "expected 'else' after 'if' expression",
            from: operandStart(tokens, k - 1, src),
            to: prevTok ? prevTok.to : fail.from,
          };
        }
        break;
      }
    }
  }

  // The innermost open bracket around the failing token, and what precedes it.
  let openIdx = -1;
  for (let k = i - 1, depth = 0; k >= 0; k--) {
    const v = tx(tokens[k]);
    if (v === ')' || v === ']' || v === '}') depth++;
    else if (v === '(' || v === '[' || v === '{') {
      if (depth === 0) {
        openIdx = k;
        break;
      }
      depth--;
    }
    if (tokens[k].type === 'NEWLINE') break;
  }
  const inDefParams =
    openIdx >= 2 &&
    tx(tokens[openIdx]) === '(' &&
    tokens[openIdx - 1].type === 'NAME' &&
    tx(tokens[openIdx - 2]) === 'def';
  const inCall =
    openIdx >= 1 &&
    tx(tokens[openIdx]) === '(' &&
    isOperandEnd(tokens[openIdx - 1], tx(tokens[openIdx - 1])) &&
    !inDefParams;

  // def f((a, b)):
  if (inDefParams && tx(fail) === '(' && prev === openIdx && tokens[i + 1]?.type === 'NAME') {
    const close = matchClose(tokens, i, src);
    return {
      kind: 'SyntaxError',
      message: 'Function parameters cannot be parenthesized',
      from: fail.from,
      to: close ? close.to : fail.to,
    };
  }

  // f(a.b=1)  /  f(0.5=)  /  f(a + 1=2): from the argument's expression (without the brackets
  // of a parenthesized one, as CPython's node for it) to the `=`.
  if (tx(fail) === '=' && inCall && prevTok && isOperandEnd(prevTok, tx(prevTok))) {
    const isPlainName = operandStart(tokens, prev, src) === prevTok.from && prevTok.type === 'NAME';
    if (!isPlainName) {
      let [first, last] = [argumentStart(tokens, i, openIdx, src), prev];
      while (first < last && tx(tokens[first]) === '(' && matchClose(tokens, first, src) === tokens[last])
        [first, last] = [first + 1, last - 1];
      return {
        kind: 'SyntaxError',
        message: 'expression cannot contain assignment, perhaps you meant "=="?',
        from: tokens[first].from,
        to: fail.to,
      };
    }
  }

  // {1: }  (a key with no value)
  if (
    (tx(fail) === '}' || tx(fail) === ',') &&
    prevTok &&
    tx(prevTok) === ':' &&
    openIdx >= 0 &&
    tx(tokens[openIdx]) === '{'
  )
    return {
      kind: 'SyntaxError',
      message: "expression expected after dictionary key and ':'",
      from: prevTok.from,
      to: prevTok.to,
    };

  // [x, y for x, y in z]  (a tuple target without its parentheses)
  if (tx(fail) === 'for' && prevTok && openIdx >= 0 && (tx(tokens[openIdx]) === '[' || tx(tokens[openIdx]) === '{')) {
    let comma = false;
    for (let k = openIdx + 1; k < i; k++) if (tokens[k].depth === fail.depth && tx(tokens[k]) === ',') comma = true;
    if (comma) {
      const message = 'did you forget parentheses around the comprehension target?';
      return { kind: 'SyntaxError', message, from: tokens[openIdx + 1].from, to: prevTok.to };
    }
  }

  // [x for i ina range(3)]
  if (fail.depth > 0 && prevTok && isOperandEnd(prevTok, tx(prevTok))) {
    for (let k = i - 1; k > openIdx && k >= 0; k--) {
      const v = tx(tokens[k]);
      if (tokens[k].depth !== fail.depth) continue;
      if (v === 'in' || v === ':' || v === '=') break;
      if (v === 'for' && tokens[k].type === 'NAME') {
        return { kind: 'SyntaxError', message: "'in' expected after for-loop variables", from: fail.from, to: fail.to };
      }
    }
  }

  // f(a b)  →  Perhaps you forgot a comma?  (only inside brackets)
  if (
    fail.depth > 0 &&
    !inDefParams &&
    prevTok &&
    isOperandEnd(prevTok, tx(prevTok)) &&
    isOperandStart(fail, tx(fail)) &&
    !(prevTok.type === 'NAME' && fail.type === 'STRING')
  ) {
    const prevNode = node.prevSibling;
    const from =
      prevNode && prevNode.to <= fail.from && prevNode.to >= prevTok.to - 0 && !prevNode.type.isError
        ? prevNode.from
        : operandStart(tokens, prev, src);
    return {
      kind: 'SyntaxError',
      message: 'invalid syntax. Perhaps you forgot a comma?',
      from,
      to: fail.to,
      failAt: furthestToken(src, tokens, fail.from),
    };
  }
  return generic;
}

function lineOf(src: string, offset: number): number {
  let n = 1;
  for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1)) n++;
  return n;
}

/** The token closing the bracket opened at token index i. */
/** What CPython calls a one-token operand other than a name. */
function literalName(t: Token): string | null {
  return t.type === 'NUMBER' || t.type === 'STRING' ? 'literal' : null;
}

/** What CPython calls an operand of several tokens, from its last token (and the character before it). */
function compoundName(last: string, before: string | undefined): string | null {
  if (last === ')') return 'function call';
  if (last === ']') return 'subscript';
  return before === '.' ? 'attribute' : null;
}

/** Index of the first token of the call argument that token `i` is in (`open`: the call's bracket). */
function argumentStart(tokens: Token[], i: number, open: number, src: string): number {
  const depth = tokens[i].depth;
  let k = i - 1;
  while (k > open && !(tokens[k].depth === depth && src.slice(tokens[k].from, tokens[k].to) === ',')) k--;
  return k + 1;
}

function matchClose(tokens: Token[], i: number, src: string): Token | null {
  const d = tokens[i].depth;
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k].depth === d && /^[)\]}]$/.test(src.slice(tokens[k].from, tokens[k].to))) return tokens[k];
  }
  return null;
}

/** Start of the simple operand ending at token index k (walks back over `a.b.c` and brackets). */
function operandStart(tokens: Token[], k: number, src: string): number {
  const tx = (t: Token) => src.slice(t.from, t.to);
  let j = k;
  for (;;) {
    const t = tokens[j];
    const s = tx(t);
    if (s === ')' || s === ']' || s === '}') {
      // Walk back to the matching open bracket.
      let depth = 0;
      while (j >= 0) {
        const u = tx(tokens[j]);
        if (u === ')' || u === ']' || u === '}') depth++;
        else if (u === '(' || u === '[' || u === '{') depth--;
        if (depth === 0) break;
        j--;
      }
      if (j <= 0) return tokens[Math.max(j, 0)].from;
      const before = tokens[j - 1];
      if (
        before &&
        (before.type === 'NAME' || tx(before) === ')' || tx(before) === ']') &&
        !HARD_KEYWORDS.has(tx(before))
      ) {
        j--;
        continue;
      }
      return tokens[j].from;
    }
    if (j > 0 && tx(tokens[j - 1]) === '.') {
      j -= 2;
      if (j < 0) return tokens[0].from;
      continue;
    }
    return t.from;
  }
}

/** The innermost f-string replacement field (or f-string) around a node. */
function enclosingField(node: SyntaxNode): SyntaxNode | null {
  for (let p: SyntaxNode | null = node.parent; p; p = p.parent) {
    if (p.name === 'FormatReplacement' || p.name === 'FormatString') return p;
  }
  return null;
}
