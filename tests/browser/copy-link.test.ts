/**
 * Copy link on a big draft: packing a program of hundreds of thousands of characters into the
 * link takes over a second, so it happens off the page's thread. The click answers at once
 * ("Copying link…"), no task on the page's thread lasts over 100 ms, and the link copied opens
 * the same program.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { openSite, watchedPage, typeProgram, CHROMIUM, type OpenSite } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

/** A program of about 300,000 characters: a short asyncio program and many distinct comment lines. */
const HEAD = 'import asyncio\n\nasync def main():\n    print("big")\n\nasyncio.run(main())\n';
const BIG =
  HEAD + Array.from({ length: 6000 }, (_, i) => `# line ${i}: ${(i * 7919).toString(36)} filler text\n`).join('');

suite('Copy link on a big draft', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    await opened.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: opened.base });
    page = await watchedPage(opened.ctx, errors, 30_000);
    await page.goto(opened.base);
    await page.waitForSelector('[data-status=done]');
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  /** Long tasks of the page's thread (start, duration) and the share button's words (when, what) from now on. */
  const watch = () =>
    page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; labels: [number, string][] };
      w.longTasks = [];
      w.labels = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.longTasks.push([e.startTime, Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Copy link')!;
      new MutationObserver(() => w.labels.push([performance.now(), b.textContent ?? ''])).observe(b, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });

  /** Clicks Copy link once the page is quiet; the first answer, when it was copied and the long tasks meanwhile. */
  async function copyOnce(): Promise<{ first: number; word: string; copied: number; during: number[] }> {
    await page.waitForSelector('[data-status=done]');
    await watch();
    // The run and the save that followed the typing are over: a second without a long task.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const w = window as unknown as { longTasks: [number, number][] };
            const last = w.longTasks.at(-1);
            return last ? performance.now() - (last[0] + last[1]) : Infinity;
          }),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(1000);
    const clickedAt = await page.evaluate(() => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Copy link')!;
      const t = performance.now();
      b.click();
      return t;
    });
    await expect.poll(() => page.getByRole('button', { name: 'Link copied' }).count(), { timeout: 30_000 }).toBe(1);
    const { longTasks, labels } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; labels: [number, string][] };
      return { longTasks: w.longTasks, labels: w.labels };
    });
    const copied = labels.find(([, l]) => l === 'Link copied')![0];
    // (The click's own task began before it: a task counts when it ends after the click.)
    const during = longTasks.filter(([start, d]) => start + d > clickedAt && start <= copied).map(([, d]) => d);
    return { first: labels[0][0] - clickedAt, word: labels[0][1], copied: copied - clickedAt, during };
  }

  it('answers the click at once, keeps every task under 100 ms, and copies a link to the same program', async () => {
    expect(BIG.length).toBeGreaterThan(150_000);
    await typeProgram(page, BIG);
    await expect.poll(() => page.getByTestId('big-draft').count(), { timeout: 30_000 }).toBe(1);
    let text = BIG;
    // On a loaded machine any task can stretch past 100 ms: up to three tries, each on a changed draft
    // (packing all of it again). Packing on the page's thread takes one task of 500 ms or more every time.
    let best = Infinity;
    for (let attempt = 1; attempt <= 3 && best >= 100; attempt++) {
      if (attempt > 1) {
        await expect.poll(() => page.getByRole('button', { name: 'Copy link' }).count(), { timeout: 5000 }).toBe(1);
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.insertText(`# try ${attempt}\n`);
        text += `# try ${attempt}\n`;
        await page.waitForTimeout(1500);
      }
      const r = await copyOnce();
      console.log(
        `copy link, ${text.length} characters: first answer ${Math.round(r.first)} ms (${r.word}), ` +
          `copied after ${Math.round(r.copied)} ms, long tasks ${JSON.stringify(r.during)}`,
      );
      expect(r.word).toBe('Copying link…');
      expect(r.first).toBeLessThan(100);
      best = Math.min(best, Math.max(0, ...r.during));
      // The link on the clipboard opens the program on screen.
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(url.startsWith(opened!.base)).toBe(true);
      expect(LZString.decompressFromEncodedURIComponent(/[#&]code=([^&]*)/.exec(url)![1])).toBe(text);
    }
    expect(best).toBeLessThan(100);
    // A second copy of the same program reuses the packed form.
    const button = page.getByRole('button', { name: 'Copy link' });
    await expect.poll(() => button.count(), { timeout: 5000 }).toBe(1);
    await button.click();
    await expect.poll(() => page.getByRole('button', { name: 'Link copied' }).count(), { timeout: 2000 }).toBe(1);
    await page.screenshot({ path: '/tmp/loopline-copy-link.png' });
    expect(errors).toEqual([]);
  }, 240_000);
});
