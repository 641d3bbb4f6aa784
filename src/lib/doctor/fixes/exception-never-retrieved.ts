/**
 * `exception-never-retrieved`: a task that failed and was never awaited; its exception is lost
 * (Python only logs "Task exception was never retrieved" when the task is collected). The fix
 * awaits the task at the end of the coroutine that made it and handles what it raised.
 */
import type { Finding } from '../types';
import type { Rewrite } from './types';
import { rewritten } from './syntax';
import { taskSite } from './task-ref';

function rewrite(source: string, finding: Finding): string | null {
  const site = taskSite(source, finding);
  if (!site) return null;
  const { p, name, indent } = site;
  const exc = p.freshName('exc');
  const inner = p.deeper(indent);
  const text = [
    `${indent}try:`,
    `${inner}await ${name}`,
    `${indent}except Exception as ${exc}:`,
    `${inner}print(f"task failed: {${exc}!r}")`,
  ].join('\n');
  return rewritten(source, [...site.edits, { from: site.end, to: site.end, text: `\n${text}` }], false);
}

export const exceptionNeverRetrieved: Rewrite = {
  title: {
    en: "Await the task and handle its exception, so that it isn't lost",
    ko: '태스크를 await 하고 예외를 처리해서 예외가 사라지지 않게 하기',
  },
  rewrite,
};
