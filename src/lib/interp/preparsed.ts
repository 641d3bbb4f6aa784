/**
 * Library Python parsed ahead of time. The CLI's build (scripts/build-cli.ts) parses every library
 * `.py` file into its IR and registers it here under the name the bundle carries instead of the file's
 * text, so a CLI start skips Lezer and lowering for them; the app registers nothing and parses at first
 * use (interp/library.ts).
 *
 * The IR travels as JSON (JSON.parse is V8's fastest way to build a large object tree) plus a list of
 * the values JSON cannot hold (ints are bigints, a float may be infinite, a field may be undefined),
 * each with its path from the root, so decoding needs no reviver and no walk over the whole tree.
 */
import type { Module } from '../ir/types';

type Key = string | number;
/** A value JSON cannot hold, at a path: `i` an int (bigint) by its digits, `f` a non-finite float, `u` undefined. */
type Special = [Key[], 'i' | 'f', string] | [Key[], 'u'];

/** A reader of the encoded IR, by what the bundle passes for its source (text not found here is parsed). */
export const preparsed = new Map<string, () => string>();

/**
 * A reader of the Python text itself, by the same name: the bundle's library runs from its IR, and
 * only a traceback through a library statement shown as CPython's reads the text (to find its line:
 * interp/statement-lines.ts).
 */
export const preparsedText = new Map<string, () => string>();

/** The Python text of a library source: itself, or what the bundle carries in its place. */
export function libraryText(source: string): string {
  return preparsedText.get(source)?.() ?? source;
}

export function encodeModule(module: Module): string {
  const specials: Special[] = [];
  const path: Key[] = [];
  const plain = (v: unknown): unknown => {
    if (typeof v === 'bigint') specials.push([[...path], 'i', v.toString()]);
    else if (typeof v === 'number' && !Number.isFinite(v)) specials.push([[...path], 'f', String(v)]);
    else if (v === undefined) specials.push([[...path], 'u']);
    else if (Array.isArray(v)) return v.map((x, i) => at(i, x));
    else if (v !== null && typeof v === 'object') {
      if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`cannot encode a ${v.constructor.name}`);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, at(k, x)]));
    } else return v;
    return null;
  };
  const at = (k: Key, v: unknown): unknown => {
    path.push(k);
    try {
      return plain(v);
    } finally {
      path.pop();
    }
  };
  const tree = plain(module);
  return JSON.stringify({ tree, specials });
}

export function decodeModule(encoded: string): Module {
  const { tree, specials } = JSON.parse(encoded) as { tree: Module; specials: Special[] };
  for (const s of specials) {
    const p = s[0];
    let node = tree as unknown as Record<Key, unknown>;
    for (let i = 0; i < p.length - 1; i++) node = node[p[i]] as Record<Key, unknown>;
    node[p[p.length - 1]] = s[1] === 'i' ? BigInt(s[2]) : s[1] === 'f' ? Number(s[2]) : undefined;
  }
  return tree;
}
