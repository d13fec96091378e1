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

interface Group {
  key: string;
  first: ShownFinding;
  all: ShownFinding[];
}

/** Findings that say the same thing (category, clause, message, suggestion) are shown once, with every match. */
export function groupFindings(findings: readonly ShownFinding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = [f.severity, f.category, f.clause, f.message, f.suggestion].join('\u0000');
    const g = groups.get(key);
    if (g) g.all.push(f);
    else groups.set(key, { key, first: f, all: [f] });
  }
  return [...groups.values()];
}

function Snippet({ f, text }: { f: ShownFinding; text?: string }) {
  const hasOffsets =
    text !== undefined &&
    f.start !== undefined &&
    f.end !== undefined &&
    text.slice(f.start, f.end) === f.text;
  if (!hasOffsets) return <mark>{f.text}</mark>;
  const sn = snippet(text, f.start as number, f.end as number);
  return (
    <>
      {sn.cutStart ? '…' : ''}
      {sn.before}
      <mark>{sn.match}</mark>
      {sn.after}
      {sn.cutEnd ? '…' : ''}
    </>
  );
}

/**
 * The findings, each with its words highlighted in context, the category, the clause title and what to
 * do. React text only: page text never becomes HTML.
 */
export function FindingList({ findings, text, pack, lang, t, headingLevel = 3 }: Props) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="sl-findings">
      {groupFindings(findings).map(({ key, first, all }) => (
        <li key={key} className="sl-finding" data-severity={first.severity} data-category={first.category}>
          <H>
            <span className="sl-badge">{first.severity === 'warning' ? t('warning') : t('note')}</span>
            {safeCategoryTitle(pack, first, lang)}
          </H>
          {all.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: matches have no id; the list is replaced wholesale.
            <p key={i} className="sl-snippet">
              <Snippet f={f} text={text} />
            </p>
          ))}
          <p className="sl-msg">{first.message}</p>
          <p className="sl-clause">{t('policyClause', { clause: safeClauseTitle(pack, first, lang) })}</p>
          <p className="sl-suggest">
            <strong>{t('whatToDo')}</strong> {first.suggestion}
          </p>
        </li>
      ))}
    </ul>
  );
}
