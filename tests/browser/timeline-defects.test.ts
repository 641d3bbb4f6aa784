/**
 * Timeline defects from issue 8 item 7, in the page: the step pill keeps clear of the blocking
 * band's caption, a click anywhere on a lane jumps to that lane's nearest step, and hiding the
 * future (or predicting) on the time axis draws sleeps up to their due time instead of slivers.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type BrowserContext, type Page } from 'playwright-core';
import LZString from 'lz-string';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const link = (code: string, extra: string) => `#code=${LZString.compressToEncodedURIComponent(code)}${extra}`;

const BLOCKING = `import asyncio, time

async def blocker():
    time.sleep(1)
    await asyncio.sleep(0.5)

async def other():
    await asyncio.sleep(0.2)
    print('late')

async def main():
    await asyncio.gather(blocker(), other())

asyncio.run(main())
`;

const SLEEPS = `import asyncio

async def nap(d):
    await asyncio.sleep(d)
    return d

async def main():
    print(await asyncio.gather(nap(1), nap(2), nap(3)))

asyncio.run(main())
`;

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

suite('Timeline defects', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    base = opened.base;
    ctx = opened.ctx;
    page = await watchedPage(ctx, errors);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(code: string, extra: string) {
    await page.goto('about:blank');
    await page.goto(base + link(code, extra));
    await page.waitForSelector('[data-status=done]');
    await page.waitForSelector('.swim svg .lane');
  }
  const position = () => page.getByTestId('position').innerText();

  for (const [lang, theme] of [
    ['en', 'light'],
    ['ko', 'dark'],
  ] as const)
    it(`the step pill does not cover the blocking band's caption (${lang}, ${theme})`, async () => {
      await open(BLOCKING, `&step=1&lang=${lang}&theme=${theme}&axis=time`);
      const caption = page.locator('.swim svg g.band-frozen text.band-label');
      await expect(caption.count()).resolves.toBe(1);
      const band = (await page.locator('.swim svg g.band-frozen rect').boundingBox())!;
      let inside = 0;
      for (let k = 1; k <= 12 && !inside; k++) {
        const line = (await page.locator('.cur-line').boundingBox())!;
        const mid = line.x + line.width / 2;
        if (mid >= band.x && mid <= band.x + band.width) inside = k;
        else await page.keyboard.press('ArrowRight');
      }
      expect(inside).toBeGreaterThan(0);
      const pill = (await page.locator('.cur-pill').boundingBox())!;
      const text = (await caption.boundingBox())!;
      expect(overlap(pill, text)).toBe(false);
      await expect(caption.evaluate((e) => getComputedStyle(e).visibility)).resolves.toBe('visible');
      await page.locator('.swim').screenshot({ path: `/tmp/i8t/pill-band-${lang}-${theme}.png` });
    });

  it('a click on the middle of a sleeping segment jumps to that lane’s nearest step', async () => {
    await open(SLEEPS, '&step=1&lang=en&theme=light&axis=time');
    // The nap(3) lane: its sleep runs from 0 s to 3 s.
    const lanes = page.locator('.swim svg g.lane');
    let sleep: Box | null = null;
    for (let i = 0; i < (await lanes.count()); i++) {
      for (const r of await lanes.nth(i).locator('rect.seg-sleeping').all()) {
        const b = (await r.boundingBox())!;
        if (!sleep || b.width > sleep.width) sleep = b;
      }
    }
    expect(sleep!.width).toBeGreaterThan(200);
    // Not a step bar: nothing to click there before.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-step]') !== null,
      [sleep!.x + sleep!.width / 2, sleep!.y + sleep!.height / 2],
    );
    expect(hit).toBe(false);
    // A quarter in (0.75 s): the step that put it to sleep, at 0 s.
    await page.mouse.click(sleep!.x + sleep!.width * 0.25, sleep!.y + sleep!.height / 2);
    const early = await position();
    expect(early).toMatch(/Step \d+ of \d+ · Time 0\.0 s/);
    expect(early).not.toMatch(/^Step 1 of/);
    // Three quarters in (2.25 s): its wake-up at 3 s.
    await page.mouse.click(sleep!.x + sleep!.width * 0.75, sleep!.y + sleep!.height / 2);
    await expect(position()).resolves.toMatch(/· Time 3\.0 s/);
    // Halfway is a tie between 0 s and 3 s: the earlier step.
    await page.mouse.click(sleep!.x + sleep!.width * 0.5, sleep!.y + sleep!.height / 2);
    await expect(position()).resolves.toBe(early);
    // The lane's row above the bar counts too.
    await page.mouse.click(sleep!.x + sleep!.width * 0.9, sleep!.y - 3);
    await expect(position()).resolves.toMatch(/· Time 3\.0 s/);
    // Keys still step.
    await page.keyboard.press('ArrowLeft');
    await expect(position()).resolves.not.toMatch(/· Time 3\.0 s/);
  });

  /** Widest drawn bar of each lane, in px. */
  const widths = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.swim svg g.lane')].map((g) =>
        Math.max(0, ...[...g.querySelectorAll('rect.seg')].map((r) => r.getBoundingClientRect().width)),
      ),
    );

  for (const mode of ['hide', 'predict'] as const)
    it(`${mode === 'hide' ? 'hide the future' : 'predict'} on the time axis draws sleeps to their due time`, async () => {
      // Step 4: every nap has gone to sleep at 0 s.
      await open(SLEEPS, `&step=4&lang=en&theme=light&axis=time${mode === 'predict' ? '&predict=1' : ''}`);
      await expect(position()).resolves.toMatch(/^Step 4 of \d+ · Time 0\.0 s/);
      if (mode === 'hide') await page.getByLabel('Hide the future').check();
      await page.waitForSelector('.swim svg rect[data-ghost]');
      const w = await widths();
      const plot = await page.evaluate(() => {
        const t = [...document.querySelectorAll('.swim svg .tick')];
        const xs = t.map((g) => g.getBoundingClientRect().x);
        return Math.max(...xs) - Math.min(...xs);
      });
      // Three nap lanes; the longest sleep spans 3 s of the axis.
      const naps = w.filter((x) => x > 4.5);
      expect(naps.length).toBe(3);
      expect(Math.max(...naps)).toBeGreaterThan(plot * 0.5);
      const ghosts = await page.locator('.swim svg rect[data-ghost]').count();
      expect(ghosts).toBe(3);
      await page.locator('.swim').screenshot({ path: `/tmp/i8t/ghost-${mode}.png` });
      // Nothing after the current step is given away: no wake-up step bar beyond 0 s.
      await expect(page.locator('.swim svg rect.seg-running').count()).resolves.toBeLessThanOrEqual(4);
    });

  it('dark theme ghost bars', async () => {
    await open(SLEEPS, '&step=4&lang=ko&theme=dark&axis=time&predict=1');
    await page.waitForSelector('.swim svg rect[data-ghost]');
    await page.locator('.swim').screenshot({ path: '/tmp/i8t/ghost-predict-ko-dark.png' });
    expect(errors).toEqual([]);
  });
});
