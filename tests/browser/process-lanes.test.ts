/**
 * Process lanes in the app (issue 10): a program with processes shows, after its task and thread
 * lanes, a Processes header, MainProcess as the program itself and a lane per child; the
 * asyncio / threads / processes scenarios show the same work three ways, one program with all
 * three on one timeline and, in compare, threads and processes pairwise on one axis.
 * Screenshots: /tmp/lanes/process-lanes-app.png, /tmp/lanes/process-lanes-compare.png.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM, openedApp } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const ALL_THREE = '24_three_ways';
const THREADS = '22_cpu_threads';
const PROCESSES = '23_cpu_processes';

suite('Process lanes in the app', () => {
  const app = openedApp('#lang=en&theme=light');

  /** Labels of the lanes drawn in `scope`'s timeline, top to bottom. */
  const labels = (scope: string) =>
    app.page.evaluate(
      (s) =>
        [...document.querySelectorAll(`${s} svg[role=img] g.lane .lane-label`)].map((t) => t.firstChild?.textContent),
      scope,
    );

  it('shows asyncio, threads and processes doing the same work on one timeline', { timeout: 120_000 }, async () => {
    await app.page.selectOption('#scenario', ALL_THREE);
    await app.page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done', null, {
      timeout: 60_000,
    });
    await app.page.waitForFunction(
      () => document.querySelectorAll('svg[role=img] g.lane-thread-process').length === 4,
      null,
      {
        timeout: 60_000,
      },
    );
    const l = await labels('');
    expect(l.slice(l.indexOf('Threads'))).toEqual([
      'Threads',
      'MainThread (event loop)',
      'ThreadPoolExecutor-0_0',
      'ThreadPoolExecutor-0_1',
      'ThreadPoolExecutor-0_2',
      'ThreadPoolExecutor-0_3',
      // The ProcessPoolExecutor's manager thread, which hands results back, as CPython's.
      'Thread-1',
      'Processes',
      'MainProcess (this program)',
      'ForkProcess-1',
      'ForkProcess-2',
      'ForkProcess-3',
      'ForkProcess-4',
    ]);
    // The program's own process computes the asyncio jobs, then the threads' (one GIL); each worker process its own.
    const main = app.page.locator('svg[role=img] g.lane-thread-main-process');
    await expect(main.locator('rect.seg-running title').allTextContents()).resolves.toContain(
      'MainProcess computes on a core from 0.1 s to 0.22 s',
    );
    for (const n of [1, 2, 3, 4]) {
      const lane = app.page.locator(`svg[role=img] g.lane-thread-process[data-thread="ForkProcess-${n}"]`);
      await expect(lane.locator('rect.seg-sleeping').count()).resolves.toBe(1);
      await expect(lane.locator('rect.seg-running title').allTextContents()).resolves.toContain(
        `ForkProcess-${n} computes on a core from 0.54 s to 0.57 s`,
      );
    }
    await app.page.screenshot({ path: '/tmp/lanes/process-lanes-app.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });

  it('compare: the same work on threads and on processes, on one axis', { timeout: 120_000 }, async () => {
    await app.page.getByRole('button', { name: 'Compare' }).click();
    await app.page.getByTestId('compare-a').selectOption(THREADS);
    await app.page.getByTestId('compare-b').selectOption(PROCESSES);
    // (Each side runs in a worker: give a loaded machine time.)
    await app.page.waitForFunction(
      () => document.querySelectorAll('[data-testid=compare-side-b] g.lane-thread-process').length === 4,
      null,
      { timeout: 60_000 },
    );
    await app.page.waitForFunction(
      () => document.querySelectorAll('[data-testid=compare-side-a] g.lane-thread').length === 6,
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await labels('[data-testid=compare-side-a]')).toContain('MainThread (event loop)');
    expect(await labels('[data-testid=compare-side-a]')).not.toContain('Processes');
    expect(await labels('[data-testid=compare-side-b]')).toContain('MainProcess (this program)');
    await expect(app.page.getByTestId('total-a').innerText()).resolves.toBe('0.22 s');
    await expect(app.page.getByTestId('total-b').innerText()).resolves.toBe('0.13 s');
    await app.page.screenshot({ path: '/tmp/lanes/process-lanes-compare.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });
});
