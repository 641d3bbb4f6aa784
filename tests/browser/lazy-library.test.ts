/**
 * unicodedata's big tables (names, combining, bidirectional, widths, decompositions) and zoneinfo's
 * time zones are chunks of their own (stdlib/lazy-sources.ts): the page and a first run of a program
 * without them never fetch them; a program that uses unicodedata.name (or zoneinfo) gets its chunk
 * fetched by the worker and prints what CPython prints.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite, watchedPage, typeProgram } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

const NAMES = `import unicodedata
print(unicodedata.name("\\u00e9"), unicodedata.lookup("snowman"), unicodedata.east_asian_width("\\u4e2d"))
`;

const ZONES = `from datetime import datetime
from zoneinfo import ZoneInfo
meeting = datetime(2024, 11, 3, 1, 30, tzinfo=ZoneInfo("America/New_York"), fold=1)
print(meeting.astimezone(ZoneInfo("Asia/Seoul")), meeting.tzname())
`;

suite('Lazily fetched library tables', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];
  const fetched: string[] = [];

  beforeAll(async () => {
    opened = await openSite();
    page = await watchedPage(opened.ctx, errors, 20_000);
    page.context().on('request', (r) => fetched.push(r.url()));
    await page.goto(opened.base + '#lang=en');
    await page.waitForSelector('[data-status=done]');
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function output(): Promise<string> {
    await page.locator('h1').click();
    await page.keyboard.press('End');
    const text = await page.getByTestId('output').innerText();
    return text.replace(/^\[[^\]]*\] /gm, '').trimEnd();
  }

  it('fetches the tables only for a program that uses unicodedata, and prints what CPython prints', async () => {
    const before = new Set(fetched);
    expect(fetched.length).toBeGreaterThan(0);
    await typeProgram(page, NAMES);
    await page.getByRole('button', { name: /^Run/ }).first().click();
    await expect.poll(output, { timeout: 20_000 }).toBe('LATIN SMALL LETTER E WITH ACUTE \u2603 W');
    const texts = (urls: string[]) =>
      page.evaluate((us) => Promise.all(us.map((u) => fetch(u).then((r) => r.text()))), urls);
    const holdsTables = (text: string) => text.includes('TANGUT COMPONENT');
    // Fetched for this run (with the editor's typing aids), not before it.
    const added = fetched.filter((u) => !before.has(u) && u.endsWith('.js'));
    expect((await texts(added)).filter(holdsTables).length).toBe(1);
    const earlier = [...before].filter((u) => u.endsWith('.js'));
    expect(earlier.length).toBeGreaterThan(2);
    expect((await texts(earlier)).filter(holdsTables)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('fetches the time zones only for a program that uses zoneinfo', async () => {
    const before = new Set(fetched);
    await typeProgram(page, ZONES);
    await page.getByRole('button', { name: /^Run/ }).first().click();
    await expect.poll(output, { timeout: 20_000 }).toBe('2024-11-03 15:30:00+09:00 EST');
    const texts = (urls: string[]) =>
      page.evaluate((us) => Promise.all(us.map((u) => fetch(u).then((r) => r.text()))), urls);
    const holdsZones = (text: string) => text.includes('Pacific/Chatham');
    const added = fetched.filter((u) => !before.has(u) && u.endsWith('.js'));
    expect((await texts(added)).filter(holdsZones).length).toBe(1);
    const earlier = [...before].filter((u) => u.endsWith('.js'));
    expect((await texts(earlier)).filter(holdsZones)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
