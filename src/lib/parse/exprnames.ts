/**
 * How CPython names an expression in error messages ("cannot assign to function call",
 * "'tuple' is an illegal expression for augmented assignment"); see `_PyPegen_get_expr_name`.
 */
import type { Expr } from '../ir/types';

export function exprName(e: Expr): string {
  switch (e.type) {
    case 'Name':
      return 'name';
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'FString':
      return 'f-string expression';
    case 'Const':
      if (e.kind === 'None') return 'None';
      if (e.kind === 'bool') return e.value ? 'True' : 'False';
      if (e.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}
