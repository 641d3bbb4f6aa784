/** The bundled scenario programs (scenarios/*.py), with their bilingual titles. */
const files = import.meta.glob('/scenarios/*.py', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

interface Scenario {
  id: string;
  title: { en: string; ko: string };
  notice: { en: string; ko: string };
  source: string;
}

function header(src: string, key: string): string {
  const m = new RegExp(`^#\\s*${key}:\\s*(.+)$`, 'm').exec(src);
  return m ? m[1].trim() : '';
}

export const SCENARIOS: Scenario[] = Object.entries(files)
  .map(([path, source]) => {
    const id = path.replace(/^.*\//, '').replace(/\.py$/, '');
    return {
      id,
      source,
      title: { en: header(source, 'Title') || id, ko: header(source, '제목') || header(source, 'Title') || id },
      notice: { en: header(source, 'Notice'), ko: header(source, '살펴볼 점') },
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
