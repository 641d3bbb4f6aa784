/**
 * Text measured without a DOM: layout runs headless, so widths are estimated per character.
 */

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Helvetica Neue", Arial, sans-serif';

/** Rough text width for layout (no DOM): Hangul/CJK are wider than Latin. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xff00 && c <= 0xff60))
    )
      w += 1.0;
    else if (ch === ' ') w += 0.28;
    else if (ch === '·' || ch === '.' || ch === ',' || ch === ':' || ch === 'i' || ch === 'l' || ch === '|') w += 0.3;
    else if (/[A-Z]/.test(ch)) w += 0.66;
    else if (/[0-9]/.test(ch)) w += 0.57;
    else if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') w += 0.85;
    else w += 0.54;
  }
  return w * size;
}

/** Shorten text with an ellipsis until its estimated width fits. */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && textWidth(chars.join('') + '…', size) > width) chars.pop();
  return chars.join('') + '…';
}

/** Cut a string to at most n characters, the last one an ellipsis. */
export function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
