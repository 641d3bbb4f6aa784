/** The typing aids of CodeMirror's basic set-up, loaded when the editor is first focused (cm-setup.ts). */
import { keymap } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { closeBrackets, autocompletion, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';

export const typingAids: Extension = [
  closeBrackets(),
  autocompletion(),
  highlightSelectionMatches(),
  keymap.of([...closeBracketsKeymap, ...searchKeymap, ...completionKeymap]),
];
