/**
 * A big draft in the editor (longer than LIVE_LIMIT): no language (no parse, so no colouring,
 * folding or completion over millions of characters), switched in the same transaction that
 * crosses the limit; and a big text typed in one go (an input method, a drop, a test's
 * insertText) goes straight into the document rather than through the browser's contenteditable
 * editing, which takes minutes over a text of millions of characters.
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
      }),
    ),
  ];
}
