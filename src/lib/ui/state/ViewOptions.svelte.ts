/**
 * How the run is shown: language, theme, single or compare mode, axis, table view, presenter,
 * embed and full screen. The user's language and theme are remembered; a link's apply to its view only.
 */
import { tr, type Lang, type StringKey } from '../i18n';
import { LANG_KEY, THEME_KEY, store } from './storage';

type Theme = 'light' | 'dark';
export type Axis = 'time' | 'step';
export type Mode = 'single' | 'compare';

export class ViewOptions {
  lang = $state<Lang>('en');
  theme = $state<Theme>('light');
  mode = $state<Mode>('single');
  axis = $state<Axis>('time');
  showTable = $state(false);
  hideFuture = $state(false);
  present = $state(false);
  embed = $state(false);
  fullscreen = $state(false);
  readonly dark = $derived(this.theme === 'dark');

  /** The axis is on steps because the app chose it (no virtual time passed), not the user. */
  #autoAxis = false;
  /** The axis came from a link, so the first run keeps it. */
  #axisFromLink = false;

  /** A UI string in the current language. */
  t = (key: StringKey, params: Record<string, string | number> = {}): string => tr(this.lang, key, params);

  setLang(lang: Lang): void {
    this.lang = lang;
    store(LANG_KEY, lang);
    document.documentElement.lang = lang;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    store(THEME_KEY, theme);
    document.documentElement.dataset.theme = theme;
  }

  /** The user picked an axis: it stays, whatever the next program's timing. */
  pickAxis(axis: Axis): void {
    this.axis = axis;
    this.#autoAxis = false;
  }

  /** After a run: a program where no virtual time passes is all at 0 s, so it is shown on the step axis. */
  fitAxis(end: number, nSteps: number): void {
    if (this.#axisFromLink) this.#axisFromLink = false;
    else if (end === 0 && nSteps > 1 && this.axis === 'time') {
      this.axis = 'step';
      this.#autoAxis = true;
    } else if (end > 0 && this.#autoAxis) {
      this.axis = 'time';
      this.#autoAxis = false;
    }
  }

  /** Saved preferences first, then the options of the link that opened the page. */
  restore(query: URLSearchParams, hash: Record<string, string>): void {
    const l = localStorage.getItem(LANG_KEY);
    this.setLang(l === 'ko' ? 'ko' : l === 'en' ? 'en' : navigator.language.startsWith('ko') ? 'ko' : 'en');
    const th = localStorage.getItem(THEME_KEY);
    this.setTheme(
      th === 'dark' || th === 'light' ? th : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    );
    if (hash.theme === 'light' || hash.theme === 'dark') {
      this.theme = hash.theme;
      document.documentElement.dataset.theme = hash.theme;
    }
    if (hash.lang === 'en' || hash.lang === 'ko') {
      this.lang = hash.lang;
      document.documentElement.lang = hash.lang;
    }
    if (hash.axis === 'time' || hash.axis === 'step') {
      this.axis = hash.axis;
      this.#axisFromLink = true;
    }
    this.embed = query.has('embed');
    this.present = !this.embed && (query.has('present') || hash.present === '1');
  }

  async toggleFullscreen(): Promise<void> {
    if (document.fullscreenElement) {
      this.fullscreen = false;
      await document.exitFullscreen().catch(() => {});
      return;
    }
    this.fullscreen = true; // full-window layout even where the browser refuses real full screen
    try {
      await document.documentElement.requestFullscreen();
    } catch {
      /* not allowed here */
    }
  }

  onFullscreenChange = (): void => {
    this.fullscreen = !!document.fullscreenElement;
  };
}
