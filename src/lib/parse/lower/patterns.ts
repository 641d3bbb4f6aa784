/** `match` statements and their patterns (PEP 634), regrouped where Lezer's tree differs from Python's. */
import type { Expr, MatchCase, Pattern, Span, Stmt } from '../../ir/types';
import type { N, LowerContext } from './context';
import { subExpression } from './subexpressions';

export function lowerMatch(lx: LowerContext, k: N[], span: Span): Stmt {
  const bodyNode = k.find((c) => c.name === 'MatchBody');
  const subjectNodes = k.filter((c) => c !== bodyNode && c.name !== 'match');
  // `match a, b:` arrives as a placeholder region (fixups.ts).
  const region = subjectNodes.length === 1 ? lx.parseText.regions.get(subjectNodes[0].from) : undefined;
  const subject = region ? subExpression(lx, region) : lx.exprList(subjectNodes, k[0]?.to);
  const cases: MatchCase[] = [];
  if (bodyNode) {
    for (const c of lx.kids(bodyNode)) {
      if (c.name !== 'MatchClause') continue;
      const ck = lx.kids(c);
      const guardNode = ck.find((x) => x.name === 'Guard');
      const body = ck.find((x) => x.name === 'Body');
      const patNodes = ck.filter((x) => x.name !== 'case' && x !== guardNode && x !== body);
      const { groups, trailing } = lx.split(patNodes);
      let pattern: Pattern;
      if (groups.length === 1 && !trailing && groups[0].length === 1) pattern = lowerPattern(lx, groups[0][0]);
      else {
        const pats = groups.map((g) => (g[0] ? lowerPattern(lx, g[0]) : badPattern(lx, c)));
        const from = patNodes[0]?.from ?? c.from;
        const to = patNodes.at(-1)?.to ?? c.to;
        pattern = { type: 'MatchSequence', span: lx.span(from, to), patterns: pats };
      }
      const guard = guardNode ? lx.expr(lx.kids(guardNode)[1]) : null;
      const stmts = body ? lx.block(body) : [];
      cases.push({ span: lx.span(c.from, stmts.at(-1)?.span.to ?? c.to), pattern, guard, body: stmts });
    }
  }
  return { type: 'Match', span, subject, cases };
}

