/**
 * Compare mode in presenter mode, at a projector's 1280x720: "sequential vs concurrent" shows as
 * the totals, the stepping bar and both charts drawn larger (no pickers, no export), stepped with
 * a clicker's keys, the current lane of each chart highlighted; entering and leaving presenter
 * mode keeps the comparison, and its link carries presenter mode.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, ROOT, type OpenSite } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const scenario = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.py`), 'utf8');
const pack = (id: string) => LZString.compressToEncodedURIComponent(scenario(id));
const COMPARE = `mode=compare&a=${pack('02_sequential_await')}&b=${pack('04_gather')}`;

suite('compare in presenter mode at 1280x720', () => {
  let opened: OpenSite | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await opened!.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(opened!.base + path);
    await page.waitForSelector('[data-status=done]');
    await page.locator('[data-testid=compare-side-b] svg[role=img]').waitFor();
    return page;
  }
  const position = (p: Page) => p.getByTestId('compare-position').innerText();

  for (const theme of ['light', 'dark'] as const) {
    it(`a link opens the comparison in presenter mode, large, stepped by a clicker (${theme})`, async () => {
      const page = await open(`?present#${COMPARE}&lang=en&theme=${theme}`);
      expect(await page.locator('.app').getAttribute('data-present')).toBe('yes');
      expect(await page.getByTestId('compare').isVisible()).toBe(true);
      // Only what the audience needs: no pickers, no export, no share button.
      for (const id of ['compare-mode-programs', 'compare-three-ways', 'compare-share', 'compare-svg'])
        expect(await page.getByTestId(id).count(), id).toBe(0);
      // (The speed-up is written once both runs have finished: wait for it.)
      await expect.poll(() => page.getByTestId('speedup').innerText()).toMatch(/faster/);
      // Both charts span the width and fit the screen's height, their labels drawn at 13.5 px or
      // more on screen (as large for the screen as the single view's 20 px at 1920x1080).
      await expect.poll(() => page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(720);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('[data-testid^=compare-side-] svg[role=img]')].map((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const px = [...svg.querySelectorAll<SVGTextElement>('text.lane-label, .tick text')].map(
            (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
          );
          return { width: svg.getBoundingClientRect().width, min: Math.min(...px), n: px.length };
        }),
      );
      expect(sizes).toHaveLength(2);
      for (const s of sizes) {
        expect(s.width).toBeGreaterThan(1150);
        expect(s.n).toBeGreaterThan(0);
        expect(s.min).toBeGreaterThanOrEqual(13.5);
      }
      // A clicker's keys and the arrows step both programs on one clock.
      const start = await position(page);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      const two = await position(page);
      expect(two).not.toBe(start);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await position(page)).toBe(two);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageUp');
      expect(await position(page)).toBe(start);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      // The current task's lane is highlighted in a chart where a step is at the clock.
      await expect.poll(() => page.locator('[data-testid^=compare-side-] g.laser').count()).toBeGreaterThan(0);
      // The address keeps presenter mode with the comparison.
      await page.waitForFunction(() => location.hash.includes('present=1') && location.hash.includes('mode=compare'));
      await page.screenshot({ path: `/tmp/loopline-present-compare-${theme}.png` });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('presenter mode keeps the comparison, and F goes full screen', async () => {
    const page = await open(`#${COMPARE}&lang=en&theme=light`);
    expect(await page.getByTestId('compare-share').count()).toBe(1);
    await page.getByTestId('present-toggle').click();
    expect(await page.locator('.app').getAttribute('data-present')).toBe('yes');
    expect(await page.getByTestId('compare').isVisible()).toBe(true);
    expect(await page.getByTestId('compare-share').count()).toBe(0);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('f');
    await expect.poll(() => page.locator('.app').getAttribute('data-fullscreen')).toBe('yes');
    await page.keyboard.press('f');
    await expect.poll(() => page.locator('.app').getAttribute('data-fullscreen')).toBe('no');
    // Back to the single view and to compare again, inside presenter mode.
    await page.getByRole('button', { name: 'Single program', exact: true }).click();
    await expect.poll(() => page.getByTestId('compare').count()).toBe(0);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.locator('[data-testid=compare-side-b] svg[role=img]').waitFor();
    await page.getByTestId('present-toggle').click();
    expect(await page.locator('.app').getAttribute('data-present')).toBe('no');
    expect(await page.getByTestId('compare-share').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
