/**
 * A typo's error in the app carries CPython's hint, as python3 prints it for an uncaught exception:
 * a misspelt asyncio function ("Did you mean: 'sleep'?"), a local inside a task's coroutine, and a
 * module used without its import ("Did you forget to import 'time'?", 3.12 on).
 * The editor's underline of the line says the same, hint included.
 * Screenshots: /tmp/lanes/error-hints.png, /tmp/lanes/error-hints-editor.png.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM, openedApp, typeProgram } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

suite('error hints in the app', () => {
  const app = openedApp('#lang=en&theme=light');

  const runShowing = async (program: string, version: string, text: string) => {
    await app.page.getByTestId('python-version').selectOption(version);
    await typeProgram(app.page, program);
    await app.page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => app.page.getByTestId('trace-error').innerText(), { timeout: 30_000 }).toContain(text);
  };

  it('shows "Did you mean" under a misspelt name, as the version picked prints it', { timeout: 120_000 }, async () => {
    const typo = [
      'import asyncio',
      '',
      'async def fetch(n):',
      '    result = n * 2',
      '    await asyncio.sleep(0.1)',
      '    return reslt',
      '',
      'async def main():',
      '    print(await asyncio.gather(fetch(1), fetch(2)))',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n');
    await runShowing(typo, '3.13', "NameError: name 'reslt' is not defined. Did you mean: 'result'?");
    await runShowing(typo.replace('asyncio.sleep', 'asyncio.slep'), '3.11', "Did you mean: 'sleep'?");
    await runShowing('print(time.time())\n', '3.12', "Did you forget to import 'time'?");
    await app.page.screenshot({ path: '/tmp/lanes/error-hints.png', fullPage: true });
    // 3.11 has no import hint.
    await runShowing('print(time.time())\n', '3.11', "NameError: name 'time' is not defined");
    expect(await app.page.getByTestId('trace-error').innerText()).not.toContain('import');
    expect(app.errors).toEqual([]);
  });

  it("says the same in the editor's underline of the line", { timeout: 120_000 }, async () => {
    const program = [
      'import asyncio',
      '',
      'async def main():',
      '    await asyncio.sleep(1)',
      '    prnt("done")',
      '',
      'asyncio.run(main())',
      '',
    ];
    await runShowing(program.join('\n'), '3.13', "Did you mean: 'print'?");
    const underline = app.page.locator('.cm-lintRange').first();
    await expect.poll(() => underline.innerText()).toBe('prnt("done")');
    await underline.hover();
    const tip = app.page.locator('.cm-tooltip-lint');
    await expect
      .poll(() => tip.innerText(), { timeout: 10_000 })
      .toContain("NameError: name 'prnt' is not defined. Did you mean: 'print'?");
    await app.page.screenshot({ path: '/tmp/lanes/error-hints-editor.png' });
    expect(app.errors).toEqual([]);
  });
});
