/**
 * The editor's everyday extensions: CodeMirror's basic set-up less its typing aids (bracket
 * closing, completion, search, selection-match highlighting), which the page loads only when the
 * editor is first focused (cm-typing-aids.ts), so that a reader who never types does not fetch them.
 */
import {
  lineNumbers,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
  dropCursor,
  rectangularSelection,
  crosshairCursor,
  highlightActiveLine,
  keymap,
  type EditorView,
} from '@codemirror/view';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  foldGutter,
  indentOnInput,
  syntaxHighlighting,
  defaultHighlightStyle,
  bracketMatching,
  foldKeymap,
} from '@codemirror/language';
import { history, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { lintKeymap } from '@codemirror/lint';

export const editorSetup: Extension = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  foldGutter(),
  drawSelection(),
  dropCursor(),
  EditorState.allowMultipleSelections.of(true),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  rectangularSelection(),
  crosshairCursor(),
  highlightActiveLine(),
  keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap]),
];

/** Where the typing aids go once loaded: before the keymap above, whose Backspace would win over the brackets'. */
export const typingAidsSlot = new Compartment();

let loading: Promise<Extension> | null = null;

/** Loads the typing aids (once per page) and puts them into `view`, unless it is gone by then. */
export function loadTypingAids(view: EditorView): void {
  loading ??= import('./cm-typing-aids').then((m) => m.typingAids);
  void loading.then((aids) => {
    if (view.dom.isConnected && typingAidsSlot.get(view.state) !== aids)
      view.dispatch({ effects: typingAidsSlot.reconfigure(aids) });
  });
}
