/**
 * Lowering: Lezer's Python syntax tree → Loopline's typed IR (src/lib/ir/types.ts).
 *
 * `parse(source)` is the entry point. Pipeline:
 *
 *   1. scan.ts      — a CPython-style tokenizer: lexical errors, INDENT/DEDENT structure.
 *   2. fixups.ts    — same-length edits so Lezer accepts valid Python its grammar lacks.
 *   3. Lezer        — `@lezer/python` parses the edited copy (offsets are unchanged).
 *   4. Lowerer      — lowerer.ts and its families (this folder): tree → IR, plus the errors
 *                     CPython's parser raises for trees Lezer accepts (`f() = 1`, `f(a=1, b)`, `def f(a=1, b)`, ...).
 *   5. syntax-errors.ts — picks the one syntax error CPython would report, with its wording.
 *   6. checks.ts    — CPython's compile-time (symbol table / compiler) errors on the IR.
 *
 * Lezer's tree is "flat" in many places (argument lists, subscripts, comprehension clauses,
 * parameter lists are sequences of sibling nodes and punctuation), so several helpers
 * (LowerContext.split) split sibling lists on `,` / `:` tokens.
 *
 * Nothing here throws on user input: missing or broken nodes lower to a placeholder name, and
 * their error is reported separately from the tree's error nodes.
 */
import { parser } from '@lezer/python';
import type { Diagnostic, Module, ParseResult } from '../../ir/types';
import { LineIndex } from '../positions';
import { scan } from '../scan';
import { buildParseText } from '../fixups';
import { chooseSyntaxError } from '../syntax-errors';
import { syntaxError314 } from '../syntax-errors-314';
import { fstring311Error } from '../fstring311';
import { tstringBefore314 } from '../tstrings';
import { compileChecks } from '../checks';
import { readDirectives } from '../directives';
import { Lowerer } from './lowerer';
import type { UnicodeNameLookup } from '../strings';

/**
 * Parse Python source into the IR. Never throws. `checks` false: the parser's errors only, without
 * the compiler's (as `ast.parse` reads a text).
 */
export function parse(source: string, checks = true, unicodeNames?: UnicodeNameLookup): ParseResult {
  // Offsets refer to the source with line endings normalized to "\n" (as CodeMirror does).
  const src = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const index = new LineIndex(src);
  const lines = src.length === 0 ? [] : src.split('\n');
  if (src.endsWith('\n')) lines.pop();
  const module: Module = { type: 'Module', body: [], lines, directives: [] };
  const diagnostics: Diagnostic[] = [];
  let fstring311: ParseResult['fstring311'];
  let older: ParseResult['before314'];
  let before312: ParseResult['before312'];
  let before313: ParseResult['before313'];
  let compile314: ParseResult['compile314'];
  const nul = src.indexOf('\0');
  if (nul >= 0) {
    // CPython refuses the whole text before tokenizing (compile() of a str).
    const span = index.span(nul, nul + 1);
    return {
      module,
      diagnostics: [{ kind: 'SyntaxError', message: 'source code string cannot contain null bytes', span }],
    };
  }
  try {
    const scanned = scan(src);
    const e311 = fstring311Error(src, scanned);
    if (e311) {
      const diagnostic: Diagnostic = {
        kind: 'SyntaxError',
        message: e311.message,
        span: index.span(e311.from, e311.to),
      };
      fstring311 = { diagnostic, anchor: e311.anchor };
    }
    const parseText = buildParseText(src, scanned.tokens);
    const tree = parser.parse(parseText.text);
    const lowerer = new Lowerer(src, index, parseText, scanned, unicodeNames);
    let lowered = true;
    try {
      module.body = lowerer.block(tree.topNode);
    } catch (e) {
      // A bug on a broken tree must not hide the syntax error; without one it is reported below.
      lowered = false;
      lowerer.internalError = e;
    }
    const eOld = [tstringBefore314(src, scanned), ...lowerer.before314.map((e) => ({ ...e, anchor: e.from }))]
      .filter((e) => e !== null)
      .sort((a, b) => a.anchor - b.anchor)[0];
    if (eOld) {
      const span = index.span(eOld.from, eOld.to);
      older = { diagnostic: { kind: 'SyntaxError', message: eOld.message, span }, anchor: eOld.anchor };
    }
    const first = (errs: { message: string; from: number; to: number; anchor?: number }[]) => {
      const e = [...errs].sort((a, b) => a.from - b.from)[0];
      if (!e) return undefined;
      const diagnostic: Diagnostic = { kind: 'SyntaxError', message: e.message, span: index.span(e.from, e.to) };
      return { diagnostic, anchor: e.anchor ?? e.from };
    };
    before312 = first(lowerer.before312);
    before313 = first(lowerer.before313);
    const syntaxError = chooseSyntaxError(src, index, tree.topNode, scanned, lowerer.errors);
    const directives = readDirectives(src, index, scanned.tokens);
    module.directives = directives.directives;
    if (directives.cores !== undefined) module.cores = directives.cores;
    if (lowerer.escapeWarnings.length) module.escapeWarnings = lowerer.escapeWarnings;
    if (syntaxError) {
      const diagnostic: Diagnostic = {
        kind: syntaxError.kind,
        message: syntaxError.message,
        span: index.span(syntaxError.from, syntaxError.to),
      };
      diagnostics.push(diagnostic);
      const e314 = syntaxError314(src, scanned, syntaxError);
      if (e314) {
        const span = index.span(e314.from, e314.to);
        compile314 = { replaces: diagnostic, diagnostic: { kind: e314.kind, message: e314.message, span } };
      }
    } else if (!lowered) {
      diagnostics.push(internalDiagnostic(index, lowerer.internalError));
    } else {
      const compiled = checks ? compileChecks(module.body, index) : null;
      if (compiled?.error) diagnostics.push({ ...compiled.error, compiler: true });
      if (compiled?.error314 !== undefined) {
        const error314 = compiled.error314 && { ...compiled.error314, compiler: true as const };
        compile314 = { replaces: diagnostics.find((d) => d.compiler) ?? null, diagnostic: error314 };
      }
      diagnostics.push(...lowerer.unsupported, ...directives.diagnostics);
    }
  } catch (e) {
    diagnostics.push(internalDiagnostic(index, e));
  }
  diagnostics.sort((a, b) => a.span.from - b.span.from);
  return {
    module,
    diagnostics,
    ...(fstring311 ? { fstring311 } : {}),
    ...(older ? { before314: older } : {}),
    ...(before312 ? { before312 } : {}),
    ...(before313 ? { before313 } : {}),
    ...(compile314 ? { compile314 } : {}),
  };
}

function internalDiagnostic(index: LineIndex, e: unknown): Diagnostic {
  const detail = e instanceof Error ? e.message : String(e);
  return {
    kind: 'Unsupported',
    message: `Loopline could not read this program (internal parser error: ${detail})`,
    span: index.span(0, 0),
  };
}
