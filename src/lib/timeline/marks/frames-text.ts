/**
 * A task's frames as tooltip text, one line per frame (outermost first, each deeper frame
 * indented): `say_after(1, 'hello')  line 4: delay=1, what='hello'`. Locals that changed in the
 * step carry a word saying so, not only a colour.
 */
import type { FrameView } from '../../trace/types';
import type { Strings } from '../i18n';

export function framesText(frames: readonly FrameView[], S: Strings): string {
  if (frames.length === 0) return '';
  const lines = frames.map((f, depth) => {
    const vars = f.locals
      .map(([n, r]) => `${n}=${r}${f.changed?.includes(n) ? ' ' + S.changedMark : ''}`)
      .concat(f.hidden ? [`+${f.hidden}`] : [])
      .join(', ');
    return `${'  '.repeat(depth)}${f.call}  ${S.lineRef(f.line)}${vars ? ': ' + vars : ''}`;
  });
  return `${S.framesHead}\n${lines.join('\n')}`;
}
