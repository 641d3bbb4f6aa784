/**
 * Same-length edits that let Lezer's Python grammar accept valid Python it does not know.
 *
 * Lezer parses a *copy* of the source in which a few characters are replaced; every edit keeps
 * the length, so node offsets in the tree are offsets in the real source, and the lowering
 * always reads names, numbers and strings from the real source. The edits:
 *
 *  - `t"..."` (3.14's t-strings): the `t` of the prefix becomes `f`; the lowering reads the real one.
 *  - `1.` (a float with nothing after the dot): Lezer's Number token needs a digit after the
 *    dot, so the dot becomes `0` (`10`, `10e5`, `10j`); the value is read from the source.
 *  - `lambda a, /, b: ...`: Lezer's lambda parameters have no `/`; it becomes `*`, and the
 *    lowering reads the real character.
 *  - `print`: Lezer has a Python 2 `print x` statement that also fires on valid Python 3 such
 *    as `print = log`; renaming it to `Print` makes it an ordinary name.
 *  - `with (a as b, c as d):` (parenthesised context managers, Python 3.9+): the parentheses
 *    become spaces, and line breaks and comments inside them become spaces too.
 *  - Decorators that are not `name.name(args)` (PEP 614: `@x[0]`, `@(lambda f: f)`), `with`
 *    targets that are not plain names (`with a as (x, y):`, `with a as self.x:`), a
 *    comprehension's `for` targets with a bare starred one (`[b for *_, b in rows]`, also in an
 *    f-string's replacement field) and a
 *    `match` subject that is a tuple without brackets (`match a, b:`) or has a conditional, `not`,
 *    `and`/`or` or a comparison at its top level, which Lezer's grammar lacks: the region is replaced by the placeholder name `_` padded with
 *    spaces, and recorded in `regions`; so are an `except` clause's types separated by commas
 *    without brackets (3.14's PEP 758), a subscript whose items include a starred one
 *    (`tuple[int, *Ts]`, 3.11's PEP 646; with a slice among them, `a[1:2, *b]`, each starred item) and a starred annotation of `*args` (`*args: *Ts`); the
 *    lowering parses the region's text on its own (see `subExpression` in lower/subexpressions.ts).
 */
import type { Token } from './scan';
import { isOperandEnd } from './syntax-errors';

export interface Region {
  from: number;
  to: number;
  what:
    | 'decorator'
    | 'with-target'
    | 'comprehension-target'
    | 'match-subject'
    | 'except-types'
    | 'subscript-starred'
    | 'subscript-star-item'
    | 'star-annotation'
    | 'type-param-default'
    | 'type-param-bound'
    | 'type-params-empty';
}

export interface ParseText {
  /** What Lezer parses. */
  text: string;
  /** `text` without the placeholders: what a region's own parse reads. */
  baseText: string;
  /** Placeholder regions, keyed by start offset. */
  regions: Map<number, Region>;
}

/** Top-level operators and keywords that make a `match` subject wider than Lezer's grammar allows. */
const MATCH_SUBJECT_WIDE_OPS = new Set([',', '<', '>', '==', '!=', '<=', '>=']);
const MATCH_SUBJECT_WIDE_WORDS = new Set(['if', 'not', 'and', 'or', 'is', 'in']);

