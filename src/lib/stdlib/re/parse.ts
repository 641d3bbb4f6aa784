/**
 * Python's regular-expression syntax (Lib/re/_parser.py's grammar, errors and their positions)
 * parsed to the tree in ast.ts.
 */
import { FLAG, MAXREPEAT, type Fold, type Node, type Parsed, type SetItem, type Category } from './ast';
import { ReError, Tokens, pyRepr, DIGITS, OCTDIGITS, HEXDIGITS, ASCIILETTERS } from './tokens';
import { widthOf } from './width';
import { trail, within } from './cpython-frames';

/** `e`, raised by the statement CPython's traceback shows as `site` (cpython-frames.ts). */
function at(site: string, e: ReError): ReError {
  e.site = site;
  return e;
}

const SPECIAL = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const WHITESPACE = ' \t\n\r\v\f';
const ESCAPES: Record<string, number> = {
  '\\a': 7,
  '\\b': 8,
  '\\f': 12,
  '\\n': 10,
  '\\r': 13,
  '\\t': 9,
  '\\v': 11,
  '\\\\': 92,
};
const INLINE_FLAGS: Record<string, number> = {
  i: FLAG.IGNORECASE,
  L: FLAG.LOCALE,
  m: FLAG.MULTILINE,
  s: FLAG.DOTALL,
  x: FLAG.VERBOSE,
  a: FLAG.ASCII,
  u: FLAG.UNICODE,
};
const TYPE_FLAGS = FLAG.ASCII | FLAG.LOCALE | FLAG.UNICODE;
const MAXGROUPS = 1073741823;

/** What an escape or set item stands for before it is placed in the tree. */
type Code = { k: 'lit'; c: number } | { k: 'cat'; cat: Category } | { k: 'at'; at: AtName };
type AtName = 'bos' | 'eos' | 'bound' | 'nonbound' | 'nonbound14';

class State {
  /** How many Python frames CPython's recursive parser may use before RecursionError. */
  maxFrames = Infinity;

  /** CPython parses with Python recursion: `n` frames deep past the limit is a RecursionError. */
  frames(n: number): void {
    if (n > this.maxFrames) throw new ReError('maximum recursion depth exceeded', null, 'RecursionError');
  }

  /** The Python minor version simulated (3.14 adds \z and lets \B match an empty subject). */
  minor = 13;
  /** The global flags (the ones given to compile, and `(?x)` at the start). */
  flags = 0;
  groupindex = new Map<string, number>();
  /** Each group's (min, max) width once closed; null while open. Index 0 is the whole match. */
  groupwidths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  grouprefpos = new Map<number, number>();
  /** CPython's compiler (which runs after the parser) refuses a variable-width look-behind. */
  lookbehindError: ReError | null = null;

