/**
 * The program in the editor: its text, which scenario it is, and the drafts kept in localStorage
 * (the last text edited, and the user's own program, which picking a scenario never loses).
 */
import { SCENARIOS, scenarioById } from '../scenarios';
import { DRAFT_KEY, SCEN_KEY, USER_KEY, store } from './storage';

/** The scenario a first visit opens. */
const DEFAULT_SCENARIO = '03_create_task';
/** The scenario menu's entry for the user's own program. */
export const USER_DRAFT = '__draft';

export class Program {
  source = $state('');
  /** A scenario id, USER_DRAFT, or '' when nothing is picked. */
  scenarioId = $state('');
  hasUserDraft = $state(false);
  /** The program is known (read from the link or the drafts), so the editor can be created. */
  ready = $state(false);
  readonly scenario = $derived(scenarioById(this.scenarioId));

  /** The program from a link if there is one, else the last draft, else the default scenario. */
  restore(linked: string | null): void {
    let initial = linked ?? localStorage.getItem(DRAFT_KEY);
    this.scenarioId = localStorage.getItem(SCEN_KEY) ?? '';
    this.hasUserDraft = localStorage.getItem(USER_KEY) !== null;
    if (initial === null) {
      this.scenarioId = DEFAULT_SCENARIO;
      initial = scenarioById(DEFAULT_SCENARIO)?.source ?? SCENARIOS[0]?.source ?? '';
    }
    this.source = initial;
    this.ready = true;
  }

  /** The editor's text changed: save it, and as the user's own program if it is no scenario. */
  edit(doc: string): void {
    this.source = doc;
    try {
      localStorage.setItem(DRAFT_KEY, doc);
      if (!SCENARIOS.some((sc) => sc.source === doc)) {
        localStorage.setItem(USER_KEY, doc);
        this.hasUserDraft = true;
        this.scenarioId = USER_DRAFT;
        localStorage.setItem(SCEN_KEY, USER_DRAFT);
      }
    } catch {
      /* storage full or disabled: the edit still counts, only the draft is not kept */
    }
  }

  /** Switches to a scenario or the user's draft; returns its text, or null when there is none. */
  pick(id: string): string | null {
    const text = id === USER_DRAFT ? localStorage.getItem(USER_KEY) : (scenarioById(id)?.source ?? null);
    if (text === null) return null;
    this.scenarioId = id;
    store(SCEN_KEY, id);
    this.source = text;
    return text;
  }
}
