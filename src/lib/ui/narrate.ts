import { tr, type Lang } from './i18n';
import { formatTime, narrationParts, type RunView } from './model';

/** One sentence saying what the step at `cursor` did. */
export function narrate(lang: Lang, v: RunView, cursor: number): string {
  const p = narrationParts(v, cursor);
  if (!p) return tr(lang, 'noSteps');
  const at = p.atLine ?? '?';
  let head = tr(lang, p.kind === 'start' ? 'nStarts' : 'nResumes', { task: p.task, at });
  let why = '';
  switch (p.reason.kind) {
    case 'timer': why = tr(lang, 'rTimer', { t: formatTime(p.reason.t) }); break;
    case 'task': why = tr(lang, 'rTask', { name: p.reason.name }); break;
    case 'wake': why = tr(lang, 'rWake', { what: p.reason.what }); break;
    case 'yield': why = tr(lang, 'rYield'); break;
  }
  if (why) head += ` (${why})`;
  let tail: string;
  if (p.done) {
    const st = p.finalState;
    tail = st === 'cancelled' ? tr(lang, 'nCancelled') : st.startsWith('exception') ? tr(lang, 'nFailed', { e: st.slice(10) }) : tr(lang, 'nFinishes');
  } else {
    tail = tr(lang, 'nRunsUntil', { to: p.toLine ?? '?' });
    if (p.waitsOn) tail += (lang === 'en' ? ', ' : ' ') + tr(lang, 'nWaits', { w: p.waitsOn });
  }
  return `${head} ${tail}.`;
}
