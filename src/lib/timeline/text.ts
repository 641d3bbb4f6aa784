/**
 * Text measured without a DOM: layout runs headless, so widths are estimated per character.
 */

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Helvetica Neue", Arial, sans-serif';

/** Rough text width for layout (no DOM): Hangul/CJK are wider than Latin. */
export function textWidth(text: string, size: number): number {
  // By character codes, a code point at a time (no one-character strings or regular expressions:
  // a compare of two 10,000-task runs measures every task's label).
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xff00 && c <= 0xff60))
    )
      w += 1.0;
    else if (c === 0x20) w += 0.28;
    // · . , : i l |
    else if (c === 0xb7 || c === 0x2e || c === 0x2c || c === 0x3a || c === 0x69 || c === 0x6c || c === 0x7c) w += 0.3;
    // A-Z
    else if (c >= 0x41 && c <= 0x5a) w += 0.66;
    // 0-9
    else if (c >= 0x30 && c <= 0x39) w += 0.57;
    // m w
    else if (c === 0x6d || c === 0x77) w += 0.85;
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
