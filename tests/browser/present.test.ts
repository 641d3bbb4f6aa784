/**
 * For authors and presenters: presenter mode, "predict the next step", share links that restore
 * the whole view, embed mode, links that try to inject markup, and SVG/PNG export from the app
 * (the downloaded SVG must be byte-for-byte what exportSvg() / the CLI make).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { type BrowserContext, type Page } from 'playwright-core';
import { simulate } from '../../src/lib/run';
import { exportSvg, type ExportOptions } from '../../src/lib/export';
import { localise } from '../../src/lib/ui/scenario-header';
import { openSite, CHROMIUM, ROOT, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const scenario = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.py`), 'utf8');
const link = (code: string, extra = '') =>
  `#code=${LZString.compressToEncodedURIComponent(code)}${extra.includes('lang=') ? '' : '&lang=en'}${extra}`;

suite('presenters and authors', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    opened = await openSite({ acceptDownloads: true });
    base = opened.base;
    ctx = opened.ctx;
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await ctx.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base + path);
    await page.waitForSelector('[data-status=done]');
    return page;
  }
  const position = (p: Page) => p.getByTestId('position').innerText();
  /** The editor's text, without the task badges drawn at line ends. */
  const docText = (p: Page) =>
    p.evaluate(() =>
      [...document.querySelectorAll('.cm-line')]
        .map((l) => {
          const c = l.cloneNode(true) as HTMLElement;
          c.querySelectorAll('.cm-task-badge').forEach((b) => b.remove());
          return c.textContent;
        })
        .join('\n'),
    );

  it('presenter mode: clicker keys step, F goes full screen, the current lane is highlighted', async () => {
    const src = scenario('03_create_task');
    const run = simulate(src);
    const n = run.trace.steps.length;
    const page = await open(`?present${link(src)}`);
    await expect(page.locator('.app').getAttribute('data-present')).resolves.toBe('yes');
    // Only the panels that matter.
    await expect(page.locator('.cm-editor').count()).resolves.toBe(1);
    await expect(page.getByTestId('tasks-table').count()).resolves.toBe(0);
    await expect(page.locator('.shortcuts').isVisible()).resolves.toBe(false);
    expect(await position(page)).toContain(`Step 1 of ${n}`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await position(page)).toContain(`Step 3 of ${n}`);
    await page.keyboard.press('PageUp');
    expect(await position(page)).toContain(`Step 2 of ${n}`);
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toContain(`Step 3 of ${n}`);
    await expect(page.locator('svg[role=img] g.laser').getAttribute('data-task')).resolves.toBe(
      run.trace.steps[2].task,
    );
    const size = await page.getByTestId('narration').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('f');
    await page.waitForFunction(
      () => !!document.fullscreenElement || document.querySelector('.app')?.getAttribute('data-fullscreen') === 'yes',
    );
    await expect(page.locator('.app').getAttribute('data-fullscreen')).resolves.toBe('yes');
    await page.keyboard.press('F');
    await page.waitForFunction(
      () => !document.fullscreenElement && document.querySelector('.app')?.getAttribute('data-fullscreen') === 'no',
    );
    // The toggle leaves presenter mode, and the link follows.
    await page.getByTestId('present-toggle').click();
    await expect(page.locator('.app').getAttribute('data-present')).resolves.toBe('no');
    await page.waitForFunction(() => !location.hash.includes('present') && !location.search.includes('present'));
    await page.close();
  });

  it('predict the next step: hides the future, reveals right or wrong and advances', async () => {
    const src = scenario('03_create_task');
    const run = simulate(src);
    const n = run.trace.steps.length;
    const page = await open(link(src, '&predict=1'));
    await expect(page.getByTestId('predict-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    // The chart shows nothing after the current step.
    const maxStep = async () =>
      Math.max(
        ...(await page
          .locator('svg[role=img] [data-step]')
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step'))))),
      );
    expect(await maxStep()).toBe(0);
    // Right guess.
    await page.locator(`[data-testid=predict] button.choice[data-task="${run.trace.steps[1].task}"]`).click();
    await expect(page.getByTestId('predict-verdict').getAttribute('class')).resolves.toMatch(/\bright\b/);
    expect(await position(page)).toContain(`Step 2 of ${n}`);
    expect(await maxStep()).toBe(1);
    // Wrong guess, where there is a wrong choice.
    let k = 1;
    for (; k < n - 1; k++) {
      const names = await page
        .locator('[data-testid=predict] button.choice')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
      const wrong = names.find((x) => x !== run.trace.steps[k + 1].task);
      if (wrong) {
        await page.locator(`[data-testid=predict] button.choice[data-task="${wrong}"]`).click();
        break;
      }
      await page.getByTestId('predict-reveal').click();
    }
    expect(k).toBeLessThan(n - 1);
    await expect(page.getByTestId('predict-verdict').getAttribute('class')).resolves.toMatch(/\bwrong\b/);
    await expect(page.getByTestId('predict-verdict').innerText()).resolves.toContain(
      `${run.trace.steps[k + 1].task} runs next`,
    );
    expect(await position(page)).toContain(`Step ${k + 2} of ${n}`);
    await expect(page.getByTestId('predict-score').innerText()).resolves.toBe('Score 1/2');
    await page.close();
  });

  it('share link round trip: program, step and options', async () => {
    const page = await open('');
    await page.selectOption('#scenario', '07_semaphore');
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-status') === 'done');
    const src = scenario('07_semaphore');
    const n = simulate(src).trace.steps.length;
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step axis' }).click();
    await page.getByRole('button', { name: '한국어' }).click();
    await page.locator('header button:has-text("☾")').click();
    // The address follows (debounced) without any click on "Copy link".
    await page.waitForFunction(
      () =>
        /step=5\b/.test(location.hash) &&
        /axis=step/.test(location.hash) &&
        /theme=dark/.test(location.hash) &&
        /lang=ko/.test(location.hash),
    );
    const url = page.url();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('header button:has-text("☀")').click();
    await page.close();

    const other = await open(url.slice(base.length));
    // The scenario as the editor showed it: its header in Korean, the language switched to before copying.
    expect(await docText(other)).toBe(localise(src, 'ko'));
    const pos = await position(other);
    expect(pos).toContain(`${n}단계 중 5단계`);
    await expect(other.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(other.evaluate(() => document.documentElement.lang)).resolves.toBe('ko');
    await expect(other.locator('.viewbar .seg button[aria-pressed=true]').first().innerText()).resolves.toBe('단계 축');
    expect(other.url()).toBe(url);
    // The link's options are for that view: the visitor's own preferences are not changed.
    await expect(other.evaluate(() => localStorage.getItem('loopline.theme'))).resolves.toBe('light');
    await other.close();
  });

  it('embed mode shows only the timeline, the step controls and the narration', async () => {
    const src = scenario('03_create_task');
    const n = simulate(src).trace.steps.length;
    const page = await open(`?embed${link(src, '&step=2')}`);
    await expect(page.locator('svg[role=img]').count()).resolves.toBe(1);
    await expect(page.locator('.controls').count()).resolves.toBe(1);
    await expect(page.getByTestId('narration').count()).resolves.toBe(1);
    for (const sel of [
      'header',
      '.cm-editor',
      '.panels',
      '.viewbar',
      '#scenario',
      '[data-testid=tasks-table]',
      '[data-testid=output]',
    ]) {
      await expect(page.locator(sel).count(), sel).resolves.toBe(0);
    }
    // A link to the full app, same program and step, without ?embed.
    const full = await page.getByRole('link', { name: 'Open in Loopline' }).getAttribute('href');
    expect(full).not.toContain('embed');
    expect(full).toContain('step=2');
    expect(await position(page)).toContain(`Step 2 of ${n}`);
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await position(page)).toContain(`Step 3 of ${n}`);
    await page.waitForFunction(() => location.search === '?embed' && /step=3\b/.test(location.hash));
    await page.close();
  });

  it('a link cannot inject markup: code and output are shown as text', async () => {
    const evil = '<img src=x onerror=window.__xss=1>';
    const src = `# </script>${evil}\nimport asyncio\n\nasync def main():\n    print("${evil}")\n\nasyncio.run(main())\n`;
    const page = await open(
      `?present${link(src, `&theme=${encodeURIComponent(evil)}&lang=${encodeURIComponent(evil)}&step=${encodeURIComponent(evil)}`)}`,
    );
    await page.getByTestId('present-toggle').click();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(await docText(page)).toContain(`# </script>${evil}`);
    await expect(page.getByTestId('output').innerText()).resolves.toContain(evil);
    // Hover tooltips too.
    await page.locator('svg[role=img] [data-step]').first().hover();
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.close();
  });

  async function downloadText(page: Page, testid: string): Promise<{ name: string; data: Buffer }> {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), data: readFileSync(path!) };
  }

  it('exports the same SVG as exportSvg() / the CLI, and PNG at 2x', async () => {
    const src = scenario('07_semaphore');
    const run = simulate(src);
    const page = await open(link(src, '&axis=time&step=4&lang=en&theme=light'));
    await page.locator('[data-testid=export] summary').click();

    // Whole run, defaults.
    let got = await downloadText(page, 'ex-svg');
    expect(got.name).toMatch(/\.svg$/);
    let want = exportSvg(src, { theme: 'light', axis: 'time', locale: 'en', legend: true, width: 960 });
    expect('svg' in want).toBe(true);
    expect(got.data.toString('utf8')).toBe((want as { svg: string }).svg);

    // Print theme, step axis, a title, no legend, narrower, one lane left out, up to the current step.
    await page.selectOption('#ex-theme', 'print');
    await page.selectOption('#ex-axis', 'step');
    await page.fill('#ex-title', 'Semaphore <b>demo</b> & co');
    await page.getByTestId('ex-legend').uncheck();
    await page.fill('#ex-width', '720');
    const drop = run.trace.tasks[1].name;
    await page.locator(`[data-lane="${drop}"]`).uncheck();
    await page.locator('input[name=exscope][value=upto]').check();
    got = await downloadText(page, 'ex-svg');
    const opts: ExportOptions = {
      theme: 'print',
      axis: 'step',
      locale: 'en',
      legend: false,
      width: 720,
      title: 'Semaphore <b>demo</b> & co',
      lanes: run.trace.tasks.map((t) => t.name).filter((x) => x !== drop),
      upToStep: 3,
    };
    want = exportSvg(src, opts);
    expect(got.data.toString('utf8')).toBe((want as { svg: string }).svg);

    // PNG at 2x through the canvas.
    const png = await downloadText(page, 'ex-png-2');
    expect(png.name).toMatch(/@2x\.png$/);
    expect(png.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    const w = png.data.readUInt32BE(16);
    expect(w).toBe(720 * 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
