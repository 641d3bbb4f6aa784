/**
 * The built site serves what app.html links from static/: the favicon and PNG icons, the web
 * manifest (whose own icons resolve too) and the 1200×630 share image. Chromium resolves the
 * links, so relative paths are checked the way a browser reads them.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { type BrowserContext } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite } from './site';
import { PNG_SIGNATURE, readIhdr } from '../export/png-decode';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

interface Head {
  icons: { href: string; type: string; sizes: string }[];
  appleTouchIcon: string;
  manifest: string;
  ogImage: string;
  themeColor: string;
}

async function get(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

function expectPng(bytes: Uint8Array, width: number, height: number, url: string): void {
  expect(Array.from(bytes.slice(0, 8)), url).toEqual(PNG_SIGNATURE);
  const { width: w, height: h } = readIhdr(bytes);
  expect([w, h], url).toEqual([width, height]);
}

suite('static files', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let head: Head;

  beforeAll(async () => {
    opened = await openSite();
    const base = opened.base;
    ctx = opened.ctx;
    const page = await ctx.newPage();
    await page.goto(base);
    head = await page.evaluate(() => {
      const link = (rel: string) => Array.from(document.querySelectorAll<HTMLLinkElement>(`link[rel="${rel}"]`));
      const meta = (sel: string) => document.querySelector<HTMLMetaElement>(sel)?.content ?? '';
      return {
        icons: link('icon').map((l) => ({ href: l.href, type: l.type, sizes: l.sizes.value })),
        appleTouchIcon: link('apple-touch-icon')[0]?.href ?? '',
        manifest: link('manifest')[0]?.href ?? '',
        ogImage: new URL(meta('meta[property="og:image"]'), document.baseURI).href,
        themeColor: meta('meta[name="theme-color"]'),
      };
    });
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('serves the SVG favicon and the PNG icons the page links', async () => {
    expect(head.icons.map((i) => i.type)).toEqual(['image/svg+xml', 'image/png']);
    const svg = new TextDecoder().decode(await get(head.icons[0].href));
    const { document } = parseHTML(svg);
    expect(document.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 64 64');
    expect(head.icons[1].sizes).toBe('192x192');
    expectPng(await get(head.icons[1].href), 192, 192, head.icons[1].href);
    expectPng(await get(head.appleTouchIcon), 180, 180, head.appleTouchIcon);
  });

  it('serves a web manifest whose icons resolve, in the light theme colours', async () => {
    const manifest = JSON.parse(new TextDecoder().decode(await get(head.manifest)));
    expect(manifest.name).toBe('Loopline');
    expect(manifest.short_name).toBe('Loopline');
    expect(manifest.theme_color).toBe(head.themeColor);
    expect(manifest.background_color).toBe('#f7f7f5');
    expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const url = new URL(icon.src, head.manifest).href;
      const bytes = await get(url);
      if (icon.type === 'image/png') {
        const [w, h] = icon.sizes.split('x').map(Number);
        expectPng(bytes, w, h, url);
      } else expect(icon.type).toBe('image/svg+xml');
    }
  });

  it('serves the 1200×630 share image', async () => {
    expectPng(await get(head.ogImage), 1200, 630, head.ogImage);
  });
});
