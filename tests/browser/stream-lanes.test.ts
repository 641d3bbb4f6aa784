/**
 * asyncio streams in the app (issue 10): the echo server and client of the asyncio docs run on
 * the simulated loopback network, and the server's handler is a task with its own lane, after
 * the loop's own tasks (resolving the address, accepting the connection).
 * Screenshot: /tmp/lanes/stream-lanes-app.png.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { CHROMIUM, ROOT, openedApp } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const ECHO = readFileSync(join(ROOT, 'tests/conformance/cases/stdlib_asyncio_streams_echo.py'), 'utf8');

suite('Stream handler lanes in the app', () => {
  const app = openedApp(`#code=${LZString.compressToEncodedURIComponent(ECHO)}&py=3.13&lang=en&theme=light`);

  it('draws a lane for the handler task and the loop tasks of the connection', async () => {
    const labels = await app.page.evaluate(() =>
      [...document.querySelectorAll('svg[role=img] g.lane .lane-label')].map((t) => t.firstChild?.textContent),
    );
    expect(labels).toEqual([
      'Task-1 · main',
      'Task-2 · BaseEventLoop._create_server_getaddrinfo',
      'Task-3 · BaseSelectorEventLoop._accept_connection2',
      'Task-4 · handle_echo',
    ]);
    await app.page.screenshot({ path: '/tmp/lanes/stream-lanes-app.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });
});
