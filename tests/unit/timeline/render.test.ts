import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';
import { renderTimeline } from '../../../src/lib/timeline/render';
import { renderToString } from '../../../src/lib/timeline/node';
import { SHARED, CASES, modelOf } from './helpers';

const base: LayoutOptions = {
  width: 900,
  axis: 'time',
  theme: 'light',
  locale: 'en',
  title: 'Sequential vs concurrent',
};

function parseSvg(svg: string) {
  const { document } = parseHTML(`<html><body>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`);
  return document.querySelector('svg')!;
}

describe('renderToString', () => {
  const { model } = modelOf(join(SHARED, 's003_sequential_vs_concurrent.py'));
  const layout = layoutTimeline(model, base);

  it('produces a standalone accessible SVG with one lane per task', () => {
    const out = renderToString(layout);
    expect(out.startsWith('<?xml')).toBe(true);
    const svg = parseSvg(out);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('aria-label')).toMatch(/Sequential vs concurrent/);
    expect(svg.querySelector('title')!.textContent).toBe('Sequential vs concurrent');
    expect(svg.querySelector('desc')!.textContent).toMatch(/5 tasks/);
    expect(svg.querySelector('style')!.textContent).toContain('font-family');
    const lanes = [...svg.querySelectorAll('g.lane')];
    expect(lanes.map((g) => g.getAttribute('data-task'))).toEqual(['Task-1', 'Task-4', 'Task-5', 'Task-6', 'Task-7']);
    for (const g of lanes) expect(g.getAttribute('aria-label')).toBeTruthy();
    const states = new Set([...svg.querySelectorAll('rect[data-state]')].map((r) => r.getAttribute('data-state')));
    expect([...states].sort()).toEqual(expect.arrayContaining(['running', 'sleeping', 'waiting']));
    for (const r of svg.querySelectorAll('g.lane rect[data-state]'))
      expect(r.querySelector('title')!.textContent!.length).toBeGreaterThan(5);
    expect(svg.querySelectorAll('path.arrow').length).toBe(model.arrows.length);
    for (const a of svg.querySelectorAll('path.arrow')) {
      const id = a.getAttribute('marker-end')!.match(/url\(#(.+)\)/)![1];
      expect(svg.querySelector(`marker[id="${id}"]`)).toBeTruthy();
    }
    expect(svg.querySelectorAll('g.axis g.tick').length).toBe(layout.ticks.length);
    expect(svg.querySelectorAll('g.legend-item').length).toBe(layout.legend.length);
  });

  it('every url(#id) reference resolves and ids are unique', () => {
    const out = renderToString(layout, { cursorStep: 5 });
    const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of out.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
  });

  it('is deterministic', () => {
    const again = layoutTimeline(modelOf(join(SHARED, 's003_sequential_vs_concurrent.py')).model, base);
    expect(renderToString(again, { cursorStep: 3 })).toBe(renderToString(layout, { cursorStep: 3 }));
  });

  it('draws the cursor for a step', () => {
    const svg = parseSvg(renderToString(layout, { cursorStep: 6 }));
    const cursor = svg.querySelector('g.cursor')!;
    expect(cursor.getAttribute('data-step')).toBe('6');
    expect(cursor.querySelector('text')!.textContent).toBe('step 7 · 3.0 s');
    expect(svg.querySelectorAll('rect.current')).toHaveLength(1);
    expect(parseSvg(renderToString(layout)).querySelector('g.cursor')).toBeNull();
  });

  it('renders into a given document and svg, replacing earlier content', () => {
    const { document } = parseHTML('<html><body><svg></svg></body></html>');
    const svg = document.querySelector('svg') as unknown as SVGSVGElement;
    renderTimeline(document as unknown as Document, svg, layout);
    const n = (svg as unknown as Element).querySelectorAll('*').length;
    renderTimeline(document as unknown as Document, svg, layout);
    expect((svg as unknown as Element).querySelectorAll('*').length).toBe(n);
  });

  it('the browser modules do not import linkedom or touch window/document globals', () => {
    const dir = join(__dirname, '../../../src/lib/timeline');
    const marks = readdirSync(join(dir, 'marks')).map((f) => `marks/${f}`);
    for (const f of [
      'model.ts',
      'layout.ts',
      'render.ts',
      'i18n.ts',
      'frame.ts',
      'palette.ts',
      'text.ts',
      'selection.ts',
      ...marks,
    ]) {
      const src = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(src).not.toMatch(/linkedom/);
      expect(src).not.toMatch(/\bwindow\./);
      expect(src).not.toMatch(/(?<![.\w])document\./);
    }
  });

  it('only render.ts is handed the document: the marks draw through selections under the svg', () => {
    const dir = join(__dirname, '../../../src/lib/timeline/marks');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(src, f).not.toMatch(/\bDocument\b|createElement|createTextNode|ownerDocument/);
      expect(src, f).not.toMatch(/from 'd3-selection'/);
    }
  });

  it('renders Korean, dark and print themes and the step axis', () => {
    const { model: m } = modelOf(join(CASES, 'loop_time_sleep_blocks.py'));
    for (const opts of [
      { ...base, locale: 'ko' as const, theme: 'dark' as const },
      { ...base, theme: 'print' as const, axis: 'step' as const },
    ]) {
      const svg = parseSvg(renderToString(layoutTimeline(m, opts)));
      expect(svg.querySelectorAll('g.lane')).toHaveLength(3);
      expect(svg.querySelector('rect[data-state="frozen"]')).toBeTruthy();
      expect(svg.querySelector('g.band-frozen')).toBeTruthy();
    }
  });
});

describe('escaping', () => {
  it('escapes < and & in labels and tooltips (nested coroutine names)', async () => {
    const { simulate } = await import('../../../src/lib/run');
    const { buildTimeline } = await import('../../../src/lib/timeline/model');
    const src = [
      'import asyncio',
      'async def main():',
      '    async def inner():',
      '        await asyncio.sleep(0.1)',
      '    await asyncio.gather(inner(), inner())',
      'asyncio.run(main())',
      '',
    ].join('\n');
    const model = buildTimeline(simulate(src), { source: src });
    const out = renderToString(layoutTimeline(model, base));
    expect(out).toContain('main.&lt;locals&gt;.inner');
    expect(out).not.toMatch(/<locals>/);
    const svg = parseSvg(out);
    expect(svg.querySelectorAll('g.lane')).toHaveLength(3);
  });

  it('renders an empty model', async () => {
    const { simulate } = await import('../../../src/lib/run');
    const { buildTimeline } = await import('../../../src/lib/timeline/model');
    const svg = parseSvg(renderToString(layoutTimeline(buildTimeline(simulate('print(1)\n')), base)));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('g.lane')).toHaveLength(0);
  });
});
