/**
 * A big draft in the editor has no language (so no parse over millions of characters): the
 * transaction that crosses LIVE_LIMIT switches it off, and the one that comes back under turns it on.
 */
import { describe, it, expect } from 'vitest';
import { EditorState } from '@codemirror/state';
import { language } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { bigText } from '../../../src/lib/ui/editor/cm-big';
import { LIVE_LIMIT } from '../../../src/lib/ui/state/big-draft';

const langOf = (s: EditorState) => s.facet(language)?.name ?? null;

describe('bigText', () => {
  it('keeps Python for a small draft and drops it past the limit, in the same transaction', () => {
    let s = EditorState.create({ doc: 'print(1)\n', extensions: [bigText(python(), 9)] });
    expect(langOf(s)).toBe('python');
    s = s.update({ changes: { from: 0, insert: '#'.repeat(LIVE_LIMIT) } }).state;
    expect(s.doc.length).toBeGreaterThan(LIVE_LIMIT);
    expect(langOf(s)).toBeNull();
    // Still big after more typing; back under the limit, Python again.
    s = s.update({ changes: { from: 0, insert: 'x' } }).state;
    expect(langOf(s)).toBeNull();
    s = s.update({ changes: { from: 0, to: s.doc.length - 9 } }).state;
    expect(s.doc.toString()).toBe('print(1)\n');
    expect(langOf(s)).toBe('python');
  });

  it('starts without Python when the first text is big', () => {
    const doc = '#'.repeat(LIVE_LIMIT + 1);
    const s = EditorState.create({ doc, extensions: [bigText(python(), doc.length)] });
    expect(langOf(s)).toBeNull();
    expect(langOf(s.update({ changes: { from: 0, to: 2 } }).state)).toBe('python');
  });
});
