/**
 * The interception decision, pure (unit-tested in tests/unit/components-intercept.test.ts).
 *
 * At submit: pass at once unless the CURRENT text has warning-level findings the person has not yet
 * acknowledged. If the current text has not been analysed yet (typing just stopped, or text was pasted or
 * prefilled), wait for the analysis (at most 300 ms), then decide again; still unknown = pass (fail open).
 * A failed analysis passes (fail open).
 */
export type BoxStatus = 'idle' | 'pending' | 'done' | 'error';

export interface SubmitState {
  /** The text the site will post, read at submit time. */
  text: string;
  /** The text of the latest finished analysis (null before any). */
  analyzedText: string | null;
  status: BoxStatus;
  /** Severities of the findings for analyzedText. */
  severities: readonly ('warning' | 'info')[];
  /** Acknowledgement key recorded by "Post anyway" (null if none). */
  ack: string | null;
  /** The key of (this box, text). */
  key: string;
}

export type Decision = 'pass' | 'wait' | 'confirm';

export const SUBMIT_WAIT_MS = 300;

/**
 * Typing has stopped when no change came for this long; the draft is then checked and the indicator
 * updated. 70 ms + reading the draft + the analysis in the background (about 10 ms for 5,000 characters)
 * + drawing keeps the indicator within 150 ms of the last keystroke (measured: `npm run bench`).
 */
export const ANALYZE_DEBOUNCE_MS = 70;

export function decideSubmit(s: SubmitState): Decision {
  if (s.text.trim() === '') return 'pass';
  if (s.analyzedText !== s.text) return 'wait';
  if (s.status === 'error') return 'pass';
  if (!s.severities.includes('warning')) return 'pass';
  if (s.ack !== null && s.ack === s.key) return 'pass';
  return 'confirm';
}

/** After waiting: an analysis still missing lets the post go (never trap the person). */
export function decideAfterWait(s: SubmitState): Exclude<Decision, 'wait'> {
  const d = decideSubmit(s);
  return d === 'wait' ? 'pass' : d;
}

/** cyrb53: a fast 53-bit string hash (not cryptographic; only compares a draft with itself). */
export function hash53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The acknowledgement key: same box and exactly the same text. Holds a hash, not the draft: "Post anyway"
 * on one text never waves through an edited one, and the key says nothing about the words.
 */
export function ackKey(boxId: number, text: string): string {
  return `${boxId}:${text.length}:${hash53(text).toString(36)}`;
}

/** Is this keydown a submit gesture for a box? (IME composition never is.) */
export function isSubmitKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing' | 'keyCode'>,
  enterSubmits: boolean,
  modEnterSubmits = true,
): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return false;
  if (e.ctrlKey || e.metaKey) return modEnterSubmits && !e.altKey;
  return enterSubmits && !e.shiftKey && !e.altKey;
}
