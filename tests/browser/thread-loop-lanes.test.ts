/**
 * Event loops in threads in the app (issue 10): the tasks of a loop that a background thread runs
 * have their lanes under that thread's lane, among the thread lanes, and MainThread, which runs
 * no loop of its own here, is not called the event loop's. Screenshot: /tmp/lanes/thread-loop-lanes.png.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { CHROMIUM, typeProgram, openedApp } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

const PROGRAM = `import asyncio, threading

async def work(n):
    await asyncio.sleep(0.1 * n)
    return n

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, name='loop-thread', daemon=True)
t.start()
for n in (2, 1):
    print(asyncio.run_coroutine_threadsafe(work(n), loop).result())
loop.call_soon_threadsafe(loop.stop)
t.join()
`;

suite('Event loops in threads in the app', () => {
  const app = openedApp('#lang=en&theme=light');

  it('puts the lanes of a background loop’s tasks under its thread', { timeout: 120_000 }, async () => {
    await typeProgram(app.page, PROGRAM);
    await app.page.keyboard.press('Control+Enter');
    await app.page.waitForFunction(
      () =>
        document.querySelector('.app')?.getAttribute('data-status') === 'done' &&
        document.querySelectorAll('svg[role=img] g.lane-thread-worker').length === 1,
      null,
      { timeout: 60_000 },
    );
    const labels = await app.page.evaluate(() =>
      [...document.querySelectorAll('svg[role=img] g.lane .lane-label')].map((t) => t.firstChild?.textContent),
    );
    expect(labels).toEqual(['Threads', 'MainThread', 'loop-thread', 'Task-1 · work', 'Task-2 · work']);
    mkdirSync('/tmp/lanes', { recursive: true });
    await app.page.screenshot({ path: '/tmp/lanes/thread-loop-lanes.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });
});
