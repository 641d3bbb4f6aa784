/**
 * Following the cursor: scroll one box (the editor, the output, the timeline's lanes) so that a
 * band of its content is in view, and only when it is not in view already. Only that box scrolls,
 * never the page around it (the browser's and CodeMirror's scrollIntoView scroll every ancestor).
 */

/**
 * Scrolls `box` vertically so that the band [top, bottom) is visible; `top` and `bottom` are
 * client coordinates (getBoundingClientRect). A band already in view leaves the box as it is; one
 * out of view is brought to a third of the box's height (or its bottom edge, for the newest line).
 * Returns whether the box scrolled.
 */
export function followY(box: HTMLElement, top: number, bottom: number, place: 'third' | 'end' = 'third'): boolean {
  const view = box.getBoundingClientRect();
  // The box's inner height (its scrollbar and borders excluded).
  const height = box.clientHeight;
  const viewTop = view.top + box.clientTop;
  if (height <= 0 || box.scrollHeight <= height + 1) return false;
  if (top >= viewTop && bottom <= viewTop + height) return false;
  const bandTop = top - viewTop + box.scrollTop;
  const bandH = bottom - top;
  const want = place === 'end' ? bandTop + bandH - height + 4 : bandTop - Math.max(0, (height - bandH) / 3);
  const next = Math.max(0, Math.min(want, box.scrollHeight - height));
  if (Math.abs(next - box.scrollTop) < 1) return false;
  box.scrollTop = next;
  return true;
}

/** The nearest ancestor of `el` (itself excluded) that scrolls vertically, or null. */
export function scrollParent(el: Element | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p && p !== document.body; p = p.parentElement) {
    const oy = getComputedStyle(p).overflowY;
    if (oy === 'auto' || oy === 'scroll') return p;
  }
  return null;
}
