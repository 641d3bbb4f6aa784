/**
 * The swimlane chart of big runs (issue 9): a gather of 10,000 coroutines and an endless timer
 * loop stopped by the step cap. Only the lanes in view are in the DOM (scrolling brings others),
 * alike lanes group and a group opens, the axis stays at the top of the scrolled box, sub-pixel
 * states merge, and stepping and End move the cursor.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, watchedPage, type OpenSite } from './site';
import { endlessProgram, gatherProgram } from '../bench/programs';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

const link = (code: string) =>
  `?simTimeout=180000&maxSteps=100000#code=${LZString.compressToEncodedURIComponent(code)}&lang=en`;

suite('big runs in the timeline', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 200_000);
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(code: string) {
    // A fresh document: a link that differs only in its hash would keep the last run's "done" on screen.
    await page.goto('about:blank');
    await page.goto(opened!.base + link(code));
    await page.waitForSelector('[data-status=done]');
    await page.waitForSelector('svg[role=img] g.lane');
    await page.locator('h1').click();
  }
  const position = () => page.getByTestId('position').innerText();
  const pill = () => page.locator('.cursor-layer .cur-pill').innerText();
  const cursorX = () =>
    page
      .locator('.cursor-layer .cur-line')
      .evaluate((el) => Number(/translateX\(([-\d.]+)px\)/.exec((el as HTMLElement).style.transform)?.[1] ?? NaN));
  /** The lanes in the DOM, and where each is against the scrolled box. */
  const lanesInDom = () =>
    page.evaluate(() => {
      const box = document.querySelector('.tl-scroll')!.getBoundingClientRect();
      return [...document.querySelectorAll('svg[role=img] g.lane')].map((g) => {
        const r = g.getBoundingClientRect();
        return {
          task: g.getAttribute('data-task')!,
          label: g.querySelector('text.lane-label')?.firstChild?.textContent ?? '',
          inView: r.bottom > box.top && r.top < box.bottom,
        };
      });
    });

  it('10,000 tasks: groups alike lanes, opens one, draws only the lanes in view and keeps the axis on top', async () => {
    await open(gatherProgram(10_000));
    expect(await position()).toContain('of 20002');
    // Grouped: a handful of lanes, among them "worker × n" ones covering the 10,000 workers.
    let lanes = await lanesInDom();
    const groups = lanes.filter((l) => /^worker × \d+$/.test(l.label));
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.reduce((a, g) => a + Number(g.label.split('× ')[1]), 0)).toBeGreaterThan(9900);
    expect(lanes.length).toBeLessThan(10);

    // Open the biggest group: its tasks follow it, but only those in view (and a screen more) are in the DOM.
    const biggest = groups.reduce((a, g) => (Number(g.label.split('× ')[1]) > Number(a.label.split('× ')[1]) ? g : a));
    await page.locator(`svg[role=img] g.lane[data-task="${biggest.task}"] .group-toggle`).click();
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] g.lane').length > 20);
    expect(await page.locator(`g.lane[data-task="${biggest.task}"] .group-toggle`).getAttribute('aria-expanded')).toBe(
      'true',
    );
    lanes = await lanesInDom();
    expect(lanes.length).toBeLessThan(200);
    expect(lanes.filter((l) => l.inView).length).toBeGreaterThan(5);
    const box = page.locator('.tl-scroll');
    const { scrollHeight, clientHeight } = await box.evaluate((el) => ({
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
    }));
    // The scroll height is that of every lane.
    expect(scrollHeight).toBeGreaterThan(8000 * 25);

    // Scroll far down: other lanes appear in view, the first ones leave the DOM.
    await box.evaluate((el) => (el.scrollTop = 150_000));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('svg[role=img] g.lane')].some((g) => {
        const r = g.getBoundingClientRect();
        const b = document.querySelector('.tl-scroll')!.getBoundingClientRect();
        return r.top >= b.top && r.bottom <= b.bottom;
      }),
    );
    const later = await lanesInDom();
    expect(later.length).toBeLessThan(200);
    expect(later.some((l) => l.task === 'Task-1')).toBe(false);
    const shown = later.filter((l) => l.inView);
    expect(shown.length).toBeGreaterThan(5);
    expect(Number(shown[0].task.slice(5))).toBeGreaterThan(4000);
    // The axis stays at the top of the box.
    const strip = await page.getByTestId('axis-strip').boundingBox();
    const boxAt = await box.boundingBox();
    expect(Math.abs(strip!.y - boxAt!.y)).toBeLessThan(2);
    expect(await page.getByTestId('axis-strip').innerText()).toMatch(/0\.5 s/);
    await page.screenshot({ path: '/tmp/loopline-big-gather.png' });
    expect(clientHeight).toBeGreaterThan(100);

    // Stepping moves the cursor; End goes to the last step.
    expect(await pill()).toMatch(/^step 1 ·/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(pill).toMatch(/^step 2 ·/);
    await page.keyboard.press('End');
    await expect.poll(position).toContain('Step 20002 of 20002');
    await expect.poll(pill).toMatch(/^step 20002 ·/);
    expect(errors).toEqual([]);
  }, 400_000);

  it('100,000 steps of a timer loop: merged marks, a cursor that steps, End at the last step', async () => {
    await open(endlessProgram);
    const pos = await position();
    const n = Number(/of (\d+)/.exec(pos)?.[1]);
    expect(n).toBeGreaterThanOrEqual(100_000);
    // One lane, drawn with a few marks standing for its 200,000 states.
    const marks = await page.evaluate(() => ({
      all: document.querySelectorAll('svg[role=img] *').length,
      merged: [...document.querySelectorAll('svg[role=img] rect[data-merged]')].map((r) =>
        Number(r.getAttribute('data-merged')),
      ),
    }));
    expect(marks.all).toBeLessThan(400);
    expect(marks.merged.reduce((a, b) => a + b, 0)).toBeGreaterThan(100_000);
    const x0 = await cursorX();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(pill).toMatch(/^step 4 ·/);
    await page.keyboard.press('End');
    await expect.poll(pill).toMatch(new RegExp(`^step ${n} ·`));
    expect(await position()).toContain(`Step ${n} of ${n}`);
    // The last step is at the right end of the plot.
    const plot = await page.locator('svg[role=img]').evaluate((svg) => svg.getBoundingClientRect().width);
    const xEnd = await cursorX();
    expect(xEnd).toBeGreaterThan(x0 + plot * 0.6);
    await page.screenshot({ path: '/tmp/loopline-big-endless.png' });
    // Zoomed in, the states come back one by one.
    await page.locator('svg[role=img]').focus();
    for (let i = 0; i < 16; i++) await page.keyboard.press('+');
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelectorAll('svg[role=img] rect.seg-running:not([data-merged])').length),
      )
      .toBeGreaterThan(3);
    expect(errors).toEqual([]);
  }, 400_000);
});
