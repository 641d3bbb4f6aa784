/**
 * `dropped-task`: `asyncio.create_task(x())` whose task nobody keeps or awaits; when its
 * coroutine returns first, `asyncio.run` cancels it before it is done. The fix keeps the task in
 * a name and awaits it at the end of the coroutine, so the task finishes.
 */
import type { Finding } from '../types';
import type { Rewrite } from './types';
import { rewritten } from './syntax';
import { taskSite } from './task-ref';

function rewrite(source: string, finding: Finding): string | null {
  const site = taskSite(source, finding);
  if (!site) return null;
  return rewritten(
    source,
    [...site.edits, { from: site.end, to: site.end, text: `\n${site.indent}await ${site.name}` }],
    false,
  );
}

export const droppedTask: Rewrite = {
  title: {
    en: 'Keep a reference to the task and await it before the coroutine returns',
    ko: '태스크의 참조를 보관하고 코루틴이 끝나기 전에 await 하기',
  },
  rewrite,
};
