/**
 * The compose watcher: the part of Second Look that runs on every page load of a watched site, so it is
 * small and cheap. No React, no analyzer here.
 *
 * - At document_start: capture-phase listeners on window (click, keydown, submit, input, focus) so ours
 *   run before any of the page's. They do nothing until a compose box is known.
 * - At DOMContentLoaded: pick the adapters for this page, find boxes, and watch the DOM with one
 *   MutationObserver (rescans are throttled, and typing inside a known box never triggers one).
 * - When a box is first used (focus or input): load the UI bundle (React, shadow root) with import() and
 *   wake the analyzer in the background.
 * - While typing: the box's text is read and sent to the background ANALYZE_DEBOUNCE_MS after the last
 *   keystroke (nothing else per keystroke).
 * - At submit (button click, Ctrl/Cmd+Enter, Enter where the site posts on Enter, form submit): see
 *   decide.ts. A held submit is replayed once, exactly as it came, when the person chooses "Post anyway"
 *   (or when the late analysis finds nothing).
 *
 * The watcher never writes into the editor: it reads text, and after the dialog it puts focus and the
 * caret back where they were.
 */

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UiApi, UiFactory } from '@/components/inpage/contract';
import { UI_HOOK } from '@/components/inpage/contract';
import type { Finding } from '@/lib/analysis/types';
import {
  type AdapterReport,
  type LatestWarnings,
  summarise,
  type TabRequest,
  type TabStatus,
  toBackground,
} from '@/lib/messaging';
import { adaptersFor, markerHealth } from '@/lib/platforms';
import type { ComposeBox, PlatformAdapter } from '@/lib/platforms/types';
import { restoreCaret, type SavedCaret, saveCaret } from './caret';
import { type Debounced, debounce } from './debounce';
import { ackKey, type BoxStatus, decideAfterWait, decideSubmit, isSubmitKey, SUBMIT_WAIT_MS } from './decide';

/** Typing has stopped when no keystroke came for this long; the indicator updates right after. */
export const ANALYZE_DEBOUNCE_MS = 80;
/** DOM changes outside known boxes trigger at most one rescan per this interval. */
const RESCAN_THROTTLE_MS = 200;
/** Loading the UI bundle should take milliseconds; past this, a held post is let go (fail open). */
const UI_LOAD_TIMEOUT_MS = 3000;

interface Tracked {
  id: number;
  adapter: PlatformAdapter;
  box: ComposeBox;
  /** Focused or typed into at least once: its indicator is shown. */
  used: boolean;
  analyzedText: string | null;
  findings: Finding[];
  status: BoxStatus;
  seq: number;
  inflight: { text: string; done: Promise<void> } | null;
  debounced: Debounced;
  ack: string | null;
}

type Perf = { mark?: (name: string) => void };

