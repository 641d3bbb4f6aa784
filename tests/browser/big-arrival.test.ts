/**
 * A big run's result arrives without freezing the page (issue 9: no main-thread task over
 * 100 ms): the page builds the timeline of a 25,000-step run in slices of their own tasks
 * (ui/timeline/sliced.ts), so it paints frames between the run's end and its chart. Asserted on
 * that structure (frames painted in between), not on wall times, which a loaded machine stretches.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { endlessProgram } from '../bench/programs';
import { openSite, CHROMIUM, watchedPage, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

interface Arrival {
  /** Frames painted after the status said done and before the new chart was in the DOM. */
  frames: number;
  drawn: boolean;
}

suite('a big result arriving', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 200_000);
    // Watches from the page's start: the link's program runs as the page opens.
    await page.addInitScript(() => {
      const w = window as unknown as { __arrival: Arrival };
      const a: Arrival = (w.__arrival = { frames: -1, drawn: false });
      document.addEventListener('DOMContentLoaded', () => {
        let counting = false;
        const frame = () => {
          if (a.drawn) return;
          a.frames++;
          requestAnimationFrame(frame);
        };
        new MutationObserver(() => {
          const status = document.querySelector('.app')?.getAttribute('data-status');
          if (!counting && status === 'done') {
            counting = true;
            a.frames = 0;
            requestAnimationFrame(frame);
          }
          if (counting && document.querySelector('svg[role=img] g.lane')) a.drawn = true;
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    });
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('paints frames between the end of a 25,000-step run and its timeline, then draws it whole', async () => {
    await page.goto(
      `${opened!.base}?simTimeout=180000#code=${LZString.compressToEncodedURIComponent(endlessProgram)}&lang=en`,
    );
    await page.waitForSelector('[data-status=done]');
    await page.waitForSelector('svg[role=img] g.lane');
    const a = await page.evaluate(() => (window as unknown as { __arrival: Arrival }).__arrival);
    expect(a.drawn).toBe(true);
    // Built in one task with the result (as before slicing), the chart comes before any frame (0).
    // The worker's packed model is unpacked on a task after the result's: a frame is painted first.
    expect(a.frames).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('position').innerText()).toContain('of 25000');
    // The whole run is drawn, its 50,000 states merged into a few marks.
    const merged = await page
      .locator('svg[role=img] g.lane rect[data-merged]')
      .evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute('data-merged')), 0));
    expect(merged).toBeGreaterThan(45_000);
    // Stepping works on the chart built in slices.
    await page.locator('h1').click();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('position').innerText()).toContain('25000 of 25000');
    expect(errors).toEqual([]);
  }, 240_000);
});
