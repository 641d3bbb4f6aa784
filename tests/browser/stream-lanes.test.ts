/**
 * asyncio streams in the app (issue 10): the echo server and client of the asyncio docs run on
 * the simulated loopback network, and the server's handler is a task with its own lane, after
 * the loop's own tasks (resolving the address, accepting the connection).
 * Screenshot: /tmp/lanes/stream-lanes-app.png.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import LZString from 'lz-string';
import { openSite, CHROMIUM, ROOT, type OpenSite, watchedPage } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const ECHO = readFileSync(join(ROOT, 'tests/conformance/cases/stdlib_asyncio_streams_echo.py'), 'utf8');

suite('Stream handler lanes in the app', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 15_000);
    await page.goto(`${opened.base}#code=${LZString.compressToEncodedURIComponent(ECHO)}&py=3.13&lang=en&theme=light`);
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('draws a lane for the handler task and the loop tasks of the connection', async () => {
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('svg[role=img] g.lane .lane-label')].map((t) => t.firstChild?.textContent),
    );
    expect(labels).toEqual([
      'Task-1 · main',
      'Task-2 · BaseEventLoop._create_server_getaddrinfo',
      'Task-3 · BaseSelectorEventLoop._accept_connection2',
      'Task-4 · handle_echo',
    ]);
    await page.screenshot({ path: '/tmp/lanes/stream-lanes-app.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
