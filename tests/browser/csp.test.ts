/**
 * The static site's Content-Security-Policy: each page carries one in a <meta> (a static host
 * sends no headers), it lets no inline script run but SvelteKit's hashed start-up script, and the
 * app does everything a user does under it (run in the worker, step, export SVG and PNG, copy a
 * link) without a single violation.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { openSite, CHROMIUM, type OpenSite } from './site';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

suite('Content-Security-Policy', () => {
  let opened: OpenSite | undefined;
  let page: Page;

  beforeAll(async () => {
    opened = await openSite({ acceptDownloads: true });
    page = await opened.ctx.newPage();
    // Registered before any page script: every violation the document sees is kept.
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(opened.base);
    await page.waitForSelector('[data-status=done]');
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('is in the page and allows no inline script beyond hashed ones, and no eval', async () => {
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toBeTruthy();
    const directives = new Map(
      policy!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    const scripts = directives.get('script-src')!;
    // No 'wasm-unsafe-eval' either: WebAssembly (Pyodide, for Verify) runs only in the verify
    // worker, whose policy is its own response's (verify.test.ts runs it without a violation).
    expect(scripts[0]).toBe("'self'");
    for (const s of scripts.slice(1)) expect(s).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('runs, steps, exports and shares without a violation', async () => {
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.locator('[data-testid=export] summary').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ex-svg').click()]);
    expect(readFileSync((await svg.path())!, 'utf8')).toContain('<svg');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ex-png-2').click()]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await violations()).toEqual([]);
  }, 60_000);

  it('is enforced: an inline script injected into the page does not run', async () => {
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injectedRan = true';
      document.body.append(s);
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  });
});
