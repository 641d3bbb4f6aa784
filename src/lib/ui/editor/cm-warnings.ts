/**
 * Warning marks in the editor: the line CPython attributes a warning to (where a coroutine
 * object was dropped unawaited, ...) gets an amber underline and a "⚠" badge naming it, once the
 * cursor has reached the step where the warning happened; stronger on that very step.
 */
import { EditorState, StateEffect, StateField, RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

export interface WarnMark {
  line: number;
  /** Short badge text ("never awaited"). */
  label: string;
  /** The whole warning, for the badge's title. */
  text: string;
  /** It happened at the current step. */
  now: boolean;
  /** A task's exception raised here (red) rather than a warning (amber). */
  error?: boolean;
}

class WarnBadge extends WidgetType {
  constructor(
    readonly label: string,
    readonly text: string,
    readonly now: boolean,
    readonly error: boolean,
  ) {
    super();
  }
  eq(o: WarnBadge) {
    return o.label === this.label && o.text === this.text && o.now === this.now && o.error === this.error;
  }
  toDOM() {
    const s = document.createElement('span');
    s.className = (this.error ? 'cm-error-badge' : 'cm-warn-badge') + (this.now ? ' now' : '');
    s.textContent = (this.error ? '✖ ' : '⚠ ') + this.label;
    s.title = this.text;
    return s;
  }
}

export const setWarnMarks = StateEffect.define<WarnMark[]>();
export const warnField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setWarnMarks)) deco = build(tr.state, e.value);
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function build(state: EditorState, ms: WarnMark[]): DecorationSet {
  // Errors and warnings on one line get a badge each.
  const byLine = new Map<string, WarnMark[]>();
  for (const m of ms) {
    if (m.line < 1 || m.line > state.doc.lines) continue;
    const k = `${String(m.line).padStart(6, '0')}${m.error ? 'e' : 'w'}`;
    if (!byLine.has(k)) byLine.set(k, []);
    byLine.get(k)!.push(m);
  }
  const b = new RangeSetBuilder<Decoration>();
  let lastLine = -1;
  for (const k of [...byLine.keys()].sort()) {
    const list = byLine.get(k)!;
    const error = k.endsWith('e');
    const line = state.doc.line(list[0].line);
    const now = list.some((m) => m.now);
    // One line decoration per line (the first kind sorted: errors before warnings).
    if (line.number !== lastLine)
      b.add(
        line.from,
        line.from,
        Decoration.line({
          attributes: {
            class: (error ? 'cm-error-line' : 'cm-warn-line') + (now ? ' now' : ''),
            [error ? 'data-error' : 'data-warning']: list.map((m) => m.text).join('\n'),
          },
        }),
      );
    lastLine = line.number;
    const first = list.find((m) => m.now) ?? list[0];
    const label = list.length > 1 ? `${first.label} ×${list.length}` : first.label;
    b.add(
      line.to,
      line.to,
      Decoration.widget({ widget: new WarnBadge(label, list.map((m) => m.text).join('\n'), now, error), side: 2 }),
    );
  }
  return b.finish();
}
