/**
 * Turns the DOM the timeline renderer drew into a compact, standalone SVG string:
 *  - the `<style>` rules are resolved into presentation attributes (CSS specificity and
 *    order are honoured, so the result looks as the browser shows the live chart), and the
 *    `<style>` element is dropped: every SVG consumer understands attributes;
 *  - attributes that only serve the interactive app (class, data-*, per-element aria, pointer
 *    events, tooltips) are removed, and so are attributes that repeat what is inherited or the
 *    default;
 *  - numbers are rounded to 0.1 px; empty and attribute-less groups are flattened.
 * Node only in practice (it receives a linkedom tree), but it has no imports of its own.
 */

export interface MiniElement {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<MiniElement>;
}

/** A plain tree we own, built from the DOM so edits never depend on linkedom details. */
export interface XNode {
  tag: string;
  attrs: Map<string, string>;
  children: (XNode | string)[];
}

export function fromDom(node: MiniElement): XNode | string | null {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return null;
  const attrs = new Map<string, string>();
  // linkedom lists attributes newest first: reverse to keep the order they were set in.
  for (const a of Array.from(node.attributes ?? []).reverse()) attrs.set(a.name, a.value);
  const children: (XNode | string)[] = [];
  for (const k of Array.from(node.childNodes)) {
    const c = fromDom(k);
    if (c !== null) children.push(c);
  }
  return { tag: node.localName ?? 'g', attrs, children };
}

// ---- CSS resolution ----

interface Compound {
  tag: string | null;
  classes: string[];
}
interface Rule {
  parts: Compound[];
  specificity: number;
  order: number;
  decls: [string, string][];
}

function parseCss(css: string): Rule[] {
  const rules: Rule[] = [];
  let order = 0;
  for (const m of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const decls: [string, string][] = [];
    for (const d of m[2].split(';')) {
      const i = d.indexOf(':');
      if (i < 0) continue;
      decls.push([d.slice(0, i).trim(), d.slice(i + 1).trim()]);
    }
    for (const sel of m[1].split(',')) {
      const parts: Compound[] = sel
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => {
          const bits = p.split('.');
          return { tag: bits[0] || null, classes: bits.slice(1) };
        });
      if (!parts.length) continue;
      const specificity = parts.reduce((s, p) => s + p.classes.length * 10 + (p.tag ? 1 : 0), 0);
      rules.push({ parts, specificity, order: order++, decls });
    }
  }
  return rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

const classesOf = (n: XNode): string[] => (n.attrs.get('class') ?? '').split(/\s+/).filter(Boolean);

function matchesCompound(n: XNode, c: Compound): boolean {
  if (c.tag && c.tag !== n.tag) return false;
  const cls = classesOf(n);
  return c.classes.every((x) => cls.includes(x));
}

/** Descendant-combinator match: the last part on the node, the others on ancestors in order. */
function matches(n: XNode, ancestors: XNode[], parts: Compound[]): boolean {
  if (!matchesCompound(n, parts[parts.length - 1])) return false;
  let i = parts.length - 2;
  for (let a = ancestors.length - 1; a >= 0 && i >= 0; a--) if (matchesCompound(ancestors[a], parts[i])) i--;
  return i < 0;
}

/** Properties that exist as SVG presentation attributes (others are dropped). */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'paint-order',
  'dominant-baseline',
]);

function applyCss(root: XNode, rules: Rule[]): void {
  const walk = (n: XNode, ancestors: XNode[]): void => {
    for (const r of rules) {
      if (!matches(n, ancestors, r.parts)) continue;
      for (const [k, v] of r.decls) {
        if (!PRESENTATION.has(k)) continue;
        n.attrs.set(k, k === 'font-size' ? v.replace(/px$/, '') : v);
      }
    }
    ancestors.push(n);
    for (const c of n.children) if (typeof c !== 'string') walk(c, ancestors);
    ancestors.pop();
  };
  walk(root, []);
}

// ---- clean-up ----

const INHERITED_DEFAULTS: Record<string, string> = {
  fill: '#000000',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'stroke-linecap': 'butt',
  'fill-opacity': '1',
  'font-family': '',
  'font-size': '16',
  'font-weight': 'normal',
  'font-style': 'normal',
  'text-anchor': 'start',
  'paint-order': 'normal',
};

/** Attributes whose value is a single length or number. */
const NUMERIC = new Set([
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'width',
  'height',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'font-size',
]);
/** Attributes holding number lists (path data, view boxes, transforms). */
const NUMBER_LISTS = new Set(['d', 'viewBox', 'points', 'transform', 'patternTransform']);