export function buildParseText(src: string, tokens: Token[]): ParseText {
  const edits = new Map<number, string>();
  const placeholderEdits = new Map<number, string>();
  const regions = new Map<number, Region>();
  const tx = (t: Token) => src.slice(t.from, t.to);
  const isSig = (t: Token) => t.type !== 'COMMENT';

  // Matching close bracket for each open bracket token index.
  const match = new Map<number, number>();
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'OP' || t.to - t.from !== 1) return;
    const s = src[t.from];
    if (s === '(' || s === '[' || s === '{') stack.push(i);
    else if (s === ')' || s === ']' || s === '}') {
      const o = stack.pop();
      if (o !== undefined) match.set(o, i);
    }
  });

  /** Is the backslash at `p` outside every string and comment token? */
  const isContinuation = (p: number): boolean => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid];
      if (t.to <= p) lo = mid + 1;
      else if (t.from > p) hi = mid - 1;
      else return false; // inside a token (string or comment)
    }
    return true;
  };

  /** Blank the gaps between tokens i..j (line breaks, comments) so Lezer sees one line. */
  const flatten = (i: number, j: number) => {
    for (let k = i; k <= j; k++) {
      const t = tokens[k];
      if (t.type === 'COMMENT') for (let p = t.from; p < t.to; p++) edits.set(p, ' ');
      if (k < j) {
        for (let p = t.to; p < tokens[k + 1].from; p++) {
          if (src[p] === '\n') edits.set(p, ' ');
        }
      }
    }
  };

  const placeholder = (from: number, to: number, what: Region['what'], i: number, j: number) => {
    flatten(i, j);
    placeholderEdits.set(from, '_');
    for (let p = from + 1; p < to; p++) placeholderEdits.set(p, ' ');
    regions.set(from, { from, to, what });
  };
  /** A placeholder over the significant tokens `sig` (indices), first to last. */
  const placeholderOver = (sig: number[], what: Region['what']) =>
    placeholder(tokens[sig[0]].from, tokens[sig[sig.length - 1]].to, what, sig[0], sig[sig.length - 1]);

  let stmtStart = true;
  // Indentation level, and the levels of the `match` bodies it is inside (`case` is a keyword there).
  let level = 0;
  const matchBodies: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'COMMENT') continue;
    if (t.type === 'INDENT') level++;
    if (t.type === 'DEDENT') {
      level--;
      while (matchBodies.length > 0 && matchBodies[matchBodies.length - 1] > level) matchBodies.pop();
    }
    if (stmtStart && t.type === 'NAME' && tx(t) === 'match' && opensBlock(i)) {
      matchBodies.push(level + 1);
      fixMatchSubject(i);
    }
    const atStart = stmtStart;
    stmtStart = t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT';
    if (t.type === 'NUMBER') {
      const s = tx(t);
      const dot = s.indexOf('.');
      // Not when another `.digit` follows (`0..4` must stay an error, not become `00.4`).
      const next = src.slice(t.to, t.to + 2);
      if (dot >= 0 && !/[0-9]/.test(s[dot + 1] ?? '') && !/^0[xob]/i.test(s) && !/^\.[0-9]/.test(next))
        edits.set(t.from + dot, '0');
      continue;
    }
    if (t.type === 'STRING' && /^[rR]?[fFtT][rR]?['"]/.test(tx(t))) {
      fixFString(t);
      continue;
    }
    if (t.type === 'NAME' && t.to - t.from === 6 && tx(t) === 'lambda') {
      // Lezer's lambda parameters lack the positional-only `/`: make it a `*` (see params()).
      for (let k = i + 1; k < tokens.length; k++) {
        const u = tokens[k];
        if (u.depth === t.depth && (tx(u) === ':' || u.type === 'NEWLINE')) break;
        if (u.depth === t.depth && u.type === 'OP' && tx(u) === '/') edits.set(u.from, '*');
      }
      continue;
    }
    if (t.type === 'NAME' && t.to - t.from === 5 && tx(t) === 'print') {
      edits.set(t.from, 'P');
      continue;
    }
    if (!atStart && t.depth > 0 && t.type === 'NAME' && t.to - t.from === 3 && tx(t) === 'for') {
      fixComprehensionTarget(i);
      continue;
    }
    if (t.type === 'OP' && tx(t) === '[' && !atStart) fixStarredSubscript(i);
    if (!atStart) continue;
    if (t.type === 'OP' && tx(t) === '@') {
      // Decorator: the expression runs to the end of the logical line.
      let end = i + 1;
      while (end < tokens.length && tokens[end].type !== 'NEWLINE' && tokens[end].type !== 'ENDMARKER') end++;
      const sig: number[] = [];
      for (let k = i + 1; k < end; k++) if (isSig(tokens[k])) sig.push(k);
      if (sig.length > 0 && !isPlainDecorator(sig, tokens, tx, match)) {
        placeholderOver(sig, 'decorator');
      }
      continue;
    }
    let w = i;
    if (t.type === 'NAME' && tx(t) === 'async' && tokens[i + 1]) w = i + 1;
    if (tokens[w].type === 'NAME' && tx(tokens[w]) === 'with') fixWith(w);
    if (t.type === 'NAME' && tx(t) === 'case' && level === matchBodies.at(-1)) fixCase(i);
    if (t.type === 'NAME' && tx(t) === 'except') fixExceptTypes(i);
    if (t.type === 'NAME' && (tx(t) === 'def' || tx(t) === 'class' || tx(t) === 'type')) fixTypeParamDefaults(i);
    if (t.type === 'NAME' && tx(t) === 'async' && tokens[i + 1] && tx(tokens[i + 1]) === 'def')
      fixTypeParamDefaults(i + 1);
    if (t.type === 'NAME' && tx(t) === 'def') fixStarAnnotation(i);
  }

  /**
   * A subscript with a starred item at its top level (`tuple[int, *Ts]`, `Generic[*Ts]`, PEP 646):
   * its items become a placeholder region, parsed on its own as a tuple. One with a slice among its
   * items (`a[1:2, *b]`) is left to Lezer (and reported as not read).
   */
  function fixStarredSubscript(o: number): void {
    const close = match.get(o);
    if (close === undefined) return;
    let p = o - 1;
    while (p >= 0 && tokens[p].type === 'COMMENT') p--;
    if (p < 0 || !isOperandEnd(tokens[p], tx(tokens[p]))) return;
    // Not a subscript: a `case`/`match` pattern or subject (`case [a, *rest]:`), type parameters
    // (`class C[*Ts]:`, `def f[*Ts]()`, `type A[*Ts] = ...`).
    const startsStatement = (k: number) => k === 0 || ['NEWLINE', 'INDENT', 'DEDENT'].includes(tokens[k - 1].type);
    const word = tx(tokens[p]);
    if ((word === 'case' || word === 'match') && startsStatement(p)) return;
    const before = p > 0 ? tx(tokens[p - 1]) : '';
    if (before === 'def' || before === 'class' || (before === 'type' && startsStatement(p - 1))) return;
    const depth = tokens[o].depth + 1;
    let sliced = false;
    let itemStart = true;
    const sig: number[] = [];
    // The top-level items that start with a star: [first, last] token indices.
    const stars: [number, number][] = [];
    for (let k = o + 1; k < close; k++) {
      const u = tokens[k];
      if (!isSig(u)) continue;
      sig.push(k);
      if (u.depth !== depth) continue;
      const s = tx(u);
      if (s === ':') sliced = true;
      if (s === ',' && stars.length > 0 && stars[stars.length - 1][1] < 0)
        stars[stars.length - 1][1] = sig[sig.length - 2];
      if (itemStart && s === '*') stars.push([k, -1]);
      itemStart = s === ',';
    }
    if (stars.length === 0) return;
    if (!sliced) {
      placeholderOver(sig, 'subscript-starred');
      return;
    }
    // `a[1:2, *b]`: the items may be slices, which a tuple cannot hold, so each starred item is
    // a region of its own ('subscript-star-item') and the slices stay Lezer's.
    for (const [first, last] of stars) {
      const end = last < 0 ? sig[sig.length - 1] : last;
      placeholder(tokens[first].from, tokens[end].to, 'subscript-star-item', first, end);
    }
  }

  /**
   * `def f(*args: *Ts)` (PEP 646): Lezer's annotations take no star, so the starred annotation of
   * the `*` parameter becomes a placeholder region, from its star to the end of the parameter.
   */
  function fixStarAnnotation(d: number): void {
    let k = d + 1;
    while (k < tokens.length && !(tokens[k].depth === tokens[d].depth && tx(tokens[k]) === '(')) {
      if (tokens[k].type === 'NEWLINE' || tokens[k].type === 'ENDMARKER') return;
      k++;
    }
    const close = match.get(k);
    if (close === undefined) return;
    const depth = tokens[k].depth + 1;
    for (let a = k + 1; a + 3 < close; a++) {
      const [star, name, colon, star2] = [tokens[a], tokens[a + 1], tokens[a + 2], tokens[a + 3]];
      if (star.depth !== depth || tx(star) !== '*' || name.type !== 'NAME' || tx(colon) !== ':' || tx(star2) !== '*')
        continue;
      let end = a + 4;
      while (end < close && !(tokens[end].depth === depth && tx(tokens[end]) === ',')) end++;
      let last = end - 1;
      while (last > a + 3 && !isSig(tokens[last])) last--;
      if (last === a + 3) return;
      placeholder(star2.from, tokens[last].to, 'star-annotation', a + 3, last);
      return;
    }
  }

  /**
   * PEP 696's defaults (`def f[T = int]`, 3.13), which Lezer's type parameters lack: each `= expr`
   * at the top level of the brackets after `def NAME`, `class NAME` or `type NAME` is blanked for
   * Lezer, and the expression recorded as a region (from the `=`) that the lowering parses alone.
   */
  function fixTypeParamDefaults(d: number): void {
    const open = tokens[d + 2];
    if (!open || tokens[d + 1].type !== 'NAME' || tx(open) !== '[') return;
    const close = match.get(d + 2);
    if (close === undefined) return;
    if (close === d + 3) {
      // `def f[]`: an error in every version; Lezer reads the name without the brackets.
      for (let p = open.from; p < tokens[close].to; p++) placeholderEdits.set(p, ' ');
      regions.set(open.from, { from: open.from, to: tokens[close].to, what: 'type-params-empty' });
      return;
    }
    const depth = open.depth + 1;
    for (let k = d + 3; k < close; k++) {
      const u = tokens[k];
      const starred = (tx(u) === '*' || tx(u) === '**') && tokens[k + 1]?.type === 'NAME';
      if (u.depth === depth && starred && tokens[k + 2] && tx(tokens[k + 2]) === ':') {
        // `*Ts: int`, an error Lezer's grammar does not know: the bound is blanked and kept as a region.
        let end = k + 3;
        while (end < close && !(tokens[end].depth === depth && (tx(tokens[end]) === ',' || tx(tokens[end]) === '=')))
          end++;
        const colon = tokens[k + 2];
        const to = tokens[end - 1].to;
        for (let p = colon.from; p < to; p++) placeholderEdits.set(p, ' ');
        regions.set(colon.from, { from: colon.from, to, what: 'type-param-bound' });
        k = end - 1;
        continue;
      }
      if (u.depth !== depth || tx(u) !== '=') continue;
      let end = k + 1;
      while (end < close && !(tokens[end].depth === depth && tx(tokens[end]) === ',')) end++;
      const sig: number[] = [];
      for (let b = k + 1; b < end; b++) if (isSig(tokens[b])) sig.push(b);
      if (sig.length === 0) continue;
      flatten(k, sig[sig.length - 1]);
      const to = tokens[sig[sig.length - 1]].to;
      for (let p = u.from; p < to; p++) placeholderEdits.set(p, ' ');
      regions.set(u.from, { from: tokens[sig[0]].from, to, what: 'type-param-default' });
      k = end;
    }
  }

  /**
   * `except A, B:` (3.14, PEP 758; `except*` too): Lezer knows only Python 2's `except A, name:`,
   * so the types up to `as` or the colon become a placeholder region when a comma separates them.
   */
  function fixExceptTypes(e: number): void {
    const depth = tokens[e].depth;
    let first = e + 1;
    if (tokens[first] && tx(tokens[first]) === '*') first++;
    let comma = false;
    let k = first;
    for (; k < tokens.length; k++) {
      const u = tokens[k];
      if (u.type === 'NEWLINE' || u.type === 'ENDMARKER') return;
      if (u.depth !== depth) continue;
      const t = tx(u);
      if (t === ':' || (u.type === 'NAME' && t === 'as')) break;
      if (t === ',') comma = true;
    }
    if (!comma || k >= tokens.length) return;
    const sig: number[] = [];
    for (let b = first; b < k; b++) if (isSig(tokens[b])) sig.push(b);
    if (sig.length === 0 || tx(tokens[sig[0]]) === ',') return;
    placeholderOver(sig, 'except-types');
  }

  /**
   * Inside an f-string token: a lone backslash before `{` (`rf"C:\{name}"`) does not escape
   * the brace in Python but does in Lezer's string tokenizer, so it becomes a space (the
   * literal text is decoded from the real source); and `1.` floats in replacement fields get
   * the same treatment as outside.
   */
  function fixFString(t: Token): void {
    const text = tx(t);
    // Lezer has no t-strings (3.14): their `t` prefix, and those of t-strings nested in fields,
    // become an `f` (the lowering reads the real prefix).
    for (const m of text.matchAll(/(?<![\w])[rR]?([tT])[rR]?(?=['"])/g)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1]);
      edits.set(t.from + at, m[1] === 't' ? 'f' : 'F');
    }
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '\\') continue;
      if (text[i + 1] === '{') edits.set(t.from + i, ' ');
      else i++;
    }
    // Lezer would read `{x:=5}` as a walrus; the `=` opening the spec is read from the real source.
    for (const p of t.specEquals ?? []) edits.set(p, ' ');
    for (const m of text.matchAll(/(?<![\w.])\d[\d_]*\.(?![\d\w.]|[eEjJ])|(?<![\w.])\d[\d_]*\.(?=[eEjJ])/g)) {
      edits.set(t.from + (m.index ?? 0) + m[0].length - 1, '0');
    }
    fixFStringComprehensionTargets(t, text);
  }

  /**
   * The f-string form of fixComprehensionTarget: in a replacement field, a comprehension's `for`
   * targets that are a tuple with a `*` (`f"{[b for *_, b in rows]}"`) become a placeholder region.
   * The f-string is one token, so its text is walked here: literal text, fields, nested strings.
   */
  function fixFStringComprehensionTargets(t: Token, text: string): void {
    if (!text.includes('for')) return;
    const inField = fieldMask(text);
    for (const m of text.matchAll(/(?<![\w.])for(?!\w)/g)) {
      const start = (m.index ?? 0) + 3;
      if (!inField[m.index ?? 0]) continue;
      let depth = 0;
      let starred = false;
      let comma = false;
      let end = -1;
      for (let p = start; p < text.length && inField[p]; p++) {
        const c = text[p];
        if (c === '(' || c === '[' || c === '{') depth++;
        else if (c === ')' || c === ']' || c === '}') {
          if (depth === 0) break;
          depth--;
        } else if (c === '"' || c === "'") break;
        else if (depth === 0 && c === '*') starred = true;
        else if (depth === 0 && c === ',') comma = true;
        else if (depth === 0 && /\s/.test(text[p - 1]) && /^in(?!\w)/.test(text.slice(p, p + 3))) {
          end = p;
          break;
        }
      }
      if (!starred || !comma || end < 0) continue;
      let a = start;
      while (/\s/.test(text[a])) a++;
      let b = end;
      while (b > a && /\s/.test(text[b - 1])) b--;
      placeholderEdits.set(t.from + a, '_');
      for (let p = a + 1; p < b; p++) placeholderEdits.set(t.from + p, ' ');
      regions.set(t.from + a, { from: t.from + a, to: t.from + b, what: 'comprehension-target' });
    }
  }

  /** Does the logical line starting at token i end with a `:` at its depth, opening a block? */
  function opensBlock(i: number): boolean {
    let k = i + 1;
    while (k < tokens.length && tokens[k].type !== 'NEWLINE' && tokens[k].type !== 'ENDMARKER') k++;
    let last = k - 1;
    while (last > i && tokens[last].type === 'COMMENT') last--;
    return last > i && tokens[last].depth === tokens[i].depth && tx(tokens[last]) === ':';
  }

  /**
   * A `case` header: Lezer's class pattern needs at least one argument, and its recovery for an
   * empty one goes wrong inside brackets (`case (int() | float()):`, `case P(int(), str()):`).
   * Each `C()` becomes `C._`, an attribute pattern of the same length; the lowering sees the real
   * `()` and makes it a class pattern with no arguments.
   */
  function fixCase(c: number): void {
    const depth = tokens[c].depth;
    for (let k = c + 1; k < tokens.length; k++) {
      const u = tokens[k];
      if (u.type === 'NEWLINE' || u.type === 'ENDMARKER') return;
      if (u.depth === depth && (tx(u) === ':' || (u.type === 'NAME' && tx(u) === 'if'))) return; // guard: an expression
      const prev = tokens[k - 1];
      const close = tx(u) === '(' ? match.get(k) : undefined;
      if (close !== undefined && k - 1 > c && prev.type === 'NAME' && isEmptyBetween(k, close)) {
        edits.set(u.from, '.');
        edits.set(tokens[close].from, '_');
        flatten(k, close);
      }
    }
  }

  /**
   * A comprehension's `for` (inside brackets, not at a statement's start): when its targets, up to
   * the `in` at its depth, are a tuple with a `*` at that depth (`for *_, b in`, `for a, *b in`),
   * they become a placeholder region, parsed on its own as a parenthesised tuple.
   */
  function fixComprehensionTarget(f: number): void {
    const depth = tokens[f].depth;
    let starred = false;
    let comma = false;
    let k = f + 1;
    for (; k < tokens.length; k++) {
      const u = tokens[k];
      if (u.type === 'NEWLINE' || u.type === 'ENDMARKER' || u.depth < depth) return;
      if (u.depth !== depth) continue;
      if (u.type === 'NAME' && tx(u) === 'in') break;
      if (u.type === 'OP' && tx(u) === '*') starred = true;
      if (u.type === 'OP' && tx(u) === ',') comma = true;
    }
    // A lone `*a` (no tuple) is an error either way: Lezer's own.
    if (!starred || !comma || k >= tokens.length) return;
    const sig: number[] = [];
    for (let b = f + 1; b < k; b++) if (isSig(tokens[b])) sig.push(b);
    if (sig.length === 0) return;
    placeholderOver(sig, 'comprehension-target');
  }

  /**
   * `match a, b:` (a subject that is an unparenthesised tuple), and subjects with a conditional,
   * a boolean operator or a comparison at their top level (`match f(x) if x else x:`,
   * `match not done:`, `match a is None:`): Lezer's grammar takes a narrower expression there,
   * so the subject becomes a placeholder region, parsed on its own.
   */
  function fixMatchSubject(m: number): void {
    const depth = tokens[m].depth;
    let wide = false;
    let k = m + 1;
    for (; k < tokens.length; k++) {
      const u = tokens[k];
      if (u.depth !== depth) continue;
      const t = tx(u);
      if (t === ':') break;
      if (u.type === 'OP' && MATCH_SUBJECT_WIDE_OPS.has(t)) wide = true;
      if (u.type === 'NAME' && MATCH_SUBJECT_WIDE_WORDS.has(t)) wide = true;
    }
    if (!wide) return;
    const sig: number[] = [];
    for (let b = m + 1; b < k; b++) if (isSig(tokens[b])) sig.push(b);
    placeholderOver(sig, 'match-subject');
  }

  /** Are there only comments between tokens i and j? */
  function isEmptyBetween(i: number, j: number): boolean {
    for (let k = i + 1; k < j; k++) if (isSig(tokens[k])) return false;
    return true;
  }

  function fixWith(w: number): void {
    const depth = tokens[w].depth;
    // The header's colon: first ':' at the with statement's depth.
    let colon = w + 1;
    while (colon < tokens.length && !(tokens[colon].depth === depth && tx(tokens[colon]) === ':')) {
      if (tokens[colon].type === 'NEWLINE' || tokens[colon].type === 'ENDMARKER') return;
      colon++;
    }
    let first = w + 1;
    let last = colon - 1; // items occupy tokens first..last
    let itemDepth = depth;
    const open = tokens[first];
    if (open && tx(open) === '(' && match.get(first) === colon - 1) {
      // `with ( ... ):` — parenthesised items if there is a top-level `as` or comma inside.
      let grouped = false;
      for (let k = first + 1; k < colon - 1; k++) {
        const s = tx(tokens[k]);
        if (tokens[k].depth === depth + 1 && (s === ',' || (s === 'as' && tokens[k].type === 'NAME'))) grouped = true;
      }
      if (grouped) {
        edits.set(open.from, ' ');
        edits.set(tokens[colon - 1].from, ' ');
        flatten(first, colon - 1);
        first++;
        last--;
        itemDepth = depth + 1;
      }
    }
    // Each item: `expr [as target]`; non-name targets become placeholder regions.
    let k = first;
    while (k <= last) {
      let end = k;
      while (end <= last && !(tokens[end].depth === itemDepth && tx(tokens[end]) === ',')) end++;
      for (let a = k; a < end; a++) {
        if (tokens[a].depth === itemDepth && tokens[a].type === 'NAME' && tx(tokens[a]) === 'as') {
          const sig: number[] = [];
          for (let b = a + 1; b < end; b++) if (isSig(tokens[b])) sig.push(b);
          if (sig.length > 1 || (sig.length === 1 && tokens[sig[0]].type !== 'NAME')) {
            placeholderOver(sig, 'with-target');
          }
          break;
        }
      }
      k = end + 1;
    }
  }

  // A backslash continuation onto a blank line just ends the statement in Python, but Lezer
  // then misses the statement's end: drop the backslash.
  for (let p = src.indexOf('\\\n'); p >= 0; p = src.indexOf('\\\n', p + 2)) {
    let q = p + 2;
    while (src[q] === ' ' || src[q] === '\t' || src[q] === '\f') q++;
    if ((q >= src.length || src[q] === '\n') && isContinuation(p)) edits.set(p, ' ');
  }
  const baseText = applyEdits(src, edits);
  const text = placeholderEdits.size === 0 ? baseText : applyEdits(baseText, placeholderEdits);
  return { text, baseText, regions };
}

