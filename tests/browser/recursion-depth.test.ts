/**
 * Issue 13 item 5 in the page: the app's worker has a much smaller JS stack than the CLI's
 * thread, yet an async recursion reaches CPython's depth there too (900 levels run; 1000 give
 * the RecursionError CPython gives at the default limit). The output is CPython 3.13's.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite, watchedPage, typeProgram } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

const DEEP = `import asyncio

async def depth(n):
    if n == 0:
        await asyncio.sleep(0.5)
        return 0
    return await depth(n - 1) + 1

async def main():
    print("reached", await depth(900))
    try:
        await depth(1000)
    except RecursionError as e:
        print("RecursionError:", e)

asyncio.run(main())
`;

/** Records each run status the page shows (window.__statuses). */
const WATCH = `{
  window.__statuses = [];
  new MutationObserver((records) => {
    for (const r of records) window.__statuses.push(r.target.getAttribute('data-status'));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
}`;

suite('Recursion depth in the app', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 20_000);
    await page.addInitScript(WATCH);
    await page.goto(opened.base);
    await page.waitForSelector('[data-status=done]');
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('runs an async recursion 900 deep in the worker, as CPython does', async () => {
    await typeProgram(page, DEEP);
    await page.locator('button.primary[title="Ctrl+Enter"]').click();
    // The run's end: the page's status leaves 'running' (window.__statuses records each change).
    await page.waitForFunction(
      () => {
        const s = (window as unknown as { __statuses: string[] }).__statuses;
        const i = s.lastIndexOf('running');
        return i >= 0 && s.slice(i + 1).some((x) => x !== 'running');
      },
      null,
      { timeout: 30_000 },
    );
    await expect(page.getByTestId('position').innerText()).resolves.toMatch(/^Step 1 of 2 /);
    await page.getByRole('button', { name: 'Jump to end' }).click();
    const out = await page.getByTestId('output').innerText();
    expect(out).toContain('[0.500s] reached 900');
    expect(out).toContain('[0.500s] RecursionError: maximum recursion depth exceeded');
    await expect(page.getByTestId('trace-error').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