/** 0.1 px is below what any print or screen shows, and keeps the file small. */
export function round1(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}
const roundNumbers = (s: string): string =>
  s.replace(/-?\d*\.\d+(?:e-?\d+)?|-?\d+(?:e-?\d+)?/g, (m) => round1(Number(m)));

export interface CleanOptions {
  /** Keep the per-mark `<title>` tooltips (bigger file; useful when the SVG is opened in a browser). */
  tooltips?: boolean;
}

const DROP_ALWAYS = new Set(['class', 'pointer-events', 'aria-hidden']);

function clean(n: XNode, isRoot: boolean, inherited: Record<string, string>, opts: CleanOptions): void {
  for (const k of [...n.attrs.keys()]) {
    if (
      k === 'style' ||
      DROP_ALWAYS.has(k) ||
      k.startsWith('data-') ||
      (!isRoot && (k === 'aria-label' || k === 'role'))
    )
      n.attrs.delete(k);
  }
  // Numbers.
  for (const [k, v] of n.attrs) {
    if (NUMERIC.has(k) && /^-?[\d.]+(e-?\d+)?$/.test(v)) n.attrs.set(k, round1(Number(v)));
    else if (NUMBER_LISTS.has(k)) n.attrs.set(k, roundNumbers(v));
    else if (k === 'stroke-width' && /^[\d.]+$/.test(v)) n.attrs.set(k, String(Math.round(Number(v) * 100) / 100));
  }
  // Defaults that mean nothing.
  if (n.tag === 'rect' || n.tag === 'image' || n.tag === 'use') {
    if (n.attrs.get('x') === '0') n.attrs.delete('x');
    if (n.attrs.get('y') === '0') n.attrs.delete('y');
  }
  if (n.attrs.get('opacity') === '1') n.attrs.delete('opacity');
  // stroke-* without a stroke (none here or inherited) draws nothing.
  const stroke = n.attrs.get('stroke') ?? inherited.stroke;
  // Inherited properties equal to the parent's value.
  const mine: Record<string, string> = { ...inherited };
  for (const k of Object.keys(INHERITED_DEFAULTS)) {
    const v = n.attrs.get(k);
    if (v === undefined) continue;
    if (v === inherited[k]) n.attrs.delete(k);
    else mine[k] = v;
  }
  if (stroke === 'none' && n.tag !== 'g' && n.tag !== 'svg') {
    for (const k of ['stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap']) n.attrs.delete(k);
  }
  // Children.
  const kids: (XNode | string)[] = [];
  for (const c of n.children) {
    if (typeof c === 'string') {
      kids.push(c);
      continue;
    }
    if (c.tag === 'style') continue;
    if (!isRoot && c.tag === 'title' && !opts.tooltips) continue;
    clean(c, false, mine, opts);
    if (c.tag === 'g' && c.children.length === 0) continue;
    if (c.tag === 'g' && c.attrs.size === 0) kids.push(...c.children);
    else kids.push(c);
  }
  n.children = kids;
}

// ---- serialisation ----

/**
 * Characters XML 1.0 forbids even as references (C0 controls but tab and line breaks, U+FFFE/F, lone
 * surrogates): a task may be named with one, so it is written as Python writes it in a repr.
 */
const NON_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const pyEscape = (c: string): string => {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};
const escText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(NON_XML, pyEscape);
const escAttr = (s: string): string => escText(s).replace(/"/g, '&quot;');

function serialize(n: XNode | string, out: string[] = []): string[] {
  if (typeof n === 'string') {
    out.push(escText(n));
    return out;
  }
  out.push('<', n.tag);
  for (const [k, v] of n.attrs) out.push(' ', k, '="', escAttr(v), '"');
  if (n.children.length === 0) {
    out.push('/>');
    return out;
  }
  out.push('>');
  for (const c of n.children) serialize(c, out);
  out.push('</', n.tag, '>');
  return out;
}

/** Collect the text of the `<style>` elements (the renderer puts one under the root). */
function styleText(n: XNode): string {
  let s = '';
  for (const c of n.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'style') s += c.children.filter((x): x is string => typeof x === 'string').join('') + '\n';
    else s += styleText(c);
  }
  return s;
}

