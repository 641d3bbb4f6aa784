/**
 * The localStorage keys the app uses (users' saved drafts and preferences live under them, so
 * they never change), and writes that never fail: storage may be full or disabled.
 */
export const DRAFT_KEY = 'loopline.draft';
export const USER_KEY = 'loopline.userDraft';
/** When "My draft" was last edited. */
export const USER_AT_KEY = 'loopline.userDraftAt';
/** Earlier drafts, set aside when editing started on another program: JSON [{id, at, text}], newest first. */
export const DRAFTS_KEY = 'loopline.drafts';
export const SCEN_KEY = 'loopline.scenario';
export const LANG_KEY = 'loopline.lang';
export const THEME_KEY = 'loopline.theme';
/** The CPython version the drafts are simulated with ('3.14', ...), once the user picked one. */
export const PYTHON_KEY = 'loopline.python';
/** The program's standard input, the Input box's text ('' or absent: none). */
export const INPUT_KEY = 'loopline.input';
/** The program (editor) folded away on a phone: '1', else unfolded. */
export const EDITOR_FOLDED_KEY = 'loopline.editorFolded';

export function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage full or disabled: keep going */
  }
}
