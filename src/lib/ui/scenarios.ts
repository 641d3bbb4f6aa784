/** The bundled scenario programs (scenarios/*.py), with their bilingual titles and their text in each language. */
import type { Lang } from './i18n';
import { headerField, localise } from './scenario-header';

const files = import.meta.glob('/scenarios/*.py', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

interface Scenario {
  id: string;
  title: { en: string; ko: string };
  notice: { en: string; ko: string };
  /** The file as written, with both languages' header lines. */
  source: string;
  /** What the editor shows: the header in one language (see scenario-header.ts). */
  text: Record<Lang, string>;
}

export const SCENARIOS: Scenario[] = Object.entries(files)
  .map(([path, source]) => {
    const id = path.replace(/^.*\//, '').replace(/\.py$/, '');
    const en = headerField(source, 'en', 'Title') || id;
    return {
      id,
      source,
      text: { en: localise(source, 'en'), ko: localise(source, 'ko') },
      title: { en, ko: headerField(source, 'ko', '제목') || en },
      notice: { en: headerField(source, 'en', 'Notice'), ko: headerField(source, 'ko', '살펴볼 점') },
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** The text is a scenario as bundled (in either language, or as the file is written): no edit of the user's. */
export function isScenarioText(text: string, sc?: Scenario): boolean {
  const is = (s: Scenario) => s.source === text || s.text.en === text || s.text.ko === text;
  return sc ? is(sc) : SCENARIOS.some(is);
}
