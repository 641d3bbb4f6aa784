/**
 * What each ready-queue entry means, in plain words (the labels are the loop's own: `step Task-2`,
 * `wakeup Task-1`, `callback f()`, `gather callback`, ...).
 */
import { tr, type Lang } from '../i18n';

export function readyGloss(lang: Lang, label: string): string {
  let m = /^step (.+)$/.exec(label);
  if (m) return tr(lang, 'gStep', { task: m[1] });
  m = /^wakeup (.+)$/.exec(label);
  if (m) return tr(lang, 'gWakeup', { task: m[1] });
  m = /^callback (.+)$/.exec(label);
  if (m) return tr(lang, 'gCallback', { fn: m[1] });
  if (label === 'gather callback') return tr(lang, 'gGather');
  if (label === 'run_until_complete') return tr(lang, 'gRun');
  return tr(lang, 'gOther');
}
