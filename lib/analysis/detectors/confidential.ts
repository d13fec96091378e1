/**
 * confidential — gr.confidential: "Employees must not post, comment on and/or disclose confidential
 * information or matters concerning the government ... or information that comes to their knowledge
 * solely by virtue of their employment."
 *
 * Strong markers (an embargoed or internal document) flag on their own; a hint of secrecy ("not
 * announced yet", "keep this between us") flags only near the writer's workplace or a public-sector
 * subject, so "Confidential to my besties: we're expecting" stays quiet.
 */
import { alt, type Detector, type Hit, type Signal, signalsOf, spans } from '../hits.ts';
import { GOV_TOPIC, OWN_UNIT, WORK_CONTEXT } from '../lexicon.ts';

const DOC = alt([
  'memos?',
  'numbers',
  'reports?',
  'documents?',
  'docs',
  'e-?mails?',
  'reviews?',
  'audits?',
  'data',
  'figures',
  'briefings?',
  'briefing notes?',
  'investigations?',
  'stats',
  'statistics',
  'files?',
  'minutes',
  'lists?',
  'plans?',
  'drafts?',
  'projections',
  'forecasts?',
  'estimates',
  'survey results',
  'results',
  'findings',
  'analysis',
  'presentation',
  'deck',
  'slides',
  'spreadsheet',
  'assessment',
  'recommendations',
  'decision',
  'submission',
  'info(?:rmation)?',
  'details',
  'numbers',
  'budget',
  'correspondence',
  'notes',
]);

const STRONG = new RegExp(
  `\\b${alt([
    'embargo(?:ed)?',
    `internal(?:ly)? ${DOC}`,
    `(?:confidential|classified|secret|restricted|privileged|unreleased|unpublished|leaked|sensitive|protected b?|cabinet) ${DOC}`,
    `cabinet (?:confidences?|decisions?|submissions?|documents?|docs|minutes|discussions?)`,
    'briefing notes?',
    '(?:circulating|circulated|shared|floating around) internally',
    '(?:draft|proposed) (?:regulations?|legislation|bill|budget|policy|by-?law)s? (?:are|is) (?:circulating|being (?:drafted|circulated|prepared))',
    'lay-?off list',
    'list of (?:layoffs|lay-?offs|names to be cut|positions being cut)',
    '(?:restructuring|reorg(?:anization)?|downsizing|transformation) plans?',
    `minutes (?:from|of) [^.!?\\n]{0,40}(?:meeting|committee|cabinet|caucus)`,
    "deputy ministers?'? meeting",
    "(?:staff|employees|the public|the union|nobody|no one|the families|the clients|the residents) (?:haven't|hasn't|have not|has not|don't|doesn't|do not|does not) (?:been told|know|been informed|heard)(?: yet)?",
    "before (?:it's|it is|it gets|they|the minister|the government|the province) (?:announced|announce[sd]?|public|made public|released|goes public)",
    'ahead of the (?:official )?announcement',
    'not (?:been )?(?:announced|released|made public) (?:yet|publicly)',
    "hasn't been (?:announced|released|made public)",
  ])}\\b`,
  'g',
);

const SECRECY = new RegExp(
  `\\b${alt([
    'not (?:yet )?(?:been )?(?:announced|public|released|official)(?: yet)?',
    "isn't (?:public|official|announced)(?: yet)?",
    "(?:not|isn't) public knowledge",
    'keep (?:this|it|that) (?:between us|quiet|on the down ?-?low|under wraps|to yourselves?|hush)',
    'between (?:you and me|you and i|us)\\b',
    "don't tell anyone",
    "you didn't hear (?:it|this) from me",
    '(?:you )?heard it here first',
    'not (?:supposed|meant) to (?:say|share|tell|post|talk about|know|mention)',
    "(?:i'm )?not allowed to (?:say|share|post|talk about|tell|mention|discuss)",
    "probably shouldn't (?:say|share|post|be posting)",
    "shouldn't be (?:saying|sharing|posting) this",
    "can't (?:share|say|disclose|give|reveal|go into) (?:the )?(?:details|much|more|specifics|too much|anything|names)",
    "can't say (?:much|more) (?:yet|but)",
    'off the record',
    '(?:quietly|secretly) (?:planning|preparing|working on|drafting|deciding)',
    'word (?:at|around) the office',
    'rumou?r (?:at|around|in) (?:the )?(?:office|work|building|branch)',
    'hush[- ]hush',
    'under wraps',
    'leak(?:ed|ing)?',
    'insider (?:info|information|tip|scoop)',
    'inside scoop',
    'spill(?:ing)? the tea',
    'confidential(?:ly)?',
    'sneak peek',
    'big (?:news|changes|surprise) coming',
    'stay tuned',
    'watch for it',
    'mark my words',
    'just (?:found out|learned|heard|got word|been told)',
    'were told (?:today|this morning|at (?:the|our) meeting)',
    'decided (?:today|this morning|at (?:the|our) meeting|behind closed doors)',
    'just left a meeting',
    'behind closed doors',
    'would shock you',
    "won't admit (?:it)?",
    "pretty sure i'm not",
    '(?:is|are) being (?:shelved|cancell?ed|scrapped|cut|closed|merged|privati[sz]ed|axed|killed|gutted|phased out)',
    '(?:is|are) (?:about|going|planning|set|preparing) to (?:cut|cancel|close|shut|merge|lay off|eliminate|privati[sz]e|sell|scrap|shelve|freeze|end|axe|reduce|slash|gut|kill|raise|hike)',
  ])}`,
  'g',
);

const OWN_PLAN = new RegExp(
  `\\b${OWN_UNIT} (?:is|are) (?:about|going|planning|set|preparing) to (?:cut|cancel|close|shut down|shut|merge|lay off|eliminate|privati[sz]e|sell|scrap|shelve|freeze|end|axe|reduce|slash|gut|kill|raise|hike)\\b`,
  'g',
);

export const confidential: Detector = {
  category: 'confidential',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [
      ...signalsOf('work', WORK_CONTEXT, lower),
      ...signalsOf('govtopic', GOV_TOPIC, lower),
    ];
    for (const s of spans(STRONG, lower)) {
      // "confidential report on my fitness plan": a document word alone is not enough without a work subject
      const score =
        /^(?:confidential|secret|sensitive) (?:info|information|details|plans?|lists?|notes|files?|data)$/.test(
          s.text,
        )
          ? 0.3
          : 0.8;
      hits.push({
        category: 'confidential',
        rule: 'confidential.document',
        start: s.start,
        end: s.end,
        score,
        context: [
          { all: ['work'], score: 0.9 },
          { all: ['govtopic'], score: 0.85 },
        ],
      });
    }
    for (const s of spans(OWN_PLAN, lower))
      hits.push({
        category: 'confidential',
        rule: 'confidential.unannounced-plan',
        start: s.start,
        end: s.end,
        score: 0.65,
        context: [{ all: ['secrecy'], score: 0.85 }],
      });
    for (const s of spans(SECRECY, lower)) {
      signals.push({ kind: 'secrecy', start: s.start, end: s.end });
      hits.push({
        category: 'confidential',
        rule: 'confidential.secrecy',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['work', 'govtopic'], score: 0.75 },
          { all: ['work'], score: 0.6 },
          { all: ['govtopic'], score: 0.5 },
        ],
        unless: { any: ['reported'], score: 0.3 },
      });
    }
    return { hits, signals };
  },
};