export function startWatcher(ctx: ContentScriptContext): void {
  const perf: Perf = globalThis.performance ?? {};
  perf.mark?.('second-look:start');
  let adapters: PlatformAdapter[] = [];
  const tracked = new Map<HTMLElement, Tracked>();
  let nextId = 1;
  let observer: MutationObserver | null = null;
  let scanTimer: ReturnType<typeof setTimeout> | null = null;
  let lastScan = 0;
  let replaying = false;
  let holding = false;
  let latest: LatestWarnings | null = null;
  let ui: Promise<UiApi> | null = null;
  let uiReady: UiApi | null = null;
  let warmed = false;

  // ---- finding boxes -------------------------------------------------------------------------------

  function pickAdapters(): void {
    try {
      // On a host no platform claims, this script runs only because the person enabled the site: generic.
      adapters = adaptersFor(location.href, document, { generic: true });
    } catch (err) {
      adapters = [];
      reportError('adapters', err);
    }
  }

  function scan(): void {
    scanTimer = null;
    lastScan = performance.now();
    if (adapters.length === 0) pickAdapters();
    let changed = false;
    const seen = new Set<HTMLElement>();
    for (const adapter of adapters) {
      let boxes: ComposeBox[] = [];
      try {
        boxes = adapter.findBoxes(document);
      } catch (err) {
        reportError(`findBoxes:${adapter.id}`, err);
      }
      for (const box of boxes) {
        seen.add(box.element);
        const existing = tracked.get(box.element);
        if (existing) {
          existing.box = box;
          continue;
        }
        const t: Tracked = {
          id: nextId++,
          adapter,
          box,
          used: false,
          analyzedText: null,
          findings: [],
          status: 'idle',
          seq: 0,
          inflight: null,
          debounced: debounce(() => analyze(t), ANALYZE_DEBOUNCE_MS),
          ack: null,
        };
        tracked.set(box.element, t);
        changed = true;
        // A box that already has the focus (autofocus, or focus moved before we saw it) is in use.
        if (isFocused(box.element)) use(t);
      }
    }
    for (const [el, t] of tracked) {
      if (!el.isConnected || !seen.has(el)) {
        t.debounced.cancel();
        tracked.delete(el);
        changed = true;
      }
    }
    if (changed) render();
  }

  function scheduleScan(): void {
    if (scanTimer !== null) return;
    const wait = Math.max(0, RESCAN_THROTTLE_MS - (performance.now() - lastScan));
    scanTimer = setTimeout(scan, wait);
  }

  function insideTracked(node: Node): boolean {
    for (const el of tracked.keys()) if (el === node || el.contains(node)) return true;
    return false;
  }

  function onMutations(records: MutationRecord[]): void {
    if (scanTimer !== null) return;
    for (const r of records) {
      if (r.addedNodes.length === 0 && r.removedNodes.length === 0) continue;
      if (tracked.size > 0 && insideTracked(r.target)) continue;
      scheduleScan();
      return;
    }
  }

  function isFocused(el: HTMLElement): boolean {
    const root = el.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    return active !== null && (active === el || el.contains(active));
  }

  /** The tracked box an event happened in (composedPath reaches into open shadow roots). */
  function trackedFor(path: EventTarget[]): Tracked | undefined {
    if (tracked.size === 0) return undefined;
    for (const node of path) {
      const t = tracked.get(node as HTMLElement);
      if (t) return t;
    }
    return undefined;
  }

  function isEditable(node: EventTarget | undefined): boolean {
    if (!(node instanceof HTMLElement)) return false;
    return node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement || node.isContentEditable;
  }

  /** The box of an event; a box the observer has not seen yet (late, in a shadow root) is found now. */
  function trackedForEvent(e: Event): Tracked | undefined {
    const path = e.composedPath();
    let t = trackedFor(path);
    if (!t && isEditable(path[0])) {
      if (scanTimer !== null) clearTimeout(scanTimer);
      scan();
      t = trackedFor(path);
    }
    return t;
  }

  // ---- analysis ------------------------------------------------------------------------------------

  function readText(t: Tracked): string {
    try {
      return t.adapter.readText(t.box);
    } catch (err) {
      reportError(`readText:${t.adapter.id}`, err);
      return '';
    }
  }

  function analyze(t: Tracked): void {
    const text = readText(t);
    if (t.inflight && t.inflight.text === text) return;
    if (!t.inflight && t.analyzedText === text && t.status !== 'idle') return;
    const seq = ++t.seq;
    if (text.trim() === '') {
      t.analyzedText = text;
      t.findings = [];
      t.status = 'done';
      t.inflight = null;
      render();
      return;
    }
    t.status = 'pending';
    const done = toBackground({ type: 'analyze', text, field: t.box.field })
      .then(
        (res) => {
          if (seq !== t.seq) return;
          t.analyzedText = text;
          if (res?.ok) {
            t.findings = res.findings;
            t.status = 'done';
            if (res.findings.length > 0) {
              latest = { at: Date.now(), field: t.box.field, findings: res.findings.map(summarise) };
            }
          } else {
            t.findings = [];
            t.status = 'error';
          }
        },
        (err) => {
          if (seq !== t.seq) return;
          // The background is unreachable (extension updated or reloaded): fail open.
          t.analyzedText = text;
          t.findings = [];
          t.status = 'error';
          reportError('analyze-message', err);
        },
      )
      .finally(() => {
        if (seq === t.seq) t.inflight = null;
        perf.mark?.('second-look:indicator');
        render();
      });
    t.inflight = { text, done };
  }

  /** Analyse now (if the text changed) and resolve when the result for the current text is in. */
  function analyzeNow(t: Tracked): Promise<void> {
    t.debounced.cancel();
    analyze(t);
    return t.inflight?.done ?? Promise.resolve();
  }

  // ---- UI ------------------------------------------------------------------------------------------

  function loadUi(): Promise<UiApi> {
    ui ??= (async () => {
      const url = browser.runtime.getURL('/ui.js');
      await import(/* @vite-ignore */ url);
      const factory = (globalThis as unknown as Record<string, UiFactory | undefined>)[UI_HOOK];
      if (!factory) throw new Error('the UI bundle did not register');
      const api = await factory({ ctx });
      uiReady = api;
      return api;
    })();
    ui.then(
      () => render(),
      (err) => reportError('ui-load', err),
    );
    return ui;
  }

  function use(t: Tracked): void {
    if (!warmed) {
      warmed = true;
      toBackground({ type: 'warm' }).catch(() => {});
    }
    if (!t.used) {
      t.used = true;
      void loadUi().catch(() => {});
      // A prefilled box (a reply with a mention, a restored draft) is checked as soon as it is used.
      t.debounced.schedule();
    }
    render();
  }

  let renderQueued = false;
  function render(): void {
    if (!uiReady || renderQueued) return;
    renderQueued = true;
    queueMicrotask(() => {
      renderQueued = false;
      if (!uiReady) return;
      const views = [];
      for (const t of tracked.values()) {
        if (!t.used || !t.box.element.isConnected) continue;
        views.push({
          id: t.id,
          anchor: t.box.element,
          field: t.box.field,
          status: t.status,
          findings: t.findings,
          text: t.analyzedText ?? '',
        });
      }
      try {
        uiReady.setBoxes(views);
      } catch (err) {
        reportError('ui-render', err);
      }
    });
  }

  // ---- submit interception -------------------------------------------------------------------------

  function stateFor(t: Tracked, text: string) {
    return {
      text,
      analyzedText: t.analyzedText,
      status: t.status,
      severities: t.findings.map((f) => f.severity),
      ack: t.ack,
      key: ackKey(t.id, text),
    };
  }

  function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve('timeout'), ms);
      p.then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
  }

  /**
   * Called from the capture listeners with a trusted submit gesture on box `t`. Passes synchronously
   * (no preventDefault, zero latency) unless the current text needs the dialog or a short wait.
   */
  function intercept(e: Event, t: Tracked, replay: () => void): void {
    if (holding) {
      // A dialog (or the short wait) is already holding a submit: swallow repeats, never post twice.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const text = readText(t);
    const decision = decideSubmit(stateFor(t, text));
    if (decision === 'pass') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    holding = true;
    const caret = saveCaret(t.box.element);
    resolveHeld(t, text, decision, caret, replay)
      .catch((err) => {
        reportError('intercept', err);
        // Never trap the person: if anything went wrong, the original action proceeds.
        replayOnce(replay);
      })
      .finally(() => {
        holding = false;
      });
  }

  async function resolveHeld(
    t: Tracked,
    heldText: string,
    first: 'wait' | 'confirm',
    caret: SavedCaret,
    replay: () => void,
  ): Promise<void> {
    let text = heldText;
    let decision: 'pass' | 'confirm' = first === 'confirm' ? 'confirm' : 'pass';
    if (first === 'wait') {
      const started = performance.now();
      await withTimeout(analyzeNow(t), SUBMIT_WAIT_MS);
      text = readText(t);
      decision = decideAfterWait(stateFor(t, text));
      perf.mark?.(`second-look:waited:${Math.round(performance.now() - started)}`);
    }
    if (decision === 'pass') {
      replayOnce(replay);
      return;
    }
    let api: UiApi | 'timeout';
    try {
      api = await withTimeout(loadUi(), UI_LOAD_TIMEOUT_MS);
    } catch {
      api = 'timeout';
    }
    if (api === 'timeout') {
      reportError('ui-load', 'the dialog could not be shown; the post was let through');
      replayOnce(replay);
      return;
    }
    const choice = await api.confirm({
      boxId: t.id,
      findings: t.findings,
      text,
      site: t.adapter.name,
    });
    restoreCaret(t.box.element, caret);
    if (choice === 'post') {
      // Same box, same text: this one passes, now (replay) and on the person's next Post if the site
      // ignored the replayed event.
      t.ack = ackKey(t.id, text);
      replayOnce(replay);
    }
  }

  function replayOnce(replay: () => void): void {
    replaying = true;
    try {
      replay();
    } catch (err) {
      reportError('replay', err);
    } finally {
      replaying = false;
    }
  }

  function clickReplay(e: MouseEvent, t: Tracked): () => void {
    const path = e.composedPath();
    const target = path[0] as Element;
    const init: MouseEventInit = {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      detail: e.detail,
      screenX: e.screenX,
      screenY: e.screenY,
      clientX: e.clientX,
      clientY: e.clientY,
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      metaKey: e.metaKey,
      button: e.button,
      buttons: 0,
    };
    return () => {
      let el: Element | undefined = target;
      if (!el.isConnected) el = t.adapter.findSubmit(t.box)[0];
      el?.dispatchEvent(new MouseEvent('click', init));
    };
  }

  function keyReplay(e: KeyboardEvent): () => void {
    const target = e.composedPath()[0] as Element;
    const init: KeyboardEventInit = {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      key: e.key,
      code: e.code,
      location: e.location,
      ctrlKey: e.ctrlKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      metaKey: e.metaKey,
      repeat: false,
      keyCode: e.keyCode,
      which: e.which,
      charCode: e.charCode,
    } as KeyboardEventInit;
    return () => {
      if (target.isConnected) target.dispatchEvent(new KeyboardEvent('keydown', init));
    };
  }

  /** The tracked box whose submit control is on this event's path. */
  function boxForSubmitClick(path: EventTarget[]): Tracked | undefined {
    if (tracked.size === 0) return undefined;
    for (const t of tracked.values()) {
      if (t.box.field === 'email' || !t.box.element.isConnected) continue;
      let controls: HTMLElement[] = [];
      try {
        controls = t.adapter.findSubmit(t.box);
      } catch (err) {
        reportError(`findSubmit:${t.adapter.id}`, err);
      }
      for (const c of controls) if (path.includes(c)) return t;
    }
    return undefined;
  }

  function onClick(e: MouseEvent): void {
    if (!e.isTrusted || replaying || tracked.size === 0) return;
    const path = e.composedPath();
    const t = boxForSubmitClick(path);
    if (!t) return;
    intercept(e, t, clickReplay(e, t));
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted || replaying || tracked.size === 0) return;
    if (e.key === 'Control' || e.key === 'Meta') {
      // Ctrl/Cmd usually comes just before Enter: start the analysis now, so the submit finds it ready.
      const t = trackedFor(e.composedPath());
      if (t?.debounced.pending) analyzeNow(t);
      return;
    }
    if (e.key !== 'Enter') return;
    const t = trackedFor(e.composedPath());
    if (!t || t.box.field === 'email') return;
    const modEnter = (t.box as ComposeBox & { modEnterSubmits?: boolean }).modEnterSubmits;
    if (!isSubmitKey(e, t.box.enterSubmits, modEnter ?? true)) return;
    intercept(e, t, keyReplay(e));
  }

  function onSubmit(e: SubmitEvent): void {
    if (replaying || tracked.size === 0) return;
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    let t: Tracked | undefined;
    for (const c of tracked.values()) {
      if (c.box.field !== 'email' && form.contains(c.box.element)) {
        t = c;
        break;
      }
    }
    if (!t) return;
    const submitter = e.submitter;
    intercept(e, t, () => {
      if (!form.isConnected) return;
      if (submitter && form.contains(submitter)) form.requestSubmit(submitter);
      else form.requestSubmit();
    });
  }

  /** Pressing on a submit control (before its click): start the analysis now. */
  function onPointerDown(e: PointerEvent): void {
    if (!e.isTrusted || tracked.size === 0) return;
    let anyPending = false;
    for (const t of tracked.values()) if (t.debounced.pending) anyPending = true;
    if (!anyPending) return;
    const t = boxForSubmitClick(e.composedPath());
    if (t?.debounced.pending) analyzeNow(t);
  }

  function onInput(e: Event): void {
    if (tracked.size === 0 && adapters.length === 0) return;
    const t = trackedForEvent(e);
    if (!t) return;
    if (!t.used) use(t);
    t.debounced.schedule();
  }

  function onKeyUp(e: KeyboardEvent): void {
    // Editors that cancel beforeinput and edit the DOM themselves (Lexical, Draft.js in places) fire no
    // input event: keyup covers typing there.
    if (tracked.size === 0) return;
    const t = trackedFor(e.composedPath());
    if (t?.used && !t.debounced.pending && !t.inflight) t.debounced.schedule();
  }

  function onFocusIn(e: FocusEvent): void {
    if (adapters.length === 0 && tracked.size === 0) return;
    const t = trackedForEvent(e);
    if (t) use(t);
  }

  function onFocusOut(e: FocusEvent): void {
    if (tracked.size === 0) return;
    const t = trackedFor(e.composedPath());
    if (t?.debounced.pending) analyzeNow(t);
  }

  // ---- popup status --------------------------------------------------------------------------------

  function status(): TabStatus {
    const reports: AdapterReport[] = adapters.map((a) => {
      let markers: AdapterReport['markers'] = [];
      try {
        markers = markerHealth(a, document).map((m) => ({ name: m.name, role: m.role, matched: m.matched }));
      } catch (err) {
        reportError(`markerHealth:${a.id}`, err);
      }
      return { id: a.id, name: a.name, markers };
    });
    let boxes = 0;
    for (const el of tracked.keys()) if (el.isConnected) boxes++;
    return { active: true, adapters: reports, boxes, latest };
  }

  const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if ((msg as TabRequest | null)?.type !== 'status') return undefined;
    if (scanTimer !== null) {
      clearTimeout(scanTimer);
      scan();
    }
    sendResponse(status());
    return undefined;
  };

  // ---- errors --------------------------------------------------------------------------------------

  function reportError(where: string, err: unknown): void {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    toBackground({ type: 'record-error', where, message }).catch(() => {});
  }

  // ---- wiring --------------------------------------------------------------------------------------

  const capture = { capture: true } as const;
  ctx.addEventListener(window, 'click', onClick, capture);
  ctx.addEventListener(window, 'keydown', onKeyDown, capture);
  ctx.addEventListener(window, 'submit', onSubmit as (e: Event) => void, capture);
  ctx.addEventListener(window, 'pointerdown', onPointerDown, { capture: true, passive: true });
  ctx.addEventListener(window, 'input', onInput, { capture: true, passive: true });
  ctx.addEventListener(window, 'keyup', onKeyUp, { capture: true, passive: true });
  ctx.addEventListener(window, 'focusin', onFocusIn, { capture: true, passive: true });
  ctx.addEventListener(window, 'focusout', onFocusOut, { capture: true, passive: true });
  browser.runtime.onMessage.addListener(onMessage);

  const start = () => {
    pickAdapters();
    scan();
    observer = new MutationObserver(onMutations);
    observer.observe(document, { childList: true, subtree: true });
    // Boxes that render inside a shadow root after their host was attached are not seen by the observer:
    // one more look a second later (and any focus or input in an unknown editable rescans at once).
    ctx.setTimeout(scheduleScan, 1000);
    perf.mark?.('second-look:ready');
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else start();

  ctx.onInvalidated(() => {
    observer?.disconnect();
    if (scanTimer !== null) clearTimeout(scanTimer);
    for (const t of tracked.values()) t.debounced.cancel();
    tracked.clear();
    browser.runtime.onMessage.removeListener(onMessage);
    uiReady?.destroy();
  });
}
