/**
 * The asyncio doctor in the app (issue 12, item 3): a program with sequential awaits gets a
 * finding beside the narration, a mark on its lines in the editor, and a fix proven by running
 * it, shown as a diff, compared on one axis with the program as written, and taken into the
 * editor on request. A program that is already right gets no doctor panel.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, typeProgram, CHROMIUM, type OpenSite } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

const SEQUENTIAL = `import asyncio

async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main():
    a = await fetch("a", 1)
    b = await fetch("b", 1)
    c = await fetch("c", 1)
    print(a, b, c)

asyncio.run(main())
`;

const RIGHT = `import asyncio

async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main():
    print(await asyncio.gather(fetch("a", 1), fetch("b", 1)))

asyncio.run(main())
`;

const BY_ADDRESS = `import asyncio

async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main():
    tasks = [asyncio.create_task(fetch(n, 1)) for n in "abc"]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        print(t.result())

asyncio.run(main())
`;

suite('the asyncio doctor', () => {
  let opened: OpenSite | undefined;
  let page: Page;
  const errors: string[] = [];
  const shot = async (name: string) => {
    if (process.env.LOOPLINE_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.LOOPLINE_SCREENSHOTS}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    opened = await openSite();
    page = await opened.ctx.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(opened.base);
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('lists sequential awaits with their cost and marks their lines in the editor', async () => {
    await typeProgram(page, SEQUENTIAL);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const finding = page.getByTestId('finding').first();
    await expect.poll(() => finding.getAttribute('data-kind')).toBe('sequential-awaits');
    expect(await finding.getAttribute('data-line')).toBe('8');
    expect(await finding.innerText()).toMatch(/Lines? 8–10/);
    await expect.poll(() => page.locator('.cm-doctor-badge').count()).toBe(1);
    expect(await page.locator('.cm-doctor-line').count()).toBe(3);
    // The timeline marks it on the axis when the first of the awaits began.
    await expect.poll(() => page.locator('.doctor-mark').count()).toBe(1);
    expect(await page.locator('.doctor-mark title').textContent()).toMatch(
      /^Asyncio doctor, lines 8–10, from 0(\.0)? s: /,
    );
    await shot('doctor-finding');
    if (process.env.LOOPLINE_SCREENSHOTS)
      await page
        .locator('.doctor-mark')
        .locator('xpath=ancestor::*[local-name()="svg"][1]')
        .screenshot({ path: `${process.env.LOOPLINE_SCREENSHOTS}/doctor-mark.png` });
  });

  it('shows the proven fix as a diff with its measured times: 3 s before, 1 s after', async () => {
    await page.getByTestId('fix-toggle').first().click();
    expect(await page.getByTestId('fix-proven').innerText()).toMatch(/3(\.0)? ?s → 1(\.0)? ?s · 3\.00× faster/);
    const diff = await page.getByTestId('doctor-diff').innerText();
    expect(diff).toContain('asyncio.gather(');
    expect(diff).toMatch(/−\s*a = await fetch\("a", 1\)/);
    await shot('doctor-fix');
  });

  it('compares the program with its fix on one axis', { timeout: 150_000 }, async () => {
    await page.getByTestId('fix-compare').click();
    // Compare starts a worker per side: on a loaded machine that takes a while.
    await expect.poll(() => page.getByTestId('total-a').innerText(), { timeout: 60_000 }).toMatch(/^3(\.0)? ?s/);
    await expect.poll(() => page.getByTestId('total-b').innerText(), { timeout: 60_000 }).toMatch(/^1(\.0)? ?s/);
    expect(await page.getByTestId('speedup').innerText()).toContain('3.00');
    expect(await page.getByTestId('compare').locator('textarea').inputValue()).toContain('asyncio.gather(');
    await shot('doctor-compare');
    await page.getByRole('button', { name: 'Single program' }).click();
  });

  it('takes the fix into the editor, runs it, and then finds nothing', async () => {
    await page.getByTestId('fix-toggle').first().click();
    await page.getByTestId('fix-apply').click();
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('asyncio.gather(');
    // The fixed program has run when its timeline says it took 1 s.
    await expect.poll(() => page.locator('body').innerText()).toMatch(/, 1(\.0)? ?s of virtual time/);
    expect(await page.getByTestId('doctor').count()).toBe(0);
    expect(await page.locator('.cm-doctor-badge').count()).toBe(0);
  });

  it('shows no doctor for a program that is already right', async () => {
    await typeProgram(page, RIGHT);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('body').press('End');
    await expect.poll(() => page.getByTestId('output').innerText()).toContain("['a', 'b']");
    expect(await page.getByTestId('doctor').count()).toBe(0);
  });

  it("says where the run went through tasks in CPython's address order", async () => {
    await typeProgram(page, BY_ADDRESS);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const finding = page.getByTestId('finding').first();
    await expect.poll(() => finding.getAttribute('data-kind')).toBe('address-order');
    expect(await finding.getAttribute('data-line')).toBe('10');
    expect(await finding.innerText()).toContain('a set of 3 Task objects');
    await expect.poll(() => page.locator('.cm-doctor-badge').count()).toBe(1);
    // No fix is offered: which order the program needs is the author's to say.
    expect(await page.getByTestId('fix-toggle').count()).toBe(0);
    await shot('doctor-address-order');
    expect(errors).toEqual([]);
  });
});
