/**
 * The options page: personal settings (stored in storage.local only), the administrator's locked values
 * shown read-only, a visible notice when settings or the managed policy were malformed, the sites enabled
 * beyond the built-in platforms, and the local log of analyzer errors.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { type MessageKey, translator } from '@/components/i18n';
import { ProblemsNotice } from '@/components/ProblemsNotice';
import { toBackground } from '@/lib/messaging';
import { categoryById, localize, manitobaPack } from '@/lib/policy';
import {
  CATEGORY_IDS,
  clearErrors,
  type EffectiveSettings,
  type ErrorEntry,
  FIELD_SCHEMAS,
  isLocked,
  LANGUAGES,
  type LockKey,
  loadEffectiveSettings,
  parseTermList,
  readErrors,
  resetPersonalSettings,
  resolveLang,
  SENSITIVITIES,
  type Settings,
  savePersonalSettings,
  watchSettings,
} from '@/lib/settings';
import {
  listEnabledSites,
  patternFromInput,
  patternHost,
  removeSite,
  requestSite,
} from '@/lib/settings/sites';

const SENSITIVITY_LABEL: Record<Settings['sensitivity'], MessageKey> = {
  strict: 'sensitivityStrict',
  balanced: 'sensitivityBalanced',
  relaxed: 'sensitivityRelaxed',
};
const LANGUAGE_LABEL: Record<Settings['language'], MessageKey> = {
  auto: 'languageAuto',
  en: 'languageEn',
  fr: 'languageFr',
};

interface Draft {
  sensitivity: Settings['sensitivity'];
  categories: Settings['categories'];
  customTerms: string;
  allowList: string;
  supervisorEmail: string;
  language: Settings['language'];
  learnedScorer: boolean;
}

function draftFrom(s: Settings): Draft {
  return {
    sensitivity: s.sensitivity,
    categories: { ...s.categories },
    customTerms: s.customTerms.join('\n'),
    allowList: s.allowList.join('\n'),
    supervisorEmail: s.supervisorEmail,
    language: s.language,
    learnedScorer: s.learnedScorer,
  };
}

export function Options() {
  const [eff, setEff] = useState<EffectiveSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saveState, setSaveState] = useState<'saved' | 'failed' | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [errors, setErrors] = useState<ErrorEntry[]>([]);
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState(false);
  const ids = useId();

  const load = useCallback(async () => {
    const [e, s, errs] = await Promise.all([
      loadEffectiveSettings(),
      listEnabledSites().catch(() => []),
      readErrors(),
    ]);
    setEff(e);
    setDraft(draftFrom(e.settings));
    setSites(s);
    setErrors(errs.slice().reverse());
  }, []);

  useEffect(() => {
    void load();
    // Reload when the administrator's policy arrives or changes (or settings change in another tab).
    return watchSettings(() => void load());
  }, [load]);

  const lang = resolveLang(eff?.settings.language ?? 'auto', browser.i18n?.getUILanguage?.());
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle');
  }, [lang, t]);

  if (!eff || !draft) return <main aria-busy="true" />;

  const locked = (key: LockKey) => isLocked(eff, key);
  const emailValid = FIELD_SCHEMAS.supervisorEmail.safeParse(draft.supervisorEmail.trim()).success;
  const update = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSaveState(null);
  };

  const save = async () => {
    if (!emailValid) return;
    try {
      const next = await savePersonalSettings({
        sensitivity: draft.sensitivity,
        categories: draft.categories,
        customTerms: parseTermList(draft.customTerms),
        allowList: parseTermList(draft.allowList),
        supervisorEmail: draft.supervisorEmail.trim(),
        language: draft.language,
        learnedScorer: draft.learnedScorer,
      });
      setEff(next);
      setDraft(draftFrom(next.settings));
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  };

  const reset = async () => {
    await resetPersonalSettings();
    await load();
    setSaveState('saved');
  };

  const addSite = () => {
    const pattern = patternFromInput(siteInput);
    if (!pattern) {
      setSiteError(true);
      return;
    }
    setSiteError(false);
    requestSite(pattern).then(async (granted) => {
      if (granted) {
        await toBackground({ type: 'sites-changed' });
        setSiteInput('');
        setSites(await listEnabledSites());
      }
    });
  };

  const dropSite = async (pattern: string) => {
    await removeSite(pattern);
    await toBackground({ type: 'sites-changed' });
    setSites(await listEnabledSites());
  };

  const lockNote = (k: LockKey) => (locked(k) ? <span className="locked">{t('lockedNote')}</span> : null);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p className="muted">{t('privacy')}</p>
      <ProblemsNotice problems={eff.problems} t={t} />
      {eff.locked.length > 0 ? <p className="muted">{t('managedNote')}</p> : null}

      <fieldset disabled={locked('sensitivity')}>
        <legend>{t('fieldSensitivity')}</legend>
        {lockNote('sensitivity')}
        {SENSITIVITIES.map((s) => (
          <label key={s} className="choice">
            <input
              type="radio"
              name="sensitivity"
              value={s}
              checked={draft.sensitivity === s}
              onChange={() => update({ sensitivity: s })}
            />
            {t(SENSITIVITY_LABEL[s])}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={locked('learnedScorer')}>
        <legend>{t('fieldLearned')}</legend>
        {lockNote('learnedScorer')}
        <label className="choice">
          <input
            type="checkbox"
            name="learnedScorer"
            checked={draft.learnedScorer}
            onChange={(e) => update({ learnedScorer: e.currentTarget.checked })}
          />
          {t('learnedScorer')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('fieldCategories')}</legend>
        {CATEGORY_IDS.map((id) => (
          <label key={id} className="choice">
            <input
              type="checkbox"
              name={`category-${id}`}
              checked={draft.categories[id]}
              disabled={locked(`categories.${id}`)}
              onChange={(e) => update({ categories: { ...draft.categories, [id]: e.currentTarget.checked } })}
            />
            {localize(categoryById(manitobaPack, id).title, lang)} {lockNote(`categories.${id}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('fieldCustomTerms')}</legend>
        <label className="sl-sr-only" htmlFor={`${ids}-terms`}>
          {t('fieldCustomTerms')}
        </label>
        {lockNote('customTerms')}
        <p className="muted" id={`${ids}-terms-help`}>
          {t('helpCustomTerms')}
        </p>
        <textarea
          id={`${ids}-terms`}
          aria-describedby={`${ids}-terms-help`}
          value={draft.customTerms}
          disabled={locked('customTerms')}
          onChange={(e) => update({ customTerms: e.currentTarget.value })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('fieldAllowList')}</legend>
        <label className="sl-sr-only" htmlFor={`${ids}-allow`}>
          {t('fieldAllowList')}
        </label>
        {lockNote('allowList')}
        <p className="muted" id={`${ids}-allow-help`}>
          {t('helpAllowList')}
        </p>
        <textarea
          id={`${ids}-allow`}
          aria-describedby={`${ids}-allow-help`}
          value={draft.allowList}
          disabled={locked('allowList')}
          onChange={(e) => update({ allowList: e.currentTarget.value })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('fieldSupervisorEmail')}</legend>
        <label className="sl-sr-only" htmlFor={`${ids}-email`}>
          {t('fieldSupervisorEmail')}
        </label>
        {lockNote('supervisorEmail')}
        <p className="muted" id={`${ids}-email-help`}>
          {t('helpSupervisorEmail')}
        </p>
        <input
          id={`${ids}-email`}
          type="email"
          autoComplete="off"
          aria-describedby={`${ids}-email-help`}
          aria-invalid={!emailValid}
          value={draft.supervisorEmail}
          disabled={locked('supervisorEmail')}
          onChange={(e) => update({ supervisorEmail: e.currentTarget.value })}
        />
        {emailValid ? null : (
          <p className="error" role="alert">
            {t('invalidEmail')}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('fieldLanguage')}</legend>
        <label className="sl-sr-only" htmlFor={`${ids}-lang`}>
          {t('fieldLanguage')}
        </label>
        {lockNote('language')}
        <select
          id={`${ids}-lang`}
          value={draft.language}
          disabled={locked('language')}
          onChange={(e) => update({ language: e.currentTarget.value as Settings['language'] })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(LANGUAGE_LABEL[l])}
            </option>
          ))}
        </select>
      </fieldset>

      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={!emailValid}>
          {t('save')}
        </button>
        <button type="button" onClick={() => void reset()}>
          {t('resetDefaults')}
        </button>
        <span role="status" data-testid="save-status">
          {saveState === 'saved' ? t('saved') : saveState === 'failed' ? t('saveFailed') : ''}
        </span>
      </div>

      <section aria-labelledby={`${ids}-sites-title`}>
        <h2 id={`${ids}-sites-title`}>{t('fieldSites')}</h2>
        <p className="muted">{t('helpSites')}</p>
        {sites.length === 0 ? (
          <p className="muted">{t('sitesNone')}</p>
        ) : (
          <ul className="sites" data-testid="sites">
            {sites.map((s) => (
              <li key={s}>
                <span>{patternHost(s)}</span>
                <button type="button" onClick={() => void dropSite(s)}>
                  {t('removeSite', { site: patternHost(s) })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="add-site">
          <div>
            <label className="block" htmlFor={`${ids}-site`}>
              {t('addSiteLabel')}
            </label>
            <input
              id={`${ids}-site`}
              type="url"
              placeholder="https://mastodon.social"
              value={siteInput}
              aria-invalid={siteError}
              onChange={(e) => setSiteInput(e.currentTarget.value)}
            />
          </div>
          <button type="button" onClick={addSite}>
            {t('addSite')}
          </button>
        </div>
        {siteError ? (
          <p className="error" role="alert">
            {t('addSiteInvalid')}
          </p>
        ) : null}
      </section>

      <section aria-labelledby={`${ids}-errors-title`} className="errors">
        <h2 id={`${ids}-errors-title`}>{t('errorsTitle')}</h2>
        <p className="muted">{t('errorsHelp')}</p>
        {errors.length === 0 ? (
          <p>{t('errorsNone')}</p>
        ) : (
          <>
            <ul data-testid="error-log">
              {errors.map((e) => (
                <li key={`${e.time}-${e.where}-${e.message}`}>
                  <time dateTime={new Date(e.time).toISOString()}>
                    {new Date(e.time).toLocaleString(lang)}
                  </time>{' '}
                  {e.where}: {e.message}
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() => {
                void clearErrors().then(() => setErrors([]));
              }}
            >
              {t('clearErrors')}
            </button>
          </>
        )}
      </section>
    </main>
  );
}
