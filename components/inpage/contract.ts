/**
 * The contract between the small content script (entrypoints/content: watches boxes, intercepts submits,
 * no React) and the in-page UI bundle (entrypoints/ui.ts: React in a shadow root), which the content script
 * loads lazily, the first time a compose box is used, with `import(browser.runtime.getURL('/ui.js'))`.
 * Both run in the content script's isolated world: the UI registers its factory on that world's
 * globalThis under UI_HOOK (the page cannot see it).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Field, Finding } from '../../lib/analysis/types.ts';

export const UI_HOOK = '__secondLookUi_v1';

export type BoxStatus = 'idle' | 'pending' | 'done' | 'error';

/** One watched box as the UI shows it. */
export interface BoxView {
  id: number;
  /** The editable element (the indicator is placed over its bottom-right corner). */
  anchor: HTMLElement;
  field: Field;
  status: BoxStatus;
  /** Findings for `text` (the latest analysed text). */
  findings: Finding[];
  /** The analysed text, kept in memory only, to show the matched words in context. */
  text: string;
}

export interface DialogRequest {
  boxId: number;
  findings: Finding[];
  text: string;
  /** Site name for the supervisor e-mail, e.g. "X". */
  site: string;
}

export type DialogChoice = 'edit' | 'post' | 'supervisor';

export interface UiApi {
  /** The shadow host of the UI: events inside it are ours, never the page's submit. */
  readonly host: HTMLElement;
  /** Show indicators for these boxes (boxes not listed lose theirs). */
  setBoxes(boxes: BoxView[]): void;
  /** Show the modal dialog; resolves with the person's (trusted) choice. */
  confirm(req: DialogRequest): Promise<DialogChoice>;
  destroy(): void;
}

export interface UiHost {
  ctx: ContentScriptContext;
}

export type UiFactory = (host: UiHost) => Promise<UiApi>;
