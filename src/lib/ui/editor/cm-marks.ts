import { EditorState, StateEffect, StateField, RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { taskInk } from '../common/ink';

const MAX_BADGES = 3;

export interface LineMark {
  line: number;
  colour: string;
  label: string;
  running: boolean;
  /** How many more tasks are at this line than the marks passed for it name (absent: none). */
  more?: number;
}

class Badge extends WidgetType {
  constructor(
    readonly text: string,
    readonly colour: string,
    readonly running: boolean,
  ) {
    super();
  }
  eq(o: Badge) {
    return o.text === this.text && o.colour === this.colour && o.running === this.running;
  }
  toDOM() {
    const s = document.createElement('span');
    this.draw(s, null);
    return s;
  }
  /**
   * Redraws a badge in place: a step changes the badges of a line on many steps of a big run, and
   * replacing the element (a removal from the editable content) costs several times more.
   */
  updateDOM(s: HTMLElement, _view: EditorView, from: this): boolean {
    this.draw(s, from);
    return true;
  }
  /** Writes what differs from `from`, the badge the element showed (null: a new element). */
  private draw(s: HTMLElement, from: Badge | null) {
    if (from?.running !== this.running) s.className = 'cm-task-badge' + (this.running ? ' running' : '');
    if (from?.text !== this.text || from.running !== this.running)
      s.textContent = (this.running ? '▶ ' : '') + this.text;
    if (from?.colour !== this.colour) {
      s.style.borderColor = this.colour;
      s.style.color = taskInk(this.colour);
    }
  }
}

/**
 * A line's "+N" badge: how many more tasks are at the line than its badges name. The cell is shared
 * by the widget and the element it drew, so that a step that changes only counts (on most steps of
 * a big run: '+9992' → '+9991') writes them in place instead of updating the editor, which would
 * cost the step a pass over its view and a measure of the page.
 */
interface Count {
  n: number;
  el: HTMLElement | null;
}

class CountBadge extends WidgetType {
  constructor(readonly count: Count) {
    super();
  }
  eq(o: CountBadge) {
    return o.count === this.count;
  }
  toDOM() {
    const s = document.createElement('span');
    s.className = 'cm-task-badge';
    s.style.borderColor = 'currentColor';
    s.style.color = taskInk('currentColor');
    s.textContent = `+${this.count.n}`;
    this.count.el = s;
    return s;
  }
  updateDOM(s: HTMLElement): boolean {
    s.textContent = `+${this.count.n}`;
    this.count.el = s;
    return true;
  }
  // The editor ignores changes inside a widget's element: the count written in place stays.
}

/**
 * Whether two lists of marks draw the same badges (a step that moves no task redraws nothing);
 * with `ignoreCounts`, whether they differ at most in the counts of tasks beyond those named.
 */
export function sameMarks(a: readonly LineMark[], b: readonly LineMark[], ignoreCounts = false): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.line !== y.line || x.colour !== y.colour || x.label !== y.label || x.running !== y.running) return false;
    if (!ignoreCounts && (x.more ?? 0) !== (y.more ?? 0)) return false;
  }
  return true;
}

/** The badges of one line: its marks (the running one first), those named, and the count beyond them (0: none). */
export interface LineBadges {
  line: number;
  list: LineMark[];
  shown: LineMark[];
  /** Tasks at the line beyond the marks passed for it. */
  more: number;
  count: number;
}

/** The marks grouped by line, in line order (lines outside 1..`lines` dropped), as the editor draws them. */
export function lineBadges(ms: readonly LineMark[], lines: number): LineBadges[] {
  const byLine = new Map<number, LineMark[]>();
  for (const m of ms) {
    if (m.line < 1 || m.line > lines) continue;
    if (!byLine.has(m.line)) byLine.set(m.line, []);
    byLine.get(m.line)!.push(m);
  }
  return [...byLine.keys()]
    .sort((a, c) => a - c)
    .map((line) => {
      // Many tasks on one line: show the running one first, then a few more and a count.
      const list = byLine.get(line)!.sort((a, c) => Number(c.running) - Number(a.running));
      const shown = list.slice(0, MAX_BADGES);
      const more = list.reduce((a, m) => a + (m.more ?? 0), 0);
      return { line, list, shown, more, count: list.length + more - shown.length };
    });
}

