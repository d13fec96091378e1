import { categoryById, localize, type PolicyPack, resolveClause } from '../lib/policy/index.ts';
import type { UiLang } from '../lib/settings/schema.ts';
import type { Translate } from './i18n.ts';
import { snippet } from './snippet.ts';

/** What a finding needs to be shown (a full Finding, or the popup's summary without offsets). */
export interface ShownFinding {
  category: Parameters<typeof categoryById>[1];
  severity: 'warning' | 'info';
  clause: string;
  text: string;
  message: string;
  suggestion: string;
  start?: number;
  end?: number;
}

interface Props {
  findings: readonly ShownFinding[];
  /** The analysed draft, to show the matched words in context; without it only the words are shown. */
  text?: string;
  pack: PolicyPack;
  lang: UiLang;
  t: Translate;
  /** Heading level for each finding's title (default 3). */
  headingLevel?: 3 | 4;
}

function safeCategoryTitle(pack: PolicyPack, f: ShownFinding, lang: UiLang): string {
  try {
    return localize(categoryById(pack, f.category).title, lang);
  } catch {
    return f.category;
  }
}

function safeClauseTitle(pack: PolicyPack, f: ShownFinding, lang: UiLang): string {
  try {
    return localize(resolveClause(pack, f.category, f.clause).title, lang);
  } catch {
    return f.clause;
  }
}

/** The findings, each with its words highlighted, the category, the clause title and what to do. React text only. */
export function FindingList({ findings, text, pack, lang, t, headingLevel = 3 }: Props) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="sl-findings">
      {findings.map((f, i) => {
        const hasOffsets =
          text !== undefined &&
          f.start !== undefined &&
          f.end !== undefined &&
          text.slice(f.start, f.end) === f.text;
        const sn = hasOffsets ? snippet(text, f.start as number, f.end as number) : null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the list is replaced wholesale.
          <li key={i} className="sl-finding" data-severity={f.severity} data-category={f.category}>
            <H>
              <span className="sl-badge">{f.severity === 'warning' ? t('warning') : t('note')}</span>
              {safeCategoryTitle(pack, f, lang)}
            </H>
            <p className="sl-snippet">
              {sn ? (
                <>
                  {sn.cutStart ? '…' : ''}
                  {sn.before}
                  <mark>{sn.match}</mark>
                  {sn.after}
                  {sn.cutEnd ? '…' : ''}
                </>
              ) : (
                <mark>{f.text}</mark>
              )}
            </p>
            <p className="sl-msg">{f.message}</p>
            <p className="sl-clause">{t('policyClause', { clause: safeClauseTitle(pack, f, lang) })}</p>
            <p className="sl-suggest">
              <strong>{t('whatToDo')}</strong> {f.suggestion}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
