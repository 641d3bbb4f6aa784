/**
 * Thread lanes in the app (issue 10): a program with threads shows, after its task lanes, a
 * Threads header, MainThread as the event loop's thread and a lane per worker; compare puts the
 * same work on threads and with asyncio on one axis, thread lanes on the threads side only.
 * Screenshots: /tmp/lanes/thread-lanes-app.png, /tmp/lanes/thread-lanes-compare.png.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM, openedApp } from './site';
import { simulate } from '../../src/lib/run';
import { scenarioById } from '../../src/lib/ui/scenarios';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const THREADS = '19_threads_same_work';
const ASYNCIO = '20_asyncio_same_work';

suite('Thread lanes in the app', () => {
  const app = openedApp('#lang=en&theme=light');

  /** Labels of the lanes drawn in `scope`'s timeline, top to bottom. */
  const labels = (scope: string) =>
    app.page.evaluate(
      (s) =>
        [...document.querySelectorAll(`${s} svg[role=img] g.lane .lane-label`)].map((t) => t.firstChild?.textContent),
      scope,
    );

  it('shows a lane per thread after the task lanes, and steps through the run', async () => {
    await app.page.selectOption('#scenario', THREADS);
    await app.page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
    await app.page.waitForFunction(() => document.querySelectorAll('svg[role=img] g.lane-thread').length === 5);
    expect(await labels('')).toEqual([
      'Task-1 · main',
      'Task-2 · to_thread',
      'Task-3 · to_thread',
      'Task-4 · to_thread',
      'Threads',
      'MainThread (event loop)',
      'asyncio_0',
      'asyncio_1',
      'asyncio_2',
    ]);
    // Each worker sleeps in time.sleep(1) for the whole second, holding the GIL only at its ends.
    for (const name of ['asyncio_0', 'asyncio_1', 'asyncio_2']) {
      const lane = app.page.locator(`svg[role=img] g.lane-thread[data-thread="${name}"]`);
      await expect(lane.locator('rect.seg-sleeping').count()).resolves.toBe(1);
      await expect(lane.locator('rect.seg-running').count()).resolves.toBeGreaterThanOrEqual(2);
    }
    // The loop's thread waits in select() meanwhile; its tooltip says so.
    await expect(
      app.page.locator('svg[role=img] g.lane-thread-main rect.seg-waiting title').first().textContent(),
    ).resolves.toContain('the event loop waits in select() from 0.0 s to 1.0 s');
    const n = simulate(scenarioById(THREADS)!.source).trace.steps.length;
    await app.page.locator('body').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('End');
    await expect(app.page.getByTestId('position').innerText()).resolves.toMatch(new RegExp(`^Step ${n} of ${n}`));
    await app.page.screenshot({ path: '/tmp/lanes/thread-lanes-app.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });

  it('compare: the same work on threads and with asyncio, on one axis', async () => {
    await app.page.getByRole('button', { name: 'Compare' }).click();
    await app.page.getByTestId('compare-a').selectOption(THREADS);
    await app.page.getByTestId('compare-b').selectOption(ASYNCIO);
    await app.page.waitForFunction(
      () => document.querySelectorAll('[data-testid=compare-side-a] g.lane-thread').length === 5,
    );
    await app.page.waitForFunction(
      () => document.querySelectorAll('[data-testid=compare-side-b] svg g.lane').length === 4,
    );
    expect(await labels('[data-testid=compare-side-a]')).toContain('MainThread (event loop)');
    expect(await labels('[data-testid=compare-side-b]')).not.toContain('Threads');
    await expect(app.page.getByTestId('total-a').innerText()).resolves.toBe('1.0 s');
    await expect(app.page.getByTestId('total-b').innerText()).resolves.toBe('1.0 s');
    await app.page.screenshot({ path: '/tmp/lanes/thread-lanes-compare.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });
});
