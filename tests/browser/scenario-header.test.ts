/**
 * Scenario headers in the UI's language (issue 8, item 6): the editor shows only the current
 * language's header lines, folded so the code is on screen; the line numbers of the narration
 * are the editor's; switching language swaps an untouched scenario's header (the step stays) and
 * never touches a program the user edited.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import LZString from 'lz-string';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;

suite('scenario headers in the UI language', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await opened.ctx.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  /** The program as the page holds it (the share link in the address follows it). */
  async function program(): Promise<string> {
    await page.waitForFunction(() => location.hash.includes('code='));
    const code = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('code')!;
    return LZString.decompressFromEncodedURIComponent(code);
  }
  const lines = () => page.locator('.cm-line').allInnerTexts();
  const position = () => page.getByTestId('position').innerText();
  const narration = () => page.getByTestId('narration').innerText();
  /** The line numbers a narration names ("line 12" in English, "12번 줄" in Korean). */
  const lineNumbers = (s: string) => [...s.matchAll(/line (\d+)|(\d+)번 줄/g)].map((m) => Number(m[1] ?? m[2]));

  /** The running line's text is the program's line at the number the narration names last. */
  async function narrationMatchesEditor(code: string) {
    const said = lineNumbers(await narration());
    const n = said[said.length - 1];
    const running = await page.locator('.cm-task-running').first().innerText();
    expect(running).toContain(code.split('\n')[n - 1].trim());
  }

  it('shows the English header only, folded, with the code on screen and the line numbers the engine reports', async () => {
    await page.goto(opened!.base);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${opened!.base}#lang=en`);
    await page.waitForSelector('[data-status=done]');
    await page.selectOption('#scenario', '03_create_task');
    await page.waitForSelector('.cm-foldPlaceholder');
    const code = await program();
    expect(code.split('\n').slice(0, 2)).toEqual([
      '# Title: create_task runs things side by side',
      expect.stringMatching(/^# Notice: /),
    ]);
    expect(code).not.toMatch(/제목|살펴볼|# en:|# ko:/);
    // Folded: the first line shows, the notice is hidden in the fold, the code follows.
    const shown = await lines();
    expect(shown[0]).toContain('# Title: create_task runs things side by side');
    expect(shown.join('\n')).not.toContain('# Notice:');
    expect(shown[1]).toBe('import asyncio');
    const imp = await page.locator('.cm-line', { hasText: 'import asyncio' }).boundingBox();
    const ed = await page.locator('.cm-scroller').boundingBox();
    expect(imp!.y + imp!.height).toBeLessThanOrEqual(ed!.y + ed!.height);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await position()).toMatch(/^Step 4 of/);
    await narrationMatchesEditor(code);
  });

  it('switching to Korean swaps the header of the untouched scenario and keeps the step', async () => {
    const before = lineNumbers(await narration());
    await page.getByRole('button', { name: '한국어' }).click();
    await page.waitForFunction(() => document.querySelector('.cm-line')?.textContent?.includes('제목'));
    const code = await program().then(async (c) =>
      c.includes('제목') ? c : (await page.waitForTimeout(800), program()),
    );
    expect(code.split('\n')[0]).toBe('# 제목: create_task로 동시에 실행하기');
    expect(code).not.toMatch(/Title:|Notice:/);
    await page.waitForSelector('[data-status=done]');
    await page.waitForSelector('.cm-foldPlaceholder');
    expect(await position()).toMatch(/단계 중 4단계/);
    expect(lineNumbers(await narration())).toEqual(before);
    await narrationMatchesEditor(code);
    // The menu opens a scenario with the Korean header.
    await page.selectOption('#scenario', '04_gather');
    await page.waitForFunction(() => document.querySelector('.cm-line')?.textContent?.includes('gather는'));
  });

  it('never swaps a program the user edited', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n# mine');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForTimeout(900);
    const shown = (await lines()).join('\n');
    expect(shown).toContain('# mine');
    expect(shown).toContain('제목');
    expect(shown).not.toContain('Title:');
    expect(errors).toEqual([]);
  });
});
