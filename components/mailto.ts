import { categoryById, localize, type PolicyPack, resolveClause } from '../lib/policy/index.ts';
import type { UiLang } from '../lib/settings/schema.ts';
import type { ShownFinding } from './FindingList.tsx';
import type { Translate } from './i18n.ts';

export interface MailtoInput {
  to: string;
  findings: readonly ShownFinding[];
  /** The draft; included only when `includeDraft` (the person ticked the box). */
  draft: string;
  includeDraft: boolean;
  site: string;
  pack: PolicyPack;
  lang: UiLang;
  t: Translate;
}

function enc(s: string): string {
  // RFC 6068: line breaks are CRLF, percent-encoded.
  return encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
}

/**
 * The "Ask my supervisor" link. Without the tick, the e-mail names only the categories and clauses:
 * not the draft and not even the matched words (they are part of the draft).
 */
export function supervisorMailto(i: MailtoInput): string {
  const lines: string[] = [i.t('mailIntro', { site: i.site }), ''];
  const seen = new Set<string>();
  for (const f of i.findings) {
    let category: string = f.category;
    let clause = f.clause;
    try {
      category = localize(categoryById(i.pack, f.category).title, i.lang);
      clause = localize(resolveClause(i.pack, f.category, f.clause).title, i.lang);
    } catch {
      // keep the ids
    }
    const line = i.t('mailFindingLine', { category, clause });
    if (!seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  lines.push('');
  if (i.includeDraft) lines.push(i.t('mailDraftHeading'), '', i.draft);
  else lines.push(i.t('mailNoDraft'));
  const to = /^[^\s@?&]+@[^\s@?&]+$/.test(i.to) ? i.to : '';
  return `mailto:${to}?subject=${enc(i.t('mailSubject'))}&body=${enc(lines.join('\n'))}`;
}
