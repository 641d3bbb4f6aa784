/**
 * "Verify with CPython 3.14" (issue 11, item 4) in the built app: nothing of Pyodide loads before
 * the button is pressed; then the program runs under Pyodide's real CPython 3.14 in a worker and
 * the panel says the simulation matches it step for step, or where it first differs, under the
 * page's Content-Security-Policy without a violation. Screenshots: /tmp/loopline-verify-*.png.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, watchedPage, typeProgram, CHROMIUM, type OpenSite } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

/** Pyodide's wasm is ~10 MB to compile, on a machine other tests share. */
const LOAD_MS = 240_000;

/** A program Loopline refuses (wave is not simulated) and CPython runs. */
const REFUSED = `import asyncio
import wave

async def main():
    await asyncio.sleep(1)
    print(wave.Error.__name__)

asyncio.run(main())
`;

/** Waits for an event nobody sets: the recorder writes the trace and ends the interpreter (os._exit). */
const DEADLOCK = `import asyncio

async def main():
    ev = asyncio.Event()
    await ev.wait()

asyncio.run(main())
`;

suite('verify with CPython 3.14', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 20_000);
    page.on('request', (r) => requests.push(r.url()));
    // Every violation of the page's Content-Security-Policy is kept (as csp.test.ts does).
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // A program that never yields is ended after this much real time under CPython.
    await page.goto(`${opened.base}?verifyTimeout=20000`);
    await page.waitForSelector('[data-status=done]');
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  const verdict = () => page.getByTestId('verify-result');
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  async function verify(): Promise<void> {
    await page.getByTestId('verify-button').click();
    await page.getByTestId('verify-progress').waitFor();
    await verdict().waitFor({ timeout: LOAD_MS });
  }

  it('loads nothing of CPython before Verify is pressed', async () => {
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /\/pyodide\/|verify\.worker/.test(u))).toEqual([]);
  });

  it(
    'matches CPython 3.14 on the opening scenario (the default version: no note about another one)',
    async () => {
      await page.getByTestId('verify-button').click();
      const progress = page.getByTestId('verify-progress');
      await expect
        .poll(() => progress.innerText(), { timeout: LOAD_MS })
        .toMatch(/Loading CPython 3\.14 \(WebAssembly\): [\d.]+ of 12\.3 MB|Starting CPython 3\.14/);
      await page.screenshot({ path: '/tmp/loopline-verify-loading.png' });
      await verdict().waitFor({ timeout: LOAD_MS });
      expect(await verdict().getAttribute('data-verdict')).toBe('match');
      const text = await verdict().innerText();
      expect(text).toMatch(/Matches CPython 3\.14\.\d+ step for step \(9 steps, 5 output lines\)\./);
      // 3.14 is the page's version (the default), so there is no note that another one is shown.
      expect(text).not.toContain('Verify runs CPython 3.14 and compares it with a simulation of 3.14');
      expect(requests.some((u) => u.endsWith('/pyodide/pyodide.asm.wasm'))).toBe(true);
      await page.screenshot({ path: '/tmp/loopline-verify-match.png' });
      // The verdict follows the UI's language.
      await page.getByRole('button', { name: '한국어' }).click();
      await expect.poll(() => verdict().innerText()).toMatch(/CPython 3\.14\.\d+와 한 단계도 어긋나지 않고 일치합니다/);
      await page.getByRole('button', { name: 'English' }).click();
      // Pyodide compiles its WebAssembly in the verify worker, whose policy is its own response's
      // (none on a static host), so the page's policy needs no 'wasm-unsafe-eval'.
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    },
    LOAD_MS + 30_000,
  );

  it(
    'shows where a program Loopline refuses first differs from CPython',
    async () => {
      await typeProgram(page, REFUSED);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForSelector('[data-status=done]');
      // The old verdict belongs to another program.
      await expect.poll(() => verdict().count()).toBe(1);
      expect(await page.getByTestId('verify-button').innerText()).toBe('Verify again');
      await verify();
      expect(await verdict().getAttribute('data-verdict')).toBe('differ');
      expect(await verdict().innerText()).toContain('First difference at step 1:');
      expect(await page.getByTestId('verify-cpython').innerText()).toBe('Task-1 at 0.0 s: main:4 → main:5');
      expect(await page.getByTestId('verify-loopline').innerText()).toBe('no such step (its run had ended)');
      expect(await page.getByTestId('verify-loopline-error').innerText()).toBe(
        "ImportError: module 'wave' is part of Python's standard library but is not simulated in Loopline",
      );
      await page.screenshot({ path: '/tmp/loopline-verify-differ.png' });
      expect(errors).toEqual([]);
    },
    LOAD_MS,
  );

  it(
    'compares a deadlocked program too, then runs the next one in a fresh CPython (the recorder ended the last)',
    async () => {
      await typeProgram(page, DEADLOCK);
      await verify();
      expect(await verdict().getAttribute('data-verdict')).toBe('match');
      expect(await verdict().innerText()).toMatch(
        /Matches CPython 3\.14\.\d+ step for step \(1 step, 0 output lines\)/,
      );
      // A program CPython cannot compile: no trace from either side, and both say why.
      await typeProgram(page, 'async def main(:\n    pass\n');
      await verify();
      expect(await verdict().getAttribute('data-verdict')).toBe('differ');
      const text = await verdict().innerText();
      expect(text).toContain('Loopline does not run this program: line 1: SyntaxError');
      expect(text).toContain('CPython 3.14.2 could not run the program: SyntaxError: invalid syntax');
      // The interpreter is put back after a failed program: the next one matches again.
      await typeProgram(page, DEADLOCK.replace('await ev.wait()', 'await asyncio.sleep(0.5)'));
      await verify();
      expect(await verdict().innerText()).toMatch(
        /Matches CPython 3\.14\.\d+ step for step \(2 steps, 0 output lines\)/,
      );
      expect(errors).toEqual([]);
    },
    LOAD_MS,
  );

  it(
    'ends a program that never yields after the time limit, and says so',
    async () => {
      await typeProgram(page, 'while True:\n    pass\n');
      await verify();
      expect(await verdict().getAttribute('data-verdict')).toBe('differ');
      expect(await verdict().innerText()).toContain(
        'CPython 3.14 did not finish the program within 20.0 s of real time.',
      );
      expect(errors).toEqual([]);
    },
    LOAD_MS,
  );
});
