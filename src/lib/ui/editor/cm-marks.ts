import { EditorState, StateEffect, StateField, RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet } from '@codemirror/view';
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

/** One badge as drawn: its class, text and colours. */
interface BadgeLook {
  cls: string;
  text: string;
  border: string;
  ink: string;
}

/** What a marked line shows: its tint, its badges, and the tasks it names (data-tasks). */
interface LineLook {
  /** The line's tint: stripes in the named tasks' colours and a wash in the main one's. */
  shadow: string;
  background: string;
  badges: BadgeLook[];
  tasks: string;
}

function lookOf(b: LineBadges): LineLook {
  const main = b.list[0];
  const badges: BadgeLook[] = b.shown.map((m) => ({
    cls: 'cm-task-badge' + (m.running ? ' running' : ''),
    text: (m.running ? '▶ ' : '') + m.label,
    border: m.colour,
    ink: taskInk(m.colour),
  }));
  if (b.count > 0)
    badges.push({ cls: 'cm-task-badge', text: `+${b.count}`, border: 'currentColor', ink: taskInk('currentColor') });
  return {
    shadow: b.shown.map((m, i) => `inset ${4 * (i + 1)}px 0 0 ${m.colour}`).join(', '),
    background: `color-mix(in srgb, ${main.colour} ${main.running ? 22 : 10}%, transparent)`,
    badges,
    tasks: b.list.map((m) => m.label).join(' '),
  };
}

const sameBadge = (a: BadgeLook, b: BadgeLook) =>
  a.cls === b.cls && a.text === b.text && a.border === b.border && a.ink === b.ink;
/** Whether two looks have the same badges (what takes room in the line: a change may wrap it). */
const sameBadges = (a: LineLook, b: LineLook) =>
  a.tasks === b.tasks && a.badges.length === b.badges.length && a.badges.every((x, i) => sameBadge(x, b.badges[i]));
const sameLook = (a: LineLook, b: LineLook) =>
  a.shadow === b.shadow && a.background === b.background && sameBadges(a, b);

/**
 * A marked line's look, shared by its widget and the element the widget drew: a step that
 * changes it (a new task running at the line, a count going down: nearly every step of a big
 * run) writes it in place instead of updating the editor, which would cost the step a redraw of
 * the line and a pass over the view's plugins.
 */
interface Cell {
  look: LineLook;
  el: HTMLElement | null;
}

/** What each box shows (it is redrawn from it by difference). */
const drawn = new WeakMap<HTMLElement, LineLook>();

/**
 * Writes `look` into a line's box, only what differs from what it shows. The box holds the
 * line's tint (an element under the line's text that fills the line, so that the tint changes
 * without restyling the line, which is the editor's) and its badges.
 */
function drawLook(box: HTMLElement, look: LineLook): void {
  const was = drawn.get(box);
  if (box.dataset.tasks !== look.tasks) box.dataset.tasks = look.tasks;
  let tint = box.firstChild as HTMLElement | null;
  if (!tint) {
    tint = box.appendChild(document.createElement('span'));
    tint.className = 'cm-task-tint';
  }
  if (was?.shadow !== look.shadow) tint.style.boxShadow = look.shadow;
  if (was?.background !== look.background) tint.style.backgroundColor = look.background;
  while (box.childNodes.length > look.badges.length + 1) box.lastChild!.remove();
  look.badges.forEach((b, i) => {
    let s = box.childNodes[i + 1] as HTMLElement | undefined;
    const from = s ? was?.badges[i] : undefined;
    if (!s) s = box.appendChild(document.createElement('span'));
    if (from?.cls !== b.cls) s.className = b.cls;
    if (from?.text !== b.text) {
      // The text node written in place: replacing it costs a removal and an insertion in the layout.
      if (s.firstChild?.nodeType === Node.TEXT_NODE && s.childNodes.length === 1) (s.firstChild as Text).data = b.text;
      else s.textContent = b.text;
    }
    if (from?.border !== b.border) s.style.borderColor = b.border;
    if (from?.ink !== b.ink) s.style.color = b.ink;
  });
  drawn.set(box, look);
}

class LineLookWidget extends WidgetType {
  constructor(readonly cell: Cell) {
    super();
  }
  eq(o: LineLookWidget) {
    return o.cell === this.cell;
  }
  toDOM() {
    const box = document.createElement('span');
    box.className = 'cm-task-badges';
    drawLook(box, this.cell.look);
    this.cell.el = box;
    return box;
  }
  /** Another line's look redrawn in this element (a removal from the editable content costs more). */
  updateDOM(box: HTMLElement): boolean {
    drawLook(box, this.cell.look);
    this.cell.el = box;
    return true;
  }
  // The editor ignores changes inside a widget's element: what is written in place stays.
}

/** The marked lines and whether each holds the running task: what only an editor update redraws. */
const frameOf = (bs: readonly LineBadges[]) => bs.map((b) => `${b.line}${b.list[0].running ? 'r' : ''}`).join(' ');

interface Marks {
  deco: DecorationSet;
  /** Line → its look's cell. */
  cells: Map<number, Cell>;
  /** frameOf the marks drawn ('' after an edit: the next marks go by an editor update). */
  frame: string;
}