/** Replace single characters (all edits keep the length). */
function applyEdits(text: string, edits: Map<number, string>): string {
  if (edits.size === 0) return text;
  const positions = [...edits.keys()].sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const p of positions) {
    out += text.slice(last, p) + edits.get(p)!;
    last = p + 1;
  }
  return out + text.slice(last);
}

/** `NAME (. NAME)* [ '(' ... ')' ]` — the decorator form Lezer's grammar knows. */
function isPlainDecorator(
  idx: number[],
  tokens: Token[],
  tx: (t: Token) => string,
  match: Map<number, number>,
): boolean {
  let k = 0;
  if (tokens[idx[k]].type !== 'NAME') return false;
  k++;
  while (k + 1 < idx.length && tx(tokens[idx[k]]) === '.' && tokens[idx[k + 1]].type === 'NAME') k += 2;
  if (k === idx.length) return true;
  if (tx(tokens[idx[k]]) !== '(') return false;
  return match.get(idx[k]) === idx[idx.length - 1];
}

/**
 * For each offset of an f-string token's text: is it inside a replacement field (the expression or
 * its format spec) rather than the literal text? Doubled braces are literal; nested strings are skipped.
 */
function fieldMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const open = text.search(/['"]/);
  const quote = text[open];
  let depth = 0;
  for (let p = open + 1; p < text.length; p++) {
    const c = text[p];
    if (depth === 0) {
      if ((c === '{' || c === '}') && text[p + 1] === c) {
        p++;
        continue;
      }
      if (c === '{') depth = 1;
      continue;
    }
    mask[p] = true;
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
    else if ((c === '"' || c === "'") && c !== quote) {
      const q = text.indexOf(c, p + 1);
      if (q < 0) break;
      for (let r = p; r <= q; r++) mask[r] = true;
      p = q;
    }
  }
  return mask;
}
