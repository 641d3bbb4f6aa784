/**
 * CPython's search skips start positions whose character is not in the pattern's leading set
 * (re._compiler._compile_info's charset), and it builds that set with the pattern's global flags:
 * a leading `(?a:\W)` or `(?u:\w)` is tested first with the other meaning of \w. This reproduces
 * that quirk, for the sets it can change (categories under a scoped ASCII/UNICODE flag).
 */
import type { Node, SetItem } from './ast';
import { setTest } from './chars';

const cased = (c: number): boolean => {
  const s = String.fromCodePoint(c);
  return s.toLowerCase() !== s || s.toUpperCase() !== s;
};

function isCased(items: SetItem[]): boolean {
  for (const it of items) {
    if (it.k === 'lit' && cased(it.c)) return true;
    if (it.k === 'range') for (let c = it.lo; c <= it.hi && c <= 0xffff; c++) if (cased(c)) return true;
    if (it.k === 'range' && it.hi > 0xffff) return true;
  }
  return false;
}

/** The leading-set test CPython's search applies before matching, or null when it changes nothing. */
export function prefilter(body: Node[], globalAscii: boolean, minWidth: number): ((c: number) => boolean) | null {
  if (minWidth === 0) return null;
  let nodes = body;
  while (nodes.length && nodes[0].t === 'group') nodes = (nodes[0] as Extract<Node, { t: 'group' }>).body;
  const first = nodes[0];
  if (!first) return null;
  let items: SetItem[];
  let neg = false;
  let ascii: boolean;
  let fold: number;
  if (first.t === 'set') {
    ({ items, neg, ascii, fold } = first);
  } else if (first.t === 'alt') {
    // CPython's parser turns an alternation of single characters and sets into one set.
    items = [];
    ascii = globalAscii;
    fold = 0;
    for (const b of first.branches) {
      if (b.length !== 1) return null;
      const n = b[0];
      if (n.t === 'char' && !n.neg) {
        items.push({ k: 'lit', c: n.c });
        fold = n.fold;
      } else if (n.t === 'set' && !n.neg) {
        items.push(...n.items);
        ascii = n.ascii;
        fold = n.fold;
      } else return null;
    }
  } else return null;
  if (ascii === globalAscii || !items.some((it) => it.k === 'cat')) return null;
  if (fold && isCased(items)) return null;
  return setTest(items, neg, 0, globalAscii);
}
