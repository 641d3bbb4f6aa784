/**
 * The shell's parameters (sim/subprocesses.md): a word of a shell command is made of literal text
 * and parameter expansions (`$NAME`, `${NAME}`, `$?`, `$$`, `$#`, `$@`, `$*`, `$0`-`$9`, and
 * `${NAME-word}`, `${NAME=word}`, `${NAME+word}`, `${NAME?word}` with or without the colon,
 * `${#NAME}`), expanded when its command runs, with dash's field splitting of unquoted expansions;
 * and the order in which dash hands its exported variables to a program it runs (its hash table's).
 */

/** A piece of a shell word: literal text, or a parameter to expand; `quoted`: inside "..." (no field splitting). */
export type WordPart = { text: string; quoted: boolean } | ParamPart;
type ParamPart = { param: string; quoted: boolean; op?: ParamOp };
export type ShellWord = WordPart[];

/**
 * What `${NAME...}` does with the parameter: `-` its word if unset, `=` also assigns it, `+` the
 * word if set, `?` fails if unset (with the colon: also if empty); `#` its length.
 */
interface ParamOp {
  kind: '-' | '=' | '+' | '?' | '#';
  colon: boolean;
  word: ShellWord;
}

/** The parameters a word's expansions read (and `${NAME=word}` sets). */
export interface ShellParams {
  /** A parameter's value (a name, a digit, `?`, `$`, `#`); undefined when it is unset. */
  get(name: string): string | undefined;
  /** The positional parameters, $1 on. */
  positional(): string[];
  /** `${NAME=word}`'s assignment. */
  assign(name: string, value: string): void;
  /** `${NAME?word}` of an unset (or empty) parameter: the shell's error, which ends it. */
  fail(name: string, message: string): never;
}

/** What a shell's parameters are read from: its variables, its positional parameters ($0 first), its last status and its pid. */
export interface ShellVarsState {
  vars: Map<string, string>;
  params: string[];
  status: number;
  pid: number;
}

/** The parameters of the shell `sh` (read as it is at each expansion); `fail` is `${NAME?}`'s error. */
export function shellParams(sh: ShellVarsState, fail: ShellParams['fail']): ShellParams {
  return {
    get: (name) => {
      if (name === '?') return String(sh.status);
      if (name === '$') return String(sh.pid);
      if (name === '#') return String(sh.params.length - 1);
      if (/^\d+$/.test(name)) return sh.params[Number(name)];
      return sh.vars.get(name);
    },
    positional: () => sh.params.slice(1),
    assign: (name, value) => void sh.vars.set(name, value),
    fail,
  };
}

/** The IFS characters dash splits unquoted expansions on (its default IFS: space, tab, newline). */
const IFS = ' \t\n';
const encoder = new TextEncoder();

/** What an expansion gives: text (split if unquoted), separate fields ("$@"), or a word's parts (`${X-word}`). */
type Expansion = { value: string } | { fields: string[] } | { parts: WordPart[] };

function expand(part: ParamPart, params: ShellParams): Expansion {
  const { param, op } = part;
  if (op === undefined) {
    if (param === '@' || param === '*') {
      const all = params.positional();
      return part.quoted && param === '*' ? { value: all.join(' ') } : { fields: all };
    }
    return { value: params.get(param) ?? '' };
  }
  const v = params.get(param);
  // dash counts bytes (it does not decode UTF-8).
  if (op.kind === '#') return { value: String(encoder.encode(v ?? '').length) };
  const set = v !== undefined && (!op.colon || v !== '');
  const word = () => op.word.map((p) => ({ ...p, quoted: p.quoted || part.quoted }));
  switch (op.kind) {
    case '-':
      return set ? { value: v } : { parts: word() };
    case '+':
      return set ? { parts: word() } : { value: '' };
    case '=': {
      if (set) return { value: v };
      const value = expandString(op.word, params);
      params.assign(param, value);
      return { value };
    }
    default:
      if (set) return { value: v };
      return params.fail(
        param,
        op.word.length > 0 ? expandString(op.word, params) : `parameter not set${op.colon ? ' or null' : ''}`,
      );
  }
}

/** A word expanded to one string, without field splitting (an assignment's value, `${X=word}`'s word). */
export function expandString(word: ShellWord, params: ShellParams): string {
  let out = '';
  for (const part of word) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    const e = expand(part, params);
    out += 'value' in e ? e.value : 'fields' in e ? e.fields.join(' ') : expandString(e.parts, params);
  }
  return out;
}

/**
 * The fields a list of words expands to: quoted text and literal text join the field they are in;
 * an unquoted expansion's value is split on IFS whitespace, and an empty unquoted expansion that is
 * a whole word gives no field ("" gives an empty one); "$@" gives each positional parameter its own
 * field (none when there are none).
 */
export function expandWords(words: ShellWord[], params: ShellParams): string[] {
  const fields: string[] = [];
  for (const word of words) {
    let cur = '';
    let has = false;
    const split = (v: string) => {
      let i = 0;
      while (i < v.length) {
        if (IFS.includes(v[i])) {
          // A separator ends the field it follows.
          if (has) fields.push(cur);
          cur = '';
          has = false;
          while (i < v.length && IFS.includes(v[i])) i++;
          continue;
        }
        cur += v[i++];
        has = true;
      }
    };
    // `inner`: the word of a `${X-word}`, whose unquoted text is split as an expansion's value is.
    const add = (parts: WordPart[], inner: boolean) => {
      for (const part of parts) {
        if ('text' in part) {
          if (inner && !part.quoted) split(part.text);
          else {
            cur += part.text;
            has = has || part.quoted || part.text !== '';
          }
          continue;
        }
        const e = expand(part, params);
        if ('parts' in e) add(e.parts, true);
        else if ('fields' in e) {
          e.fields.forEach((f, k) => {
            if (k > 0) {
              // Each positional parameter ends the field before it.
              if (part.quoted || has) fields.push(cur);
              cur = '';
              has = false;
            }
            if (part.quoted) {
              cur += f;
              has = true;
            } else split(f);
          });
        } else if (part.quoted) {
          cur += e.value;
          has = true;
        } else split(e.value);
      }
    };
    add(word, false);
    if (has) fields.push(cur);
  }
  return fields;
}

/** dash's variables that its table holds from the start (var.c's varinit), first in their buckets. */
const DASH_INITIAL = ['IFS', 'MAIL', 'MAILPATH', 'PATH', 'PS1', 'PS2', 'PS4', 'OPTIND', 'LINENO'];
/** dash's hash table size (var.c VTABSIZE). */
const VTABSIZE = 39;

function dashBucket(name: string): number {
  let h = name.charCodeAt(0) << 4;
  for (const ch of name) h += ch.charCodeAt(0);
  return h % VTABSIZE;
}

/**
 * The environment dash passes to a program, from its variables in the order it set them (those in
 * `exported` only, when given):
 * bucket by bucket of its hash table, within a bucket its initial variables first, then the others
 * in the order they were made (a variable set again keeps its place).
 */
export function dashEnvironment(vars: Map<string, string>, exported?: Set<string>): [string, string][] {
  const made = [...vars.keys()];
  const rank = (n: string) => {
    const k = DASH_INITIAL.indexOf(n);
    return k >= 0 ? k : DASH_INITIAL.length + made.indexOf(n);
  };
  return [...vars.entries()]
    .filter(([n]) => exported === undefined || exported.has(n))
    .sort(([a], [b]) => dashBucket(a) - dashBucket(b) || rank(a) - rank(b));
}
