/**
 * A big draft in the editor (longer than LIVE_LIMIT): no language (no parse, so no colouring,
 * folding or completion over millions of characters), switched in the same transaction that
 * crosses the limit; a big text typed in one go (an input method, a drop, a test's insertText)
 * goes straight into the document rather than through the browser's contenteditable editing,
 * which takes minutes over a text of millions of characters; and a big paste goes into the
 * document in a task after the one that read it from the clipboard.
 */
import { Compartment, EditorState, Prec, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { isBigDraft } from '../state/big-draft';

/** Text typed at once beyond this length is inserted by the editor itself. */
const BIG_INPUT = 10_000;

/** `language` while the document (`initial` characters at first) is not big. */
export function bigText(language: Extension, initial: number): Extension {
  const lang = new Compartment();
  const live = (n: number) => (isBigDraft(n) ? [] : language);
  return [
    lang.of(live(initial)),
    EditorState.transactionExtender.of((tr) => {
      if (!tr.docChanged || isBigDraft(tr.startState.doc.length) === isBigDraft(tr.newDoc.length)) return null;
      return { effects: lang.reconfigure(live(tr.newDoc.length)) };
    }),
    Prec.highest(
      EditorView.domEventHandlers({
        beforeinput(e, view) {
          if (e.inputType !== 'insertText' && e.inputType !== 'insertReplacementText') return false;
          const text = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
          if (text.length < BIG_INPUT) return false;
          e.preventDefault();
          view.dispatch(view.state.replaceSelection(text), { userEvent: 'input.type', scrollIntoView: true });
          return true;
        },
        paste: deferBigPaste,
      }),
    ),
  ];
}

/**
 * A paste of a big draft's length: read from the clipboard in the paste event (Chromium fetches
 * the text from the browser process then) and put into the document in a task of its own, so the
 * page's thread does the two in turn (for 3 million characters, one task of 69 ms of CPU time
 * became 35 ms and 33 ms). One selection only, which CodeMirror's own paste replaces the same way
 * (through the same clipboard input filters, as 'input.paste'); smaller pastes, and pastes into
 * several selections (a line per cursor), are CodeMirror's own.
 */
function deferBigPaste(e: ClipboardEvent, view: EditorView): boolean {
  if (view.state.readOnly || view.state.selection.ranges.length !== 1 || !e.clipboardData) return false;
  const data = e.clipboardData;
  const text = data.getData('text/plain') || data.getData('text/uri-list');
  if (!isBigDraft(text.length)) return false;
  e.preventDefault();
  setTimeout(() => {
    if (!view.dom.isConnected) return;
    let input = text;
    for (const filter of view.state.facet(EditorView.clipboardInputFilter)) input = filter(input, view.state);
    view.dispatch(view.state.replaceSelection(input), { userEvent: 'input.paste', scrollIntoView: true });
  });
  return true;
}
