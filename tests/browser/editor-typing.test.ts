/**
 * The editor's typing aids (bracket closing, completion, search) are not part of the first load:
 * they arrive when the editor is first focused, and then work as in CodeMirror's basic set-up.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite, watchedPage } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

suite("the editor's typing aids", () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];
  const scripts: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors);
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(opened.base + '#lang=en&theme=light');
    await page.waitForSelector('.cm-content');
    await page.waitForLoadState('networkidle');
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  const doc = () => page.evaluate(() => document.querySelector('.cm-content')!.textContent);

  it('loads them on the first focus of the editor, not before', async () => {
    const before = scripts.length;
    await page.waitForTimeout(500);
    expect(scripts.length).toBe(before);
    await page.locator('.cm-content').click();
    // Its request may go out before the click's promise settles: poll the list rather than wait for an event.
    await expect.poll(() => scripts.length, { timeout: 10_000 }).toBe(before + 1);
  });

  it('closes brackets and quotes as they are typed, and Backspace removes the pair', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('print("hi');
    expect(await doc()).toBe('print("hi")');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('x = [');
    await page.keyboard.press('Backspace');
    expect(await doc()).toBe('x = ');
  });

  it('completes names from the program and opens the search panel with Ctrl+F', async () => {
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('counter_value = 1\ncounter_v');
    await page.waitForSelector('.cm-tooltip-autocomplete li[aria-selected]');
    // CodeMirror ignores Enter for its interaction delay (75 ms) after the list opens: a busy
    // machine could otherwise press it inside that window and get a new line instead.
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    expect(await doc()).toBe('counter_value = 1counter_value');
    await page.keyboard.press('Control+f');
    await page.waitForSelector('.cm-search');
    expect(errors).toEqual([]);
  });
});
