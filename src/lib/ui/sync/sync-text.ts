/** A synchronisation object's state in words: "Semaphore sem: 0 of 2 free, held by Task-2 and Task-3, 2 waiting". */
import type { SyncState } from '../../trace/sync';
import { tr, type Lang } from '../i18n';

function list(lang: Lang, names: string[]): string {
  if (names.length <= 1) return names.join('');
  const and = tr(lang, 'sAnd');
  return lang === 'en' ? `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}` : names.join(and);
}

/** The state part: "0 of 2 free, held by Task-2 and Task-3, 2 waiting". */
export function syncStateText(lang: Lang, s: SyncState): string {
  const parts: string[] = [];
  const n = s.waiters.length + (s.more ?? 0);
  const waiting = n ? tr(lang, 'sWaiting', { n }) : '';
  if (s.items !== undefined) {
    parts.push(
      tr(lang, 'sQueue', { size: s.size ?? 0, max: s.maxsize ? tr(lang, 'sQueueMax', { max: s.maxsize }) : '' }),
    );
    const more = (k: number | undefined) => (k ? ` +${k}` : '');
    if (s.waiters.length) parts.push(tr(lang, 'sGetters', { names: list(lang, s.waiters) + more(s.more) }));
    if (s.putters?.length) parts.push(tr(lang, 'sPutters', { names: list(lang, s.putters) + more(s.morePutters) }));
    return parts.join(', ');
  }
  if (s.free !== undefined) {
    parts.push(tr(lang, 'sPermits', { free: s.free, initial: s.initial ?? s.free }));
    if (s.holders?.length) parts.push(tr(lang, 'sHolders', { names: list(lang, s.holders) }));
  } else if (s.locked !== undefined) {
    parts.push(
      s.locked
        ? s.owner
          ? tr(lang, 'sHeldBy', { owner: s.owner })
          : tr(lang, 'sHeldBy', { owner: '?' })
        : tr(lang, 'sFree'),
    );
  } else if (s.flag !== undefined) {
    parts.push(tr(lang, s.flag ? 'sFlagSet' : 'sFlagUnset'));
  } else if (s.parties !== undefined) {
    parts.push(tr(lang, 'sBarrier', { count: s.count ?? 0, parties: s.parties, state: s.state ?? '' }));
  }
  if (waiting) parts.push(waiting);
  return parts.join(', ');
}

/** The whole line: "Semaphore sem: 0 of 2 free, held by Task-2 and Task-3, 2 waiting". */
export function syncText(lang: Lang, s: SyncState): string {
  return tr(lang, 'sLock', { kind: s.kind, name: s.name, state: syncStateText(lang, s) });
}
