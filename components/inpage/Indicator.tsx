import { useId } from 'react';
import type { PolicyPack } from '../../lib/policy/index.ts';
import type { UiLang } from '../../lib/settings/schema.ts';
import { FindingList } from '../FindingList.tsx';
import type { Translate } from '../i18n.ts';
import type { BoxView } from './contract.ts';

export type IndicatorState = 'pending' | 'clean' | 'warning' | 'info' | 'error';

export function indicatorState(view: Pick<BoxView, 'status' | 'findings'>): IndicatorState {
  if (view.status === 'error') return 'error';
  if (view.status === 'pending' || view.status === 'idle') {
    // While re-checking, keep showing the previous result (no flicker on every keystroke).
    if (view.findings.length === 0) return view.status === 'idle' ? 'clean' : 'pending';
  }
  if (view.findings.some((f) => f.severity === 'warning')) return 'warning';
  if (view.findings.length > 0) return 'info';
  return 'clean';
}

export function indicatorLabel(view: Pick<BoxView, 'status' | 'findings'>, t: Translate): string {
  const state = indicatorState(view);
  const warnings = view.findings.filter((f) => f.severity === 'warning').length;
  switch (state) {
    case 'pending':
      return t('indicatorChecking');
    case 'error':
      return t('indicatorError');
    case 'warning':
      return warnings === 1 ? t('indicatorFoundOne') : t('indicatorFoundMany', { n: warnings });
    case 'info':
      return t('indicatorInfoOnly', { n: view.findings.length });
    default:
      return t('indicatorClean');
  }
}

const GLYPH: Record<IndicatorState, string> = {
  pending: '…',
  clean: '✓',
  warning: '!',
  info: 'i',
  error: '?',
};

export interface Placement {
  top: number;
  left: number;
}

interface Props {
  view: BoxView;
  place: Placement;
  open: boolean;
  onToggle(): void;
  pack: PolicyPack;
  lang: UiLang;
  t: Translate;
}

const SIZE = 26;
const PANEL_W = 340;

/**
 * The small indicator over the box's corner. It never takes focus from the editor (mousedown is
 * cancelled), so clicking it leaves the caret where it was; keyboard users can still Tab to it.
 */
export function Indicator({ view, place, open, onToggle, pack, lang, t }: Props) {
  const panelId = useId();
  const state = indicatorState(view);
  const label = indicatorLabel(view, t);
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const panelLeft = Math.max(8, Math.min(place.left + SIZE - PANEL_W, vw - PANEL_W - 8));
  const above = place.top > vh / 2;
  const panelStyle = above
    ? { left: panelLeft, bottom: Math.max(8, vh - place.top + 6) }
    : { left: panelLeft, top: place.top + SIZE + 6 };
  return (
    <>
      <button
        type="button"
        className="sl-indicator"
        data-state={state}
        data-status={view.status}
        data-box-id={view.id}
        data-testid="second-look-indicator"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        style={{ top: place.top, left: place.left }}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onToggle}
      >
        <span aria-hidden="true">{GLYPH[state]}</span>
      </button>
      {open ? (
        <section
          id={panelId}
          className="sl-panel"
          aria-label={t('appName')}
          style={panelStyle}
          data-testid="second-look-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') onToggle();
          }}
        >
          <div className="sl-panel-head">
            <h2>{t('appName')}</h2>
            <button
              type="button"
              className="sl-btn sl-close"
              onMouseDown={(e) => e.preventDefault()}
              onClick={onToggle}
            >
              {t('close')}
            </button>
          </div>
          {state === 'error' ? (
            <p>{t('panelError')}</p>
          ) : view.findings.length > 0 ? (
            <FindingList findings={view.findings} text={view.text} pack={pack} lang={lang} t={t} />
          ) : (
            <p>{t('panelNothing')}</p>
          )}
          <p className="sl-note">{t('youDecide')}</p>
        </section>
      ) : null}
    </>
  );
}

/** Where the indicator goes: inside the box's bottom-right corner, kept on screen. Null when hidden. */
export function placeIndicator(r: DOMRectReadOnly, vw: number, vh: number): Placement | null {
  if (r.width < 2 || r.height < 2) return null;
  if (r.bottom < 0 || r.top > vh || r.right < 0 || r.left > vw) return null;
  const inset = r.height >= SIZE + 8 ? 4 : 0;
  let top = r.bottom - SIZE - inset;
  if (r.height < SIZE + 8) top = r.top + (r.height - SIZE) / 2;
  top = Math.min(top, vh - SIZE - 4);
  top = Math.max(top, Math.max(r.top, 4));
  let left = r.right - SIZE - 4;
  left = Math.max(4, Math.min(left, vw - SIZE - 4));
  return { top: Math.round(top), left: Math.round(left) };
}
