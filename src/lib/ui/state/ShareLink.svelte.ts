/**
 * The page's address as a share link: `#code=…&py=3.14&step=12&axis=step&theme=dark&lang=en[&present=1][&predict=1]`.
 * Once the linked view is restored, the address follows the program, step and options, so a
 * reload or a copied address shows the same thing.
 */
import LZString from 'lz-string';
import { replaceState } from '$app/navigation';
import type { Comparison } from './Comparison.svelte';
import type { Cursor } from './Cursor.svelte';
import type { Predict } from './Predict.svelte';
import type { Program } from './Program.svelte';
import type { RunState } from './RunState.svelte';
import type { ViewOptions } from './ViewOptions.svelte';
import { MAX_LINK_CODE, parseHash, refusedLinkLength } from './link-hash';
import { isBigDraft } from './big-draft';
import { LinkPacker } from './link-pack';

/** Stepping and typing rewrite the address at most this often. */
const URL_DEBOUNCE_MS = 250;

export class ShareLink {
  /** "Copied" shows on the share button for a moment. */
  copied = $state(false);
  /** A big draft's link is being packed (off the page's thread): "Copying link…" shows meanwhile. */
  copying = $state(false);
  #packer = new LinkPacker();
  /**
   * The address is only rewritten once the linked view has been restored (the first run ended).
   * State, so that the first settled run writes the address even when nothing else the address
   * holds changed with it (a program without tasks has no steps, so its step never changes).
   */
  #ready = $state(false);
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastOpts = '';
  #options: ViewOptions;
  #program: Program;
  #run: RunState;
  #cursor: Cursor;
  #predict: Predict;
  #compare: Comparison | null;

