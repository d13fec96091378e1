/**
 * The toolbar popup: what Second Look sees on the current tab (selector health, the latest warnings
 * explained), an offer to enable the current site (Mastodon on any server, or the generic adapter), and
 * the policy quick reference with the contacts.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { FindingList } from '@/components/FindingList';
import { translator } from '@/components/i18n';
import { Contacts, PolicyReference } from '@/components/PolicyReference';
import { ProblemsNotice } from '@/components/ProblemsNotice';
import { type TabStatus, toBackground } from '@/lib/messaging';
import { ADAPTERS } from '@/lib/platforms';
import { manitobaPack } from '@/lib/policy';
import { type EffectiveSettings, loadEffectiveSettings, resolveLang, watchSettings } from '@/lib/settings';
import { originPattern, patternHost, requestSite } from '@/lib/settings/sites';

interface TabInfo {
  id: number;
  url: string | undefined;
}

async function currentTab(): Promise<TabInfo | null> {
  // ?tab=<id> opens the popup page in a tab for a given tab (browser tests). Without the activeTab grant
  // that a click on the toolbar button gives, the tab's address is hidden from us: `&url=` supplies it.
  const params = new URLSearchParams(location.search);
  const param = params.get('tab');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url ?? params.get('url') ?? undefined };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

async function tabStatus(tabId: number): Promise<TabStatus | null> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, { type: 'status' })) as TabStatus | undefined;
    return res?.active ? res : null;
  } catch {
    return null;
  }
}

/** Page markers of host-independent adapters (Mastodon), to recognise the platform before enabling. */
const PAGE_PROBES = ADAPTERS.filter((a) => a.recognise && a.matches.length === 0).map((a) => ({
  name: a.name,
  selectors: a.markers.filter((m) => m.role === 'page').map((m) => m.selector),
}));

async function probePlatform(tabId: number): Promise<string | null> {
  const probes = PAGE_PROBES.filter((p) => p.selectors.length > 0);
  if (probes.length === 0) return null;
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId },
      func: (list: { name: string; selectors: string[] }[]) => {
        for (const p of list) {
          for (const s of p.selectors) {
            try {
              if (document.querySelector(s)) return p.name;
            } catch {
              // invalid selector: ignore
            }
          }
        }
        return null;
      },
      args: [probes],
    });
    return (res?.result as string | null | undefined) ?? null;
  } catch {
    // No access to the page yet (no activeTab grant): we simply cannot tell.
    return null;
  }
}

export function Popup() {
  const [eff, setEff] = useState<EffectiveSettings | null>(null);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [status, setStatus] = useState<TabStatus | null | undefined>(undefined);
  const [platform, setPlatform] = useState<string | null>(null);
  const [enableMsg, setEnableMsg] = useState<'denied' | 'enabled' | 'error' | null>(null);

  const lang = resolveLang(eff?.settings.language ?? 'auto', browser.i18n?.getUILanguage?.());
  const t = translator(lang);

  const refresh = useCallback(async () => {
    const [e, tb] = await Promise.all([loadEffectiveSettings(), currentTab()]);
    setEff(e);
    setTab(tb);
    if (!tb) {
      setStatus(null);
      return;
    }
    const st = await tabStatus(tb.id);
    setStatus(st);
    if (!st) setPlatform(await probePlatform(tb.id));
  }, []);

  useEffect(() => {
    void refresh();
    return watchSettings(() => void loadEffectiveSettings().then(setEff));
  }, [refresh]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appName');
  }, [lang, t]);

  const pattern = tab?.url ? originPattern(tab.url) : null;

  const enable = () => {
    if (!pattern || !tab) return;
    // permissions.request must be the first thing the click does (browsers require the gesture).
    requestSite(pattern).then(
      async (granted) => {
        if (!granted) {
          setEnableMsg('denied');
          return;
        }
        // The background registers the content script and injects it into this tab (permissions.onAdded).
        const res = await toBackground({ type: 'sites-changed' });
        setEnableMsg(res.ok ? 'enabled' : 'error');
        // Give the injected content script a moment to find the boxes, then show its status.
        setTimeout(() => void refresh(), 400);
      },
      () => setEnableMsg('error'),
    );
  };

  return (
    <main>
      <h1>{t('appName')}</h1>
      {eff ? <ProblemsNotice problems={eff.problems} t={t} /> : null}
      {eff && eff.locked.length > 0 ? <p className="muted">{t('managedNote')}</p> : null}
      <StatusBox
        status={status}
        url={tab?.url}
        pattern={pattern}
        platform={platform}
        enableMsg={enableMsg}
        onEnable={enable}
        t={t}
      />
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t('latestTitle')}</h2>
        {status?.latest && status.latest.findings.length > 0 ? (
          <FindingList
            findings={status.latest.findings}
            pack={manitobaPack}
            lang={lang}
            t={t}
            headingLevel={3}
          />
        ) : (
          <p className="muted">{t('latestNone')}</p>
        )}
      </section>
      <Contacts pack={manitobaPack} lang={lang} t={t} />
      <PolicyReference pack={manitobaPack} lang={lang} t={t} />
      <div className="footer">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
    </main>
  );
}

function StatusBox(props: {
  status: TabStatus | null | undefined;
  url: string | undefined;
  pattern: string | null;
  platform: string | null;
  enableMsg: 'denied' | 'enabled' | 'error' | null;
  onEnable(): void;
  t: ReturnType<typeof translator>;
}) {
  const { status, pattern, platform, enableMsg, onEnable, t } = props;
  if (status === undefined) return <div className="status" aria-busy="true" />;
  if (status) {
    const names = status.adapters.map((a) => a.name).join(', ');
    const watching =
      status.boxes === 1 ? t('statusWatchingOne') : t('statusWatchingMany', { n: status.boxes });
    return (
      <section className="status" aria-label={t('appName')} data-testid="tab-status">
        <strong data-testid="status-line">{status.boxes > 0 ? watching : t('statusNotRecognised')}</strong>
        {names ? <span className="muted">{t('platformLabel', { name: names })}</span> : null}
        {status.adapters.map((a) => (
          <details key={a.id} open={status.boxes === 0}>
            <summary>{`${t('markersTitle')}: ${a.name}`}</summary>
            <ul className="markers" data-testid="markers">
              {a.markers.map((m) => (
                <li key={`${m.role}:${m.name}`} data-matched={String(m.matched)} data-marker={m.name}>
                  {m.name} ({m.role}):{' '}
                  <span className="state">{m.matched ? t('markerFound') : t('markerMissing')}</span>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    );
  }
  return (
    <section className="status" aria-label={t('appName')} data-testid="tab-status">
      <strong data-testid="status-line">{pattern ? t('statusInactive') : t('statusNoPage')}</strong>
      {pattern ? (
        <div className="enable">
          {platform ? <p>{t('platformDetected', { name: platform })}</p> : null}
          <p className="muted">{t('enableExplain')}</p>
          <button type="button" className="primary" onClick={onEnable} data-testid="enable-site">
            {t('enableSite', { host: patternHost(pattern) })}
          </button>
          {enableMsg === 'denied' ? <p role="status">{t('enableDenied')}</p> : null}
          {enableMsg === 'enabled' ? <p role="status">{t('enabledReload')}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
