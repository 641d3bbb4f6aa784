/**
 * Three-way compare (issue 10 item 1): scenarios 21-23, the same jobs on asyncio, threads and
 * processes, open in one click as programs A, B and C on one time axis, each with its lanes;
 * the summary names each total and the fastest; the clock steps all three; the share link
 * reopens the three; C leaves again, back to the two-program view.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { type BrowserContext, type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';
import { simulate } from '../../src/lib/run';
import { scenarioById } from '../../src/lib/ui/scenarios';
import { formatTime } from '../../src/lib/ui/model';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const TRIO = ['21_cpu_asyncio', '22_cpu_threads', '23_cpu_processes'];
const runs = TRIO.map((id) => simulate(scenarioById(id)!.source).trace);
const secs = formatTime;
/** The side whose first step comes first on the one clock (the earlier side on a tie): the only one started at Home. */
const firstSide = runs.reduce((best, t, i) => (t.steps[0].t < runs[best].steps[0].t ? i : best), 0);

suite('Three-way compare', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite({ acceptDownloads: true });
    base = opened.base;
    ctx = opened.ctx;
    page = await watchedPage(ctx, errors, 20_000);
    await page.setViewportSize({ width: 1440, height: 1000 });
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  const position = (p: Page) => p.getByTestId('compare-position').innerText();
  /** Every side's total is in and the verdict is written. */
  const settled = (p: Page, n: number) =>
    p.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid^=compare-side-] svg').length === n &&
        !!document.querySelector('[data-testid=speedup]')?.textContent?.trim(),
      n,
    );

  /** x of the "0 s" tick of each timeline, in page pixels. */
  const zeroTicks = (p: Page) =>
    p.evaluate(() =>
      ['a', 'b', 'c'].map((k) => {
        const tick = [...document.querySelectorAll(`[data-testid=compare-side-${k}] svg .tick`)].find(
          (g) => g.textContent === '0 s',
        );
        const line = tick?.querySelector('line')?.getBoundingClientRect();
        return line ? line.x : NaN;
      }),
    );

  it('opens asyncio, threads and processes as A, B and C on one axis, in one click', async () => {
    await page.goto(base + '#lang=en&theme=light');
    await page.waitForSelector('[data-status=done]');
    await page.getByRole('button', { name: 'Compare' }).click();
    await settled(page, 2);
    await page.getByTestId('compare-three-ways').click();
    await settled(page, 3);
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid=total-c]')?.textContent === t,
      secs(runs[2].end),
    );
    for (const [i, k] of ['a', 'b', 'c'].entries()) {
      await expect(page.getByTestId(`compare-${k}`).inputValue()).resolves.toBe(TRIO[i]);
      await expect(page.getByTestId(`total-${k}`).innerText()).resolves.toBe(secs(runs[i].end));
    }
    // Processes are fastest; asyncio and threads take about as long as each other.
    const r = (i: number) => (runs[i].end / runs[2].end).toFixed(2);
    await expect(page.getByTestId('speedup').innerText()).resolves.toBe(
      `C is fastest: ${r(0)}× faster than A, ${r(1)}× faster than B`,
    );
    // Three labelled groups, each with its own lanes.
    const titles = await page.evaluate(() =>
      ['a', 'b', 'c'].map((k) => document.querySelector(`[data-testid=compare-side-${k}]`)?.textContent ?? ''),
    );
    expect(titles[0]).toContain('Program A — Compute and wait: asyncio');
    expect(titles[1]).toContain('Program B — Compute and wait: threads');
    expect(titles[2]).toContain('Program C — Compute and wait: processes');
    expect(titles[1]).toContain('Threads');
    expect(titles[2]).toContain('Processes');
    expect(titles[2]).toContain('ForkProcess-4');
    expect(titles[0]).not.toContain('Processes');
    // One axis: the three "0 s" ticks at one x.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=compare-side-c] svg .tick').length > 2);
    const xs = await zeroTicks(page);
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.5);
    await page.screenshot({ path: '/tmp/i10three/three-desktop.png', fullPage: true });
  });

  it('steps all three on one virtual clock', async () => {
    const n = runs.map((t) => t.steps.length);
    await expect(position(page)).resolves.toBe(
      `${secs(runs[firstSide].steps[0].t)}: ` +
        runs
          .map((t, i) =>
            i === firstSide ? `${'ABC'[i]} at step 1 of ${n[i]}` : `${'ABC'[i]} not started yet (${n[i]} steps)`,
          )
          .join(', '),
    );
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).resolves.toMatch(/B at step 1 of \d+, C at step 1 of/);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=compare] .cur-line')]
        .filter((e) => (e as HTMLElement).style.display !== 'none')
        .map((e) => e.getBoundingClientRect().x),
    );
    expect(lines).toHaveLength(3);
    expect(Math.max(...lines) - Math.min(...lines)).toBeLessThan(0.5);
    const pills = await page.locator('[data-testid=compare] .cur-pill').allInnerTexts();
    expect(pills.map((p) => p.slice(0, 4))).toEqual(['A · ', 'B · ', 'C · ']);
    await page.screenshot({ path: '/tmp/i10three/three-mid.png', fullPage: true });
    await page.keyboard.press('End');
    await expect(position(page)).resolves.toBe(
      `${secs(Math.max(...runs.map((t) => t.end)))}: A at step ${n[0]} of ${n[0]}, B at step ${n[1]} of ${n[1]}, C at step ${n[2]} of ${n[2]}`,
    );
  });

  it('carries the three programs and the moment in the share link', async () => {
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    const pos = await position(page);
    await page.getByTestId('compare-share').click();
    await page.waitForFunction(() => /[#&]c=/.test(location.hash) && location.hash.includes('at=5'));
    const other = await ctx.newPage();
    await other.goto(page.url());
    await settled(other, 3);
    for (const [i, k] of ['a', 'b', 'c'].entries())
      await expect(other.getByTestId(`compare-${k}`).inputValue()).resolves.toBe(TRIO[i]);
    await expect(other.getByTestId('speedup').innerText()).resolves.toBe(await page.getByTestId('speedup').innerText());
    await expect(position(other)).resolves.toBe(pos);
    await other.close();
  });

  it('exports the three timelines as one SVG', async () => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-svg').click()]);
    const svg = readFileSync((await dl.path())!, 'utf8');
    expect(svg).toMatch(
      /<title>Comparison: Compute and wait: asyncio — [^<]* vs Compute and wait: threads — [^<]* vs Compute and wait: processes — [^<]*× faster than A\)<\/title>/,
    );
    expect(svg.split('virtual time →').length - 1).toBe(3);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-png').click()]);
    const png = readFileSync((await pngDl.path())!);
    const size = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(png.readUInt32BE(16)).toBe(Number(size[1]) * 2);
    expect(png.readUInt32BE(20)).toBe(Number(size[2]) * 2);
  });

  it('opens from the notice of scenarios 21-24 in one click', async () => {
    const p = await ctx.newPage();
    await p.setViewportSize({ width: 1440, height: 1000 });
    await p.goto(base + '#lang=en&theme=light');
    await p.waitForSelector('[data-status=done]');
    await expect(p.getByTestId('scenario-three-ways').count()).resolves.toBe(0);
    await p.selectOption('#scenario', '24_three_ways');
    await p.waitForSelector('[data-status=done]');
    await p.screenshot({ path: '/tmp/i10three/scenario-24-notice.png' });
    await p.getByTestId('scenario-three-ways').click();
    await settled(p, 3);
    for (const [i, k] of ['a', 'b', 'c'].entries())
      await expect(p.getByTestId(`compare-${k}`).inputValue()).resolves.toBe(TRIO[i]);
    await expect(p.getByTestId('speedup').innerText()).resolves.toMatch(/^C is fastest: /);
    await p.close();
  });

  it('opens a two-program link made before three-way compare as two programs', async () => {
    const pack = (id: string) => LZString.compressToEncodedURIComponent(scenarioById(id)!.source);
    const p = await ctx.newPage();
    await p.goto(`${base}#mode=compare&a=${pack(TRIO[0])}&b=${pack(TRIO[2])}&at=3&theme=light&lang=en`);
    await settled(p, 2);
    await expect(p.getByTestId('compare-c').count()).resolves.toBe(0);
    await expect(p.getByTestId('compare-a').inputValue()).resolves.toBe(TRIO[0]);
    await expect(p.getByTestId('compare-b').inputValue()).resolves.toBe(TRIO[2]);
    await expect(p.getByTestId('speedup').innerText()).resolves.toMatch(/^B is [\d.]+× faster than A$/);
    await expect(position(p)).resolves.toMatch(/, B at step 1 of \d+$/);
    await p.close();
  });

  it('lets C go again, back to two programs, and the Korean summary reads right', async () => {
    // At the end of the longest run, C leaves: the clock stays at that time, now A's and B's last step.
    const n = runs.map((t) => t.steps.length);
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await page.getByTestId('compare-remove-c').click();
    await settled(page, 2);
    await expect(position(page)).resolves.toBe(
      `${secs(Math.max(runs[0].end, runs[1].end))}: A at step ${n[0]} of ${n[0]}, B at step ${n[1]} of ${n[1]}`,
    );
    await expect(page.getByTestId('total-c').count()).resolves.toBe(0);
    await expect(page.getByTestId('speedup').innerText()).resolves.toMatch(
      /^B is [\d.]+× (faster|slower) than A$|^Both take the same time$/,
    );
    await expect(position(page)).resolves.toMatch(/^[\d.]+ s: A (at step|not started)[^,]*, B [^,]*$/);
    await page.waitForFunction(() => !/[#&]c=/.test(location.hash));
    await expect(page.getByTestId('compare-add-c').isVisible()).resolves.toBe(true);

    const ko = await ctx.newPage();
    await ko.setViewportSize({ width: 1440, height: 1000 });
    await ko.goto(base + '#lang=ko&theme=dark');
    await ko.waitForSelector('[data-status=done]');
    await ko.getByRole('button', { name: '비교' }).click();
    await settled(ko, 2);
    await ko.getByTestId('compare-three-ways').click();
    await settled(ko, 3);
    await expect(ko.getByTestId('speedup').innerText()).resolves.toMatch(
      /^C가 가장 빠릅니다: A보다 [\d.]+배 빠름, B보다 [\d.]+배 빠름$/,
    );
    const only = runs.map((t, i) =>
      i === firstSide
        ? `${'ABC'[i]} ${t.steps.length}단계 중 1단계`
        : `${'ABC'[i]} 시작 전 \\(전체 ${t.steps.length}단계\\)`,
    );
    await expect(position(ko)).resolves.toMatch(new RegExp(`^[\\d.]+초: ${only.join(', ')}$`));
    await ko.screenshot({ path: '/tmp/i10three/three-dark-ko.png', fullPage: true });
    // On a phone the three groups stack, and nothing runs off the side of the page.
    await ko.setViewportSize({ width: 390, height: 844 });
    await ko.waitForTimeout(1000);
    await ko.screenshot({ path: '/tmp/i10three/three-phone-ko.png', fullPage: true });
    const wide = await ko.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 392)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
    );
    expect(wide).toEqual([]);
    await ko.close();
    expect(errors).toEqual([]);
  });
});