/** Resolve styles and strip what a static picture does not need (mutates and returns `root`). */
export function compact(root: XNode, opts: CleanOptions = {}): XNode {
  applyCss(root, parseCss(styleText(root)));
  clean(root, true, { ...INHERITED_DEFAULTS }, opts);
  dropUnusedDefs(root);
  hoist(root);
  return root;
}

const TEXT_ONLY = new Set(['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'paint-order']);
const STROKE_DETAIL = new Set(['stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap']);
const SHAPES = new Set(['rect', 'path', 'line', 'circle', 'ellipse', 'polygon', 'polyline']);
const NO_PAINT = new Set(['title', 'desc', 'style']);

const hasText = (n: XNode): boolean =>
  n.children.some((c) => typeof c !== 'string' && (c.tag === 'text' || hasText(c)));

/** Whether an inherited property changes how element n looks (given its effective values). */
function relevant(n: XNode, p: string, eff: Record<string, string>): boolean {
  if (NO_PAINT.has(n.tag)) return false;
  const leaf = SHAPES.has(n.tag) || n.tag === 'text' || n.tag === 'tspan';
  if (!leaf) return !TEXT_ONLY.has(p) || hasText(n); // containers pass values on: keep them exact
  if (TEXT_ONLY.has(p)) return n.tag === 'text' || n.tag === 'tspan';
  if (STROKE_DETAIL.has(p)) return eff.stroke !== 'none';
  return true;
}

/**
 * Move the most common value of each inherited property (among the root's children) up to the
 * root, and rewrite every element's attributes so its effective values stay exactly the same.
 * Pays off because the clean-up flattens most groups into the root.
 */
function hoist(root: XNode): void {
  const props = Object.keys(INHERITED_DEFAULTS).filter((p) => p !== 'font-family');
  const effOf = new Map<XNode, Record<string, string>>();
  const compute = (n: XNode, parent: Record<string, string>): void => {
    const e = { ...parent };
    for (const p of props) {
      const v = n.attrs.get(p);
      if (v !== undefined) e[p] = v;
    }
    effOf.set(n, e);
    for (const c of n.children) if (typeof c !== 'string') compute(c, e);
  };
  compute(root, { ...INHERITED_DEFAULTS });
  const rootEff = effOf.get(root)!;
  const chosen: Record<string, string> = { ...rootEff };
  for (const p of props) {
    const count = new Map<string, number>();
    for (const c of root.children) {
      if (typeof c === 'string' || (!SHAPES.has(c.tag) && c.tag !== 'text')) continue;
      const e = effOf.get(c)!;
      if (!relevant(c, p, e)) continue;
      count.set(e[p], (count.get(e[p]) ?? 0) + 1);
    }
    let best = rootEff[p];
    let bestN = count.get(best) ?? 0;
    for (const [v, k] of count) if (k > bestN) [best, bestN] = [v, k];
    chosen[p] = best;
  }
  for (const p of props) {
    if (chosen[p] === INHERITED_DEFAULTS[p]) root.attrs.delete(p);
    else root.attrs.set(p, chosen[p]);
  }
  const emit = (n: XNode, parent: Record<string, string>): void => {
    const e = effOf.get(n)!;
    const mine = { ...parent };
    for (const p of props) {
      if (relevant(n, p, e) && e[p] !== parent[p]) {
        n.attrs.set(p, e[p]);
        mine[p] = e[p];
      } else n.attrs.delete(p);
    }
    for (const c of n.children) if (typeof c !== 'string') emit(c, mine);
  };
  for (const c of root.children) if (typeof c !== 'string') emit(c, { ...INHERITED_DEFAULTS, ...chosen });
}

/** Remove patterns and markers nobody points at (and an empty `<defs>`). */
function dropUnusedDefs(root: XNode): void {
  const used = new Set<string>();
  const collect = (n: XNode): void => {
    for (const v of n.attrs.values()) for (const m of v.matchAll(/url\(#([^)]+)\)/g)) used.add(m[1]);
    for (const c of n.children) if (typeof c !== 'string') collect(c);
  };
  collect(root);
  const prune = (n: XNode): void => {
    n.children = n.children.filter((c) => {
      if (typeof c === 'string') return true;
      if (c.tag === 'defs') {
        c.children = c.children.filter(
          (d) => typeof d === 'string' || !d.attrs.has('id') || used.has(d.attrs.get('id')!),
        );
        return c.children.length > 0;
      }
      prune(c);
      return true;
    });
  };
  prune(root);
}

export function toDocument(root: XNode): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + serialize(root).join('') + '\n';
}
