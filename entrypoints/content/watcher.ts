/**
 * The compose watcher (/watcher.js). The content script (loader.ts) loads it with import() the first time
 * an editable element gets the focus and forwards its capture-phase window listeners (click, keydown,
 * submit, pointerdown, input, focusin, focusout) here. No React, no analyzer here.
 *
 * - Boxes: the adapters for this page find them now, then one MutationObserver (document and the open
 *   shadow roots that hold boxes) follows the DOM: nodes added or removed elsewhere schedule a throttled
 *   rescan in idle time (late boxes, several boxes, single-page navigation); a change inside a known box
 *   is typing.
 * - When a box is first used (focus or input): the UI bundle (/ui.js: React in a shadow root) is loaded
 *   with import() and the background is asked to load the analyzer.
 * - While typing: ANALYZE_DEBOUNCE_MS after the last change the box's text is read and sent to the
 *   background's analyzer over one port (nothing else per keystroke); the indicator is redrawn only when
 *   what it shows changes.
 * - At submit (button click, Ctrl/Cmd+Enter, Enter where the site posts on Enter, form submit): see
 *   decide.ts. A held submit is replayed once, exactly as it came, when the person chooses "Post anyway"
 *   (or when the late check finds nothing). The acknowledged text (a hash of it and the box) then passes
 *   without a second dialog, in case the site ignored the replayed event.
 *
 * Privacy: drafts are never stored. The latest findings of the tab, for the popup, are kept in this
 * script's memory only, reduced to the matched words, messages and clause ids (`latest`); they go when
 * the tab does.
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
  AnalyzeChannel,
  type LatestWarnings,
  summarise,
  type TabStatus,
  toBackground,
} from '@/lib/messaging';
import { adaptersFor, markerHealth } from '@/lib/platforms';
import type { ComposeBox, PlatformAdapter } from '@/lib/platforms/types';
import { restoreCaret, type SavedCaret, saveCaret } from './caret';
import { type Debounced, debounce } from './debounce';
import {
  ANALYZE_DEBOUNCE_MS,
  ackKey,
  type BoxStatus,
  decideAfterWait,
  decideSubmit,
  isSubmitKey,
  SUBMIT_WAIT_MS,
} from './decide';

/** DOM changes outside known boxes trigger at most one rescan per this interval. */
const RESCAN_THROTTLE_MS = 200;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
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

/** What the loader (loader.ts) calls: its capture listeners forward each event here. */
export interface WatcherApi {
  onClick(e: MouseEvent): void;
  onKeyDown(e: KeyboardEvent): void;
  onKeyUp(e: KeyboardEvent): void;
  onSubmit(e: SubmitEvent): void;
  onPointerDown(e: PointerEvent): void;
  onInput(e: Event): void;
  onFocusIn(e: FocusEvent): void;
  onFocusOut(e: FocusEvent): void;
  status(): TabStatus;
}

export type WatcherFactory = (ctx: ContentScriptContext) => WatcherApi;
export const WATCHER_HOOK = '__secondLookWatcher_v1';

