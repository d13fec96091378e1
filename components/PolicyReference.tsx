import {
  type Clause,
  contactById,
  localize,
  type PolicyPack,
  SECTION_TITLES,
  SECTIONS,
} from '../lib/policy/index.ts';
import type { UiLang } from '../lib/settings/schema.ts';
import type { Translate } from './i18n.ts';

/** The policy's clauses grouped by section, each opening to the policy's own words. */
export function PolicyReference({ pack, lang, t }: { pack: PolicyPack; lang: UiLang; t: Translate }) {
  const bySection = new Map<string, Clause[]>();
  for (const c of pack.clauses) {
    const list = bySection.get(c.section) ?? [];
    list.push(c);
    bySection.set(c.section, list);
  }
  return (
    <section aria-labelledby="ref-title" className="reference">
      <h2 id="ref-title">{t('referenceTitle')}</h2>
      <p className="muted">{t('referenceSource')}</p>
      {SECTIONS.filter((s) => bySection.has(s)).map((section) => (
        <section key={section} className="ref-section" aria-label={localize(SECTION_TITLES[section], lang)}>
          <h3>{localize(SECTION_TITLES[section], lang)}</h3>
          {(bySection.get(section) ?? []).map((c) => (
            <details key={c.id} data-clause={c.id}>
              <summary>{localize(c.title, lang)}</summary>
              <blockquote lang="en">{c.quote}</blockquote>
            </details>
          ))}
        </section>
      ))}
    </section>
  );
}

/** PSC (phone, toll-free, TTY, e-mail) and the Communications and Engagement Division for media. */
export function Contacts({ pack, lang, t }: { pack: PolicyPack; lang: UiLang; t: Translate }) {
  const items = pack.contacts;
  let mediaContact: string | null = null;
  try {
    mediaContact = localize(contactById(pack, 'ced').name, lang);
  } catch {
    mediaContact = null;
  }
  return (
    <section aria-labelledby="contacts-title" className="contacts">
      <h2 id="contacts-title">{t('contactsTitle')}</h2>
      {items.map((c) => (
        <div key={c.id} className="contact" data-contact={c.id}>
          <h3>{localize(c.name, lang)}</h3>
          <dl>
            {c.phone ? (
              <>
                <dt>{t('phone')}</dt>
                <dd>
                  <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
                </dd>
              </>
            ) : null}
            {c.tollFree ? (
              <>
                <dt>{t('tollFree')}</dt>
                <dd>{c.tollFree}</dd>
              </>
            ) : null}
            {c.tty ? (
              <>
                <dt>{t('tty')}</dt>
                <dd>{c.tty}</dd>
              </>
            ) : null}
            {c.email ? (
              <>
                <dt>{t('email')}</dt>
                <dd>
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </dd>
              </>
            ) : null}
          </dl>
          {c.note ? <p className="muted">{localize(c.note, lang)}</p> : null}
        </div>
      ))}
      {mediaContact ? <p className="media-rule">{t('mediaRule')}</p> : null}
    </section>
  );
}
