/**
 * PNG export: the file decodes (signature, CRCs, inflated rows), its size is the layout size
 * times the scale, and Korean text renders as glyphs (not as missing-glyph boxes).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSvg, exportPng, cjkFamily } from '../../src/lib/export';
import { decodePng, readIhdr, PNG_SIGNATURE } from './png-decode';

const shared = join(import.meta.dirname, '..', 'conformance', 'shared');
const program = (name: string): string => readFileSync(join(shared, `${name}.py`), 'utf8');

function svgOf(name: string, opts = {}): { svg: string; width: number; height: number } {
  const r = exportSvg(program(name), opts);
  if (!('svg' in r)) throw new Error('diagnostics');
  return r;
}

/** Pixels that differ from the top-left (background) pixel. */
function inked(png: Uint8Array): number {
  const d = decodePng(png);
  const bg = d.pixels.subarray(0, d.channels);
  let n = 0;
  for (let i = 0; i < d.pixels.length; i += d.channels) {
    for (let c = 0; c < d.channels; c++) {
      if (Math.abs(d.pixels[i + c] - bg[c]) > 24) {
        n++;
        break;
      }
    }
  }
  return n;
}

describe('exportPng', () => {
  const r = svgOf('s001_say_after_tasks', { title: 'say_after' });

  for (const scale of [1, 2, 3] as const) {
    it(`writes a PNG of the layout size × ${scale}`, () => {
      const png = exportPng(r.svg, scale);
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      const ihdr = readIhdr(png);
      expect(ihdr.width).toBe(r.width * scale);
      expect(ihdr.height).toBe(r.height * scale);
      const d = decodePng(png);
      expect(d.pixels.length).toBe(r.width * scale * r.height * scale * d.channels);
    });
  }

  it('draws the chart: a white background with the running bars in blue', () => {
    const d = decodePng(exportPng(r.svg, 1));
    const px = (x: number, y: number): number[] => [
      ...d.pixels.subarray((y * d.width + x) * d.channels, (y * d.width + x) * d.channels + 3),
    ];
    expect(px(2, 2)).toEqual([255, 255, 255]);
    // Somewhere the running colour #0072b2 appears.
    let blue = 0;
    for (let i = 0; i < d.pixels.length; i += d.channels)
      if (d.pixels[i] === 0x00 && d.pixels[i + 1] === 0x72 && d.pixels[i + 2] === 0xb2) blue++;
    expect(blue).toBeGreaterThan(100);
  });

  it('paints the dark theme on a dark background', () => {
    const d = decodePng(exportPng(svgOf('s001_say_after_tasks', { theme: 'dark' }).svg, 1));
    expect([...d.pixels.subarray(0, 3)]).toEqual([0x0f, 0x14, 0x19]);
  });

  it('rejects other scales', () => {
    expect(() => exportPng(r.svg, 4 as 1)).toThrow(RangeError);
  });

  // Needs a Korean font on the machine (fonts-nanum or fonts-noto-cjk).
  it.skipIf(cjkFamily() === null)('renders Hangul as distinct glyphs', () => {
    const text = (s: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="system-ui, &quot;Noto Sans KR&quot;, sans-serif"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-size="20">${s}</text></svg>`;
    const a = exportPng(text('시작'), 1);
    const b = exportPng(text('완료'), 1);
    expect(inked(a)).toBeGreaterThan(40);
    expect(inked(b)).toBeGreaterThan(40);
    // Missing glyphs would draw the same empty boxes for both words.
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const ko = svgOf('s000_gather_three', { locale: 'ko', title: '시작과 끝' });
    const png = exportPng(ko.svg, 2);
    expect(readIhdr(png).width).toBe(ko.width * 2);
    expect(inked(png)).toBeGreaterThan(1000);
  });
});
