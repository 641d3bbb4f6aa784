/**
 * The lowering pass's core: the two dispatch switches, statements and expressions, each handing a
 * Lezer node to its family (this folder) or, for the few one-line forms, lowering it in place.
 * Error-recovery nodes lower to placeholders: nothing here throws on user input.
 */
import type { Stmt, Expr } from '../../ir/types';
import { parseNumber } from '../strings';
import { LowerContext, type N } from './context';
import { lowerAssign, lowerAugAssign, lowerDelete, lowerRaise, lowerAssert, lowerImport } from './simple-statements';
import { lowerIf, lowerWhile, lowerFor, lowerTry, lowerWith } from './compound-statements';
import { lowerDecorated, lowerFunctionDef, lowerClassDef, lowerLambda } from './definitions';
import { lowerMatch } from './patterns';
import { lowerBinary, lowerUnary, lowerAwait } from './operators';
import { lowerParenthesized, lowerDict, lowerMember, lowerNamedExpr, lowerYield } from './expressions';
import { lowerComprehension, lowerDictComp } from './comprehensions';
import { lowerCall } from './calls';
import { lowerStrings } from './literals';
import { lowerTypeAlias } from './type-params';

export class Lowerer extends LowerContext {
  // ---------------------------------------------------------------- statements

  /** Statements of a Script or Body node. */
  block(n: N): Stmt[] {
    const out: Stmt[] = [];
    for (const k of this.kids(n)) {
      if (k.name === ':' || k.type.isError) continue;
      this.stmt(k, out);
    }
    return out;
  }

  private stmt(n: N, out: Stmt[]): void {
    this.stmtStack.push(n);
    try {
      this.stmtInner(n, out);
    } finally {
      this.stmtStack.pop();
    }
  }

  private stmtInner(n: N, out: Stmt[]): void {
    const span = () => this.span(n.from, this.stmtEnd(n));
    const k = this.kids(n);
    switch (n.name) {
      case 'StatementGroup':
        k.forEach((c, i) => {
          // Lezer accepts `a; ; b`; Python does not.
          if (c.name === ';' && k[i - 1]?.name === ';') this.error('invalid syntax', c.from, c.to);
          if (c.name !== ';' && !c.type.isError) this.stmt(c, out);
        });
        return;
      case 'ExpressionStatement': {
        out.push({ type: 'Expr', span: span(), value: this.exprList(k) });
        return;
      }
      case 'AssignStatement':
        out.push(lowerAssign(this, n, k));
        return;
      case 'UpdateStatement':
        out.push(lowerAugAssign(this, n, k, span()));
        return;
      case 'DeleteStatement':
        out.push(lowerDelete(this, k, span()));
        return;
      case 'PassStatement':
        out.push({ type: 'Pass', span: span() });
        return;
      case 'BreakStatement':
        out.push({ type: 'Break', span: span() });
        return;
      case 'ContinueStatement':
        out.push({ type: 'Continue', span: span() });
        return;
      case 'ReturnStatement': {
        const rest = k.slice(1);
        out.push({ type: 'Return', span: span(), value: rest.length ? this.exprList(rest) : null });
        return;
      }
      case 'YieldStatement':
        out.push({ type: 'Expr', span: span(), value: lowerYield(this, n, k) });
        return;
      case 'RaiseStatement':
        out.push(lowerRaise(this, k, span()));
        return;
      case 'AssertStatement':
        out.push(lowerAssert(this, n, k, span()));
        return;
      case 'ScopeStatement': {
        const names = k.filter((c) => c.name === 'VariableName').map((c) => this.ident(c));
        out.push({ type: k[0]?.name === 'nonlocal' ? 'Nonlocal' : 'Global', span: span(), names });
        return;
      }
      case 'ImportStatement':
        out.push(lowerImport(this, k, span()));
        return;
      case 'PrintStatement':
        // Only reachable if the `print` rename in fixups.ts did not apply; report like CPython.
        this.error("Missing parentheses in call to 'print'. Did you mean print(...)?", n.from, this.stmtEnd(n));
        return;
      case 'TypeDefinition':
        out.push(lowerTypeAlias(this, n, k));
        return;
      case 'IfStatement':
        out.push(lowerIf(this, n, k, 0));
        return;
      case 'WhileStatement':
        out.push(lowerWhile(this, k, span()));
        return;
      case 'ForStatement':
        out.push(lowerFor(this, n, k, span()));
        return;
      case 'TryStatement':
        out.push(lowerTry(this, n, k, span()));
        return;
      case 'WithStatement':
        out.push(lowerWith(this, k, span()));
        return;
      case 'FunctionDefinition':
        out.push(lowerFunctionDef(this, n, [], n.from));
        return;
      case 'ClassDefinition':
        out.push(lowerClassDef(this, n, [], n.from));
        return;
      case 'DecoratedStatement': {
        const def = lowerDecorated(this, n, k);
        if (def) out.push(def);
        return;
      }
      case 'MatchStatement':
        out.push(lowerMatch(this, k, span()));
        return;
      default:
        if (n.type.isError) return;
        // An expression node directly in a block (only after error recovery).
        out.push({ type: 'Expr', span: span(), value: this.expr(n) });
    }
  }

  // ---------------------------------------------------------------- expressions

  expr(n: N | null | undefined): Expr {
    if (!n || n.type.isError) return this.bad(n);
    const span = this.nspan(n);
    switch (n.name) {
      case 'VariableName':
        return { type: 'Name', span, id: this.ident(n) };
      case 'Number': {
        const v = parseNumber(this.text(n));
        return { type: 'Const', span, kind: v.kind, value: v.value };
      }
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return lowerStrings(this, n);
      case 'Ellipsis':
        return { type: 'Const', span, kind: 'Ellipsis', value: null };
      case 'None':
        return { type: 'Const', span, kind: 'None', value: null };
      case 'Boolean':
        return { type: 'Const', span, kind: 'bool', value: this.text(n) === 'True' };
      case 'BinaryExpression':
        return lowerBinary(this, n);
      case 'UnaryExpression':
        return lowerUnary(this, n, span);
      case 'AwaitExpression':
        return lowerAwait(this, n);
      case 'ParenthesizedExpression':
        return lowerParenthesized(this, n);
      case 'TupleExpression': {
        const k = this.kids(n);
        return { type: 'Tuple', span, elts: this.split(k.slice(1, -1)).groups.map((g) => this.element(g)) };
      }
      case 'ArrayExpression':
        return { type: 'List', span, elts: this.split(this.kids(n).slice(1, -1)).groups.map((g) => this.element(g)) };
      case 'SetExpression':
        return { type: 'Set', span, elts: this.split(this.kids(n).slice(1, -1)).groups.map((g) => this.element(g)) };
      case 'DictionaryExpression':
        return lowerDict(this, n, span);
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'ComprehensionExpression':
        return lowerComprehension(this, n, span);
      case 'DictionaryComprehensionExpression':
        return lowerDictComp(this, n, span);
      case 'CallExpression':
        return lowerCall(this, n, span);
      case 'MemberExpression':
        return lowerMember(this, n);
      case 'ConditionalExpression': {
        const k = this.kids(n);
        return { type: 'IfExp', span, body: this.expr(k[0]), test: this.expr(k[2]), orelse: this.expr(k[4]) };
      }
      case 'LambdaExpression':
        return lowerLambda(this, n, span);
      case 'NamedExpression':
        return lowerNamedExpr(this, n, span);
      case 'YieldExpression':
        return lowerYield(this, n, this.kids(n));
      default:
        return this.bad(n);
    }
  }
}
