/**
 * A docstring as the running version keeps it: 3.13's compiler strips the common indentation of
 * every docstring (module, class, function); 3.11 and 3.12 keep the literal as written (inspect.getdoc
 * cleans it when asked). The parser keeps the literal; the version is the run's.
 */
import { cleanDocstring } from '../parse/strings';
import { run } from '../runtime/run';

const cleaned = new Map<string, string>();

export function docstringFor(literal: string | null | undefined): string | null {
  if (literal === null || literal === undefined) return null;
  if (run.minor < 13) return literal;
  let doc = cleaned.get(literal);
  if (doc === undefined) {
    doc = cleanDocstring(literal);
    cleaned.set(literal, doc);
  }
  return doc;
}
