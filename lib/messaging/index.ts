/**
 * Typed messages between the content script, the background and the popup.
 *
 * content script → background: `analyze` (the draft goes to the background's analyzer and nowhere else),
 * `warm` (load the analyzer when a box is first used), `ui-settings`, `record-error`.
 * popup/options → background: `sites-changed` (a site was enabled or removed: re-register the content
 * script; a newly granted site's open tabs get it injected from permissions.onAdded).
 * popup → content script (tabs.sendMessage): `status` (selector health and the latest warnings of the tab,
 * kept in the content script's memory only).
 */
import { browser } from 'wxt/browser';
import type { Field, Finding } from '../analysis/types.ts';
import type { SettingsProblem, UiLang } from '../settings/schema.ts';

export type BgRequest =
  | { type: 'analyze'; text: string; field: Field }
  | { type: 'warm' }
  | { type: 'ui-settings' }
  | { type: 'record-error'; where: string; message: string }
  | { type: 'sites-changed' };

export type AnalyzeResponse = { ok: true; findings: Finding[]; ms: number } | { ok: false; error: string };

/** What the in-page UI needs from the settings (never the custom terms or the allow-list). */
export interface UiSettings {
  lang: UiLang;
  supervisorEmail: string;
  problems: SettingsProblem[];
}

export interface BgResponses {
  analyze: AnalyzeResponse;
  warm: { ok: true };
  'ui-settings': UiSettings;
  'record-error': { ok: true };
  'sites-changed': { ok: boolean; error?: string };
}

export type BgResponse<T extends BgRequest> = BgResponses[T['type']];

/** Send a message to the background and get its typed answer. */
export async function toBackground<T extends BgRequest>(msg: T): Promise<BgResponse<T>> {
  return (await browser.runtime.sendMessage(msg)) as BgResponse<T>;
}

/** One finding as the popup shows it: the matched words only, never the rest of the draft. */
export type FindingSummary = Pick<
  Finding,
  'category' | 'severity' | 'clause' | 'text' | 'message' | 'suggestion' | 'rule'
>;

export function summarise(f: Finding): FindingSummary {
  return {
    category: f.category,
    severity: f.severity,
    clause: f.clause,
    text: f.text,
    message: f.message,
    suggestion: f.suggestion,
    rule: f.rule,
  };
}

export interface MarkerReport {
  name: string;
  role: 'box' | 'submit' | 'page';
  matched: boolean;
}

export interface AdapterReport {
  id: string;
  name: string;
  markers: MarkerReport[];
}

export interface LatestWarnings {
  /** ms since epoch */
  at: number;
  field: Field;
  findings: FindingSummary[];
}

export interface TabStatus {
  /** The content script is running in this tab. */
  active: true;
  /** Adapters that apply to this page, with which of their markers matched. */
  adapters: AdapterReport[];
  /** Compose boxes being watched (posts, profiles and e-mail fields). */
  boxes: number;
  /** The latest findings in this tab (kept in the tab's memory; the matched words only). */
  latest: LatestWarnings | null;
}

export type TabRequest = { type: 'status' };

export function isBgRequest(m: unknown): m is BgRequest {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

/** Name of the long-lived port the content script analyses drafts through. */
export const ANALYZE_PORT = 'second-look-analyze';

export interface PortRequest {
  id: number;
  text: string;
  field: Field;
}

export interface PortResponse {
  id: number;
  res: AnalyzeResponse;
}

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * Drafts go to the background over one long-lived port rather than one `runtime.sendMessage` per check:
 * opening a message channel costs the page's main thread about a millisecond each time (measured in
 * Chromium), a port message a fraction of that. The port is reopened when the background went away
 * (service worker stopped, extension reloaded); requests pending on a closed port fail (fail open).
 */
export class AnalyzeChannel {
  private port: Port | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve(r: AnalyzeResponse): void; reject(e: Error): void }>();

  private connect(): Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: ANALYZE_PORT });
    port.onMessage.addListener((msg: unknown) => {
      const m = msg as PortResponse;
      const p = this.pending.get(m?.id);
      if (!p) return;
      this.pending.delete(m.id);
      p.resolve(m.res);
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      const err = new Error('the background closed the connection');
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    });
    this.port = port;
    return port;
  }

  analyze(text: string, field: Field): Promise<AnalyzeResponse> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      try {
        this.connect().postMessage({ id, text, field } satisfies PortRequest);
      } catch (err) {
        // A port that died between two messages: open a new one once.
        this.port = null;
        try {
          this.connect().postMessage({ id, text, field } satisfies PortRequest);
        } catch (err2) {
          this.pending.delete(id);
          reject(err2 instanceof Error ? err2 : new Error(String(err ?? err2)));
        }
      }
    });
  }

  close(): void {
    this.port?.disconnect();
    this.port = null;
  }
}
