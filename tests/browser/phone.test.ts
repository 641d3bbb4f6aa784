/**
 * On a phone (issue 8, item 6): at 390x844 with touch, the page never scrolls sideways, the step
 * controls and the timeline's lanes are on the first screen, every column of the tasks table is in
 * its panel, and the program folds away under a disclosure button whose state the browser remembers.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import LZString from 'lz-string';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildSite, serve, tasksTableEdges, CHROMIUM, CHROME_ARGS, ROOT } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const scenario = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.py`), 'utf8');
const W = 390;
const H = 844;

suite('on a phone, 390x844', () => {
  let site = '';
  let server: http.Server;
  let browser: Browser;
  let ctx: BrowserContext;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    site = await buildSite();
    server = await serve(site);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_ARGS });
    ctx = await browser.newContext({ viewport: { width: W, height: H }, isMobile: true, hasTouch: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await ctx.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base + path);
    await page.waitForSelector('[data-status=done]');
    return page;
  }
  const link = (id: string, extra: string) => `#code=${LZString.compressToEncodedURIComponent(scenario(id))}${extra}`;
  const scrollWidth = (p: Page) => p.evaluate(() => document.scrollingElement!.scrollWidth);

  for (const [id, extra] of [
    ['07_semaphore', '&lang=en&theme=light'],
    ['11_lock', '&lang=ko&theme=dark'],
  ]) {
    it(`${id} (${extra.slice(1)}): no sideways scroll; controls and timeline on the first screen`, async () => {
      const page = await open(link(id, extra));
      await page.locator('.controls button').nth(4).tap();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(W);
      // Step controls, scrubber and every lane of the timeline within the first 844 px.
      for (const sel of ['.controls', '.scrub', '[data-testid=narration]']) {
        const b = (await page.locator(sel).boundingBox())!;
        expect(b.y + b.height, sel).toBeLessThanOrEqual(H);
        expect(b.x + b.width, sel).toBeLessThanOrEqual(W);
      }
      const lanes = await page
        .locator('svg[role=img] g.lane')
        .evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect()).map((r) => [r.bottom, r.right]));
      expect(lanes.length).toBeGreaterThan(3);
      for (const [bottom, right] of lanes) {
        expect(bottom).toBeLessThanOrEqual(H);
        expect(right).toBeLessThanOrEqual(W);
      }
      // Every column of the tasks table is in view inside its panel: a long coroutine name wraps
      // in its cell instead of pushing Awaits and Line past the panel's right edge.
      const { heads, panel } = await tasksTableEdges(page);
      expect(heads).toHaveLength(4);
      for (const right of heads) expect(right).toBeLessThanOrEqual(panel);
      // The export menu opened, the page still does not scroll sideways.
      await page.locator('[data-testid=export] summary').tap();
      // The menu's controls are made on its toggle event, a task after the tap.
      await page.locator('.export-pop').waitFor({ state: 'visible' });
      expect(await scrollWidth(page)).toBeLessThanOrEqual(W);
      const pop = (await page.locator('.export-pop').boundingBox())!;
      expect(pop.x).toBeGreaterThanOrEqual(0);
      expect(pop.x + pop.width).toBeLessThanOrEqual(W);
      await page.close();
    });
  }

  it('the program folds away under its button, and stays folded on the next visit', async () => {
    const page = await open('#lang=en');
    const fold = page.getByTestId('program-fold');
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('.cm-editor').isVisible()).resolves.toBe(true);
    // An edit, to be kept while the program is folded.
    await page.locator('.cm-content').tap();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n# kept while folded');
    await fold.tap();
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(fold.innerText()).resolves.toContain('Show the program');
    await expect(page.locator('.cm-editor').isVisible()).resolves.toBe(false);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(W);
    await page.close();

    const again = await open('#lang=en');
    await expect(again.getByTestId('program-fold').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(again.locator('.cm-editor').isVisible()).resolves.toBe(false);
    await again.getByTestId('program-fold').tap();
    await expect(again.locator('.cm-editor').isVisible()).resolves.toBe(true);
    await expect(again.locator('.cm-content').innerText()).resolves.toContain('# kept while folded');
    await expect(again.evaluate(() => localStorage.getItem('loopline.editorFolded'))).resolves.toBe('0');
    expect(errors).toEqual([]);
    await again.close();
  });
});