export function startWatcher(ctx: ContentScriptContext): WatcherApi {
  const perf: Perf = globalThis.performance ?? {};
  perf.mark?.('second-look:start');
  let adapters: PlatformAdapter[] = [];
  const tracked = new Map<HTMLElement, Tracked>();
  let nextId = 1;
  let observer: MutationObserver | null = null;
  let scanTimer: ReturnType<typeof setTimeout> | null = null;
  let scanIdle: number | null = null;
  let lastScan = 0;
  /** The first scan ran (after load, in idle time). */
  let started = false;
  /** Editables found not to be boxes, and when: an unknown editable triggers a scan at most once a second. */
  const checkedAt = new WeakMap<EventTarget, number>();
  let replaying = false;
  let holding = false;
  let latest: LatestWarnings | null = null;
  let ui: Promise<UiApi> | null = null;
  let uiReady: UiApi | null = null;
  let warmed = false;
  const channel = new AnalyzeChannel();

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
    started = true;
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
        if (uiReady?.host.shadowRoot?.contains(box.element)) continue;
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
        observeRootOf(box.element);
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
    if (scanTimer !== null || !started) return;
    const wait = Math.max(0, RESCAN_THROTTLE_MS - (performance.now() - lastScan));
    // Throttled, then in idle time: a rescan never competes with the page's own work.
    scanTimer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') {
        scanIdle = requestIdleCallback(
          () => {
            scanIdle = null;
            scan();
          },
          { timeout: 500 },
        );
      } else scan();
    }, wait);
  }

  /** Run a pending (or a fresh) scan now, e.g. before answering the popup. */
  function scanNow(): void {
    if (scanTimer !== null) clearTimeout(scanTimer);
    if (scanIdle !== null) cancelIdleCallback(scanIdle);
    scanIdle = null;
    scan();
  }

  /**
   * One observer for the document (and for each open shadow root that holds a box). A change inside a
   * known box is typing: it restarts that box's debounce (this covers editors that cancel beforeinput and
   * edit the DOM themselves, which fire no input event). Nodes added or removed elsewhere schedule a
   * throttled rescan (late boxes, single-page navigation).
   */
  function onMutations(records: MutationRecord[]): void {
    let rescan = false;
    let last: Tracked | undefined;
    for (const r of records) {
      const t = last?.box.element.contains(r.target) ? last : boxContaining(r.target);
      if (t) {
        last = t;
        if (t.used && t !== lastScheduled) {
          t.debounced.schedule();
          lastScheduled = t;
        }
        continue;
      }
      if (!rescan && r.type === 'childList' && (r.addedNodes.length > 0 || r.removedNodes.length > 0))
        rescan = true;
    }
    lastScheduled = undefined;
    if (rescan) scheduleScan();
  }
  let lastScheduled: Tracked | undefined;

  function boxContaining(node: Node): Tracked | undefined {
    if (tracked.size === 0) return undefined;
    for (const [el, t] of tracked) if (el === node || el.contains(node)) return t;
    return undefined;
  }

  const observedRoots = new WeakSet<Node>();
  /** Boxes inside open shadow roots: the document's observer does not see in there. */
  function observeRootOf(el: HTMLElement): void {
    const root = el.getRootNode();
    if (!observer || root === document || observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, OBSERVE);
  }

  function isFocused(el: HTMLElement): boolean {
    const root = el.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    return active !== null && (active === el || el.contains(active));
  }

  /** The event happened in our own UI (dialog, indicator): never a submit, never a box. */
  function inOwnUi(path: EventTarget[]): boolean {
    return uiReady !== null && path.includes(uiReady.host);
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
    const target = path[0];
    if (!t && target && isEditable(target)) {
      const now = performance.now();
      if (now - (checkedAt.get(target) ?? -Infinity) < 1000) return undefined;
      checkedAt.set(target, now);
      scanNow();
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
    const done = channel
      .analyze(text, t.box.field)
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
  let lastSignature = '';
  /** What the UI shows for a box; when it is unchanged (typing on in a clean draft) the UI is not touched. */
  function signature(t: Tracked): string {
    let sig = `${t.id}:${t.status === 'error' ? 'e' : t.findings.length === 0 && t.status !== 'done' ? 'p' : 'd'}`;
    for (const f of t.findings) sig += `|${f.severity}${f.category}${f.start}-${f.end}${f.rule}`;
    return sig;
  }
  function render(): void {
    if (!uiReady || renderQueued) return;
    renderQueued = true;
    queueMicrotask(() => {
      renderQueued = false;
      if (!uiReady) return;
      const views = [];
      let sig = '';
      for (const t of tracked.values()) {
        if (!t.used || !t.box.element.isConnected) continue;
        sig += `${signature(t)}\n`;
        views.push({
          id: t.id,
          anchor: t.box.element,
          field: t.box.field,
          status: t.status,
          findings: t.findings,
          text: t.analyzedText ?? '',
        });
      }
      if (sig === lastSignature) return;
      lastSignature = sig;
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
   * Called from the capture listeners with a trusted submit gesture that posts `boxes` (usually one; a
   * profile form or a post with a content warning submits several). Passes synchronously (no
   * preventDefault, zero latency) unless the current text of one of them needs the dialog or a short wait.
   */
  function intercept(e: Event, boxes: Tracked[], replay: () => void): void {
    if (holding) {
      // A dialog (or the short wait) is already holding a submit: swallow repeats, never post twice.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const decisions = boxes.map((t) => decideSubmit(stateFor(t, readText(t))));
    if (decisions.every((d) => d === 'pass')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    holding = true;
    const carets = new Map(boxes.map((t) => [t, saveCaret(t.box.element)] as const));
    const waiting = boxes.filter((_, i) => decisions[i] === 'wait');
    resolveHeld(boxes, waiting, carets, replay)
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
    boxes: Tracked[],
    waiting: Tracked[],
    carets: Map<Tracked, SavedCaret>,
    replay: () => void,
  ): Promise<void> {
    if (waiting.length > 0) {
      const waitStart = performance.now();
      await withTimeout(Promise.all(waiting.map(analyzeNow)), SUBMIT_WAIT_MS);
      perf.mark?.(`second-look:waited:${Math.round(performance.now() - waitStart)}`);
    }
    // Decide on the text as it is now; a check still missing lets the post go (fail open).
    const texts = new Map(boxes.map((t) => [t, readText(t)] as const));
    const held = boxes.filter((t) => decideAfterWait(stateFor(t, texts.get(t) ?? '')) === 'confirm');
    if (held.length === 0) {
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
    const first = held[0] as Tracked;
    const choice = await api.confirm({
      boxId: first.id,
      findings: held.flatMap((t) => t.findings),
      text: texts.get(first) ?? '',
      site: first.adapter.name,
    });
    restoreCaret(first.box.element, carets.get(first) ?? null);
    if (choice === 'post') {
      // Same box, same text: these pass, now (replay) and on the person's next Post if the site ignored
      // the replayed event.
      for (const t of held) t.ack = ackKey(t.id, texts.get(t) ?? '');
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

  /** Replays a held key press on its target: the same key, modifiers and location, once. */
  function keyReplay(e: KeyboardEvent, types: ('keydown' | 'keyup')[] = ['keydown']): () => void {
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
      for (const type of types) if (target.isConnected) target.dispatchEvent(new KeyboardEvent(type, init));
    };
  }

  /** The tracked boxes whose submit control is on this event's path. */
  function boxesForSubmitClick(path: EventTarget[]): Tracked[] {
    const out: Tracked[] = [];
    if (tracked.size === 0) return out;
    for (const t of tracked.values()) {
      if (t.box.field === 'email' || !t.box.element.isConnected) continue;
      let controls: HTMLElement[] = [];
      try {
        controls = t.adapter.findSubmit(t.box);
      } catch (err) {
        reportError(`findSubmit:${t.adapter.id}`, err);
      }
      if (controls.some((c) => path.includes(c))) out.push(t);
    }
    return out;
  }

  function onClick(e: MouseEvent): void {
    if (!e.isTrusted || replaying || tracked.size === 0) return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const boxes = boxesForSubmitClick(path);
    if (boxes.length === 0) return;
    intercept(e, boxes, clickReplay(e, boxes[0] as Tracked));
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted || replaying || tracked.size === 0) return;
    if (e.key === 'Control' || e.key === 'Meta') {
      // Ctrl/Cmd usually comes just before Enter: start the analysis now, so the submit finds it ready.
      const t = trackedFor(e.composedPath());
      if (t?.debounced.pending) analyzeNow(t);
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const target = path[0];
    if (!isEditable(target)) {
      onControlKey(e, path);
      return;
    }
    if (e.key !== 'Enter') return;
    const t = trackedFor(path);
    if (!t || t.box.field === 'email') return;
    if (!isSubmitKey(e, t.box.enterSubmits, t.box.modEnterSubmits ?? true)) return;
    intercept(e, [t], keyReplay(e));
  }

  /** The trusted keyup that ends a held key press on a site's control (swallowed: some sites act on it). */
  let heldKeyUp: { key: string; target: EventTarget } | null = null;

  /**
   * Enter or Space on a site's own submit control, reached with the keyboard. A native button turns the key
   * into a click (held by onClick), as Enter does on a link; a `div role="button"` (Facebook, Instagram,
   * Threads, TikTok) acts on the key itself, on keydown or on keyup, so both are held and replayed.
   */
  function onControlKey(e: KeyboardEvent, path: EventTarget[]): void {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const target = path[0];
    if (!(target instanceof Element)) return;
    if (target instanceof HTMLButtonElement || target instanceof HTMLInputElement) return;
    if (e.key === 'Enter' && target instanceof HTMLAnchorElement && target.hasAttribute('href')) return;
    // only a control takes the key (Space on the page body scrolls): no lookup for every other key press
    if (target.getAttribute('role') !== 'button' && !target.hasAttribute('tabindex')) return;
    const boxes = boxesForSubmitClick(path);
    if (boxes.length === 0) return;
    intercept(e, boxes, keyReplay(e, ['keydown', 'keyup']));
    if (e.defaultPrevented) heldKeyUp = { key: e.key, target };
  }

  function onKeyUp(e: KeyboardEvent): void {
    if (!heldKeyUp || !e.isTrusted || e.key !== heldKeyUp.key) return;
    heldKeyUp = null;
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function onSubmit(e: SubmitEvent): void {
    if (replaying || tracked.size === 0) return;
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    const boxes = [...tracked.values()].filter(
      (c) => c.box.field !== 'email' && form.contains(c.box.element),
    );
    if (boxes.length === 0) return;
    const submitter = e.submitter;
    intercept(e, boxes, () => {
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
    for (const t of boxesForSubmitClick(e.composedPath())) if (t.debounced.pending) analyzeNow(t);
  }

  function onInput(e: Event): void {
    const t = trackedForEvent(e);
    if (!t) return;
    if (!t.used) use(t);
    t.debounced.schedule();
  }

  function onFocusIn(e: FocusEvent): void {
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

  // ---- errors --------------------------------------------------------------------------------------

  function reportError(where: string, err: unknown): void {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    toBackground({ type: 'record-error', where, message }).catch(() => {});
  }

  // ---- start ---------------------------------------------------------------------------------------

  // The watcher is loaded by the content script the first time an editable element gets the focus (see
  // loader.ts), so the page has normally loaded: look for boxes now, then follow the DOM.
  pickAdapters();
  scan();
  observer = new MutationObserver(onMutations);
  observer.observe(document, OBSERVE);
  for (const el of tracked.keys()) observeRootOf(el);
  // Boxes that render inside a shadow root after their host was attached are not seen by the observer:
  // one more look a second later (and any focus or input in an unknown editable rescans at once).
  ctx.setTimeout(scheduleScan, 1000);
  if (document.readyState !== 'complete') window.addEventListener('load', scheduleScan, { once: true });
  perf.mark?.('second-look:ready');

  ctx.onInvalidated(() => {
    observer?.disconnect();
    if (scanTimer !== null) clearTimeout(scanTimer);
    if (scanIdle !== null) cancelIdleCallback(scanIdle);
    for (const t of tracked.values()) t.debounced.cancel();
    tracked.clear();
    channel.close();
    uiReady?.destroy();
  });

  return {
    onClick,
    onKeyDown,
    onKeyUp,
    onSubmit,
    onPointerDown,
    onInput,
    onFocusIn,
    onFocusOut,
    status() {
      scanNow();
      return status();
    },
  };
}
