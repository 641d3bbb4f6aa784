/**
 * What the page says when the worker ran out of time: the limit, how far the simulation got
 * (when the worker reported it), a neutral hint, and that the previous program's timeline went.
 */
import type { Progress } from '../../run';
import type { StringKey } from '../i18n';
import { formatTime } from '../model';

export function timeoutMessage(
  t: (key: StringKey, params?: Record<string, string | number>) => string,
  ms: number,
  progress: Progress | null,
): string {
  const s = +(ms / 1000).toFixed(1);
  const got = progress
    ? t('timeoutProgress', {
        steps: progress.steps.toLocaleString('en-US'),
        t: formatTime(progress.t),
        line: progress.line,
      })
    : t('timeoutNoProgress');
  return `${t('timeout', { s })} ${got} ${t('timeoutCleared')}`;
}
