/**
 * Label widths estimated without a DOM (timeline/text.ts): each code point weighs its class's
 * share of the font size, Hangul and CJK a full em; a character outside the Basic Multilingual
 * Plane counts once (not as its two UTF-16 halves), a lone surrogate as an ordinary character.
 */
import { describe, it, expect } from 'vitest';
import { textWidth } from '../../../src/lib/timeline/text';

/** The rule written out a character at a time, as the layout has always applied it. */
function byRule(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const cjk =
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xff00 && c <= 0xff60));
    if (cjk) w += 1.0;
    else if (ch === ' ') w += 0.28;
    else if ('·.,:il|'.includes(ch)) w += 0.3;
    else if (/[A-Z]/.test(ch)) w += 0.66;
    else if (/[0-9]/.test(ch)) w += 0.57;
    else if (ch === 'm' || ch === 'w') w += 0.85;
    else w += 0.54;
  }
  return w * size;
}

describe('textWidth', () => {
  it('weighs each class of character', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth(' ', 10)).toBeCloseTo(2.8);
    expect(textWidth('il|', 10)).toBeCloseTo(9);
    expect(textWidth('AZ', 10)).toBeCloseTo(13.2);
    expect(textWidth('09', 10)).toBeCloseTo(11.4);
    expect(textWidth('mw', 10)).toBeCloseTo(17);
    expect(textWidth('MW', 10)).toBeCloseTo(13.2);
    expect(textWidth('가一！', 10)).toBeCloseTo(30);
    expect(textWidth('é', 10)).toBeCloseTo(5.4);
    expect(textWidth('😀', 10)).toBeCloseTo(5.4);
    expect(textWidth('\ud800x\udc00', 10)).toBeCloseTo(16.2);
  });

  it('gives exactly the per-character rule on random labels', () => {
    const alphabet = 'aAzZ09 ·.,:il|mwMW가힣ㄱ一龥豈！｠｡éß😀\ud800\udc00Ωπ-_()[]×…—Task-worker';
    const chars = [...alphabet];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const s = Array.from({ length: 1 + (i % 25) }, () => chars[Math.floor(next() * chars.length)]).join('');
      expect(textWidth(s, 11.5)).toBe(byRule(s, 11.5));
    }
  });
});
