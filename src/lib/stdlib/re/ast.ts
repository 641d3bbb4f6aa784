/**
 * The tree a Python regular expression parses to. Flags that change how a node matches (IGNORECASE,
 * ASCII, DOTALL, MULTILINE, scoped by `(?i:...)`) are resolved into the node when it is parsed.
 */

/** Python's `re` flag values (RegexFlag). */
export const FLAG = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

/** How a character compares: exactly, case-folded over Unicode, or case-folded over ASCII letters only. */
export type Fold = 0 | 1 | 2;

export type Category = 'd' | 'D' | 'w' | 'W' | 's' | 'S';

export type SetItem = { k: 'lit'; c: number } | { k: 'range'; lo: number; hi: number } | { k: 'cat'; cat: Category };

/** Anchors; `nonbound14` is 3.14's \B, which also matches an empty subject. */
export type AtKind = 'bos' | 'bol' | 'eos_nl' | 'eol' | 'eos' | 'bound' | 'nonbound' | 'nonbound14';

export type Node =
  | { t: 'char'; c: number; fold: Fold; neg: boolean }
  | { t: 'any'; dotall: boolean }
  | { t: 'set'; items: SetItem[]; neg: boolean; fold: Fold; ascii: boolean }
  | { t: 'at'; kind: AtKind; ascii: boolean }
  | { t: 'group'; n: number | null; body: Node[] }
  | { t: 'ref'; n: number; fold: Fold }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node[]; width: number }
  | { t: 'rep'; min: number; max: number; kind: 'greedy' | 'lazy' | 'possessive'; body: Node[] }
  | { t: 'atomic'; body: Node[] }
  | { t: 'alt'; branches: Node[][] }
  | { t: 'cond'; n: number; yes: Node[]; no: Node[] | null }
  | { t: 'fail' };

/** A parsed pattern. */
export interface Parsed {
  body: Node[];
  /** The number of capturing groups (without group 0). */
  groups: number;
  groupindex: Map<string, number>;
  /** The final flags, UNICODE added for a str pattern that is not ASCII. */
  flags: number;
}

/** Python's MAXREPEAT: repeat counts at or above it are refused; `max` of an unbounded repeat. */
export const MAXREPEAT = 4294967295;
