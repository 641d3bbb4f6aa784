/**
 * PNG export: rasterise an exported SVG with resvg (a prebuilt native binary shipped in the
 * npm package: works offline, no browser).
 *
 * Fonts: the system fonts are loaded. resvg picks one font per text run and, when that font
 * lacks a character, falls back to *some* font that has it for the whole run (on a machine with
 * several Korean families that may be a serif or a bold one). So text runs with Hangul/CJK get
 * an installed CJK sans-serif family named first, and `sans-serif` maps to an installed
 * Arial-metric family (the layout estimates text widths with such metrics).
 */
import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';

/** Preferred families, best first. */
const SANS = ['Noto Sans', 'Liberation Sans', 'Arimo', 'Arial', 'Helvetica', 'DejaVu Sans'];
const CJK_SANS = [
  'Noto Sans CJK KR',
  'Noto Sans KR',
  'Source Han Sans K',
  'Source Han Sans KR',
  'NanumGothic',
  'NanumBarunGothic',
  'Malgun Gothic',
  'Apple SD Gothic Neo',
  'UnDotum',
  'Noto Sans CJK JP',
  'Noto Sans CJK SC',
  'WenQuanYi Zen Hei',
];

let installed: Set<string> | null = null;

/** Installed font families (from fontconfig; empty when fc-list is missing). */
export function installedFamilies(): Set<string> {
  if (installed) return installed;
  installed = new Set();
  try {
    const out = execFileSync('fc-list', [':', 'family'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    for (const line of out.split('\n')) for (const f of line.split(',')) if (f.trim()) installed.add(f.trim());
  } catch {
    // No fontconfig: resvg still finds the fonts in the usual directories.
  }
  return installed;
}

/** The CJK sans-serif family used for Hangul text, or null when none is installed. */
export function cjkFamily(): string | null {
  const have = installedFamilies();
  return CJK_SANS.find((f) => have.has(f)) ?? null;
}

const CJK = /[\u1100-\u11ff\u3000-\u303f\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * Name the CJK family first on every `<text>` that has CJK characters. (Wrapping only the CJK
 * runs in a `<tspan>` is not enough: resvg 2.6 then sets the Latin text after the run in its
 * arbitrary fallback font too.)
 */
function preferCjkFont(svg: string, family: string): string {
  const rootFamily = /<svg\b[^>]*\sfont-family="([^"]*)"/.exec(svg)?.[1] ?? 'sans-serif';
  return svg.replace(/<text\b([^>]*)>([^<]*)/g, (all, attrs: string, text: string) => {
    if (!CJK.test(text)) return all;
    const own = /\sfont-family="([^"]*)"/.exec(attrs);
    const fam = `&quot;${family}&quot;, ${own ? own[1] : rootFamily}`;
    const next = own ? attrs.replace(own[0], ` font-family="${fam}"`) : `${attrs} font-family="${fam}"`;
    return `<text${next}>${text}`;
  });
}

export type Scale = 1 | 2 | 3;

/** Rasterise an SVG document at 1×, 2× or 3× its own size. */
export function exportPng(svg: string, scale: Scale = 2): Uint8Array {
  if (scale !== 1 && scale !== 2 && scale !== 3) throw new RangeError(`scale must be 1, 2 or 3 (got ${scale})`);
  const have = installedFamilies();
  const cjk = cjkFamily();
  const text = cjk ? preferCjkFont(svg, cjk) : svg;
  const sans = SANS.find((f) => have.has(f));
  const r = new Resvg(text, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: true,
      ...(sans ? { sansSerifFamily: sans, defaultFontFamily: sans } : {}),
    },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
    logLevel: 'off',
  });
  const png = r.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
