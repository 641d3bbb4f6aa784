/**
 * The browser bench's compare run (issue 9): two 10,000-task gathers on one time axis. The second
 * program is pasted once the first is drawn; from then to both drawn, and over steps and an End in
 * compare mode, it reports the longest main-thread task (trace CPU time, which the machine's load
 * inflates far less than wall time) beside the 100 ms target, and the CPU time per step.
 * `--big=compare` runs it alone.
 */
import type { Page } from 'playwright-core';
import { gatherProgram } from './programs';
import { mainTasks, traced } from './trace';
import { ms } from './browser-big';

const TARGET_MS = 100;
const STEPS = 20;
const MARK = 'loopline-bench-compare:';

export async function benchCompare(main: Page, base: string): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--big='))?.slice('--big='.length);
  if (only && only !== 'compare') return;
  console.log('\nCompare: two gathers of 10,000 coroutines on one axis');
  const page = await main.context().newPage();
  try {
    page.setDefaultTimeout(180_000);
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(`${base}?simTimeout=120000#lang=en&theme=light`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-status=done]');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForFunction(() => !!document.querySelector('[data-testid=speedup]')?.textContent?.trim());
    const a = gatherProgram(10_000);
    const b = a.replace('i % 10 / 10', 'i % 7 / 10');
    await page.getByTestId('compare-a').selectOption('__text');
    await page.getByTestId('compare-text-a').fill(a);
    await page.waitForFunction(() => document.querySelector('[data-testid=total-a]')?.textContent === '0.9 s');
    await page.getByTestId('compare-b').selectOption('__text');
    const mark = (k: string) => page.evaluate((m) => console.timeStamp(m), MARK + k);
    const cdp = await page.context().newCDPSession(page);
    const events = await traced(cdp, async () => {
      await mark('paste');
      await page.getByTestId('compare-text-b').fill(b);
      await page.waitForFunction(() => document.querySelector('[data-testid=total-b]')?.textContent === '0.6 s');
      // Both charts drawn: the frames after the second result.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(500);
      await mark('step');
      await page.locator('h1').click();
      for (let i = 0; i < STEPS; i++) {
        await page.keyboard.press('ArrowRight');
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      }
      await mark('End');
      await page.keyboard.press('End');
      await page.waitForTimeout(300);
      await mark('idle');
    });
    const marks = events
      .filter((e) => e.name === 'TimeStamp' && JSON.stringify(e.args ?? {}).includes(MARK))
      .map((e) => ({ ts: e.ts, kind: new RegExp(`${MARK}(\\w+)`).exec(JSON.stringify(e.args))?.[1] ?? '' }))
      .sort((x, y) => x.ts - y.ts);
    const tasks = mainTasks(events);
    for (let i = 0; i + 1 < marks.length; i++) {
      const inside = tasks.filter((t) => t.ts >= marks[i].ts && t.ts < marks[i + 1].ts);
      const cpu = inside.map((t) => (t.tdur ?? 0) / 1000);
      const wall = inside.map((t) => (t.dur ?? 0) / 1000);
      const longest = Math.max(0, ...cpu);
      const total = cpu.reduce((x, y) => x + y, 0);
      const per = marks[i].kind === 'step' ? `, ${ms(total / STEPS)} per step` : '';
      console.log(
        `  ${marks[i].kind.padEnd(6)} main-thread CPU ${ms(total)}${per}; longest task ${ms(longest)} CPU (${ms(Math.max(0, ...wall))} wall)  target ${TARGET_MS} ms  ratio ${(longest / TARGET_MS).toFixed(2)}${longest <= TARGET_MS ? '  met' : '  MISSED'}`,
      );
    }
  } finally {
    await page.close();
  }
}
