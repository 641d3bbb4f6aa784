/**
 * The doctor's marks in the editor: each finding's lines get a dotted underline in the accent
 * colour, and its first line a badge naming the mistake ("✚ blocking call"), whose title is
 * the finding's message (a cross, dashed, in the accent colour: not a warning's triangle). They stay for the whole run (a finding is about the program, not a step).
 */
import { EditorState, StateEffect, StateField, RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

export interface DoctorMark {
  line: number;
  endLine: number;
  /** Badge text. */
  label: string;
  /** The finding's message, for the badge's title. */
  text: string;
}

class DoctorBadge extends WidgetType {
  constructor(
    readonly label: string,
    readonly text: string,
  ) {
    super();
  }
  eq(o: DoctorBadge) {
    return o.label === this.label && o.text === this.text;
  }
  toDOM() {
    const s = document.createElement('span');
    s.className = 'cm-doctor-badge';
    s.textContent = `✚ ${this.label}`;
    s.title = this.text;
    return s;
  }
}

export const setDoctorMarks = StateEffect.define<DoctorMark[]>();
export const doctorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setDoctorMarks)) deco = build(tr.state, e.value);
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function build(state: EditorState, marks: DoctorMark[]): DecorationSet {
  const lines = new Set<number>();
  const badges = new Map<number, DoctorMark[]>();
  for (const m of marks) {
    if (m.line < 1 || m.line > state.doc.lines) continue;
    for (let l = m.line; l <= Math.min(m.endLine, state.doc.lines); l++) lines.add(l);
    badges.set(m.line, [...(badges.get(m.line) ?? []), m]);
  }
  const b = new RangeSetBuilder<Decoration>();
  for (const n of [...lines].sort((x, y) => x - y)) {
    const line = state.doc.line(n);
    b.add(line.from, line.from, Decoration.line({ attributes: { class: 'cm-doctor-line' } }));
    const here = badges.get(n);
    if (here) {
      const label = here.map((m) => m.label).join(' · ');
      b.add(
        line.to,
        line.to,
        Decoration.widget({ widget: new DoctorBadge(label, here.map((m) => m.text).join('\n')), side: 3 }),
      );
    }
  }
  return b.finish();
}
