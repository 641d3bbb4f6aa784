/**
 * "What runs here" (issue 10, item 5): the header opens a list of the asyncio features, modules and
 * packages a program can use, in the UI's language; a module from the list imports in the app and
 * one missing from it stops with the not-simulated message.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, typeProgram, CHROMIUM, type OpenSite } from './site';
import { SIMULATED_MODULES } from '../../src/lib/ir/simulated-modules';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

suite('what runs here', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await opened.ctx.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(opened.base);
    // The opening program's run settles first (from then on the address follows the view).
    await page.waitForSelector('.app[data-status=done]', { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('lists every simulated module when opened', async () => {
    const panel = page.getByTestId('what-runs');
    await panel.locator('summary').click();
    const listed = await panel.locator('li code').allInnerTexts();
    expect(listed).toEqual(expect.arrayContaining([...SIMULATED_MODULES, 'aiohttp']));
    expect(await panel.innerText()).toContain('TaskGroup');
    if (process.env.LOOPLINE_SCREENSHOTS)
      await page.screenshot({ path: process.env.LOOPLINE_SCREENSHOTS + '/what-runs.png' });
    await panel.locator('summary').click();
    expect(errors).toEqual([]);
  });

  it('runs the program on the Python version picked beside it, and keeps the choice in the link', async () => {
    await typeProgram(page, 'import sys\nprint(sys.version_info[:2])\n');
    await page.getByTestId('python-version').selectOption('3.11');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.getByTestId('output').innerText(), { timeout: 15_000 }).toContain('(3, 11)');
    // The link is rewritten once the run has settled: on a loaded machine that is not at once.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('py=3.11');
    if (process.env.LOOPLINE_SCREENSHOTS)
      await page.screenshot({ path: process.env.LOOPLINE_SCREENSHOTS + '/python-version.png' });
  });

  it('runs a listed module and names one that is not simulated', async () => {
    // On 3.13 get_event_loop() outside a loop still makes one (3.14 raises), whatever the last test picked.
    await page.getByTestId('python-version').selectOption('3.13');
    await typeProgram(
      page,
      'import argparse, timeit\nprint(argparse.ArgumentParser().parse_args())\nimport asyncio\nasyncio.get_event_loop().connect_read_pipe\n',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    // A cold run of argparse and timeit in the page's worker: seconds on a loaded machine.
    await expect.poll(() => page.getByTestId('output').innerText(), { timeout: 15_000 }).toContain('Namespace()');
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 15_000 })
      .toContain('_UnixSelectorEventLoop.connect_read_pipe is not simulated in Loopline');
  });

  it('says under an import of a package it lacks that Loopline runs one file with the standard library', async () => {
    await typeProgram(page, 'import asyncio\nimport httpx\n');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => page.getByTestId('trace-error').innerText()).toContain("No module named 'httpx'");
    await expect
      .poll(() => page.getByTestId('missing-module').innerText())
      .toContain("'httpx' is a third-party package, which Loopline does not simulate");
  });
});
