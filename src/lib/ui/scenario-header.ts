/**
 * Scenario header comments in the UI's language. A scenario (scenarios/*.py) starts with a block
 * of comment lines; a line marked `# en: ...` or `# ko: ...` belongs to that language, any other
 * line of the block to both. The editor shows a scenario with only the current language's lines
 * of its header (the marker left out), so the program the engine runs is exactly the text on
 * screen and every line number it reports is the editor's. Each language has as many header lines
 * as the other, so the code below the header keeps its line numbers when the language changes.
 */
import type { Lang } from './i18n';

const MARKED = /^#\s*(en|ko):\s?(.*)$/;

/** The number of comment lines at the top of `text` (its header). */
export function headerLength(text: string): number {
  const lines = text.split('\n');
  let n = 0;
  while (n < lines.length && lines[n].startsWith('#')) n++;
  return n;
}

/** The scenario's text with its header in `lang`: the other language's lines dropped, the markers taken out. */
export function localise(source: string, lang: Lang): string {
  const lines = source.split('\n');
  const n = headerLength(source);
  const head: string[] = [];
  for (const line of lines.slice(0, n)) {
    const m = MARKED.exec(line);
    if (!m) head.push(line);
    else if (m[1] === lang) head.push(m[2] ? `# ${m[2]}` : '#');
  }
  return [...head, ...lines.slice(n)].join('\n');
}

/** A field of the header in one language (`Title`, `Notice`, ...), or ''. */
export function headerField(source: string, lang: Lang, key: string): string {
  const head = localise(source, lang).split('\n').slice(0, headerLength(source));
  const re = new RegExp(`^#\\s*${key}:\\s*(.+)$`);
  for (const line of head) {
    const m = re.exec(line);
    if (m) return m[1].trim();
  }
  return '';
}
