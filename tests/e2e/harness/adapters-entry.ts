/**
 * Bundled (esbuild, IIFE) and injected into replica pages by adapterBundle(): exposes the platform adapters
 * and a few probes on `window.__sl` so browser tests can call them from page.evaluate().
 * Test-only: the probes keep found elements in arrays and never touch the DOM.
 */
import { closestDeep, readText } from '../../../lib/platforms/dom.ts';
import * as platforms from '../../../lib/platforms/index.ts';
import type { ComposeBox, PlatformAdapter } from '../../../lib/platforms/types.ts';

export interface BoxInfo {
  index: number;
  marker: string;
  field: string;
  enterSubmits: boolean;
  modEnterSubmits: boolean | null;
  tag: string;
  /** Which of the given selectors the box element matches (or lies within, looking through shadow roots). */
  matches: Record<string, boolean>;
  inShadow: boolean;
  submits: { tag: string; label: string; matches: Record<string, boolean> }[];
  text: string;
}

const boxes: ComposeBox[] = [];
const submits: HTMLElement[][] = [];

function adapter(id: string): PlatformAdapter {
  const a = platforms.adapterById(id);
  if (!a) throw new Error(`no adapter ${id}`);
  return a;
}

function test(el: Element, selectors: string[]): Record<string, boolean> {
  return Object.fromEntries(selectors.map((s) => [s, el.matches(s) || !!closestDeep(el, s)]));
}

const api = {
  platforms,
  /** Ids of adaptersFor(location, document). */
  pick: (generic = false): string[] =>
    platforms.adaptersFor(new URL(location.href), document, { generic }).map((a) => a.id),
  recognised: (): string[] => platforms.ADAPTERS.filter((a) => a.recognise?.(document)).map((a) => a.id),
  /** findBoxes + findSubmit + readText for every box; elements stay in `__sl.box(i)` / `__sl.submit(i, j)`. */
  scan(id: string, selectors: string[] = []): BoxInfo[] {
    const a = adapter(id);
    boxes.length = 0;
    submits.length = 0;
    return a.findBoxes(document).map((box, index) => {
      boxes.push(box);
      const subs = a.findSubmit(box);
      submits.push(subs);
      return {
        index,
        marker: box.marker,
        field: box.field,
        enterSubmits: box.enterSubmits,
        modEnterSubmits: box.modEnterSubmits ?? null,
        tag: box.element.localName,
        matches: test(box.element, selectors),
        inShadow: box.element.getRootNode() !== document,
        submits: subs.map((s) => ({
          tag: s.localName,
          label: (s.getAttribute('aria-label') ?? s.textContent ?? '').trim(),
          matches: test(s, selectors),
        })),
        text: a.readText(box),
      };
    });
  },
  box: (i: number): HTMLElement => {
    const b = boxes[i];
    if (!b) throw new Error(`no box ${i}`);
    return b.element;
  },
  submit: (i: number, j = 0): HTMLElement => {
    const s = submits[i]?.[j];
    if (!s) throw new Error(`no submit ${j} for box ${i}`);
    return s;
  },
  /** readText of box i as found by the last scan (re-reads the live element). */
  read: (id: string, i: number): string => {
    const b = boxes[i];
    if (!b) throw new Error(`no box ${i}`);
    return adapter(id).readText(b);
  },
  health: (id: string) => platforms.markerHealth(adapter(id), document),
  /**
   * readText of a contenteditable built from test markup (a constant of the test file, never page text),
   * attached to the page while it is read, then removed.
   */
  readMarkup(markup: string, tag = 'div'): string {
    const el = document.createElement(tag);
    if (tag === 'textarea') (el as HTMLTextAreaElement).value = markup;
    else {
      el.setAttribute('contenteditable', 'true');
      el.style.whiteSpace = 'pre-wrap';
      const template = document.createElement('template');
      template.innerHTML = markup;
      el.append(template.content);
    }
    document.body.append(el);
    try {
      return readText(el);
    } finally {
      el.remove();
    }
  },
};

(globalThis as unknown as { __sl: typeof api }).__sl = api;
export type SlApi = typeof api;
