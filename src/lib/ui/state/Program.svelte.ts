/**
 * The program in the editor: its text, which scenario it is, and the drafts kept in localStorage:
 * the last text edited; the user's own program ("My draft"), which picking a scenario never loses;
 * and every earlier draft, set aside (never overwritten) when editing starts on another program.
 */
import { SCENARIOS, isScenarioText, scenarioById } from '../scenarios';
import type { Lang } from '../i18n';
import { DRAFT_KEY, DRAFTS_KEY, INPUT_KEY, PYTHON_KEY, SCEN_KEY, USER_AT_KEY, USER_KEY, store } from './storage';
import { STORAGE_CHARS, isBigDraft } from './big-draft';
import { DEFAULT_PYTHON, isPythonVersion, type PythonVersion } from '../../ir/python-version';

/** The scenario a first visit opens. */
const DEFAULT_SCENARIO = '03_create_task';
/** A big draft is saved once typing pauses this long (each save copies all of it). */
const BIG_SAVE_MS = 1000;
/** The scenario menu's entry for the user's own program; an earlier draft's entry adds `@id`. */
export const USER_DRAFT = '__draft';

interface Draft {
  id: string;
  /** When it was last edited (ms since 1970). */
  at: number;
  text: string;
}

function readDrafts(): Draft[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(DRAFTS_KEY) ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (d): d is Draft => typeof d?.id === 'string' && typeof d?.at === 'number' && typeof d?.text === 'string',
    );
  } catch {
    return [];
  }
}

export class Program {
  source = $state('');
  /** The CPython version the program is simulated with (from the link, else the drafts' last choice). */
  python = $state<PythonVersion>(DEFAULT_PYTHON);
  /** The program's standard input, what input() and sys.stdin read (the link's, else the last typed). */
  input = $state('');
  /** A scenario id, USER_DRAFT, or '' when nothing is picked. */
  scenarioId = $state('');
  hasUserDraft = $state(false);
  /** Earlier drafts, newest first. */
  drafts = $state<Draft[]>([]);
  /** The program is known (read from the link or the drafts), so the editor can be created. */
  ready = $state(false);
  readonly scenario = $derived(scenarioById(this.scenarioId));
  /** The last edit reached this browser's storage (false: too big for it, or storage is off). */
  draftSaved = $state(true);
  /** The length of the link's program when it was too big to open (the last draft opened instead, or the program on screen stayed), else null. */
  refusedLink = $state<number | null>(null);
  /** The refused link was pasted into this open tab (its program on screen stays), not opened with the page. */
  refusedInPlace = $state(false);
  /** The length of the link's program input when it was too big to read (the program opened without it), else null. */
  refusedInput = $state<number | null>(null);
  /** The program came from the link that opened the page (shown as linked, its header not folded). */
  fromLink = false;
  /** Edits go to "My draft" (it is what the editor shows); otherwise the first edit starts a new one. */
  #editingDraft = false;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;

  /** The program from a link if there is one, else the last draft, else the default scenario. */
  restore(linked: string | null, lang: Lang = 'en', linkedPython?: string, linkedInput?: string | null): void {
    const saved = localStorage.getItem(PYTHON_KEY);
    this.python = isPythonVersion(linkedPython) ? linkedPython : isPythonVersion(saved) ? saved : DEFAULT_PYTHON;
    let initial = linked ?? localStorage.getItem(DRAFT_KEY);
    this.scenarioId = localStorage.getItem(SCEN_KEY) ?? '';
    this.hasUserDraft = localStorage.getItem(USER_KEY) !== null;
    this.drafts = readDrafts();
    // A link to the user's own draft (the address keeps the program) goes on editing it.
    this.#editingDraft = linked === null ? this.scenarioId === USER_DRAFT : linked === localStorage.getItem(USER_KEY);
    if (initial === null) {
      this.scenarioId = DEFAULT_SCENARIO;
      initial = (scenarioById(DEFAULT_SCENARIO) ?? SCENARIOS[0])?.text[lang] ?? '';
    }
    this.source = initial;
    // A linked program comes with its own input (none when the link has none); else the last one typed.
    this.input = linked !== null ? (linkedInput ?? '') : (localStorage.getItem(INPUT_KEY) ?? '');
    this.fromLink = linked !== null;
    this.ready = true;
  }

  /** The editor's text changed: save it (a big draft once typing pauses), and as the user's own program if it is no scenario. */
  edit(doc: string): void {
    this.source = doc;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    if (!isBigDraft(doc.length)) this.#save(doc);
    // Kept twice (the last draft and "My draft"): past the storage's size it cannot be saved, and trying takes long.
    else if (doc.length * 2 > STORAGE_CHARS) this.draftSaved = false;
    else this.#saveTimer = setTimeout(() => this.flushSave(), BIG_SAVE_MS);
  }

  /** Saves a big draft's last edit now (the page is going away). */
  flushSave = (): void => {
    if (this.#saveTimer) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
      this.#save(this.source);
    }
  };

  #save(doc: string): void {
    try {
      localStorage.setItem(DRAFT_KEY, doc);
      if (!isScenarioText(doc)) {
        if (!this.#editingDraft) this.#setAside();
        this.#editingDraft = true;
        localStorage.setItem(USER_KEY, doc);
        localStorage.setItem(USER_AT_KEY, String(Date.now()));
        this.hasUserDraft = true;
        this.scenarioId = USER_DRAFT;
        localStorage.setItem(SCEN_KEY, USER_DRAFT);
      }
      this.draftSaved = true;
    } catch {
      // Storage full or disabled: the edit still counts, but the page must say it is not kept.
      this.draftSaved = false;
    }
  }

  /** The program's input from now on (kept with the drafts). */
  setInput(text: string): void {
    this.input = text;
    store(INPUT_KEY, text);
  }

  /** Simulate with another CPython version from now on (kept with the drafts). */
  setPython(v: PythonVersion): void {
    this.python = v;
    store(PYTHON_KEY, v);
  }

  /** Switches to a scenario, the user's draft or an earlier draft; returns its text, or null when there is none. */
  pick(id: string, lang: Lang = 'en'): string | null {
    this.flushSave();
    let text: string | null;
    if (id === USER_DRAFT) text = localStorage.getItem(USER_KEY);
    else if (id.startsWith(`${USER_DRAFT}@`)) {
      const d = this.drafts.find((x) => `${USER_DRAFT}@${x.id}` === id);
      if (!d) return null;
      // The earlier draft becomes "My draft"; the one that was is set aside in its place.
      this.#setAside();
      this.drafts = this.drafts.filter((x) => x !== d);
      this.#saveDrafts();
      store(USER_KEY, d.text);
      store(USER_AT_KEY, String(d.at));
      this.hasUserDraft = true;
      text = d.text;
      id = USER_DRAFT;
    } else text = scenarioById(id)?.text[lang] ?? null;
    if (text === null) return null;
    this.#editingDraft = id === USER_DRAFT;
    this.scenarioId = id;
    store(SCEN_KEY, id);
    this.source = text;
    return text;
  }

  /** Moves "My draft" to the earlier drafts (once per text), so that nothing overwrites it. */
  #setAside(): void {
    const text = localStorage.getItem(USER_KEY);
    if (text === null || text.trim() === '') return;
    const at = Number(localStorage.getItem(USER_AT_KEY)) || Date.now();
    const id = `${at.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    this.drafts = [{ id, at, text }, ...this.drafts.filter((d) => d.text !== text)];
    this.#saveDrafts();
  }

  #saveDrafts(): void {
    store(DRAFTS_KEY, JSON.stringify(this.drafts));
  }
}
