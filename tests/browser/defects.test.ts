/**
 * Keyboard and editor defects from issue 8: Ctrl+Enter runs, form controls keep their own
 * arrow keys, the scenario menu loads only an explicit choice, Esc closes the export menu, Tab
 * indents in the editor, a new program starts at its first step, and drafts are never lost.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type BrowserContext, type Page } from 'playwright-core';
import LZString from 'lz-string';
import { openSite, CHROMIUM, type OpenSite, watchedPage, typeProgram } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

suite('Keyboard and editor defects', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    base = opened.base;
    ctx = opened.ctx;
    page = await watchedPage(ctx, errors);
    await page.goto(base);
    await page.waitForSelector('[data-status=done]');
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  const position = () => page.getByTestId('position').innerText();
  /** The editor's text, without the task badges drawn on its lines. */
  const doc = (): Promise<string> =>
    page.evaluate(() =>
      [...document.querySelectorAll('.cm-line')]
        .map((l) => {
          const c = l.cloneNode(true) as HTMLElement;
          c.querySelectorAll('.cm-task-badge').forEach((b) => b.remove());
          return c.textContent;
        })
        .join('\n'),
    );
  async function fresh() {
    await page.evaluate(() => localStorage.clear());
    await page.goto(base);
    await page.waitForSelector('[data-status=done]');
  }
  const setDoc = (text: string) => typeProgram(page, text);

  it('Ctrl+Enter in the editor runs the program and inserts no line', async () => {
    await fresh();
    // Timers stand still, so the run after a typing pause never comes: only Ctrl+Enter can run.
    const p = await ctx.newPage();
    try {
      await p.clock.install();
      await p.goto(base);
      await p.waitForSelector('[data-status=done]');
      const n = await p.locator('svg[role=img] .lane').count();
      await p.locator('.cm-content').click();
      await p.keyboard.press('Control+a');
      await p.keyboard.insertText(
        'import asyncio\n\nasync def w(i):\n    await asyncio.sleep(i)\n\nasync def main():\n    await asyncio.gather(w(1), w(2), w(3), w(4), w(5), w(6), w(7))\n\nasyncio.run(main())',
      );
      // Count lines (their text also holds the task badges once the program has run).
      const lines = () => p.locator('.cm-line').count();
      expect(await lines()).toBe(9);
      expect(await p.locator('svg[role=img] .lane').count()).toBe(n);
      await p.keyboard.press('Control+Enter');
      await p.waitForFunction(() => document.querySelectorAll('svg[role=img] .lane').length === 8);
      expect(await lines()).toBe(9);
    } finally {
      await p.close();
    }
    expect(errors).toEqual([]);
  });

  it('arrow keys on the focused speed slider change the speed, not the step', async () => {
    await fresh();
    await page.getByRole('button', { name: 'Jump to start' }).click();
    const at = await position();
    const speed = page.getByRole('slider', { name: 'Speed' });
    const v0 = await speed.inputValue();
    await speed.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect(await position()).toBe(at);
    expect(Number(await speed.inputValue())).toBe(Number(v0) + 1);
    // The step scrubber moves by one step per arrow, not two.
    await page.getByRole('slider', { name: 'Step', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await position()).toMatch(/^Step 2 of/);
  });

  it('Esc closes the export menu and returns focus to the Export button', async () => {
    await fresh();
    const menu = page.getByTestId('export');
    const open = () => menu.evaluate((d) => (d as HTMLDetailsElement).open);
    await menu.locator('summary').click();
    expect(await open()).toBe(true);
    await page.locator('#ex-title').focus();
    await page.keyboard.press('Escape');
    expect(await open()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    // Again from the button itself.
    await page.keyboard.press('Enter');
    expect(await open()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await open()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid=export]') !== null)).toBe(true);
  });

  it('Tab indents inside the editor; Esc then Tab leaves it', async () => {
    await fresh();
    await setDoc('x = 1\ny = 2');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    const lines = await page.locator('.cm-line').allInnerTexts();
    expect(lines[1]).toMatch(/^\s+y = 2$/);
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect((await page.locator('.cm-line').allInnerTexts())[1]).toBe('y = 2');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);
    expect((await page.locator('.cm-line').allInnerTexts())[1]).toBe('y = 2');
  });

  it('arrowing through the scenario menu loads nothing until Enter', async () => {
    await fresh();
    const menu = page.locator('#scenario');
    const first = await menu.inputValue();
    const text = await doc();
    await page.getByRole('button', { name: 'Jump to start' }).click();
    await menu.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    const chosen = await menu.inputValue();
    expect(chosen).not.toBe(first);
    await page.waitForTimeout(800); // longer than the typing pause
    expect(await doc()).toBe(text);
    expect(await position()).toMatch(/^Step 1 of/);
    await expect(page.getByRole('status').filter({ hasText: 'Enter opens it' }).count()).resolves.toBe(1);
    // Enter opens the chosen scenario.
    await page.keyboard.press('Enter');
    await expect.poll(doc).not.toBe(text);
    expect(await menu.inputValue()).toBe(chosen);
    expect(await page.evaluate(() => localStorage.getItem('loopline.scenario'))).toBe(chosen);
    const opened = await doc();
    // Arrowing away and leaving the menu puts it back on the open program.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await menu.inputValue()).toBe(chosen);
    await page.waitForTimeout(800);
    expect(await doc()).toBe(opened);
    // A pick with the mouse (the list's change without keys) still opens at once.
    await page.selectOption('#scenario', first);
    await expect.poll(doc).toBe(text);
    expect(errors).toEqual([]);
  });

  it('a different program starts at its first step; running the same one keeps the place', async () => {
    await fresh();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await position()).toMatch(/^Step (\d+) of \1\b/);
    await page.getByRole('button', { name: 'Step back' }).click();
    const at = await position();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForSelector('[data-status=done]');
    expect(await position()).toBe(at);
    const prog =
      'import asyncio\n\nasync def main():\n    for i in range(20):\n        await asyncio.sleep(0)\n\nasyncio.run(main())';
    await setDoc(prog);
    await page.keyboard.press('Control+Enter');
    await expect.poll(position).toMatch(/^Step 1 of (?!9\b)\d+/);
    // And after a typing pause too.
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n# done');
    await expect.poll(position, { timeout: 5000 }).toMatch(/^Step 1 of/);
    expect(errors).toEqual([]);
  });

  it('keeps every draft: editing a scenario or a linked program sets "My draft" aside, never overwrites it', async () => {
    await fresh();
    const earlier = () => page.locator('#scenario optgroup option').allTextContents();
    const prog = (name: string) =>
      `# ${name}\nimport asyncio\n\nasync def main():\n    print("${name}")\n\nasyncio.run(main())`;
    const edit = async (line: string) => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(line);
    };
    await setDoc(prog('draft A'));
    await expect.poll(doc).toBe(prog('draft A'));
    expect(await page.locator('#scenario').inputValue()).toBe('__draft');
    // Editing a scenario starts a new draft; draft A moves to the earlier drafts.
    await page.selectOption('#scenario', '04_gather');
    await edit('\n# my change');
    await expect.poll(earlier).toEqual([expect.stringContaining('draft A')]);
    // A shared link plus one edit: the edited scenario moves aside too.
    await page.goto('about:blank');
    await page.goto(`${base}#code=${LZString.compressToEncodedURIComponent(prog('linked B'))}`);
    await page.waitForSelector('[data-status=done]');
    expect(await doc()).toBe(prog('linked B'));
    await edit('\n# edited');
    await expect.poll(earlier).toEqual([expect.stringContaining('gather'), expect.stringContaining('draft A')]);
    // An earlier draft comes back whole and becomes "My draft"; the linked program's draft is kept.
    const a = await page.locator('#scenario optgroup option', { hasText: 'draft A' }).getAttribute('value');
    await page.selectOption('#scenario', a!);
    await expect.poll(doc).toBe(prog('draft A'));
    expect(await page.locator('#scenario').inputValue()).toBe('__draft');
    expect(await earlier()).toEqual([expect.stringContaining('linked B'), expect.stringContaining('gather')]);
    // Reloading (the address holds the program) goes on with the same draft: nothing new is set aside.
    const code = `code=${LZString.compressToEncodedURIComponent(prog('draft A'))}`;
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(code);
    await page.reload();
    await page.waitForSelector('[data-status=done]');
    await edit('\n# more');
    await page.waitForTimeout(300);
    expect(await earlier()).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('migrates the single "My draft" of earlier versions', async () => {
    await fresh();
    const old = '# from before\nimport asyncio\n\nasync def main():\n    print("from before")\n\nasyncio.run(main())';
    await page.evaluate((t) => {
      localStorage.clear();
      localStorage.setItem('loopline.draft', t);
      localStorage.setItem('loopline.userDraft', t);
      localStorage.setItem('loopline.scenario', '__draft');
    }, old);
    await page.goto(base);
    await page.waitForSelector('[data-status=done]');
    expect(await doc()).toBe(old);
    await page.selectOption('#scenario', '07_semaphore');
    await page.locator('.cm-content').click();
    await page.keyboard.insertText('# mine\n');
    await expect
      .poll(() => page.locator('#scenario optgroup option').allTextContents())
      .toEqual([expect.stringContaining('from before')]);
  });
  it('says so when a draft cannot be saved (storage full), and again when it can', async () => {
    await fresh();
    // Fill this origin's real storage until it refuses more.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 1;) {
        try {
          localStorage.setItem(`filler${i++}`, chunk);
        } catch {
          chunk = chunk.slice(chunk.length >> 1);
        }
      }
    });
    await setDoc('import asyncio\n\nasync def main():\n    print("too much")\n\nasyncio.run(main())\n');
    const hint = page.locator('.editor-panel .hint, .hint').first();
    await expect.poll(() => hint.innerText()).toMatch(/^Not saved: this draft is too big/);
    expect(await hint.getAttribute('role')).toBe('alert');
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('filler')) localStorage.removeItem(k);
    });
    await page.locator('.cm-content').click();
    await page.keyboard.insertText('# kept\n');
    await expect.poll(() => hint.innerText()).toBe('Draft saved in this browser');
    await page.evaluate(() => localStorage.clear());
  });
  it('refuses a link whose program is too big to open, says so, and opens the last program instead', async () => {
    await fresh();
    const mine = 'import asyncio\n\nasync def main():\n    print("mine")\n\nasyncio.run(main())\n';
    await setDoc(mine);
    await expect.poll(doc).toBe(mine);
    // Numbers that do not repeat, so that compression cannot shrink them below the limit.
    const lines = Array.from({ length: 30_000 }, (_, i) => `x${i} = ${(i * 2654435761) % 1000003}`);
    const huge = LZString.compressToEncodedURIComponent(lines.join('\n'));
    expect(huge.length).toBeGreaterThan(200_000);
    // A new document (not a hash change); the address alone costs Chromium seconds to load.
    await page.goto('about:blank');
    await page.goto(`${base}#code=${huge}`, { timeout: 60_000 });
    await page.waitForSelector('[data-status=done]', { timeout: 60_000 });
    const alert = page.getByTestId('link-refused');
    expect(await alert.innerText()).toMatch(
      /^This link holds a program too big to open \([\d,]+ characters; a link may hold 200,000\)\. Your last program opened instead\.$/,
    );
    expect(await doc()).toBe(mine);
    await page.evaluate(() => localStorage.clear());
  }, 150_000);
});
