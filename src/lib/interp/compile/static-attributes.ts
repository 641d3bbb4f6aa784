/**
 * A class's `__static_attributes__` (3.13+): the names its code stores as `self.NAME`, sorted.
 * CPython's compiler collects them from every store whose object is a name spelled `self` (the
 * parameter's position does not matter), in the class body and the functions, lambdas and
 * comprehensions inside it, but not inside a nested class (that one collects its own). Augmented
 * assignment and `del` are not such stores.
 */
import type * as ir from '../../ir/types';
import { forEachNode, type IrObject } from '../../parse/walk';

export function staticAttributes(body: ir.Stmt[]): string[] {
  const names = new Set<string>();
  const target = (t: ir.Expr | null): void => {
    if (t === null) return;
    if (t.type === 'Attribute') {
      if (t.value.type === 'Name' && t.value.id === 'self') names.add(t.attr);
    } else if (t.type === 'Tuple' || t.type === 'List') for (const e of t.elts) target(e);
    else if (t.type === 'Starred') target(t.value);
  };
  const visit = (n: IrObject): boolean => {
    if (n.type === 'ClassDef') {
      const c = n as unknown as ir.ClassDef;
      forEachNode([c.bases, c.keywords, c.decorators], visit);
      return false;
    }
    if (n.type === 'Assign') for (const t of (n as unknown as ir.Assign).targets) target(t);
    else if (n.type === 'AnnAssign' || n.type === 'For') target((n as unknown as ir.For).target);
    else if (n.type === 'With') for (const it of (n as unknown as ir.With).items) target(it.target);
    else if ('generators' in n && Array.isArray(n.generators))
      for (const g of n.generators as ir.ComprehensionFor[]) target(g.target);
    return true;
  };
  forEachNode(body, visit);
  return [...names].sort();
}

/**
 * Notes each class's `__static_attributes__` in `module`'s IR (ClassDef.selfStores): the CLI's build
 * does it for the library's files, whose IR it writes, sparing every start this walk over their methods.
 */
export function noteStaticAttributes(module: ir.Module): void {
  forEachNode(module.body, (n) => {
    if (n.type === 'ClassDef') {
      const c = n as unknown as ir.ClassDef;
      c.selfStores = staticAttributes(c.body);
    }
  });
}
