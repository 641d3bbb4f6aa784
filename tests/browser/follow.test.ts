/**
 * Following (issue 8, item 6): as the cursor moves (step, play, scrub) the editor scrolls to the
 * running line, the output to its newest line and the timeline to the running task's lane (and
 * along the time axis when zoomed), each only inside its own box and never while the user types.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { simulate } from '../../src/lib/run';
import { openSite, CHROMIUM, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

/** 24 workers, each printing three lines, whose code sits below forty lines of notes. */
const NOTES = Array.from({ length: 40 }, (_, i) => `# note ${i + 1}: the workers below sleep in turn`).join('\n');
const PROGRAM = `import asyncio

${NOTES}

async def worker(i):
    print(f"worker {i} starts")
    await asyncio.sleep(i * 0.1)
    print(f"worker {i} woke")
    await asyncio.sleep(0.05)
    print(f"worker {i} done")

async def main():
    await asyncio.gather(*(worker(i) for i in range(24)))

asyncio.run(main())
`;
const run = simulate(PROGRAM);
const steps = run.trace.steps;
const link = (code: string) => `#code=${LZString.compressToEncodedURIComponent(code)}&lang=en`;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const inside = (a: Box, b: Box) => a.top >= b.top - 1 && a.bottom <= b.bottom + 1;

suite('following the cursor', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await opened.ctx.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(opened.base + link(PROGRAM));
    await page.waitForSelector('[data-status=done]');
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  const position = () => page.getByTestId('position').innerText();
  /** Moves the cursor with the scrubber, as a drag does (input events). */
  async function scrub(index: number) {
    await page.locator('.scrub input[type=range]').evaluate((el, i) => {
      const input = el as HTMLInputElement;
      input.value = String(i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, index);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=position]')?.textContent?.includes(`Step ${n} of`),
      index + 1,
    );
  }
  const box = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
  const scrollTop = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((e) => e.scrollTop);

  it('the editor scrolls to the running line, only when it is out of view', async () => {
    // The first step runs main at the bottom of the program: the editor has followed it there.
    await page.waitForSelector('.cm-task-running');
    expect(await scrollTop('.cm-scroller')).toBeGreaterThan(0);
    expect(inside(await box('.cm-task-running'), await box('.cm-scroller'))).toBe(true);
    // Scrolled back to the top by hand, then a worker's step: its line is out of view again.
    await page.locator('.cm-scroller').evaluate((e) => (e.scrollTop = 0));
    const k = steps.findIndex((s) => s.task === 'Task-3');
    expect(k).toBeGreaterThan(0);
    await scrub(k);
    await page.waitForSelector('.cm-task-running');
    await page.waitForFunction(() => document.querySelector('.cm-scroller')!.scrollTop > 0);
    expect(inside(await box('.cm-task-running'), await box('.cm-scroller'))).toBe(true);
    // The page itself did not move.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Another worker's step on the same line: with that line in the middle of the editor, it stays where it is.
    await page.locator('.cm-task-running').evaluate((line) => {
      const sc = line.closest('.cm-scroller')!;
      sc.scrollTop += line.getBoundingClientRect().top - sc.getBoundingClientRect().top - sc.clientHeight / 2;
    });
    const before = await scrollTop('.cm-scroller');
    const k2 = steps.findIndex((s, i) => i > k && s.task === 'Task-4');
    await scrub(k2);
    expect(inside(await box('.cm-task-running'), await box('.cm-scroller'))).toBe(true);
    // (CodeMirror may keep its anchor by a line when the badges above rewrap; following would move it by far more.)
    expect(Math.abs((await scrollTop('.cm-scroller')) - before)).toBeLessThanOrEqual(24);
    // Back to the first step (main runs at the bottom, asyncio.run at the last line): followed too.
    await page.keyboard.press('Home');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=position]')?.textContent?.startsWith('Step 1 of'),
    );
    expect(inside(await box('.cm-task-running'), await box('.cm-scroller'))).toBe(true);
  });

  it('the editor does not scroll while the user is typing in it', async () => {
    await page.keyboard.press('Home');
    await page.locator('.cm-scroller').evaluate((e) => (e.scrollTop = 0));
    // Playing on while the editor has the focus (the user clicked into the notes to type).
    await page.getByRole('button', { name: 'Play' }).click();
    await page.locator('.cm-line').nth(3).click();
    const at = await position();
    await page.waitForFunction((p) => document.querySelector('[data-testid=position]')?.textContent !== p, at);
    await page.waitForTimeout(600);
    expect(await scrollTop('.cm-scroller')).toBe(0);
    await page.getByRole('button', { name: 'Pause' }).click();
    // Away from the editor, the next step follows again.
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.waitForFunction(() => document.querySelector('.cm-scroller')!.scrollTop > 0);
  });

  it('the output scrolls to its newest line', async () => {
    await page.keyboard.press('End');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=output] .out-line').length === n, 72);
    const pre = '[data-testid=output]';
    expect(await page.locator(pre).evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    expect(await scrollTop(pre)).toBeGreaterThan(0);
    const last = await page
      .locator(`${pre} .out-line`)
      .last()
      .evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
    expect(inside(last, await box(pre))).toBe(true);
    // Scrubbing back to the middle: the newest line shown so far is in view.
    const mid = Math.floor(steps.length / 2);
    await scrub(mid);
    const lastMid = await page
      .locator(`${pre} .out-line`)
      .last()
      .evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
    expect(inside(lastMid, await box(pre))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('the timeline scrolls its lanes to the running task, and along the axis when zoomed', async () => {
    const area = '.tl-scroll';
    expect(await page.locator(area).evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    await page.keyboard.press('Home');
    await page.locator(area).evaluate((e) => (e.scrollTop = 0));
    // The last worker's lane is below the fold of the lanes area.
    const last = `Task-${run.trace.tasks.length}`;
    const k = steps.findIndex((s) => s.task === last);
    await scrub(k);
    const lane = `svg[role=img] g.lane[data-task="${last}"]`;
    await page.waitForFunction(() => document.querySelector('.tl-scroll')!.scrollTop > 0);
    expect(inside(await box(lane), await box(area))).toBe(true);
    // Stepping to main at the top brings its lane back.
    await scrub(0);
    expect(inside(await box('svg[role=img] g.lane[data-task="Task-1"]'), await box(area))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Zoomed in, the cursor stays in the visible part of the time axis.
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.keyboard.press('End');
    const line = await page.locator('.cursor-layer .cur-line').evaluate((e) => ({
      shown: (e as HTMLElement).style.display !== 'none',
      x: e.getBoundingClientRect().left,
    }));
    const svg = await box('svg[role=img]');
    expect(line.shown).toBe(true);
    expect(line.x).toBeGreaterThan(svg.left);
    expect(line.x).toBeLessThan(svg.right);
    expect(errors).toEqual([]);
  });
});
