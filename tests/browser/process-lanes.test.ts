/**
 * Process lanes in the app (issue 10): a program with processes shows, after its task and thread
 * lanes, a Processes header, MainProcess as the program itself and a lane per child; the
 * asyncio / threads / processes scenarios show the same work three ways, one program with all
 * three on one timeline and, in compare, threads and processes pairwise on one axis.
 * A Manager's server process has a lane of its own, idle while it waits for a connection.
 * Screenshots: /tmp/lanes/process-lanes-app.png, /tmp/lanes/process-lanes-compare.png,
 * /tmp/lanes/process-lanes-manager.png.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM, openedApp, typeProgram } from './site';

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
  it("shows a Manager's server process in a lane of its own", { timeout: 120_000 }, async () => {
    // Back from compare to a single program (the page is shared with the tests above).
    await app.page.getByRole('button', { name: 'Single program' }).click();
    await app.page.waitForSelector('[data-status=done]');
    await typeProgram(
      app.page,
      [
        'import multiprocessing as mp',
        'import time',
        '',
        'def work(shared, lock, i):',
        '    time.sleep(0.1 * i)',
        '    with lock:',
        '        shared[i] = i * i',
        '',
        'if __name__ == "__main__":',
        '    with mp.Manager() as manager:',
        '        shared, lock = manager.dict(), manager.Lock()',
        '        ps = [mp.Process(target=work, args=(shared, lock, i)) for i in range(1, 3)]',
        '        for p in ps:',
        '            p.start()',
        '        for p in ps:',
        '            p.join()',
        '        print(shared)',
        '',
      ].join('\n'),
    );
    await app.page.getByRole('button', { name: 'Run', exact: true }).click();
    await app.page.waitForFunction(
      () => document.querySelectorAll('svg[role=img] g.lane-thread-process').length === 3,
      null,
      { timeout: 60_000 },
    );
    const l = await labels('');
    expect(l.slice(l.indexOf('Processes'))).toEqual([
      'Processes',
      'MainProcess (this program)',
      'SyncManager-1',
      'Process-2',
      'Process-3',
    ]);
    const manager = app.page.locator('svg[role=img] g.lane-thread-process[data-thread="SyncManager-1"]');
    const titles = await manager.locator('title').allTextContents();
    // It starts first and waits for connections until the manager shuts down; Process-2's first
    // round trip (its lock's acquire, at 0.1 s) starts the thread that serves it.
    expect(titles.filter((t) => t.includes('idle'))).toEqual([
      "SyncManager-1 is idle from 0.0 s to 0.1 s: it waits for work on its SyncManager's job queue",
      "SyncManager-1 is idle from 0.1 s to 0.2 s: it waits for work on its SyncManager's job queue",
    ]);
    await app.page.screenshot({ path: '/tmp/lanes/process-lanes-manager.png', fullPage: true });
    expect(app.errors).toEqual([]);
  });
});
