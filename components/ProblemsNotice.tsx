import type { SettingsProblem } from '../lib/settings/schema.ts';
import type { Translate } from './i18n.ts';
import { problemText } from './problems.ts';

/** The visible message when settings or the managed policy were malformed and defaults apply. */
export function ProblemsNotice({ problems, t }: { problems: readonly SettingsProblem[]; t: Translate }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert" data-testid="settings-problems">
      <p>{t('problemsTitle')}</p>
      <ul>
        {problems.map((p) => {
          const text = problemText(p, t);
          return <li key={`${p.source}:${p.code}:${p.key ?? ''}`}>{text}</li>;
        })}
      </ul>
    </div>
  );
}
