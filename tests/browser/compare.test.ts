/**
 * Compare mode (issue 8 item 7): both timelines start their axes at the same x with the same
 * scale, step together on one virtual clock, travel in the share link, export from the app, and
 * take any program: scenarios, every saved draft and pasted text.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { type BrowserContext, type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';
import { simulate } from '../../src/lib/run';
import { scenarioById } from '../../src/lib/ui/scenarios';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const scenario = (id: string) => scenarioById(id)!.source;

/** Long coroutine names: a wider label column than the scenarios'. */
const LONG = `import asyncio

async def a_coroutine_with_a_very_long_name(d):
    await asyncio.sleep(d)

async def main():
    await asyncio.gather(a_coroutine_with_a_very_long_name(0.5), a_coroutine_with_a_very_long_name(1.5))

asyncio.run(main())
`;

const DRAFT = `import asyncio

async def main():
    await asyncio.sleep(0.25)
    await asyncio.sleep(0.25)

asyncio.run(main())
`;

suite('Compare mode', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite({ acceptDownloads: true });
    base = opened.base;
    ctx = opened.ctx;
    page = await watchedPage(ctx, errors, 15_000);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  const both = (p: Page) =>
    p.waitForFunction(() => !!document.querySelector('[data-testid=speedup]')?.textContent?.trim());
  const position = (p: Page) => p.getByTestId('compare-position').innerText();

  async function openCompare(p: Page) {
    await p.goto(base + '#lang=en&theme=light');
    // Only the hash may have changed: load the page afresh (it reads the drafts once).
    await p.reload();
    await p.waitForSelector('[data-status=done]');
    await p.getByRole('button', { name: 'Compare' }).click();
    await both(p);
  }

  /** x of the "0 s" tick of each timeline, in page pixels. */
  const zeroTicks = (p: Page) =>
    p.evaluate(() =>
      ['a', 'b'].map((k) => {
        const tick = [...document.querySelectorAll(`[data-testid=compare-side-${k}] svg .tick`)].find(
          (g) => g.textContent === '0 s',
        );
        const line = tick?.querySelector('line')?.getBoundingClientRect();
        return line ? line.x : NaN;
      }),
    );

  async function paste(p: Page, side: 'a' | 'b', text: string) {
    await p.getByTestId(`compare-${side}`).selectOption('__text');
    const box = p.getByTestId(`compare-text-${side}`);
    await box.fill(text);
  }

  it('takes pasted text, and both axes start at the same x with the same scale', async () => {
    await openCompare(page);
    const before = await page.getByTestId('total-a').innerText();
    await paste(page, 'a', LONG);
    const end = simulate(LONG).trace.end;
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid=total-a]')?.textContent === t,
      `${end.toFixed(1)} s`,
    );
    expect(before).not.toBe(`${end.toFixed(1)} s`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=compare] svg .tick').length > 4);
    const [xa, xb] = await zeroTicks(page);
    expect(Number.isFinite(xa)).toBe(true);
    expect(Math.abs(xa - xb)).toBeLessThan(0.5);
    // Same scale: the last tick of each is at the same x too.
    const lastX = await page.evaluate(() =>
      ['a', 'b'].map((k) => {
        const ticks = [...document.querySelectorAll(`[data-testid=compare-side-${k}] svg .tick`)];
        const t = ticks.at(-1)!;
        return { label: t.textContent, x: t.querySelector('line')!.getBoundingClientRect().x };
      }),
    );
    expect(lastX[0].label).toBe(lastX[1].label);
    expect(Math.abs(lastX[0].x - lastX[1].x)).toBeLessThan(0.5);
    await page.screenshot({ path: '/tmp/i8t/compare-light.png', fullPage: true });
  });

  it('steps both programs on one virtual clock, with keys and buttons', async () => {
    const na = simulate(LONG).trace.steps.length;
    const nb = simulate(scenario('15_aiohttp_concurrent')).trace.steps.length;
    await expect(position(page)).resolves.toMatch(/^0\.0 s: A at step 1 of \d+, B not started yet \(\d+ steps\)$/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).resolves.toMatch(/B at step 1 of/);
    // Both cursor lines stand at the same x: one moment in both programs.
    const lines = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid=compare] .cur-line')]
          .filter((e) => (e as HTMLElement).style.display !== 'none')
          .map((e) => e.getBoundingClientRect().x),
      );
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    let xs = await lines();
    await page.screenshot({ path: '/tmp/i8t/compare-light-mid.png', fullPage: true });
    expect(xs.length).toBe(2);
    expect(Math.abs(xs[0] - xs[1])).toBeLessThan(0.5);
    await page.keyboard.press('End');
    await expect(position(page)).resolves.toBe(
      `${Math.max(simulate(LONG).trace.end, simulate(scenario('15_aiohttp_concurrent')).trace.end).toFixed(1)} s: A at step ${na} of ${na}, B at step ${nb} of ${nb}`,
    );
    xs = await lines();
    expect(Math.abs(xs[0] - xs[1])).toBeLessThan(0.5);
    const pills = await page.locator('[data-testid=compare] .cur-pill').allInnerTexts();
    expect(pills[0]).toMatch(/^A · /);
    expect(pills[1]).toMatch(/^B · /);
    await page.getByRole('button', { name: 'Jump to start' }).click();
    await expect(position(page)).resolves.toMatch(/^0\.0 s: A at step 1 of/);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect(position(page)).resolves.toMatch(/A at step 1 of \d+, B at step 1 of/);
    // A click on a step bar moves the shared clock to it.
    const lastB = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('[data-testid=compare-side-b] svg rect.seg-running')].map((r) =>
          Number(r.getAttribute('data-step')),
        ),
      ),
    );
    expect(lastB).toBe(nb - 1);
    await page
      .locator(`[data-testid=compare-side-b] svg rect.seg-running[data-step="${lastB}"]`)
      .click({ force: true });
    await expect(position(page)).resolves.toMatch(new RegExp(`B at step ${nb} of ${nb}`));
  });

  it('carries both programs and the moment in the share link', async () => {
    await page.getByRole('button', { name: 'Jump to start' }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    const pos = await position(page);
    await page.getByTestId('compare-share').click();
    await page.waitForFunction(() => location.hash.includes('mode=compare') && location.hash.includes('at=4'));
    const url = page.url();
    const other = await ctx.newPage();
    await other.goto(url);
    await both(other);
    await expect(other.getByTestId('compare-b').inputValue()).resolves.toBe('15_aiohttp_concurrent');
    await expect(other.getByTestId('compare-a').inputValue()).resolves.toBe('__text');
    await expect(other.getByTestId('compare-text-a').inputValue()).resolves.toBe(LONG);
    await expect(other.getByTestId('total-a').innerText()).resolves.toBe(await page.getByTestId('total-a').innerText());
    await expect(position(other)).resolves.toBe(pos);
    await other.close();
  });

  it('exports both timelines as SVG and PNG from the app', async () => {
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-svg').click()]);
    expect(svgDl.suggestedFilename()).toBe('loopline-compare.svg');
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Comparison: Pasted program');
    expect(svg).toContain('a_coroutine_with_a_very_long_name');
    // Two panels, the second shifted down.
    expect((svg.match(/<g transform="translate\([^)]*\)"/g) ?? []).length).toBeGreaterThanOrEqual(1);
    expect(svg.split('virtual time →').length - 1).toBe(2);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-png').click()]);
    expect(pngDl.suggestedFilename()).toBe('loopline-compare@2x.png');
    const png = readFileSync((await pngDl.path())!);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const w = png.readUInt32BE(16);
    const h = png.readUInt32BE(20);
    const size = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(w).toBe(Number(size[1]) * 2);
    expect(h).toBe(Number(size[2]) * 2);
  });

  it('offers the editor’s program, My draft and every earlier draft', async () => {
    const p = await ctx.newPage();
    await p.goto(base);
    await p.evaluate((d) => {
      localStorage.setItem('loopline.userDraft', 'import asyncio\nasyncio.run(asyncio.sleep(3))\n');
      localStorage.setItem('loopline.drafts', JSON.stringify([{ id: 'x1', at: Date.now() - 60_000, text: d }]));
    }, DRAFT);
    await openCompare(p);
    const opts = await p.getByTestId('compare-a').locator('option').allInnerTexts();
    expect(opts.some((o) => o.includes('The program in the editor'))).toBe(true);
    expect(opts.some((o) => o.includes('My draft'))).toBe(true);
    expect(opts.some((o) => o.includes('await asyncio.sleep(0.25)') || o.includes('async def main'))).toBe(true);
    await p.getByTestId('compare-a').selectOption('__draft@x1');
    await p.waitForFunction(() => document.querySelector('[data-testid=total-a]')?.textContent === '0.5 s');
    await p.getByTestId('compare-b').selectOption('__draft');
    await p.waitForFunction(() => document.querySelector('[data-testid=total-b]')?.textContent === '3.0 s');
    await expect(p.getByTestId('speedup').innerText()).resolves.toContain('6.00');
    await p.close();
  });

  it('looks right in dark and in Korean', async () => {
    const p = await ctx.newPage();
    await p.goto(base + '#lang=ko&theme=dark');
    await p.waitForSelector('[data-status=done]');
    await p.getByRole('button', { name: '비교' }).click();
    await both(p);
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await expect(position(p)).resolves.toMatch(/^0\.0초: A \d+단계 중 1단계, B \d+단계 중 [12]단계$/);
    await p.screenshot({ path: '/tmp/i8t/compare-dark-ko.png', fullPage: true });
    // At the first moment A's pill fits on neither side of its cursor (the band starts at the
    // plot's left edge): the band's caption moves right past the pill, still inside its band.
    await p.keyboard.press('Home');
    const sideA = p.getByTestId('compare-side-a');
    const pill = (await sideA.locator('.cur-pill').boundingBox())!;
    const caption = sideA.locator('svg g.band-frozen text.band-label').first();
    await expect(caption.evaluate((e) => getComputedStyle(e).visibility)).resolves.toBe('visible');
    const box = (await caption.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pill.x + pill.width);
    const band = (await sideA.locator('svg g.band-frozen rect').first().boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(band.x + band.width);
    await p.screenshot({ path: '/tmp/i8t/compare-dark-ko-start.png', fullPage: true });
    // Later the caption is back in its place.
    await p.keyboard.press('End');
    await expect(caption.boundingBox().then((b) => b!.x)).resolves.toBeLessThan(box.x);
    await p.close();
    expect(errors).toEqual([]);
  });
});
