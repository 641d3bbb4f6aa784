// What scripts/locale-tables.mjs and mimetypes-tables.mjs share: tables of key=value pairs written
// as one line of words for the base version (3.13), and each other version's as what it changes,
// adds at the end and removes, or in full when its order differs otherwise.

/** A key or value as one word of the written line (no spaces, `=` or `|`, not empty). */
export const word = (v) => {
  const s = String(v);
  if (/[\s=|]/.test(s) || s === '') throw new Error(`cannot write ${JSON.stringify(s)}`);
  return s;
};

/** Pairs as `key=value` words. */
export const line = (pairs) => pairs.map(([k, v]) => `${word(k)}=${word(v)}`).join(' ');

/**
 * `otherPairs` against `basePairs`: [changed-or-added pairs, removed keys], or null when its order is
 * not the base's with its additions at the end (`sorted`: a table both keep sorted, where order says nothing).
 */
export function delta(basePairs, otherPairs, sorted = false) {
  const baseMap = new Map(basePairs);
  const otherMap = new Map(otherPairs);
  const removed = basePairs.map(([k]) => k).filter((k) => !otherMap.has(k));
  const kept = basePairs.map(([k]) => k).filter((k) => otherMap.has(k));
  const added = otherPairs.map(([k]) => k).filter((k) => !baseMap.has(k));
  const order = [...kept, ...added];
  if (!sorted && !order.every((k, i) => k === otherPairs[i][0])) return null;
  return [otherPairs.filter(([k, v]) => baseMap.get(k) !== v), removed];
}

/** One version's entry of DIFFS: the delta as a Python tuple, the table in full, or undefined when equal. */
export function diffEntry(basePairs, otherPairs, sorted = false) {
  const d = delta(basePairs, otherPairs, sorted);
  if (d === null) return JSON.stringify(line(otherPairs));
  if (d[0].length || d[1].length) return `(${JSON.stringify(line(d[0]))}, ${JSON.stringify(d[1].map(word).join(' '))})`;
  return undefined;
}

/** The DIFFS dict's Python source: {name: {minor: entry}}. */
export function diffsSource(diffs) {
  let text = 'DIFFS = {\n';
  for (const [name, byMinor] of Object.entries(diffs)) {
    const entries = Object.entries(byMinor).map(([m, v]) => `        ${m}: ${v},`);
    text += entries.length ? `    '${name}': {\n${entries.join('\n')}\n    },\n` : `    '${name}': {},\n`;
  }
  return text + '}\n';
}
