/**
 * Typed messages between the content script, the background and the popup.
 *
 * content script → background: `analyze` (the draft goes to the background's analyzer and nowhere else),
 * `warm` (load the analyzer when a box is first used), `ui-settings`, `record-error`.
 * popup/options → background: `sites-changed` (a site was enabled or removed: re-register the content
 * script; optionally inject it into the current tab now).
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
  | { type: 'sites-changed'; injectTabId?: number };

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