  /** Must be created while a component initialises: it installs the effect that keeps the address current. */
  constructor(
    options: ViewOptions,
    program: Program,
    run: RunState,
    cursor: Cursor,
    predict: Predict,
    compare: Comparison | null = null,
  ) {
    this.#compare = compare;
    this.#options = options;
    this.#program = program;
    this.#run = run;
    this.#cursor = cursor;
    this.#predict = predict;
    $effect(() => {
      void this.#hash(); // tracks program, step and options
      void options.embed;
      const opts = `${options.axis}|${options.theme}|${options.lang}|${options.present}|${predict.on}|${program.python}`;
      if (!this.#ready) return;
      if (this.#timer) clearTimeout(this.#timer);
      // A changed option is written at once (a reload right after it must keep it); stepping and typing are debounced.
      if (opts !== this.#lastOpts) {
        this.#lastOpts = opts;
        this.write();
      } else this.#timer = setTimeout(() => this.write(), URL_DEBOUNCE_MS);
    });
  }

  /** The last source and its packed form: the hash is made again at every step, the source rarely changes. */
  #pack = { source: '', packed: LZString.compressToEncodedURIComponent('') };
  #packed(source: string): string {
    if (source !== this.#pack.source) this.#pack = { source, packed: LZString.compressToEncodedURIComponent(source) };
    return this.#pack.packed;
  }

  #inputPack = { text: '', packed: '' };
  #packedInput(text: string): string {
    if (text !== this.#inputPack.text) this.#inputPack = { text, packed: LZString.compressToEncodedURIComponent(text) };
    return this.#inputPack.packed;
  }

  /**
   * The hash for the view. The address the page keeps (not `full`) leaves a big draft's program
   * out: packing millions of characters at every pause in typing would freeze the page.
   */
  #hash(full = false, code?: string): string {
    const o = this.#options;
    // Compare mode: both programs and the moment instead of the editor's program and step.
    if (o.mode === 'compare' && this.#compare)
      return [
        ...this.#compare.hashParts(),
        `theme=${o.theme}`,
        `lang=${o.lang}`,
        ...(o.present ? ['present=1'] : []),
      ].join('&');
    const source = this.#program.source;
    const parts =
      code !== undefined
        ? [`code=${code}`]
        : full || !isBigDraft(source.length)
          ? [`code=${this.#packed(source)}`]
          : [];
    // The program's input, when it has one, travels with it (packed; never a big draft's part).
    const input = this.#program.input;
    if (input !== '' && parts.length > 0) parts.push(`in=${this.#packedInput(input)}`);
    parts.push(`py=${this.#program.python}`);
    if (this.#run.nSteps) parts.push(`step=${this.#cursor.index + 1}`);
    parts.push(`axis=${o.axis}`, `theme=${o.theme}`, `lang=${o.lang}`);
    if (o.present) parts.push('present=1');
    if (this.#predict.on) parts.push('predict=1');
    return parts.join('&');
  }

  /**
   * This page's address with the current hash (`full`: with a big draft's program too, or `code`,
   * the program packed already); presenter and predict travel in the hash only.
   */
  url(full = false, code?: string): string {
    const q = new URLSearchParams(location.search);
    q.delete('present');
    q.delete('predict');
    const qs = q.toString().replace(/=(?=&|$)/g, '');
    return `${location.origin}${location.pathname}${qs ? `?${qs}` : ''}#${this.#hash(full, code)}`;
  }

  /** The first run ended: from now on the address follows the view. */
  restored(): void {
    this.#ready = true;
  }

  write(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const url = this.url();
    if (url === location.href) return;
    try {
      replaceState(url, {});
    } catch {
      history.replaceState(history.state, '', url);
    }
  }

  /** The page is going away: write what a debounce may still hold. */
  onPageHide = (): void => {
    if (this.#ready) this.write();
  };

  /**
   * Another link pasted into this tab (only the hash changed, so nothing reloaded): open it. A link
   * too big to open is refused here, in place (reloading a multi-megabyte address ends at the
   * browser's "about:blank#blocked"), and the address goes back to the program on screen.
   */
  onHashChange = (): void => {
    const h = parseHash(location.hash);
    const refused = refusedLinkLength(h);
    if (refused !== null) {
      this.#refuse(refused);
      // In a task of its own: taking back a multi-megabyte address costs the browser tens of ms.
      setTimeout(() => this.write());
    } else if ((h.code || h.mode === 'compare') && location.hash !== `#${this.#hash()}`) location.reload();
  };

  /**
   * A link pasted into this tab, before the browser takes it in (the Navigation API's `navigate`
   * event, where there is one): a link too big to open is refused here, and the navigation
   * cancelled, so the address never holds it. Taking in a 5 MB address (and then taking it back)
   * cost Chromium's main thread 300-500 ms; cancelled, the address stays the program's.
   */
  onNavigate = (e: NavigateEvent): void => {
    // A paste is a push; the app's own address writes (replace) are left alone.
    if (e.navigationType !== 'push' || !e.hashChange || !e.cancelable) return;
    const url = e.destination.url;
    if (url.length <= MAX_LINK_CODE) return;
    const refused = refusedLinkLength(parseHash(url.slice(url.indexOf('#'))));
    if (refused === null) return;
    e.preventDefault();
    this.#refuse(refused);
  };

  #refuse(length: number): void {
    this.#program.refusedLink = length;
    this.#program.refusedInPlace = true;
  }

  async copy(): Promise<void> {
    if (this.copying) return;
    const source = this.#program.source;
    const big = this.#options.mode !== 'compare' && isBigDraft(source.length) && source !== this.#pack.source;
    if (!big) {
      const url = this.url(true);
      if (!isBigDraft(source.length)) replaceState(url, {});
      await writeClipboard(url);
    } else {
      // Packing a big draft takes seconds: a worker does it while the button says so.
      this.copying = true;
      const url = this.#packer.pack(source).then((packed) => {
        this.#pack = { source, packed };
        return this.url(true, packed);
      });
      await writeClipboard(url);
      this.copying = false;
    }
    this.copied = true;
    setTimeout(() => (this.copied = false), 1500);
  }

  /** This view without ?embed: the same program, step and options in the full app. */
  fullAppHref(): string {
    if (typeof location === 'undefined') return '.';
    const u = new URL(location.href);
    u.searchParams.delete('embed');
    return u.toString();
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#packer.dispose();
  }
}

/**
 * Puts the link on the clipboard. A link still being made is handed over as a promise at once,
 * while the click's permission to write lasts (Chromium, Safari); else it is written when ready.
 */
async function writeClipboard(url: string | Promise<string>): Promise<void> {
  if (typeof url !== 'string' && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      const blob = url.then((u) => new Blob([u], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return;
    } catch {
      /* a browser that takes no promise: written below once made */
    }
  }
  try {
    await navigator.clipboard.writeText(await url);
  } catch {
    /* not allowed: the address bar has it (a big draft's link cannot be copied then) */
  }
}
