/**
 * An element's inner height (clientHeight) as its size changes, for a windowed list that draws the
 * rows in view: reported by a ResizeObserver, which the browser calls once the frame's layout is
 * done (and again before painting, should the list change), and never read at once. Svelte's
 * bind:clientHeight reads it as the element is made, which makes the browser lay the whole page
 * out in the middle of the change that made it (the output box appearing at End in a run of
 * 10,000 tasks: about 4.5 ms of a 19 ms jump), a layout that the frame then does again.
 */
import type { Attachment } from 'svelte/attachments';

export function clientHeight(set: (height: number) => void): Attachment<HTMLElement> {
  return (el) => {
    const watch = new ResizeObserver(() => set(el.clientHeight));
    watch.observe(el);
    return () => watch.disconnect();
  };
}
