/**
 * The background: runs the analyzer (so no page pays for loading it), holds the effective settings, keeps
 * the content script registered on the sites the person enabled, and records analyzer errors locally.
 *
 * Privacy: drafts arrive by extension messaging, are analysed in memory and never stored; a small
 * in-memory cache (the last few texts) avoids re-analysing the same text and is dropped with the worker.
 */

import { browser } from 'wxt/browser';
import type { AnalyzeOptions, Field, Finding } from '@/lib/analysis/types';
import {
  ANALYZE_PORT,
  type AnalyzeResponse,
  type BgRequest,
  isBgRequest,
  type PortRequest,
  type PortResponse,
  type UiSettings,
} from '@/lib/messaging';
import {
  analyzerOptions,
  type EffectiveSettings,
  loadEffectiveSettings,
  recordError,
  resolveLang,
  watchSettings,
} from '@/lib/settings';
import { CONTENT_SCRIPT_FILE, syncSiteScripts } from '@/lib/settings/sites';

const FIELDS: readonly Field[] = ['post', 'profile', 'email'];
/** Drafts longer than this are not analysed (fail open) rather than freezing the worker. */
const MAX_TEXT = 100_000;
const CACHE_SIZE = 16;

/**
 * Diagnostics switch, reachable only from the extension's own background context (its devtools console,
 * or a test driving the service worker): `secondLookDebug.failAnalyzer = true` makes every analysis throw,
 * to check that posts are let through (fail open) and the error is recorded.
 */
interface Debug {
  failAnalyzer: boolean;
}

export default defineBackground(() => {
  const debug: Debug = { failAnalyzer: false };
  (globalThis as unknown as { secondLookDebug: Debug }).secondLookDebug = debug;

  type AnalyzeFn = (text: string, ctx: { field: Field }, opts: AnalyzeOptions) => Finding[];
  let analyzer: Promise<AnalyzeFn> | null = null;
  const loadAnalyzer = () => {
    analyzer ??= import('@/lib/analysis').then((m) => m.analyze as AnalyzeFn);
    return analyzer;
  };

  let effective: Promise<EffectiveSettings> | null = null;
  const settings = () => {
    effective ??= loadEffectiveSettings();
    return effective;
  };
  const cache = new Map<string, Finding[]>();
  watchSettings(() => {
    effective = null;
    cache.clear();
  });

  const uiLanguage = () => browser.i18n?.getUILanguage?.() ?? 'en';

  async function analyze(text: unknown, field: unknown): Promise<AnalyzeResponse> {
    if (typeof text !== 'string' || !FIELDS.includes(field as Field)) {
      return { ok: false, error: 'bad request' };
    }
    if (text.length > MAX_TEXT) return { ok: false, error: 'draft too long to check' };
    const key = `${field as string}\u0000${text}`;
    const hit = cache.get(key);
    if (hit && !debug.failAnalyzer) {
      cache.delete(key);
      cache.set(key, hit);
      return { ok: true, findings: hit, ms: 0 };
    }
    try {
      const eff = await settings();
      const lang = resolveLang(eff.settings.language, uiLanguage());
      const run = await loadAnalyzer();
      const started = performance.now();
      if (debug.failAnalyzer) throw new Error('analyzer disabled by secondLookDebug.failAnalyzer');
      const findings = run(text, { field: field as Field }, analyzerOptions(eff.settings, lang));
      const ms = performance.now() - started;
      cache.set(key, findings);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return { ok: true, findings, ms };
    } catch (err) {
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      await recordError('analyzer', message);
      return { ok: false, error: message };
    }
  }

  async function handle(msg: BgRequest, sender: { tab?: { id?: number } }): Promise<unknown> {
    switch (msg.type) {
      case 'analyze':
        return analyze(msg.text, msg.field);
      case 'warm':
        void settings();
        await loadAnalyzer();
        return { ok: true };
      case 'ui-settings': {
        const eff = await settings();
        const out: UiSettings = {
          lang: resolveLang(eff.settings.language, uiLanguage()),
          supervisorEmail: eff.settings.supervisorEmail,
          problems: eff.problems,
        };
        return out;
      }
      case 'record-error':
        await recordError(String(msg.where), String(msg.message));
        return { ok: true };
      case 'sites-changed': {
        try {
          await syncSiteScripts();
          return { ok: true };
        } catch (err) {
          return { ok: false, error: String((err as Error)?.message ?? err) };
        }
      }
      default:
        void sender;
        return { ok: false, error: 'unknown message' };
    }
  }

  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isBgRequest(msg)) return undefined;
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    handle(msg, sender).then(sendResponse, (err) =>
      sendResponse({ ok: false, error: String((err as Error)?.message ?? err) }),
    );
    return true;
  });

  // Drafts arrive over a long-lived port from each tab's content script (see AnalyzeChannel).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ANALYZE_PORT) return;
    if (port.sender?.id !== undefined && port.sender.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((msg: unknown) => {
      const m = msg as PortRequest;
      if (typeof m?.id !== 'number') return;
      void analyze(m.text, m.field).then((res) => {
        try {
          port.postMessage({ id: m.id, res } satisfies PortResponse);
        } catch {
          // The tab went away.
        }
      });
    });
  });

  const sync = () => {
    syncSiteScripts().catch((err) => recordError('sites', String((err as Error)?.message ?? err)));
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  // A site just enabled (from the popup or the options page; in Firefox the popup may close while the
  // browser asks): watch it from now on, and in the tabs already open on it without a reload.
  browser.permissions.onAdded.addListener((added) => {
    void syncSiteScripts()
      .then(async (sites) => {
        const fresh = (added.origins ?? []).filter((o) => sites.includes(o));
        if (fresh.length === 0) return;
        const tabs = await browser.tabs.query({ url: fresh });
        await Promise.all(
          tabs.map((tab) =>
            tab.id === undefined
              ? undefined
              : browser.scripting
                  .executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] })
                  .catch(() => undefined),
          ),
        );
      })
      .catch((err) => recordError('sites', String((err as Error)?.message ?? err)));
  });
  browser.permissions.onRemoved.addListener(sync);
  sync();
});
