/**
 * Compare mode's one-line verdict from the programs' total times: for two, how many times faster
 * (or slower) B is than A; for three, which is fastest and how many times faster it is than each
 * of the others.
 */
import type { StringKey } from '../i18n';

type T = (k: StringKey, p?: Record<string, string | number>) => string;

/** Ends closer than this count as the same time. */
const SAME = 1e-9;
const LETTERS = ['A', 'B', 'C'];

const times = (slow: number, fast: number): string => (fast === 0 ? '∞' : (slow / fast).toFixed(2));

export function verdictOf(ends: number[], t: T): string {
  if (ends.length === 2) {
    const [a, b] = ends;
    if (Math.abs(a - b) < SAME) return t('same');
    if (b === 0) return t('speedup', { x: '∞' });
    const r = a / b;
    return r > 1 ? t('speedup', { x: r.toFixed(2) }) : t('slowdown', { x: (1 / r).toFixed(2) });
  }
  const best = Math.min(...ends);
  const fastest = ends.map((_, i) => i).filter((i) => ends[i] - best < SAME);
  if (fastest.length === ends.length) return t('sameAll');
  const list = ends
    .map((e, i) => (fastest.includes(i) ? '' : t('fasterThan', { x: times(e, best), s: LETTERS[i] })))
    .filter(Boolean)
    .join(', ');
  const names = fastest.map((i) => LETTERS[i]);
  if (names.length === 1) return t('fastest', { s: names[0], list });
  return t('fastestTie', { s: names.slice(0, -1).join(', ') + t('cmpAnd') + names.at(-1), list });
}