function lowerPattern(lx: LowerContext, n: N): Pattern {
  // Lezer fills empty brackets (`case []:`, `case C():`) with an empty LiteralPattern.
  const k = lx.kids(n).filter((c) => !(c.name === 'LiteralPattern' && c.from === c.to));
  const span = lx.nspan(n);
  switch (n.name) {
    case 'CapturePattern': {
      const nm = lx.ident(k[0] ?? n);
      return { type: 'MatchAs', span, pattern: null, name: nm === '_' ? null : nm };
    }
    case 'LiteralPattern': {
      const only = k[0];
      if (k.length === 1 && only.name === 'None') return { type: 'MatchSingleton', span, value: null };
      if (k.length === 1 && only.name === 'Boolean')
        return { type: 'MatchSingleton', span, value: lx.text(only) === 'True' };
      return { type: 'MatchValue', span, value: literalPatternValue(lx, k, n) };
    }
    case 'AttributePattern':
      // fixups.ts hands Lezer `C._` for a class pattern with no arguments, `C()`.
      if (lx.src[n.to - 1] === ')') {
        const cls = k.length > 2 ? dotted(lx, k.slice(0, -2)) : lx.bad(n);
        return { type: 'MatchClass', span, cls, patterns: [], kwdAttrs: [], kwdPatterns: [] };
      }
      return { type: 'MatchValue', span, value: dotted(lx, k) };
    case 'AsPattern': {
      const inner = k[0] ? lowerPattern(lx, k[0]) : badPattern(lx, n);
      const nm = k[2] ? lx.ident(k[2]) : null;
      if (nm === '_') lx.error("cannot use '_' as a target", k[2].from, k[2].to);
      return { type: 'MatchAs', span, pattern: inner, name: nm === '_' ? null : nm };
    }
    case 'OrPattern': {
      // Lezer binds `as` tighter than `|`; Python's `1 | 2 as y` is `(1 | 2) as y`.
      const alts = k.filter((c) => c.name !== 'LogicOp');
      const last = alts[alts.length - 1];
      for (const a of alts.slice(0, -1)) {
        if (a.name === 'AsPattern') {
          const asKw = lx.kids(a).find((c) => c.name === 'as');
          if (asKw) lx.error('invalid syntax', asKw.from, asKw.to);
        }
      }
      if (last && last.name === 'AsPattern') {
        const lk = lx.kids(last);
        const patterns = [
          ...alts.slice(0, -1).map((a) => lowerPattern(lx, a)),
          lk[0] ? lowerPattern(lx, lk[0]) : badPattern(lx, last),
        ];
        const orSpan = lx.span(n.from, lk[0] ? lk[0].to : last.to);
        const nm = lk[2] ? lx.ident(lk[2]) : null;
        if (nm === '_') lx.error("cannot use '_' as a target", lk[2].from, lk[2].to);
        return {
          type: 'MatchAs',
          span,
          pattern: { type: 'MatchOr', span: orSpan, patterns },
          name: nm === '_' ? null : nm,
        };
      }
      return { type: 'MatchOr', span, patterns: alts.map((a) => lowerPattern(lx, a)) };
    }
    case 'SequencePattern': {
      const open = k[0]?.name;
      const inner = k.slice(1, -1);
      const { groups, trailing } = lx.split(inner);
      if (
        open === '(' &&
        groups.length === 1 &&
        !trailing &&
        groups[0].length === 1 &&
        groups[0][0].name !== 'StarPattern'
      ) {
        return lowerPattern(lx, groups[0][0]); // a parenthesised group, not a sequence
      }
      return {
        type: 'MatchSequence',
        span,
        patterns: groups.map((g) => (g[0] ? lowerPattern(lx, g[0]) : badPattern(lx, n))),
      };
    }
    case 'StarPattern': {
      const inner = k[1];
      if (inner && inner.name !== 'CapturePattern') lx.error('invalid syntax', inner.from, inner.to);
      const nm = inner ? lx.text(inner) : '_';
      return { type: 'MatchStar', span, name: nm === '_' ? null : nm };
    }
    case 'MappingPattern': {
      const keys: Expr[] = [];
      const patterns: Pattern[] = [];
      let rest: string | null = null;
      for (const g of lx.split(k.slice(1, -1)).groups) {
        if (g[0]?.name === '**') {
          const target = g[1];
          const nm = target ? lx.text(target) : '_';
          if (!target || target.name !== 'CapturePattern' || nm === '_')
            lx.error('invalid syntax', (target ?? g[0]).from, (target ?? g[0]).to);
          rest = nm;
          continue;
        }
        const keyNode = g[0];
        const valNode = g[2];
        if (!keyNode) continue;
        keys.push(
          keyNode.name === 'LiteralPattern' ? literalPatternValue(lx, lx.kids(keyNode), keyNode) : lx.expr(keyNode),
        );
        patterns.push(valNode ? lowerPattern(lx, valNode) : badPattern(lx, keyNode));
      }
      return { type: 'MatchMapping', span, keys, patterns, rest };
    }
    case 'ClassPattern': {
      const clsNode = k[0];
      const cls = !clsNode
        ? lx.bad(n)
        : clsNode.name === 'AttributePattern'
          ? dotted(lx, lx.kids(clsNode))
          : lx.expr(clsNode);
      const argList = k.find((c) => c.name === 'PatternArgList');
      const patterns: Pattern[] = [];
      const kwdAttrs: string[] = [];
      const kwdPatterns: Pattern[] = [];
      if (argList) {
        const argKids = lx.kids(argList).filter((c) => !(c.name === 'LiteralPattern' && c.from === c.to));
        for (const g of lx.split(argKids.slice(1, -1)).groups) {
          const a = g[0];
          if (!a) continue;
          if (a.name === 'KeywordPattern') {
            const kk = lx.kids(a);
            // KeywordPattern is `VariableName "=" pattern`; the "=" is not a tree node.
            const pat = kk.length > 1 ? kk[kk.length - 1] : null;
            kwdAttrs.push(kk[0] ? lx.name(kk[0]) : '__error__');
            kwdPatterns.push(pat ? lowerPattern(lx, pat) : badPattern(lx, a));
          } else {
            if (kwdAttrs.length > 0) lx.error('positional patterns follow keyword patterns', a.from, a.to);
            patterns.push(lowerPattern(lx, a));
          }
        }
      }
      return { type: 'MatchClass', span, cls, patterns, kwdAttrs, kwdPatterns };
    }
    default:
      return badPattern(lx, n);
  }
}

function badPattern(lx: LowerContext, n: N): Pattern {
  return { type: 'MatchAs', span: lx.nspan(n), pattern: null, name: null };
}

/** `a.b.c` from VariableName / '.' / PropertyName siblings. */
function dotted(lx: LowerContext, k: N[]): Expr {
  if (!k[0]) return lx.bad(null);
  let e: Expr = lx.expr(k[0]);
  for (let i = 1; i + 1 < k.length; i += 2) {
    e = { type: 'Attribute', span: lx.span(k[0].from, k[i + 1].to), value: e, attr: lx.ident(k[i + 1]) };
  }
  return e;
}

/** A literal pattern's value: a number (maybe signed, maybe complex `1+2j`) or a string. */
function literalPatternValue(lx: LowerContext, k: N[], n: N): Expr {
  let i = 0;
  let neg: N | null = null;
  if (k[0]?.name === 'ArithOp') {
    neg = k[0];
    i = 1;
  }
  if (!k[i]) return lx.bad(n);
  let e: Expr = lx.expr(k[i]);
  if (neg) e = { type: 'UnaryOp', span: lx.span(neg.from, k[i].to), op: '-', operand: e };
  if (k[i + 1] && k[i + 2]) {
    // A complex literal: a real number, then an imaginary one.
    const imaginary = (x: N) => /[jJ]$/.test(lx.text(x));
    if (imaginary(k[i])) lx.error('real number required in complex literal', k[i].from, k[i].to);
    else if (!imaginary(k[i + 2])) lx.error('imaginary number required in complex literal', k[i + 2].from, k[i + 2].to);
    const op = lx.text(k[i + 1]) === '-' ? '-' : '+';
    e = { type: 'BinOp', span: lx.span(k[0].from, k[i + 2].to), op, left: e, right: lx.expr(k[i + 2]) };
  }
  return e;
}
