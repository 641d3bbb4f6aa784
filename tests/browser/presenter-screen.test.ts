/**
 * Presenter mode on a projector (issue 8, item 6): at 1920x1080 the app fills the screen without
 * scrolling, and the timeline's labels (lane names, segment text, axis ticks) are drawn at 20 px
 * or more, measured as each text's computed font size times the scale the chart is drawn at.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { openSite, CHROMIUM, ROOT, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const scenario = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.py`), 'utf8');

suite('presenter mode at 1920x1080', () => {
  let opened: OpenSite | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  for (const [id, extra] of [
    ['07_semaphore', '&lang=en&theme=light'],
    ['05_taskgroup', '&lang=ko&theme=dark'],
  ]) {
    it(`${id} (${extra.slice(1)}): fills the screen, timeline labels at least 20 px`, async () => {
      const page = await opened!.ctx.newPage();
      await page.setViewportSize({ width: 1920, height: 1080 });
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${opened!.base}?present#code=${LZString.compressToEncodedURIComponent(scenario(id))}${extra}`);
      await page.waitForSelector('[data-status=done]');
      for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');

      // The app fills the screen: no page scroll, and its columns reach the bottom of the window.
      const fill = await page.evaluate(() => {
        const se = document.scrollingElement!;
        const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return {
          w: se.scrollWidth,
          h: se.scrollHeight,
          app: [r('.app').width, r('.app').height],
          right: r('main.single > .right').bottom,
          editor: r('.cm-editor').bottom,
          chart: r('svg[role=img]').width,
          column: r('main.single > .right').width,
        };
      });
      expect(fill.w).toBeLessThanOrEqual(1920);
      expect(fill.h).toBeLessThanOrEqual(1080);
      expect(fill.app[0]).toBeGreaterThanOrEqual(1900);
      expect(fill.app[1]).toBeGreaterThanOrEqual(1060);
      expect(fill.right).toBeGreaterThan(1040);
      expect(fill.editor).toBeGreaterThan(1040);
      // The chart spans its column.
      expect(fill.chart).toBeGreaterThan(fill.column - 4);
      for (const sel of [
        '.controls',
        '[data-testid=narration]',
        '.tl-scroll',
        '.panel:has([data-testid=ready-queue])',
      ]) {
        const b = await page.locator(sel).first().boundingBox();
        expect(b!.y + b!.height, sel).toBeLessThanOrEqual(1080);
        expect(b!.x + b!.width, sel).toBeLessThanOrEqual(1920);
      }

      // Every label's size on screen.
      const sizes = await page.evaluate(() => {
        const svg = document.querySelector('svg[role=img]') as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const measure = (sel: string) =>
          [...svg.querySelectorAll<SVGTextElement>(sel)]
            .filter((t) => t.textContent!.trim() !== '')
            .map((t) => ({
              text: t.textContent!,
              px: parseFloat(getComputedStyle(t).fontSize) * scale,
              box: t.getBoundingClientRect().height,
            }));
        return {
          lanes: measure('text.lane-label'),
          segments: measure('text.seg-label'),
          ticks: measure('.tick text'),
        };
      });
      for (const [kind, list] of Object.entries(sizes)) {
        expect(list.length, kind).toBeGreaterThan(0);
        for (const t of list) {
          expect(t.px, `${kind} "${t.text}"`).toBeGreaterThanOrEqual(20);
          expect(t.box, `${kind} "${t.text}" box`).toBeGreaterThanOrEqual(20);
        }
      }
      // Clicking a bar still jumps to its step (the chart is drawn scaled).
      const bar = page.locator('svg[role=img] [data-step]').nth(3);
      const step = Number(await bar.getAttribute('data-step'));
      await bar.click();
      await expect(page.getByTestId('position').innerText()).resolves.toMatch(new RegExp(`\\b${step + 1}\\b`));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