  get groups(): number {
    return this.groupwidths.length;
  }

  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new ReError('too many groups', null);
    if (name !== null) {
      const old = this.groupindex.get(name);
      if (old !== undefined)
        throw new ReError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${old}`, null);
      this.groupindex.set(name, gid);
    }
    return gid;
  }

  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }

  checkLookbehindGroup(gid: number, source: Tokens): void {
    if (this.lookbehindGroups === null) return;
    if (!this.checkGroup(gid)) throw source.error('cannot refer to an open group');
    if (gid >= this.lookbehindGroups)
      throw source.error('cannot refer to group defined in the same lookbehind subpattern');
  }
}

/** The flags a node is matched with: the global ones changed by the scoped groups around it. */
interface Scope {
  apply: (globalFlags: number) => number;
}

const foldOf = (flags: number): Fold => (flags & FLAG.IGNORECASE ? (flags & FLAG.ASCII ? 2 : 1) : 0);

function classEscape(source: Tokens, escape: string): Code {
  if (escape in ESCAPES) return { k: 'lit', c: ESCAPES[escape] };
  const c = escape[1];
  if ('dDsSwW'.includes(c)) return { k: 'cat', cat: c as Category };
  return numericEscape(source, escape, false) ?? badEscape(source, escape);
}

function badEscape(source: Tokens, escape: string): never {
  throw source.error(`bad escape ${escape}`, Array.from(escape).length);
}

/** \x \u \U \N and octal escapes (a class's, or the `\0` form outside one); null for others. */
function numericEscape(source: Tokens, escape: string, outside: boolean): Code | null {
  const c = escape[1];
  const fixed = (n: number): Code => {
    escape += source.getWhile(n, HEXDIGITS);
    if (escape.length !== n + 2) throw source.error(`incomplete escape ${escape}`, escape.length);
    const v = parseInt(escape.slice(2), 16);
    if (v > 0x10ffff) badEscape(source, escape);
    return { k: 'lit', c: v };
  };
  if (c === 'x') return fixed(2);
  if (c === 'u') return fixed(4);
  if (c === 'U') return fixed(8);
  if (c === 'N') {
    if (!source.match('{')) throw source.error('missing {');
    source.getUntil('}', 'character name');
    // Names need the Unicode character database (unicodedata), which Loopline does not carry.
    throw new ReError('re: \\N{...} named characters are not simulated in Loopline', null, 'NotImplementedError');
  }
  if (outside) {
    if (c === '0') {
      escape += source.getWhile(2, OCTDIGITS);
      return { k: 'lit', c: parseInt(escape.slice(1), 8) };
    }
    return null;
  }
  if (OCTDIGITS.includes(c)) {
    escape += source.getWhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return { k: 'lit', c: v };
  }
  if (DIGITS.includes(c)) badEscape(source, escape);
  if (escape.length === 2 || Array.from(escape).length === 2) {
    if (ASCIILETTERS.includes(c)) throw at('classEscape', source.error(`bad escape ${escape}`, 2));
    return { k: 'lit', c: escape.codePointAt(1)! };
  }
  return null;
}

/** An escape outside a class: a category, an anchor, a literal or a group reference. */
function escapeCode(source: Tokens, escape: string, state: State): Code | { k: 'ref'; n: number } {
  const c = escape[1];
  if ('dDsSwW'.includes(c)) return { k: 'cat', cat: c as Category };
  if (c === 'A') return { k: 'at', at: 'bos' };
  if (c === 'Z' || (c === 'z' && state.minor >= 14)) return { k: 'at', at: 'eos' };
  if (c === 'b') return { k: 'at', at: 'bound' };
  if (c === 'B') return { k: 'at', at: state.minor >= 14 ? 'nonbound14' : 'nonbound' };
  if (escape in ESCAPES) return { k: 'lit', c: ESCAPES[escape] };
  const numeric = numericEscape(source, escape, true);
  if (numeric) return numeric;
  if (DIGITS.includes(c)) {
    if (source.next !== null && DIGITS.includes(source.next)) {
      escape += source.get();
      if (
        OCTDIGITS.includes(escape[1]) &&
        OCTDIGITS.includes(escape[2]) &&
        source.next !== null &&
        OCTDIGITS.includes(source.next)
      ) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { k: 'lit', c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw source.error('cannot refer to an open group', escape.length);
      state.checkLookbehindGroup(group, source);
      return { k: 'ref', n: group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if (Array.from(escape).length === 2) {
    if (ASCIILETTERS.includes(c)) throw at('escape', source.error(`bad escape ${escape}`, 2));
    return { k: 'lit', c: escape.codePointAt(1)! };
  }
  return badEscape(source, escape);
}

function atNode(at: AtName, flags: number): Node {
  return { t: 'at', kind: at, ascii: (flags & FLAG.ASCII) !== 0 };
}

function parseSub(source: Tokens, state: State, scope: Scope, verbose: boolean, nested: number): Node[] {
  state.frames(nested + 2);
  const branches: Node[][] = [];
  for (;;) {
    const first = !nested && !branches.length;
    branches.push(within('sub.parse', () => parseSeq(source, state, scope, verbose, nested + 1, first)));
    if (!source.match('|')) break;
    if (!nested) verbose = (state.flags & FLAG.VERBOSE) !== 0;
  }
  if (branches.length === 1) return branches[0];
  return [{ t: 'alt', branches }];
}

function parseSeq(source: Tokens, state: State, scope: Scope, verbose: boolean, nested: number, first = false): Node[] {
  // CPython's _parse reads a token (Tokenizer.get and __next, two frames more) or calls len().
  state.frames(source.next !== null && source.next !== '|' && source.next !== ')' ? nested + 3 : nested + 2);
  const seq: Node[] = [];
  const flags = () => scope.apply(state.flags);
  for (;;) {
    let self = source.next;
    if (self === null || self === '|' || self === ')') break;
    source.get();
    if (verbose) {
      if (WHITESPACE.includes(self)) continue;
      if (self === '#') {
        do self = source.get();
        while (self !== null && self !== '\n');
        continue;
      }
    }
    if (self[0] === '\\' && self.length > 1) {
      const code = within('parse.escape', () => escapeCode(source, self, state));
      if (code.k === 'ref') seq.push({ t: 'ref', n: code.n, fold: foldOf(flags()) });
      else seq.push(codeNode(code, flags()));
    } else if (!SPECIAL.includes(self)) {
      seq.push({ t: 'char', c: self.codePointAt(0)!, fold: foldOf(flags()), neg: false });
    } else if (self === '[') {
      seq.push(parseSet(source, flags()));
    } else if (REPEAT_CHARS.includes(self)) {
      const here = source.tell();
      let min = 0;
      let max = MAXREPEAT;
      if (self === '?') max = 1;
      else if (self === '+') min = 1;
      else if (self === '{') {
        if (source.next === '}') {
          seq.push({ t: 'char', c: 123, fold: foldOf(flags()), neg: false });
          continue;
        }
        let lo = '';
        let hi = '';
        while (source.next !== null && DIGITS.includes(source.next)) lo += source.get();
        if (source.match(',')) {
          while (source.next !== null && DIGITS.includes(source.next)) hi += source.get();
        } else hi = lo;
        if (!source.match('}')) {
          seq.push({ t: 'char', c: 123, fold: foldOf(flags()), neg: false });
          source.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new ReError('the repetition number is too large', null, 'OverflowError');
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new ReError('the repetition number is too large', null, 'OverflowError');
          if (max < min) throw at('minmax', source.error('min repeat greater than max repeat', source.tell() - here));
        }
      }
      const item = seq[seq.length - 1];
      if (!item || item.t === 'at') throw at('nothing', source.error('nothing to repeat', source.tell() - here + 1));
      if (item.t === 'rep') throw at('multiple', source.error('multiple repeat', source.tell() - here + 1));
      const body = item.t === 'group' && item.n === null ? item.body : [item];
      const kind = source.match('?') ? 'lazy' : source.match('+') ? 'possessive' : 'greedy';
      seq[seq.length - 1] = { t: 'rep', min, max, kind, body };
    } else if (self === '.') {
      seq.push({ t: 'any', dotall: (flags() & FLAG.DOTALL) !== 0 });
    } else if (self === '(') {
      const node = parseGroup(source, state, scope, verbose, nested, first && !seq.length);
      if (node === 'global') {
        verbose = (state.flags & FLAG.VERBOSE) !== 0;
        continue;
      }
      if (node) seq.push(node);
    } else if (self === '^') {
      seq.push({ t: 'at', kind: flags() & FLAG.MULTILINE ? 'bol' : 'bos', ascii: false });
    } else if (self === '$') {
      seq.push({ t: 'at', kind: flags() & FLAG.MULTILINE ? 'eol' : 'eos_nl', ascii: false });
    }
  }
  return seq;
}

function codeNode(code: Code, flags: number): Node {
  if (code.k === 'lit') return { t: 'char', c: code.c, fold: foldOf(flags), neg: false };
  if (code.k === 'at') return atNode(code.at, flags);
  return {
    t: 'set',
    items: [{ k: 'cat', cat: code.cat }],
    neg: false,
    fold: foldOf(flags),
    ascii: (flags & FLAG.ASCII) !== 0,
  };
}

function parseSet(source: Tokens, flags: number): Node {
  const here = source.tell() - 1;
  const items: SetItem[] = [];
  const negate = source.match('^');
  for (;;) {
    const self = source.get();
    if (self === null) throw at('set', source.error('unterminated character set', source.tell() - here));
    if (self === ']' && items.length) break;
    let code1: Code;
    if (self[0] === '\\' && self.length > 1) code1 = within('parse.class1', () => classEscape(source, self));
    else code1 = { k: 'lit', c: self.codePointAt(0)! };
    if (source.match('-')) {
      const that = source.get();
      if (that === null) throw source.error('unterminated character set', source.tell() - here);
      if (that === ']') {
        items.push(code1 as SetItem, { k: 'lit', c: 45 });
        break;
      }
      const code2: Code =
        that[0] === '\\' && that.length > 1
          ? within('parse.class2', () => classEscape(source, that))
          : { k: 'lit', c: that.codePointAt(0)! };
      const bad = () =>
        source.error(`bad character range ${self}-${that}`, Array.from(self).length + 1 + Array.from(that).length);
      if (code1.k !== 'lit' || code2.k !== 'lit') throw bad();
      if (code2.c < code1.c) throw bad();
      items.push({ k: 'range', lo: code1.c, hi: code2.c });
    } else items.push(code1 as SetItem);
  }
  const fold = foldOf(flags);
  if (items.length === 1 && items[0].k === 'lit') return { t: 'char', c: items[0].c, fold, neg: negate };
  return { t: 'set', items, neg: negate, fold, ascii: (flags & FLAG.ASCII) !== 0 };
}

/** A group `(...)`/`(?...)`: its node, null for a comment, 'global' for global inline flags. */
function parseGroup(
  source: Tokens,
  state: State,
  scope: Scope,
  verbose: boolean,
  nested: number,
  first: boolean,
): Node | null | 'global' {
  const start = source.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let addFlags = 0;
  let delFlags = 0;
  const unterminated = () => source.error('missing ), unterminated subpattern', source.tell() - start);
  if (source.match('?')) {
    const char = source.get();
    if (char === null) throw source.error('unexpected end of pattern');
    if (char === 'P') {
      if (source.match('<')) {
        name = source.getUntil('>', 'group name');
        source.checkGroupName(name, 1);
      } else if (source.match('=')) {
        const ref = source.getUntil(')', 'group name');
        source.checkGroupName(ref, 1);
        const gid = state.groupindex.get(ref);
        const len = Array.from(ref).length;
        if (gid === undefined) throw source.error(`unknown group name ${pyRepr(ref)}`, len + 1);
        if (!state.checkGroup(gid)) throw source.error('cannot refer to an open group', len + 1);
        state.checkLookbehindGroup(gid, source);
        return { t: 'ref', n: gid, fold: foldOf(scope.apply(state.flags)) };
      } else {
        const c = source.get();
        if (c === null) throw source.error('unexpected end of pattern');
        throw source.error(`unknown extension ?P${c}`, cpLen(c) + 2);
      }
    } else if (char === ':') {
      capture = false;
    } else if (char === '#') {
      for (;;) {
        if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
        if (source.get() === ')') break;
      }
      return null;
    } else if ('=!<'.includes(char)) {
      let kind = char;
      let behind = false;
      let saved: number | null = null;
      if (char === '<') {
        const c = source.get();
        if (c === null) throw source.error('unexpected end of pattern');
        if (!'=!'.includes(c) || c.length !== 1) throw source.error(`unknown extension ?<${c}`, cpLen(c) + 2);
        kind = c;
        behind = true;
        saved = state.lookbehindGroups;
        if (saved === null) state.lookbehindGroups = state.groups;
      }
      const body = within('parse.look', () => parseSub(source, state, scope, verbose, nested + 1));
      if (behind && saved === null) state.lookbehindGroups = null;
      if (!source.match(')')) throw at('unterminatedLook', unterminated());
      let width = 0;
      if (behind) {
        const [lo, hi] = widthOf(body, state.groupwidths);
        if (lo !== hi) state.lookbehindError ??= new ReError('look-behind requires fixed-width pattern', null);
        width = lo;
      }
      if (kind === '=') return { t: 'look', behind, neg: false, body, width };
      if (body.length) return { t: 'look', behind, neg: true, body, width };
      return { t: 'fail' };
    } else if (char === '(') {
      const condname = source.getUntil(')', 'group name');
      let group: number;
      const len = Array.from(condname).length;
      if (!/^[0-9]+$/.test(condname)) {
        source.checkGroupName(condname, 1);
        const g = state.groupindex.get(condname);
        if (g === undefined) throw source.error(`unknown group name ${pyRepr(condname)}`, len + 1);
        group = g;
      } else {
        group = Number(condname);
        if (!group) throw source.error('bad group number', len + 1);
        if (group >= MAXGROUPS) throw source.error(`invalid group reference ${group}`, len + 1);
        if (!state.grouprefpos.has(group)) state.grouprefpos.set(group, source.tell() - len - 1);
      }
      state.checkLookbehindGroup(group, source);
      // CPython calls _parse here (frames not in cpython-frames.ts: such errors show none).
      const yes = within('parse.cond', () => parseSeq(source, state, scope, verbose, nested + 1));
      let no: Node[] | null = null;
      if (source.match('|')) {
        no = within('parse.cond', () => parseSeq(source, state, scope, verbose, nested + 1));
        if (source.next === '|') throw source.error('conditional backref with more than two branches');
      }
      if (!source.match(')')) throw unterminated();
      return { t: 'cond', n: group, yes, no };
    } else if (char === '>') {
      capture = false;
      atomic = true;
    } else if (char in INLINE_FLAGS || char === '-') {
      const flags = parseFlags(source, state, char);
      if (flags === null) {
        if (!first) throw source.error('global flags not at the start of the expression', source.tell() - start);
        return 'global';
      }
      [addFlags, delFlags] = flags;
      capture = false;
    } else {
      throw at('extension', source.error(`unknown extension ?${char}`, cpLen(char) + 1));
    }
  }
  let group: number | null = null;
  if (capture) {
    try {
      group = state.openGroup(name);
    } catch (e) {
      if (e instanceof ReError && e.pos === null) throw source.error(e.msg, Array.from(name ?? '').length + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (addFlags & FLAG.VERBOSE) !== 0) && !(delFlags & FLAG.VERBOSE);
  const inner: Scope = addFlags || delFlags ? { apply: (f) => combine(scope.apply(f), addFlags, delFlags) } : scope;
  const body = within('parse.group', () => parseSub(source, state, inner, subVerbose, nested + 1));
  if (!source.match(')')) throw at('unterminated', unterminated());
  if (group !== null) {
    state.frames(nested + 3);
    state.groupwidths[group] = widthOf(body, state.groupwidths);
  }
  if (atomic) return { t: 'atomic', body };
  return { t: 'group', n: group, body };
}

/** CPython's _combine_flags: a scoped `a` or `u` replaces the other type flag. */
function combine(flags: number, add: number, del: number): number {
  if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | add) & ~del;
}

function parseFlags(source: Tokens, state: State, char: string | null): [number, number] | null {
  let addFlags = 0;
  let delFlags = 0;
  if (char !== '-') {
    for (;;) {
      const flag = INLINE_FLAGS[char!];
      if (char === 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      addFlags |= flag;
      if (flag & TYPE_FLAGS && (addFlags & TYPE_FLAGS) !== flag)
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      char = source.get();
      if (char === null) throw source.error('missing -, : or )');
      if (')-:'.includes(char)) break;
      if (!(char in INLINE_FLAGS))
        throw source.error(isAlpha(char) ? 'unknown flag' : 'missing -, : or )', cpLen(char));
    }
  }
  if (char === ')') {
    state.flags |= addFlags;
    return null;
  }
  if (char === '-') {
    char = source.get();
    if (char === null) throw source.error('missing flag');
    if (!(char in INLINE_FLAGS)) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing flag', cpLen(char));
    for (;;) {
      const flag = INLINE_FLAGS[char];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      char = source.get();
      if (char === null) throw source.error('missing :');
      if (char === ':') break;
      if (!(char in INLINE_FLAGS)) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing :', cpLen(char));
    }
  }
  if (addFlags & delFlags) throw source.error('bad inline flags: flag turned on and off', 1);
  return [addFlags, delFlags];
}

const isAlpha = (c: string) => /^\p{L}$/u.test(c);
const cpLen = (s: string) => Array.from(s).length;

/** Parse `pattern` (a str) with the flags given to compile. */
export function parse(pattern: string, flags: number, minor = 13, maxFrames = Infinity): Parsed {
  if (flags & FLAG.LOCALE) throw new ReError('cannot use LOCALE flag with a str pattern', null, 'ValueError');
  if (flags & FLAG.ASCII && flags & FLAG.UNICODE)
    throw new ReError('ASCII and UNICODE flags are incompatible', null, 'ValueError');
  const source = new Tokens(pattern);
  const state = new State();
  state.flags = flags;
  state.minor = minor;
  state.maxFrames = maxFrames;
  trail.length = 0;
  const body = within('parse.sub', () => parseSub(source, state, { apply: (f) => f }, (flags & FLAG.VERBOSE) !== 0, 0));
  let final = state.flags;
  if (final & FLAG.ASCII && final & FLAG.UNICODE)
    throw new ReError('ASCII and UNICODE flags are incompatible', null, 'ValueError');
  if (!(final & FLAG.ASCII)) final |= FLAG.UNICODE;
  if (source.next !== null) throw at('unbalanced', source.error('unbalanced parenthesis'));
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new ReError(`invalid group reference ${g}`, pos);
  }
  if (state.lookbehindError) throw state.lookbehindError;
  return { body, groups: state.groups - 1, groupindex: state.groupindex, flags: final };
}
