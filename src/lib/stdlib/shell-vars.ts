/**
 * The shell's parameters (sim/subprocesses.md): a word of a shell command is made of literal text
 * and parameter expansions (`$NAME`, `${NAME}`, `$?`, `$0`-`$9`), expanded when its command runs,
 * with dash's field splitting of unquoted expansions; and the order in which dash hands its
 * exported variables to a program it runs (its hash table's).
 */

/** A piece of a shell word: literal text, or a parameter to expand; `quoted`: inside "..." (no field splitting). */
export type WordPart = { text: string; quoted: boolean } | { param: string; quoted: boolean };
export type ShellWord = WordPart[];

/** The IFS characters dash splits unquoted expansions on (its default IFS: space, tab, newline). */
const IFS = ' \t\n';

/**
 * The fields a list of words expands to: quoted text and literal text join the field they are in;
 * an unquoted expansion's value is split on IFS whitespace, and an empty unquoted expansion that is
 * a whole word gives no field ("" gives an empty one).
 */
export function expandWords(words: ShellWord[], value: (param: string) => string): string[] {
  const fields: string[] = [];
  for (const word of words) {
    let cur = '';
    let has = false;
    for (const part of word) {
      if ('text' in part) {
        cur += part.text;
        has = has || part.quoted || part.text !== '';
        continue;
      }
      const v = value(part.param);
      if (part.quoted) {
        cur += v;
        has = true;
        continue;
      }
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
    }
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
 * The environment dash passes to a program, from its exported variables in the order it set them:
 * bucket by bucket of its hash table, within a bucket its initial variables first, then the others
 * in the order they were made (a variable set again keeps its place).
 */
export function dashEnvironment(vars: Map<string, string>): [string, string][] {
  const made = [...vars.keys()];
  const rank = (n: string) => {
    const k = DASH_INITIAL.indexOf(n);
    return k >= 0 ? k : DASH_INITIAL.length + made.indexOf(n);
  };
  return [...vars.entries()].sort(([a], [b]) => dashBucket(a) - dashBucket(b) || rank(a) - rank(b));
}
