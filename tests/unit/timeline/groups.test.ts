/**
 * Lane groups and windowing (issue 9): in a chart of more lanes than the threshold, tasks running
 * the same coroutine through the same states collapse into one lane ("work × n") that opens into
 * its tasks; a layout of a window of rows keeps the whole chart's height and holds only those rows.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, layoutTimeline } from '../../../src/lib/timeline';
import { groupLanes } from '../../../src/lib/timeline/groups';
import { renderToString } from '../../../src/lib/timeline/node';
import { bigProgram } from './helpers';

const source = bigProgram(120);
const model = buildTimeline(simulate(source), { source });
const base = { width: 900, axis: 'time' as const, theme: 'light' as const, locale: 'en' as const };

describe('groupLanes', () => {
  it('leaves charts of few lanes alone', () => {
    expect(groupLanes(model.lanes, { above: 500 })).toBe(model.lanes);
  });

  it('collapses alike tasks into group lanes that account for every task', () => {
    const lanes = groupLanes(model.lanes, { above: 50 });
    const groups = lanes.filter((l) => l.group);
    expect(groups.length).toBeGreaterThan(0);
    expect(lanes.length).toBeLessThan(10);
    // Every task is in exactly one row.
    const covered = lanes.flatMap((l) => (l.group ? l.group.members : [l.index]));
    expect(covered.sort((a, b) => a - b)).toEqual(model.lanes.map((l) => l.index));
    for (const g of groups) {
      const first = model.lanes[g.group!.members[0]];
      for (const m of g.group!.members) {
        expect(model.lanes[m].coro).toBe(first.coro);
        expect(model.lanes[m].segments.map((s) => s.kind)).toEqual(first.segments.map((s) => s.kind));
      }
    }
    // The main task is alone of its kind.
    expect(lanes[0].name).toBe('Task-1');
  });

  it('shows an open group followed by its tasks', () => {
    const closed = groupLanes(model.lanes, { above: 50 });
    const g = closed.find((l) => l.group && l.group.members.length > 20)!;
    const opened = groupLanes(model.lanes, { above: 50, open: [g.group!.key] });
    const at = opened.findIndex((l) => l.group?.key === g.group!.key);
    expect(opened[at].group!.open).toBe(true);
    expect(opened.slice(at + 1, at + 1 + g.group!.members.length).map((l) => l.index)).toEqual(g.group!.members);
  });
});

describe('a layout with groups and a window of rows', () => {
  it('labels group lanes, counts every task, and draws a group in a bounded number of bars', () => {
    const L = layoutTimeline(model, { ...base, group: { above: 50 }, disclosure: true });
    const members = new Map(groupLanes(model.lanes, { above: 50 }).map((l) => [l.name, l.group?.members ?? []]));
    const full = (name: string) => members.get(name) ?? [];
    const g = L.lanes.filter((l) => l.group);
    expect(g.length).toBeGreaterThan(0);
    for (const l of g) {
      expect(l.label).toMatch(new RegExp(`^work × ${l.group!.size}$`));
      expect(l.rects.length).toBeLessThan(60);
      expect(l.rects.some((r) => r.state === 'running')).toBe(true);
    }
    expect(L.subtitle).toContain('121 tasks');
    // Every task has a row: a grouped one, its group's.
    const i60 = model.lanes.findIndex((l) => l.name === 'Task-60');
    const row = L.lanes.findIndex((l) => l.group !== undefined && full(l.name).includes(i60));
    expect(row).toBeGreaterThan(0);
    expect(L.taskRow.get('Task-60')).toBe(row);
    const svg = renderToString(L);
    expect(svg).toContain('class="group-toggle"');
  });

  it('lays out only the rows asked for, at their place in the full chart', () => {
    const full = layoutTimeline(model, base);
    const win = layoutTimeline(model, { ...base, rows: [40, 60] });
    expect(win.height).toBe(full.height);
    expect(win.rows).toEqual([40, 60]);
    expect(win.lanes.map((l) => l.name)).toEqual(full.lanes.slice(40, 60).map((l) => l.name));
    expect(win.lanes.map((l) => [l.y, l.rects.length])).toEqual(
      full.lanes.slice(40, 60).map((l) => [l.y, l.rects.length]),
    );
    // Arrows only with an end in the window.
    const rowOf = (n: string) => full.lanes.findIndex((l) => l.name === n);
    for (const a of win.arrows) expect([rowOf(a.from), rowOf(a.to)].some((r) => r >= 40 && r < 60)).toBe(true);
    expect(win.arrows.length).toBeLessThan(full.arrows.length);
  });
});

describe('rows of tasks that share a name', () => {
  // 60 tasks named 'job' or 'x', of two coroutines that end differently: several groups of each name.
  const named = [
    'import asyncio',
    'async def w(i):',
    '    await asyncio.sleep(i % 2 / 10)',
    'async def v(i):',
    '    await asyncio.sleep(0)',
    'async def main():',
    "    ts = [asyncio.create_task((w if i % 3 else v)(i), name='job' if i % 4 else 'x') for i in range(60)]",
    '    await asyncio.gather(*ts)',
    'asyncio.run(main())',
    '',
  ].join('\n');
  const m = buildTimeline(simulate(named), { source: named });

  it('give a name the first row a task of that name is in, and each task its row, with groups open or closed', () => {
    const closed = groupLanes(m.lanes, { above: 50 });
    const keys = closed.filter((l) => l.group).map((l) => l.group!.key);
    expect(keys.length).toBeGreaterThan(2);
    for (const open of [[], keys.slice(1, 2), keys]) {
      const L = layoutTimeline(m, { ...base, group: { above: 50, open } });
      const lanes = groupLanes(m.lanes, { above: 50, open });
      // Each task's row: its own lane's, or its closed group's.
      const rowOfTask = (i: number) =>
        lanes.findIndex((l) => (l.group ? !l.group.open && l.group.members.includes(i) : l.index === i));
      for (const name of ['job', 'x', 'Task-1']) {
        const rows = m.lanes.flatMap((l, i) => (l.name === name ? [rowOfTask(i)] : []));
        expect(L.taskRow.get(name)).toBe(Math.min(...rows));
      }
      expect(L.taskRow.get('nobody')).toBeUndefined();
    }
  });
});
