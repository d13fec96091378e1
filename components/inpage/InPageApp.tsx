import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { localize, manitobaPack, type PolicyPack } from '../../lib/policy/index.ts';
import type { UiLang } from '../../lib/settings/schema.ts';
import { translator } from '../i18n.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import type { BoxView, DialogChoice, DialogRequest } from './contract.ts';
import { Indicator, indicatorLabel, placeIndicator } from './Indicator.tsx';

export interface InPageState {
  boxes: BoxView[];
  dialog: { req: DialogRequest; resolve(choice: DialogChoice): void } | null;
  lang: UiLang;
  supervisorEmail: string;
}

export interface InPageStore {
  get(): InPageState;
  set(patch: Partial<InPageState>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore(initial: InPageState): InPageStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const l of listeners) l();
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/** Re-render when the page scrolls or resizes or a watched box changes size (batched per frame). */
function useLayoutTick(anchors: readonly HTMLElement[]): number {
  const [tick, setTick] = useState(0);
  const frame = useRef(0);
  useEffect(() => {
    const schedule = () => {
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        setTick((n) => n + 1);
      });
    };
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    for (const a of anchors) ro?.observe(a);
    // The page's own layout changes (a sidebar opening) usually resize the body: follow that too.
    if (document.body) ro?.observe(document.body);
    return () => {
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      ro?.disconnect();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [anchors]);
  return tick;
}

function EmailWarning({ view, pack, lang }: { view: BoxView; pack: PolicyPack; lang: UiLang }) {
  const t = translator(lang);
  const r = view.anchor.getBoundingClientRect();
  if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.top > window.innerHeight) return null;
  const f = view.findings.find((x) => x.category === 'account-identity') ?? view.findings[0];
  if (!f) return null;
  let title = t('emailWarningTitle');
  try {
    title = localize(
      pack.categories.find((c) => c.id === f.category)?.title ?? { en: title, fr: title },
      lang,
    );
  } catch {
    // keep the generic title
  }
  return (
    <div
      className="sl-email-warning"
      role="status"
      data-testid="second-look-email-warning"
      style={{ top: Math.round(r.bottom + 4), left: Math.round(Math.max(4, r.left)) }}
    >
      <p>
        <strong>{title}</strong>
      </p>
      <p>{f.message}</p>
      <p>{f.suggestion}</p>
    </div>
  );
}

export function InPageApp({ store, pack = manitobaPack }: { store: InPageStore; pack?: PolicyPack }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { boxes, dialog, lang } = state;
  const t = translator(lang);
  const [openId, setOpenId] = useState<number | null>(null);
  const anchorKey = boxes.map((b) => b.id).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the anchors change only when the box ids do.
  const anchors = useMemo(() => boxes.map((b) => b.anchor), [anchorKey]);
  useLayoutTick(anchors);

  // One polite live region announces the state of the box being worked on.
  const [announce, setAnnounce] = useState('');
  const lastAnnounced = useRef('');
  useLayoutEffect(() => {
    const active = boxes.find((b) => b.field !== 'email' && b.status === 'done');
    const label = active ? indicatorLabel(active, t) : '';
    if (label && label !== lastAnnounced.current) {
      lastAnnounced.current = label;
      setAnnounce(label);
    }
  }, [boxes, t]);

  const vw = window.innerWidth;
  const vh = window.innerHeight;

  return (
    <div className="sl-root" lang={lang}>
      <div role="status" aria-live="polite" className="sl-sr-only" data-testid="second-look-status">
        {announce}
      </div>
      {boxes.map((view) => {
        if (view.field === 'email') {
          return view.findings.length > 0 ? (
            <EmailWarning key={view.id} view={view} pack={pack} lang={lang} />
          ) : null;
        }
        const place = placeIndicator(view.anchor.getBoundingClientRect(), vw, vh);
        if (!place) return null;
        return (
          <Indicator
            key={view.id}
            view={view}
            place={place}
            open={openId === view.id}
            onToggle={() => setOpenId((cur) => (cur === view.id ? null : view.id))}
            pack={pack}
            lang={lang}
            t={t}
          />
        );
      })}
      {dialog ? (
        <ConfirmDialog
          key={`${dialog.req.boxId}:${dialog.req.text.length}`}
          req={dialog.req}
          pack={pack}
          lang={lang}
          t={t}
          supervisorEmail={state.supervisorEmail}
          onChoose={(choice) => {
            store.set({ dialog: null });
            dialog.resolve(choice);
          }}
        />
      ) : null}
    </div>
  );
}
