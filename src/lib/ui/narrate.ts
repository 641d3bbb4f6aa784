import { tr, type Lang } from './i18n';
import { narrationParts, type RunView } from './model';
import { timeIn } from './ko';
import { whyText } from './why-text';
import { syncWaitedBy } from './sync/sync-model';
import { syncText } from './sync/sync-text';
import { taskErrorSentence, warningSentence } from './warning-text';
import { taskErrorsAtStep, warningsAtStep } from './step-index';

/** One sentence saying what the step at `cursor` did. */
export function narrate(lang: Lang, v: RunView, cursor: number): string {
  const p = narrationParts(v, cursor);
  if (!p) return tr(lang, 'noSteps');
  const at = p.atLine ?? '?';
  let head =
    p.atLine === null
      ? tr(lang, p.kind === 'start' ? 'nStartsNoLine' : 'nResumesNoLine', { task: p.task })
      : tr(lang, p.kind === 'start' ? 'nStarts' : 'nResumes', { task: p.task, at });
  let why = '';
  switch (p.reason.kind) {
    case 'timer':
      why = tr(lang, 'rTimer', { t: timeIn(lang, p.reason.t) });
      break;
    case 'task':
      why = tr(lang, 'rTask', { name: p.reason.name });
      break;
    case 'wake':
      why = tr(lang, 'rWake', { what: p.reason.what });
      break;
    case 'yield':
      why = tr(lang, 'rYield');
      break;
  }
  if (p.why) why = whyText(lang, p.why);
  if (why) head += ` (${why})`;
  let tail: string;
  if (p.stopped) tail = tr(lang, 'nRunsStopped');
  else if (p.done) {
    const st = p.finalState;
    tail =
      st === 'cancelled'
        ? tr(lang, 'nCancelled')
        : st.startsWith('exception')
          ? tr(lang, 'nFailed', { e: st.slice(10) })
          : tr(lang, 'nFinishes');
  } else {
    if (p.waitsOn) {
      tail = p.toLine === null ? tr(lang, 'nRunsOutside') : tr(lang, 'nRunsUntil', { to: p.toLine });
      const so = syncWaitedBy(v, cursor, p.task);
      tail +=
        (lang === 'en' ? ', ' : ' ') +
        (so ? tr(lang, 'nWaitsSync', { w: syncText(lang, so) }) : tr(lang, 'nWaits', { w: p.waitsOn }));
    } else tail = p.toLine === null ? tr(lang, 'nRunsOutsideEnd') : tr(lang, 'nRunsUntilEnd', { to: p.toLine });
  }
  let out = `${head} ${tail}.`;
  for (const b of p.blocks) out += ' ' + tr(lang, 'nBlocks', { what: b.what, s: timeIn(lang, b.seconds) });
  // The task's error first, then the stop it caused: each a sentence of its own.
  for (const e of taskErrorsAtStep(v, cursor)) out += ' ' + taskErrorSentence(lang, e);
  if (cursor === v.trace.steps.length - 1 && v.trace.error)
    out +=
      ' ' +
      tr(lang, p.stopped ? 'nStoppedWhy' : 'nStopped', { e: v.trace.error.trimEnd() }) +
      (/[.!?]$/.test(v.trace.error.trimEnd()) ? '' : '.');
  for (const w of warningsAtStep(v, cursor)) out += ' ' + warningSentence(lang, w);
  return out;
}
