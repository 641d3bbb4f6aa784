/**
 * Regenerates the site's raster images in static/ from sources in the repository:
 *  - og-image.png (1200×630, the link preview): a scenario's timeline drawn by `loopline svg`,
 *    under the name and tagline, rasterised with the PNG export;
 *  - icon-192.png, icon-512.png and apple-touch-icon.png: static/favicon.svg at those sizes.
 *
 *   npx tsx scripts/make-share-image.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { exportPng } from '../src/lib/export/png';

const ROOT = join(import.meta.dirname, '..');
const STATIC = join(ROOT, 'static');

// Open Graph's recommended size; Twitter and Mastodon crop the same 1.91:1 frame.
const WIDTH = 1200;
const HEIGHT = 630;
const MARGIN = 60;
const HEADER = 150;
// The app's light theme (src/routes/+page.svelte): page, text, muted text, border.
const BG = '#f7f7f5';
const FG = '#1b1b1f';
const MUTED = '#5d6068';
const BORDER = '#d4d4d8';

const SCENARIO = 'scenarios/03_create_task.py';
const TITLE = 'create_task runs things side by side';
const TAGLINE = 'A visual event-loop timeline simulator for Python asyncio';

/** The chart as `npx loopline svg` draws it, without its XML declaration. */
function timelineSvg(): { svg: string; width: number; height: number } {
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'bin/loopline.js'), 'svg', SCENARIO, '--title', TITLE, '--width', '720'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const svg = out.replace(/^<\?xml[^>]*>\s*/, '');
  const size = /<svg\b[^>]*\bwidth="([\d.]+)" height="([\d.]+)"/.exec(svg);
  if (!size) throw new Error('loopline svg: no width/height on the root element');
  return { svg, width: Number(size[1]), height: Number(size[2]) };
}

/** Place an <svg> document at (x, y), scaled to w × h (its viewBox keeps the drawing's units). */
function nest(svg: string, x: number, y: number, w: number, h: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\s(?:x|y|width|height)="[^"]*"/g, '')
      .replace(/^<svg/, `<svg x="${x}" y="${y}" width="${w}" height="${h}"`),
  );
}

function shareImage(): string {
  const chart = timelineSvg();
  const room = HEIGHT - HEADER - MARGIN / 2;
  const scale = Math.min((WIDTH - 2 * MARGIN) / chart.width, room / chart.height);
  const w = Math.round(chart.width * scale);
  const h = Math.round(chart.height * scale);
  const x = (WIDTH - w) / 2;
  const y = HEADER + Math.round((room - h) / 2);
  const icon = readFileSync(join(STATIC, 'favicon.svg'), 'utf8').trim();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${BG}"/>`,
    nest(icon, MARGIN, 44, 72, 72),
    `<text x="${MARGIN + 96}" y="88" font-size="52" font-weight="700" fill="${FG}">Loopline</text>`,
    `<text x="${MARGIN + 98}" y="122" font-size="24" fill="${MUTED}">${TAGLINE}</text>`,
    `<rect x="${x - 1}" y="${y - 1}" width="${w + 2}" height="${h + 2}" rx="6" fill="#ffffff" stroke="${BORDER}"/>`,
    nest(chart.svg, x, y, w, h),
    '</svg>',
  ].join('\n');
}

function iconPng(size: number): Buffer {
  const svg = readFileSync(join(STATIC, 'favicon.svg'), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, logLevel: 'off' }).render().asPng();
}

writeFileSync(join(STATIC, 'og-image.png'), exportPng(shareImage(), 1));
writeFileSync(join(STATIC, 'icon-192.png'), iconPng(192));
writeFileSync(join(STATIC, 'icon-512.png'), iconPng(512));
writeFileSync(join(STATIC, 'apple-touch-icon.png'), iconPng(180));
console.log('wrote static/og-image.png, icon-192.png, icon-512.png, apple-touch-icon.png');
