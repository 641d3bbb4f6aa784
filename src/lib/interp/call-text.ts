/**
 * The text of a call that made a coroutine (or generator) of the user's program, as the frames
 * panel and the timeline's labels show it: `say_after(1, 'hello')`. Formatted when the call is
 * made, so later changes to a mutable argument do not show in it.
 */
import type { PyValue, KwArgs } from '../runtime/core';
import { shortRepr } from '../runtime/short-repr';
import { RunSlot } from '../runtime/run';

/** Whether the run keeps call texts (only the app's frames panel and labels show them). */
export const keepCallTexts = new RunSlot<boolean>('keep call texts', () => true);

/** The longest repr of one argument. */
const ARG_LENGTH = 24;
/** The longest call text. */
const CALL_LENGTH = 80;

/** A qualified name without its `<locals>` parts: `outer.<locals>.inner` → `inner`. */
export function withoutLocals(qualname: string): string {
  const i = qualname.lastIndexOf('<locals>.');
  return i < 0 ? qualname : qualname.slice(i + '<locals>.'.length);
}

/**
 * `name(args)`: the function's qualified name without `<locals>` parts, then the arguments as
 * passed: positional ones as reprs, then `name=repr` for those passed by keyword.
 */
export function callText(qualname: string, args: readonly PyValue[], kw: KwArgs): string {
  const name = withoutLocals(qualname);
  const parts = args.map((a) => shortRepr(a, ARG_LENGTH));
  if (kw) for (const [k, v] of kw) parts.push(`${k}=${shortRepr(v, ARG_LENGTH)}`);
  const text = `${name}(${parts.join(', ')})`;
  return text.length > CALL_LENGTH ? text.slice(0, CALL_LENGTH - 2) + '…)' : text;
}
