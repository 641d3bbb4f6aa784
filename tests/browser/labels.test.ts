/**
 * Labels like the tutorials' diagrams (issue 8, item 4), in the app: bars name the awaited call,
 * a lane opens into nested bars of its await chain (its label's triangle, or all at once), and
 * each asyncio.run is marked on the axis with why task numbers jump.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { type Page } from 'playwright-core';
import LZString from 'lz-string';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';
import { exportSvg } from '../../src/lib/export';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const link = (code: string, extra: string) => `#code=${LZString.compressToEncodedURIComponent(code)}${extra}`;

const program = `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def greet(name):
    await say_after(1, f"hello {name}")
    await say_after(0.5, f"bye {name}")

async def main():
    task = asyncio.create_task(greet("ada"))
    await say_after(2, 'world')
    await task

asyncio.run(main())
asyncio.run(greet("bob"))
`;

suite('Call labels, nested bars and asyncio.run marks', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    base = opened.base;
    page = await watchedPage(opened.ctx, errors);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(extra: string) {
    await page.goto('about:blank');
    await page.setViewportSize({ width: 1600, height: 950 });
    await page.goto(base + link(program, extra));
    await page.waitForSelector('[data-status=done]');
  }
  const texts = (sel: string) =>
    // The element's own text, without the <title> tooltip inside it.
    page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.firstChild?.textContent ?? ''), sel);
  const laneLabels = () => texts('svg[role=img] .lane .lane-label');

  it('labels waits with the awaited call and marks each asyncio.run', async () => {
    await open('&lang=en&theme=light');
    const labels = await texts('svg[role=img] .seg-label');
    expect(labels).toContain("say_after(2, 'world') · sleep 2 s");
    expect(labels).toContain("say_after(1, 'hello ada') · sleep 1 s");
    expect(await texts('svg[role=img] .run-label')).toEqual(['asyncio.run #1', 'asyncio.run #2']);
    const note = await page.evaluate(
      () => document.querySelector('svg[role=img] .run-mark[data-run="2"] title')?.textContent,
    );
    expect(note).toContain('Task-3, Task-4 went to the shutdown of asyncio.run #1');
    expect(await laneLabels()).toEqual(['Task-1 · main', 'Task-2 · greet', 'Task-5 · greet']);
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens and closes a lane with its triangle, and every lane with the checkbox', async () => {
    await open('&lang=en&theme=light');
    await page.locator('svg[role=img] .lane-toggle[data-task="Task-2"]').click();
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane-sub').length === 1);
    expect(await laneLabels()).toEqual(['Task-1 · main', 'Task-2 · greet', '↳ say_after', 'Task-5 · greet']);
    expect(await page.locator('svg[role=img] .lane-toggle[data-task="Task-2"]').getAttribute('aria-expanded')).toBe(
      'true',
    );
    const sub = await texts('svg[role=img] .lane-sub .seg-label');
    expect(sub[0]).toBe("say_after(1, 'hello ada') · sleep 1 s");
    expect(sub[1]).toMatch(/^(say_after\(0\.5, 'bye ada'\)|sleep 0\.5 s)/); // as much as the bar's width holds
    await page.screenshot({ path: '/tmp/i8frames/nested-one-light.png' });
    await page.locator('svg[role=img] .lane-toggle[data-task="Task-2"]').click();
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane-sub').length === 0);
    await page.getByTestId('nested-all').check();
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane-sub').length === 3);
    await page.getByTestId('nested-all').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane-sub').length === 0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('reads in Korean and dark, every lane open', async () => {
    await open('&lang=ko&theme=dark&step=4');
    await page.getByTestId('nested-all').check();
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane-sub').length === 3);
    expect(await texts('svg[role=img] .seg-label')).toContain("say_after(2, 'world') · 잠듦 2 s");
    await page.screenshot({ path: '/tmp/i8frames/nested-all-ko-dark.png' });
  }, 60_000);

  it('exports the lanes that are open as nested bars, as the CLI draws them', async () => {
    await open('&lang=en&theme=light&axis=time');
    await page.locator('svg[role=img] .lane-toggle[data-task="Task-2"]').click();
    await page.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane-sub').length === 1);
    await page.locator('[data-testid=export] summary').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ex-svg').click()]);
    const got = readFileSync((await dl.path())!, 'utf8');
    const want = exportSvg(program, {
      theme: 'light',
      axis: 'time',
      locale: 'en',
      legend: true,
      width: 960,
      nested: ['Task-2'],
    });
    expect('svg' in want && want.svg).toBe(got);
    expect(got).toContain('>↳ say_after</text>');
  }, 60_000);
});
