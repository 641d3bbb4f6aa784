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
    s.className = 'cm-task-badge' + (this.running ? ' running' : '');
    s.textContent = (this.running ? '▶ ' : '') + this.text;
    s.style.borderColor = this.colour;
    s.style.color = taskInk(this.colour);
    return s;
  }
}

/** Whether two lists of marks draw the same badges (a step that moves no task redraws nothing). */
export function sameMarks(a: readonly LineMark[], b: readonly LineMark[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.line !== y.line || x.colour !== y.colour || x.label !== y.label || x.running !== y.running) return false;
    if ((x.more ?? 0) !== (y.more ?? 0)) return false;
  }
  return true;
}

export const setMarks = StateEffect.define<LineMark[]>();
export const markField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setMarks)) deco = buildMarks(tr.state, e.value);
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function buildMarks(state: EditorState, ms: LineMark[]): DecorationSet {
  const byLine = new Map<number, LineMark[]>();
  for (const m of ms) {
    if (m.line < 1 || m.line > state.doc.lines) continue;
    if (!byLine.has(m.line)) byLine.set(m.line, []);
    byLine.get(m.line)!.push(m);
  }
  const b = new RangeSetBuilder<Decoration>();
  for (const ln of [...byLine.keys()].sort((a, c) => a - c)) {
    const list = byLine.get(ln)!;
    const line = state.doc.line(ln);
    const main = list.find((m) => m.running) ?? list[0];
    // Many tasks on one line: show the running one first, then a few more and a count.
    list.sort((a, c) => Number(c.running) - Number(a.running));
    const shown = list.slice(0, MAX_BADGES);
    const more = list.reduce((a, m) => a + (m.more ?? 0), 0);
    const shadows = shown.map((m, i) => `inset ${4 * (i + 1)}px 0 0 ${m.colour}`).join(', ');
    b.add(
      line.from,
      line.from,
      Decoration.line({
        attributes: {
          class: 'cm-task-line' + (list.some((m) => m.running) ? ' cm-task-running' : ''),
          style: `box-shadow: ${shadows}; background-color: color-mix(in srgb, ${main.colour} ${list.some((m) => m.running) ? 22 : 10}%, transparent)`,
          'data-tasks': list.map((m) => m.label).join(' ') + (more ? ` +${more}` : ''),
        },
      }),
    );
    for (const m of shown)
      b.add(line.to, line.to, Decoration.widget({ widget: new Badge(m.label, m.colour, m.running), side: 1 }));
    if (list.length + more > shown.length) {
      b.add(
        line.to,
        line.to,
        Decoration.widget({
          widget: new Badge(`+${list.length + more - shown.length}`, 'currentColor', false),
          side: 1,
        }),
      );
    }
  }
  return b.finish();
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
