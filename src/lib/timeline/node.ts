/**
 * Node-only helpers: render a timeline to a standalone SVG string with linkedom.
 * Keep this module out of browser bundles (it imports linkedom).
 */
import { parseHTML } from 'linkedom';
import type { TimelineLayout } from './layout';
import { renderTimeline, type RenderOptions } from './render';

const escText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string): string => escText(s).replace(/"/g, '&quot;');

interface MiniNode {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<MiniNode>;
}

/** XML serialisation with proper escaping (linkedom's outerHTML leaves `<` in attributes). */
function serialize(node: MiniNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(escText(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = node.localName ?? 'g';
  out.push('<', tag);
  const attrs = Array.from(node.attributes ?? []).reverse();
  for (const a of attrs) out.push(' ', a.name, '="', escAttr(a.value), '"');
  const kids = Array.from(node.childNodes);
  if (kids.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const k of kids) serialize(k, out);
  out.push('</', tag, '>');
}

export function renderToString(layout: TimelineLayout, opts: RenderOptions = {}): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
  document.body.appendChild(svg as unknown as Node);
  renderTimeline(document as unknown as Document, svg, layout, opts);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  serialize(svg as unknown as MiniNode, out);
  out.push('\n');
  return out.join('');
}
