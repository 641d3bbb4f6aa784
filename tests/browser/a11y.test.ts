/**
 * Accessibility: axe-core, injected into the built app, finds no serious or critical violation in
 * any mode: light, dark, Korean, presenter, embed (light and dark), compare, table view, predict,
 * after a run and after stepping.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import LZString from 'lz-string';
import { type BrowserContext, type Page } from 'playwright-core';
import { openSite, CHROMIUM, ROOT, type OpenSite } from './site';

const haveChromium = existsSync(CHROMIUM);
const suite = haveChromium ? describe : describe.skip;
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const scenario = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.py`), 'utf8');
const link = (code: string, extra: string) => `#code=${LZString.compressToEncodedURIComponent(code)}${extra}`;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

suite('accessibility (axe-core)', () => {
  let opened: OpenSite | undefined;
  let ctx: BrowserContext;
  let base = '';

  beforeAll(async () => {
    // axe-core is injected as an inline script, which the site's Content-Security-Policy refuses.
    opened = await openSite({ bypassCSP: true });
    base = opened.base;
    ctx = opened.ctx;
  }, 180_000);

  afterAll(async () => {
    await opened?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await ctx.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(base + path);
    await page.waitForSelector('[data-status=done]');
    return page;
  }

  /** Serious and critical violations on the page as it is now, one line per element. */
  async function serious(page: Page): Promise<string[]> {
    // Let transitions and the timeline's drawing settle before measuring colours.
    await page.waitForTimeout(400);
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } };
      const r = await w.axe.run(document, { resultTypes: ['violations'] });
      return r.violations;
    });
    // Two faults axe-core rates below serious here, checked as well: a page without a main
    // landmark, and a label on an SVG group that has no role (which screen readers ignore).
    const structure = await page.evaluate(() => [
      ...(document.querySelector('main') ? [] : ['no main landmark']),
      ...[...document.querySelectorAll('svg [aria-label]:not([role])')].map(
        (e) => `aria-label without a role on <${e.tagName} class="${e.getAttribute('class')}">`,
      ),
    ]);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
      )
      .concat(structure);
  }

  async function check(path: string, before?: (p: Page) => Promise<void>) {
    const page = await open(path);
    try {
      if (before) await before(page);
      const found = await serious(page);
      expect(found, found.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  }

  const src = scenario('03_create_task');
  const step = async (p: Page, times = 3) => {
    for (let i = 0; i < times; i++) await p.getByRole('button', { name: 'Step forward' }).click();
  };

  it('light, after a run and after stepping', async () => {
    await check(link(src, '&lang=en&theme=light'));
    await check(link(src, '&lang=en&theme=light'), (p) => step(p));
  }, 60_000);

  it('dark, after a run and after stepping', async () => {
    await check(link(src, '&lang=en&theme=dark'));
    await check(link(src, '&lang=en&theme=dark'), (p) => step(p));
  }, 60_000);

  it('Korean, light and dark', async () => {
    await check(link(src, '&lang=ko&theme=light&step=3'));
    await check(link(src, '&lang=ko&theme=dark&step=3'));
  }, 60_000);

  it('presenter mode, light and dark', async () => {
    await check(`?present${link(src, '&lang=en&theme=light&step=3')}`);
    await check(`?present${link(src, '&lang=en&theme=dark&step=3')}`);
  }, 60_000);

  it('embed mode, light and dark', async () => {
    await check(`?embed${link(src, '&lang=en&theme=light&step=3')}`);
    await check(`?embed${link(src, '&lang=en&theme=dark&step=3')}`);
  }, 60_000);

  it('predict mode, light and dark', async () => {
    await check(link(src, '&lang=en&theme=light&predict=1'));
    await check(link(src, '&lang=en&theme=dark&predict=1'), (p) => step(p, 1));
  }, 60_000);

  it('table view, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      await check(link(src, `&lang=en&theme=${theme}&step=3`), async (p) => {
        await p.getByRole('button', { name: 'Table view' }).click();
        await p.waitForSelector('[data-testid=trace-table] tbody tr');
      });
    }
  }, 60_000);

  it('compare, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      await check(link(src, `&lang=en&theme=${theme}`), async (p) => {
        await p.getByRole('button', { name: 'Compare' }).click();
        await p.waitForFunction(() => !!document.querySelector('[data-testid=speedup]')?.textContent?.trim(), null, {
          timeout: 15_000,
        });
      });
    }
  }, 60_000);

  it('three-way compare (asyncio, threads, processes), light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      await check(link(src, `&lang=en&theme=${theme}`), async (p) => {
        await p.getByRole('button', { name: 'Compare' }).click();
        await p.getByTestId('compare-three-ways').click();
        await p.waitForFunction(
          () =>
            document.querySelectorAll('[data-testid^=compare-side-] svg').length === 3 &&
            !!document.querySelector('[data-testid=speedup]')?.textContent?.startsWith('C is fastest'),
          null,
          { timeout: 30_000 },
        );
      });
    }
  }, 120_000);
});