/**
 * Runs `write` (a change inside a widget's element, which the editor ignores) with the editor's
 * watch on its content paused: otherwise the editor reads the page's selection after it, which
 * makes the browser lay out the whole page (5 ms a step with 10,000 tasks), a second layout
 * beside the frame's own. `observer` is the editor's own, not part of its typed interface.
 */
function unobserved(view: EditorView, write: () => void): void {
  const observer = (view as unknown as { observer?: { ignore?: (f: () => void) => void } }).observer;
  if (typeof observer?.ignore === 'function') observer.ignore(write);
  else write();
}

/**
 * Runs the editor's measure now (in the frame callback of a check that found a line's height
 * changed), so that the gutters are placed for the new height in this frame rather than the next.
 * Asking for the measure on every step instead would cost each step the editor's reads of the
 * geometry of every box around it. `measure` is the editor's own, not part of its typed interface.
 */
function measureNow(view: EditorView): void {
  const measure = (view as unknown as { measure?: () => void }).measure;
  if (typeof measure === 'function') measure.call(view);
  else view.requestMeasure();
}

/** The editor's side of the marks: what it shows in place and the check of the lines' heights after. */
class MarksView {
  /** The lines whose badges were written in place since the last check (null: none), and the marks shown. */
  #unchecked: { lines: Set<number>; marks: LineMark[] } | null = null;
  #destroyed = false;

  constructor(readonly view: EditorView) {}

  destroy() {
    this.#destroyed = true;
  }

  /**
   * Shows `marks`. When the same lines are marked and the running task is at the same line
   * (nearly every step: a step moves one task), their looks are written in place, without an
   * editor update; otherwise the editor is updated.
   */
  show(marks: LineMark[]): void {
    const view = this.view;
    const cur = view.state.field(markField);
    const bs = lineBadges(marks, view.state.doc.lines);
    if (cur.frame === '' || cur.frame !== frameOf(bs)) {
      this.#unchecked = null;
      view.dispatch({ effects: setMarks.of(marks) });
      return;
    }
    const writes: (() => void)[] = [];
    for (const b of bs) {
      const cell = cur.cells.get(b.line)!;
      const look = lookOf(b);
      if (sameLook(cell.look, look)) continue;
      const resized = !sameBadges(cell.look, look);
      cell.look = look;
      const el = cell.el;
      if (el) writes.push(() => drawLook(el, look));
      if (!resized) continue;
      if (!this.#unchecked) {
        this.#unchecked = { lines: new Set(), marks };
        requestAnimationFrame(() => this.#check());
      }
      this.#unchecked.lines.add(b.line);
    }
    if (writes.length) unobserved(view, () => writes.forEach((w) => w()));
    if (this.#unchecked) this.#unchecked.marks = marks;
  }

  /**
   * Checks, once the frame's layout is known, that the lines whose badges were written in place
   * kept the height the editor has for them; one that wrapped or unwrapped makes the editor update
   * from the marks and measure at once, which places the gutters for the new height in this frame
   * (the editor does not see it by itself when its content is shorter than its box). The reads
   * force no layout that the frame would not do anyway.
   */
  #check(): void {
    const pending = this.#unchecked;
    this.#unchecked = null;
    if (!pending || this.#destroyed) return;
    const view = this.view;
    const { cells } = view.state.field(markField);
    for (const n of pending.lines) {
      const el = cells.get(n)?.el;
      const line = el?.isConnected ? el.closest('.cm-line') : null;
      if (!line || n > view.state.doc.lines) continue;
      const want = view.lineBlockAt(view.state.doc.line(n).from).height;
      if (Math.abs(line.getBoundingClientRect().height - want) > 0.01) {
        view.dispatch({ effects: setMarks.of(pending.marks) });
        measureNow(view);
        return;
      }
    }
  }
}

const marksPlugin = ViewPlugin.fromClass(MarksView);

const setMarks = StateEffect.define<LineMark[]>();
export const markField = StateField.define<Marks>({
  create: () => ({ deco: Decoration.none, cells: new Map(), frame: '' }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setMarks)) return buildMarks(tr.state, e.value);
    // Cells are kept by line: after an edit the marks go by a full update.
    return tr.changes.empty ? value : { deco: value.deco.map(tr.changes), cells: new Map(), frame: '' };
  },
  provide: (f) => [EditorView.decorations.from(f, (v) => v.deco), marksPlugin],
});

function buildMarks(state: EditorState, ms: LineMark[]): Marks {
  const b = new RangeSetBuilder<Decoration>();
  const cells = new Map<number, Cell>();
  const bs = lineBadges(ms, state.doc.lines);
  for (const lb of bs) {
    const line = state.doc.line(lb.line);
    const running = lb.list[0].running ? ' cm-task-running' : '';
    b.add(line.from, line.from, Decoration.line({ attributes: { class: `cm-task-line${running}` } }));
    const cell: Cell = { look: lookOf(lb), el: null };
    cells.set(lb.line, cell);
    b.add(line.to, line.to, Decoration.widget({ widget: new LineLookWidget(cell), side: 1 }));
  }
  return { deco: b.finish(), cells, frame: frameOf(bs) };
}

/** Shows `marks` in the editor (which has markField). */
export function showMarks(view: EditorView, marks: LineMark[]): void {
  view.plugin(marksPlugin)!.show(marks);
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
