/**
 * Rule compositions from own37–own39 (each first scored untouched): first the false alarms those new
 * writers raised, then the shapes they found that the rules missed. Rules only (`learned: false`), so
 * each test pins the rule itself. The sentences are new variations on those shapes, not the corpus
 * sentences; each group pairs near misses that must stay quiet with real cases that must still warn.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type CategoryId, type Field } from '../../../lib/analysis/index.ts';
import { expectFinding } from './helpers.ts';

const rulesOnly = { options: { learned: false } } as const;
const quietIn = (text: string, category: CategoryId) =>
  expect(
    analyze(text, { field: 'post' }, { learned: false }).filter(
      (f) => f.category === category && f.severity === 'warning',
    ),
    text,
  ).toEqual([]);

type Case = [text: string, category: CategoryId, words: string, clause: string, field?: Field];

/** One test per case, rules only: the finding's words and clause (a disclaimer is an info note). */
const pinAll = (cases: Case[]) => {
  for (const [text, category, words, clause, field] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, {
        ...rulesOnly,
        field: field ?? 'post',
        severity: category === 'disclaimer' ? 'info' : 'warning',
      });
    });
};

describe('false alarms from new writers stay quiet', () => {
  it('French "retard" is a delay, not a slur', () => {
    quietIn("Désolée pour le retard, l'autobus est resté pris dans la neige.", 'disrepute');
    quietIn('Deux heures de retard à cause du verglas, encore.', 'disrepute');
    quietIn('On accuse un gros retard sur les semis cette année.', 'disrepute');
  });
  it('"someone at the province" is who a citizen wants to reach, not who the writer is', () => {
    quietIn('Someone at the province should fix the lights at this intersection.', 'government-voice');
    quietIn('Been trying to get someone at Vital Statistics on the phone for a week.', 'government-voice');
  });
  it("misconduct at a private employer, or in a news story, is not the writer's conduct", () => {
    quietIn('Working from the lake all week, my firm is fully remote. Love a tech company.', 'disrepute');
    quietIn('Did you see that news story about the guard sleeping on shift? Unreal.', 'disrepute');
    quietIn(
      'Got a truck at auction that used to be a government vehicle lol, the decal ghost is still there',
      'disrepute',
    );
  });
  it("someone else's career and a retirement speak for nobody", () => {
    quietIn('My mom retired from the province after 30 years in Highways! So proud.', 'government-voice');
    quietIn(
      'Reminder: the Manitoba mental health line is 1-877-000-0000, call any time.',
      'government-voice',
    );
  });
  it('a reader of the news is not courting the media', () => {
    quietIn(
      'The Free Press paywall again. Anyone have a gift link for the piece on school funding?',
      'media',
    );
  });
  it('public pages, predictions and long memories are not inside knowledge or promises', () => {
    quietIn(
      "I've read the whole policy, here's the link to the official page if you want it.",
      'confidential',
    );
    quietIn("Worst flooding I have seen, honestly the worst I've seen it since 1997.", 'confidential');
    quietIn("I've watched this town go through three layoffs and two booms.", 'commitment');
    quietIn(
      'Manitoba Infrastructure just posted that the bridge deck will be done by Friday. Finally.',
      'commitment',
    );
    quietIn('Long day at the Steinbach Costco, my feet are done.', 'personal-info');
  });
  pinAll([
    ['Honestly what a retard, that caller.', 'disrepute', 'retard', 'gr.disrepute'],
    [
      'As someone in the department, I can tell you this cut is wrong.',
      'government-voice',
      'As someone in',
      'gr.personal-views',
    ],
    [
      "From someone who works in labour relations at the province: the union's offer is unreasonable.",
      'government-voice',
      'From someone who works',
      'gr.personal-views',
    ],
    [
      "Respectfully, the clinic closed weekends because we couldn't find locums. We've posted that job eleven times.",
      'government-voice',
      "We've posted that",
      'gr.personal-views',
    ],
  ]);
});
