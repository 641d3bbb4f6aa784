/**
 * The names a `\N{...}` escape in a string literal may use, per Python version: CPython's
 * unicodeescape decoder looks them up in the version's Unicode database (names in any case,
 * aliases, Hangul syllables and the algorithmic ideograph names; not the named sequences that
 * unicodedata.lookup also accepts). Decoded from unicodedata's tables (_unicodedata_tables.py,
 * fetched when the program contains `\N{`; _unicodedata_data.py for which characters the version
 * has assigned), the same tables and rules as unicodedata.py's `_code`.
 */
import type { UnicodeNameLookup } from '../parse/strings';
import type { Expr } from '../ir/types';
import { libraryIR } from '../interp/library';
import { fetchedSource } from './lazy-sources';
import { stdlibSources } from './py';

/**
 * The module-level constants of a generated table module, from its IR (the CLI's bundle carries
 * the library's IR, not its text): strings, and CHANGES as {minor: [fields]}.
 */
type Constants = { strings: Map<string, string>; changes: Map<number, string[]> };
const read = new Map<string, Constants>();

function constants(name: string, source: string): Constants {
  const have = read.get(name);
  if (have !== undefined) return have;
  const strings = new Map<string, string>();
  const changes = new Map<number, string[]>();
  const str = (e: Expr) => (e.type === 'Const' && e.kind === 'str' ? (e.value as string) : '');
  for (const stmt of libraryIR(name, source).body) {
    if (stmt.type !== 'Assign' || stmt.targets.length !== 1 || stmt.targets[0].type !== 'Name') continue;
    const target = stmt.targets[0].id;
    const value = stmt.value;
    if (value.type === 'Const' && value.kind === 'str') strings.set(target, value.value as string);
    else if (target === 'CHANGES' && value.type === 'Dict')
      value.keys.forEach((k, i) => {
        const v = value.values[i];
        if (k?.type === 'Const' && v.type === 'Tuple') changes.set(Number(k.value), v.elts.map(str));
      });
  }
  read.set(name, { strings, changes });
  return { strings, changes };
}

const HANGUL = 'HANGUL SYLLABLE ';
const UNIFIED = 'CJK UNIFIED IDEOGRAPH-';
const JAMO_L = 'G GG N D DD R M B BB S SS  J JJ C K T P H'.split(' ');
const JAMO_V = 'A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I'.split(' ');
const JAMO_T = ' G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H'.split(' ');

/** The longest of `choices` at `at` in `text` (CPython's find_syllable), or -1. */
function longest(text: string, at: number, choices: string[]): number {
  let best = -1;
  choices.forEach((c, i) => {
    if (text.startsWith(c, at) && (best < 0 || c.length > choices[best].length)) best = i;
  });
  return best;
}

function hangul(name: string): number | undefined {
  let at = HANGUL.length;
  const l = longest(name, at, JAMO_L);
  at += JAMO_L[l].length;
  const v = longest(name, at, JAMO_V);
  if (v < 0) return undefined;
  at += JAMO_V[v].length;
  const t = longest(name, at, JAMO_T);
  at += JAMO_T[t].length;
  return at === name.length ? 0xac00 + (l * 21 + v) * 28 + t : undefined;
}

type Spans = [number, number][];
const inSpans = (spans: Spans, cp: number) => spans.some(([a, z]) => a <= cp && cp <= z);

function build(tables: string, minor: number): UnicodeNameLookup {
  // Names by code point (NAMES: gap, shared prefix length, rest), with the version's own changes.
  const codes = new Map<string, number>();
  const names = new Map<number, string>();
  let prev = '';
  let cp = -1;
  const t = constants('_unicodedata_tables', tables);
  const get = (key: string) => t.strings.get(key) ?? '';
  for (const line of get('NAMES').split('\n')) {
    const colon = line.indexOf(':', 1);
    cp += colon < 0 ? 1 : parseInt(line.slice(0, colon), 16);
    const name = prev.slice(0, line.charCodeAt(colon + 1) - 48) + line.slice(colon + 2);
    codes.set(name, cp);
    names.set(cp, name);
    prev = name;
  }
  const own = t.changes.get(minor);
  if (own?.[1])
    for (const change of own[1].split(';')) {
      const space = change.indexOf(' ');
      const at = parseInt(change.slice(0, space), 36);
      const old = names.get(at);
      if (old !== undefined) codes.delete(old);
      codes.set(change.slice(space + 1), at);
    }
  const lacking = new Set(own?.[2] ? own[2].split(';') : []);
  const aliases = new Map<string, string>();
  for (const entry of get('ALIASES').split(';')) {
    const [alias, hex] = entry.split('=');
    if (!lacking.has(alias)) aliases.set(alias, String.fromCodePoint(parseInt(hex, 16)));
  }
  const spans = new Map<string, Spans>();
  for (const entry of get('ALGORITHMIC').split(';')) {
    const [prefix, ranges] = entry.split(':');
    spans.set(
      prefix,
      ranges.split(',').map((r) => r.split('-').map((x) => parseInt(x, 36)) as [number, number]),
    );
  }
  // The characters 3.14 has and this version has not assigned yet (category Cn in its runs).
  const unassigned: Spans = [];
  const dataChanges = constants('_unicodedata_data', stdlibSources._unicodedata_data).changes.get(minor);
  if (dataChanges?.[1])
    for (const run of dataChanges[1].split(',')) {
      const [span, category] = run.split(' ');
      if (category === 'Cn') unassigned.push(span.split('-').map((x) => parseInt(x, 36)) as [number, number]);
    }
  const assigned = (c: number) => !inSpans(unassigned, c);
  const hexDigits = (s: string) => /^[0-9A-F]{4,5}$/.test(s);

  return (name) => {
    if (name.startsWith(HANGUL)) {
      const c = hangul(name);
      return c === undefined ? undefined : String.fromCodePoint(c);
    }
    if (name.startsWith(UNIFIED)) {
      const digits = name.slice(UNIFIED.length);
      if (!hexDigits(digits)) return undefined;
      const c = parseInt(digits, 16);
      return inSpans(spans.get(UNIFIED) ?? [], c) && assigned(c) ? String.fromCodePoint(c) : undefined;
    }
    if (!/^[\x00-\x7f]*$/.test(name)) return undefined;
    const upper = name.toUpperCase();
    for (const [prefix, ranges] of spans) {
      if (prefix === HANGUL || prefix === UNIFIED || !upper.startsWith(prefix)) continue;
      const digits = upper.slice(prefix.length);
      if (!hexDigits(digits)) continue;
      const c = parseInt(digits, 16);
      if (c.toString(16).toUpperCase().padStart(4, '0') === digits && inSpans(ranges, c) && assigned(c))
        return String.fromCodePoint(c);
    }
    const c = codes.get(upper);
    if (c !== undefined && assigned(c)) return String.fromCodePoint(c);
    return aliases.get(upper);
  };
}

const built = new Map<number, UnicodeNameLookup>();

/** Python 3.`minor`'s `\N{...}` names; undefined when the tables were not fetched (preloadLibrary). */
export function unicodeNameLookup(minor: number): UnicodeNameLookup | undefined {
  const tables = fetchedSource('_unicodedata_tables');
  if (tables === undefined) return undefined;
  let lookup = built.get(minor);
  if (lookup === undefined) built.set(minor, (lookup = build(tables, minor)));
  return lookup;
}