export const setMarks = StateEffect.define<LineMark[]>();
export const markField = StateField.define<{ deco: DecorationSet; counts: Map<number, Count> }>({
  create: () => ({ deco: Decoration.none, counts: new Map() }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setMarks)) return buildMarks(tr.state, e.value);
    // Counts are written by line: after an edit they go by a full update.
    return tr.changes.empty ? value : { deco: value.deco.map(tr.changes), counts: new Map() };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

/**
 * Writes the counts of `marks` into the "+N" badges drawn, when the lines that have one are those
 * of the marks the editor holds (the caller has checked that nothing else differs, sameMarks with
 * ignoreCounts). False, and nothing written, when the editor must be updated instead.
 */
export function writeCounts(view: EditorView, marks: readonly LineMark[]): boolean {
  const { counts } = view.state.field(markField);
  const want = lineBadges(marks, view.state.doc.lines).filter((b) => b.count > 0);
  if (want.length !== counts.size || want.some((b) => !counts.has(b.line))) return false;
  for (const b of want) {
    const c = counts.get(b.line)!;
    if (c.n === b.count) continue;
    c.n = b.count;
    if (c.el) c.el.textContent = `+${b.count}`;
  }
  return true;
}

function buildMarks(state: EditorState, ms: LineMark[]): { deco: DecorationSet; counts: Map<number, Count> } {
  const b = new RangeSetBuilder<Decoration>();
  const counts = new Map<number, Count>();
  for (const { line: ln, list, shown, count } of lineBadges(ms, state.doc.lines)) {
    const line = state.doc.line(ln);
    const main = list.find((m) => m.running) ?? list[0];
    const shadows = shown.map((m, i) => `inset ${4 * (i + 1)}px 0 0 ${m.colour}`).join(', ');
    b.add(
      line.from,
      line.from,
      Decoration.line({
        attributes: {
          class: 'cm-task-line' + (main.running ? ' cm-task-running' : ''),
          style: `box-shadow: ${shadows}; background-color: color-mix(in srgb, ${main.colour} ${main.running ? 22 : 10}%, transparent)`,
          // The tasks named (the count is its badge's: it changes without an editor update).
          'data-tasks': list.map((m) => m.label).join(' '),
        },
      }),
    );
    for (const m of shown)
      b.add(line.to, line.to, Decoration.widget({ widget: new Badge(m.label, m.colour, m.running), side: 1 }));
    if (count > 0) {
      const c: Count = { n: count, el: null };
      counts.set(ln, c);
      b.add(line.to, line.to, Decoration.widget({ widget: new CountBadge(c), side: 1 }));
    }
  }
  return { deco: b.finish(), counts };
}

import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/**
 * Syntax colours readable on a light background: every token at least 4.5:1 (WCAG AA) on white
 * and on the task-tinted lines (CodeMirror's default style draws f-strings in #e40, 3.84:1).
 */
export const lightHighlight = syntaxHighlighting(
  HighlightStyle.define([
    {
      tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword, tags.definitionKeyword, tags.moduleKeyword],
      color: '#7a1fa2',
    },
    { tag: tags.string, color: '#a11111' },
    { tag: [tags.special(tags.string), tags.escape, tags.regexp], color: '#a33000' },
    { tag: [tags.number, tags.bool, tags.null], color: '#116644' },
    { tag: tags.comment, color: '#5d6068', fontStyle: 'italic' },
    { tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName))], color: '#0b4fa0' },
    { tag: [tags.definition(tags.variableName), tags.className], color: '#7f4500' },
    { tag: [tags.propertyName], color: '#264f9e' },
    { tag: tags.self, color: '#7a1fa2' },
    { tag: tags.invalid, color: '#b00020' },
  ]),
);

/** Syntax colours readable on a dark background. */
export const darkHighlight = syntaxHighlighting(
  HighlightStyle.define([
    {
      tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword, tags.definitionKeyword, tags.moduleKeyword],
      color: '#ff9ecf',
    },
    { tag: [tags.string, tags.special(tags.string)], color: '#a5e075' },
    { tag: [tags.number, tags.bool, tags.null], color: '#f5b971' },
    { tag: tags.comment, color: '#9aa0aa', fontStyle: 'italic' },
    { tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName))], color: '#7cc4ff' },
    { tag: [tags.definition(tags.variableName), tags.className], color: '#ffd479' },
    { tag: [tags.propertyName], color: '#c5d0ff' },
    { tag: tags.self, color: '#ff9ecf' },
  ]),
);
