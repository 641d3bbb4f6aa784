/**
 * One screen (issue 8, item 6): at 1366x768, with a tutorial scenario of five or six tasks, the
 * step controls, the narration, the timeline and the ready queue / timer heap are all inside the
 * window at once, and the page does not scroll; in English and Korean, light and dark.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { simulate } from '../../src/lib/run';
import { openSite, tasksTableEdges, CHROMIUM, ROOT, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const scenario = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.py`), 'utf8');
const link = (code: string, extra: string) => `#code=${LZString.compressToEncodedURIComponent(code)}${extra}`;

/** The regions that must be on screen together, by selector. */
const REGIONS: Record<string, string> = {
  'step buttons': '.controls',
  scrubber: '.scrub',
  narration: '[data-testid=narration]',
  timeline: '.tl-scroll',
  'ready queue and timer heap': '.panel:has([data-testid=ready-queue])',
};

suite('one screen at 1366x768', () => {
  let opened: OpenSite | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(id: string, extra: string): Promise<Page> {
    const page = await opened!.ctx.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(opened!.base + link(scenario(id), extra));
    await page.waitForSelector('[data-status=done]');
    return page;
  }

  const cases: [string, string, number][] = [
    ['07_semaphore', '&lang=en&theme=light', 6],
    ['11_lock', '&lang=ko&theme=dark', 7],
    ['05_taskgroup', '&lang=ko&theme=light', 4],
  ];
  for (const [id, extra, nTasks] of cases) {
    it(`${id} (${extra.slice(1)}): every region inside the window, no page scroll`, async () => {
      expect(simulate(scenario(id)).trace.tasks.length).toBe(nTasks);
      const page = await open(id, extra);
      // Part way through the run, with tasks waiting and timers pending.
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      for (const [name, sel] of Object.entries(REGIONS)) {
        const r = await page.locator(sel).first().boundingBox();
        expect(r, name).not.toBeNull();
        expect(r!.x, name).toBeGreaterThanOrEqual(0);
        expect(r!.y, name).toBeGreaterThanOrEqual(0);
        expect(r!.x + r!.width, name).toBeLessThanOrEqual(1366);
        expect(r!.y + r!.height, name).toBeLessThanOrEqual(768);
        expect(r!.height, name).toBeGreaterThan(10);
      }
      // Every column of the tasks table is in view inside its panel (a task's state wraps in its
      // cell in a panel this narrow, instead of pushing Line past the panel's right edge).
      const { heads, panel } = await tasksTableEdges(page);
      expect(heads).toHaveLength(4);
      for (const right of heads) expect(right).toBeLessThanOrEqual(panel);
      // Every lane of the timeline has room: its lanes area shows the whole chart.
      const tl = await page.locator('.tl-scroll').evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
      expect(tl.scroll).toBeLessThanOrEqual(tl.client + 1);
      const page2 = await page.evaluate(() => ({
        h: document.scrollingElement!.scrollHeight,
        w: document.scrollingElement!.scrollWidth,
      }));
      expect(page2.h).toBeLessThanOrEqual(768);
      expect(page2.w).toBeLessThanOrEqual(1366);
      await page.close();
    });
  }

  it('the editor and its help stay reachable: the program column scrolls by itself', async () => {
    const page = await open('07_semaphore', '&lang=en');
    const col = await page.locator('main.single > .left').evaluate((e) => {
      e.scrollTop = e.scrollHeight;
      return { top: e.scrollTop, overflow: getComputedStyle(e).overflowY };
    });
    expect(col.overflow).toBe('auto');
    expect(await page.locator('.shortcuts').isVisible()).toBe(true);
    const r = await page.locator('.shortcuts').boundingBox();
    expect(r!.y + r!.height).toBeLessThanOrEqual(768);
    const ed = await page.locator('.cm-editor').boundingBox();
    expect(ed!.height).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the editor never runs over the Input box below it, even when an error box takes room', async () => {
    const code =
      'import asyncio\n\nasync def main():\n    name = input("name? ")\n' +
      '    await asyncio.sleep(0)\n'.repeat(20) +
      '    raise ValueError(name)\n\nasyncio.run(main())\n';
    const page = await opened!.ctx.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(opened!.base + link(code, '&lang=en') + `&in=${LZString.compressToEncodedURIComponent('Ada\n')}`);
    await page.waitForSelector('[data-status=done]');
    await page.keyboard.press('End');
    await page.waitForSelector('.problem');
    const editor = await page.locator('.cm-editor').boundingBox();
    const input = await page.locator('details.program-input').boundingBox();
    expect(editor!.y + editor!.height).toBeLessThanOrEqual(input!.y + 0.5);
    expect(errors).toEqual([]);
    await page.close();
  });
});
