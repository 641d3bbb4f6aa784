/**
 * The line number at the end of a trace location ('main:8' → 8); 0 for none or 'done'. Read by
 * character codes, not a regex: the run's view (model.ts stepLine) reads it once for every step.
 */
export function lineOf(loc: string | null | undefined): number {
  if (!loc) return 0;
  let i = loc.length;
  let n = 0;
  for (let scale = 1; i > 0; i--, scale *= 10) {
    const d = loc.charCodeAt(i - 1) - 48;
    if (d < 0 || d > 9) break;
    n += d * scale;
  }
  // At least one digit, right after a colon.
  return i < loc.length && i > 0 && loc.charCodeAt(i - 1) === 58 ? n : 0;
}
