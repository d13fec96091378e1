/**
 * A platform adapter knows one site's markup: which hosts, how to find each compose box and its
 * submit controls, and how to read the box's text. Adapters only read the DOM: they draw nothing,
 * never write into an editor and never call the analyzer (enforced by .dependency-cruiser.cjs).
 */
export type BoxField = 'post' | 'profile' | 'email';

/** One named CSS selector of an adapter; selector health reports which ones matched. */
export interface Marker {
  /** Stable name, e.g. "composer", "reply", "submit". */
  name: string;
  selector: string;
  /** What the marker finds: a compose box, its submit control, or a page-recognition marker. */
  role: 'box' | 'submit' | 'page';
  /**
   * Optional: the element's label (aria-label, else its text, whitespace collapsed) must match too, for
   * controls a selector alone cannot tell apart (a `div[role=button]` that says "Post").
   */
  label?: RegExp;
}

export interface ComposeBox {
  /** The editable element: textarea, input, or contenteditable root. */
  element: HTMLElement;
  /** Which adapter marker found it. */
  marker: string;
  field: BoxField;
  /** True where the site posts on plain Enter (e.g. chat-like comment boxes). */
  enterSubmits: boolean;
  /** True where the site posts on Ctrl/Cmd+Enter (X, Bluesky, Mastodon). Absent means unknown. */
  modEnterSubmits?: boolean;
}

/** Selector health of one marker: how many elements it matches right now. */
export interface MarkerHealth {
  marker: string;
  role: Marker['role'];
  count: number;
  /** Same as `marker` (alias). */
  name: string;
  /** count > 0 */
  matched: boolean;
}

export interface PlatformAdapter {
  id: string;
  name: string;
  /** Match patterns for the content script (empty for adapters that recognise the page itself). */
  matches: string[];
  /** For adapters that are not host-bound (Mastodon on any instance): does this page belong to the platform? */
  recognise?(doc: Document): boolean;
  markers: Marker[];
  /** Every compose box under root (document or an open shadow root). */
  findBoxes(root: Document | ShadowRoot): ComposeBox[];
  /** The submit controls that post this box's text. */
  findSubmit(box: ComposeBox): HTMLElement[];
  /** The text the person will post, as the site will read it. */
  readText(box: ComposeBox): string;
}
