/**
 * What the page says when the user stopped a run: the step and virtual time it had reached (as
 * far as the worker had reported), and whether the timeline on screen is the previous run's.
 */
import type { Progress } from '../../run';
import type { Lang, StringKey } from '../i18n';
import { timeIn } from '../ko';

export function stoppedMessage(
  t: (key: StringKey, params?: Record<string, string | number>) => string,
  lang: Lang,
  progress: Progress | null,
  previousShown: boolean,
): string {
  const at = progress
    ? t('stoppedAt', { steps: progress.steps.toLocaleString('en-US'), t: timeIn(lang, progress.t) })
    : t('stoppedEarly');
  return previousShown ? `${at} ${t('stoppedKept')}` : at;
}
