/**
 * confidential — gr.confidential: "Employees must not post, comment on and/or disclose confidential
 * information or matters concerning the government ... or information that comes to their knowledge
 * solely by virtue of their employment."
 *
 * Evidence is combined, never a single word: an internal document, a hint of secrecy ("not announced
 * yet"), the writer's inside access ("saw the draft decision note today", "word from our director")
 * or an unannounced change ("is getting merged next month") must meet the writer's workplace or a
 * public-sector subject. The writer's private life ("my sister's engagement photos", "condo board")
 * lowers it, so "Confidential to my besties: we're expecting" stays quiet.
 */
import { alt, type Detector, type Hit, type Signal, signalsOf, spans } from '../hits.ts';
import { CHANGE } from '../lexicon.ts';

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
  'decision notes?',
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
  'spreadsheets?',
  'assessment',
  'recommendations',
  'decisions?',
  'submission',
  'info(?:rmation)?',
  'details',
  'budget',
  'correspondence',
  'notes',
  'org charts?',
  'offer',
  'numbers',
]);

const DOCUMENT = new RegExp(
  `\\b${alt([
    'embargo(?:ed)?',
    `internal(?:ly)? (?:\\w+ )?${DOC}`,
    `(?:confidential|classified|secret|restricted|privileged|unreleased|unpublished|leaked|sensitive|protected b?|cabinet|preliminary|real|draft) (?:\\w+ ){0,2}${DOC}`,
    'cabinet (?:confidences?|decisions?|submissions?|documents?|docs|minutes|discussions?)',
    'briefing notes?',
    'decision notes?',
    "(?:do not|don't) (?:forward|distribute|share)",
    'not for (?:distribution|circulation)',
    '(?:circulating|circulated|shared|floating around) internally',
    '(?:draft|proposed) (?:regulations?|legislation|bill|budget|policy|by-?law)s?',
    'lay-?off list',
    'list of (?:layoffs|lay-?offs|names|positions)',
    '(?:restructuring|reorg(?:anization)?|downsizing|transformation) (?:plans?|org charts?|charts?)',
    'org chart',
    `minutes (?:from|of) [^.!?\\n]{0,40}(?:meeting|committee|cabinet|caucus)`,
    "deputy ministers?'? meeting",
    'tender results',
    'wage offer',
  ])}\\b`,
  'g',
);

const SECRECY = new RegExp(
  `\\b${alt([
    'not (?:yet )?(?:been )?(?:announced|public|released|official)(?: yet)?',
    "(?:isn't|is not|aren't|are not) (?:public|official|announced|out)(?: yet| for a reason)?",
    'not public (?:yet|knowledge|for a reason)',
    "official (?:announcement|word) (?:isn't|is not|won't be|not) (?:until|for|out)",
    'not announced (?:til|till|until)',
    'keep (?:this|it|that) (?:between us|quiet|on the down ?-?low|under wraps|to yourselves?|hush)',
    'between (?:you and me|you and i|us)\\b',
    "don't (?:tell|quote|share|repeat|forward|screenshot) (?:anyone|me|this|it)",
    "you didn't hear (?:it|this) from me",
    '(?:you )?heard it here first',
    'not (?:supposed|meant) to (?:say|share|tell|post|talk about|know|mention)',
    "(?:i'm |im |i am )?not allowed to (?:say|share|post|talk about|tell|mention|discuss)",
    "probably shouldn't (?:say|share|post|be posting)",
    "shouldn't be (?:saying|sharing|posting) this",
    "(?:can't|cant|cannot) (?:share|say|disclose|give|reveal|go into|get into|talk about) (?:the )?(?:details|much|more|specifics|too much|anything|names|it)",
    "(?:can't|cant) say (?:much|more) (?:yet|but)",
    'off the record',
    '(?:quietly|secretly) (?:planning|preparing|working on|drafting|deciding)',
    'hush[- ]hush',
    'under wraps',
    'insider (?:info|information|tip|scoop)',
    'inside scoop',
    'nobody (?:outside|else|knows|has been told)',
    "(?:staff|employees|the public|the union|the families|the clients|the residents|people|we) (?:haven't|hasn't|have not|has not|don't|doesn't|do not|does not) (?:even )?(?:been told|know|been informed|heard)(?: yet)?",
    'no one (?:outside|else|knows)',
    'were told not to',
    'told (?:us )?not to (?:share|say|tell|talk)',
    'je ne devrais pas',
    "personne n'est au courant",
    'pas encore (?:annonc[ée]e?s?|public)',
    'entre nous',
    'confidentiel(?:le)?',
    "hasn't (?:gone|been made) public",
    'not out yet',
    'before (?:the public|anyone|everyone|the media|the press|it) (?:finds out|hits the news|knows|gets out)',
    "(?:the public|nobody|no one|people) (?:doesn't|don't|does not|do not) know (?:yet|this|about)",
    'keeping (?:it|this) quiet',
    'on the (?:qt|q\\.t\\.|down ?low)',
    'between the two of us',
    "don't (?:spread|share|repeat|post|pass) (?:this|it)",
    'just between (?:friends|us)',
    'inside info(?:rmation)?',
    "i shouldn't be (?:telling|saying|sharing|posting)",
    'if anyone asks',
    'rumou?r has it',
    'my sources',
    'a little bird',
    'unofficially',
    'not public',
  ])}`,
  'g',
);

/** Softer hints: teasers, insinuation, "the real numbers". */
const HINT = new RegExp(
  `\\b${alt([
    'stay tuned',
    'watch for it',
    'brace yourselves?',
    'mark my words',
    'would shock you',
    'for a reason',
    'guess (?:which|what|who)',
    'sneak peek',
    'confidential(?:ly)?',
    'the real (?:one|number|numbers|story)',
    'massag(?:ed|ing)',
    "won't admit (?:it)?",
    'sitting on (?:a desk|it)',
    'leak(?:ed|ing)?',
    'spill(?:ing)? the tea',
    'top secret',
    'pass it on',
    'residents deserve to know',
    'people (?:deserve|need|have a right) to know',
    'public notice not',
    'not (?:til|till|until) (?:the )?(?:fall|spring|summer|winter|after)',
  ])}`,
  'g',
);

const INSIDER = new RegExp(
  `\\b${alt([
    "(?:saw|seen|got a (?:peek|look)|got a copy|read|got) (?:at )?(?:the|a|our|their|today's) (?:\\w+ ){0,3}(?:${DOC})",
    'overheard',
    'word (?:from|at|around) (?:our|the|my) (?:office|director|manager|boss|adm|dm|branch|floor|exec|department|ministry)',
    'word (?:at|around) the office',
    'rumou?r (?:at|around|in) (?:the )?(?:office|work|building|branch)',
    "from (?:today's|this morning's|the|our) (?:branch|team|staff|exec|management|senior|deputy|directors?'?|all-staff|cabinet) (?:\\w+ )?(?:meeting|huddle|briefing|call)",
    'just (?:got out of|left|came out of) (?:a|the|our) (?:\\w+ ){0,2}(?:meeting|briefing|huddle|call)',
    'just (?:found out|learned|heard|got word|been told)',
    '(?:were|was|got) told (?:today|this morning|at (?:the|our) meeting|by (?:our|my|the) (?:manager|director|boss|adm|dm))',
    '(?:our|my) (?:team|unit|branch|manager|director|boss) (?:just )?(?:saw|learned|found out|showed us|told us|was told)',
    'showed us',
    'at work (?:today|this morning|yesterday)',
    '(?:numbers|figures|results) at work',
    'before (?:it|they) (?:went|go|goes) (?:out|public)',
    'approved in cabinet',
    'cabinet (?:approved|signed off|decided)',
    'decided (?:today|this morning|at (?:the|our) meeting|behind closed doors)',
    'behind closed doors',
    "what (?:the minister|management|the government|they) (?:isn't|aren't|won't be) telling",
    '(?:we|i) (?:got|have|had) the (?:preliminary|real|actual|internal)',
    "i've (?:seen|read) (?:the|it)",
    "at (?:today's|this morning's|the|our) (?:staff |team |branch |management |all-staff |senior )?(?:meeting|briefing|huddle)",
    "came down from (?:the top|head office|the deputy|the minister's office|above|upstairs|management)",
    '(?:memo|email|e-mail|directive) (?:went out|came out|came down|was sent)',
    '(?:my|our) (?:boss|manager|director|supervisor|adm|dm|leadership) (?:said|says|told|let slip|mentioned|confirmed)',
    '(?:we were|i was|got) briefed',
    '(?:pulled|ran|saw) the (?:numbers|data|stats|figures|report)',
    '(?:saw|spotted|found) (?:it )?in the (?:system|database|files|shared drive)',
    'the (?:actual|real|internal|true) (?:numbers|figures|data|stats|count)',
    'came across my desk',
    '(?:our|my) (?:branch|team|unit|office|group) (?:calculated|found|estimated|projected|modelled|drafted|wrote|prepared)',
    '(?:mgmt|management|our manager|my manager|our director|my director|the boss|my boss|our boss|hr) (?:just )?told (?:us|me)',
    'minutes from',
  ])}`,
  'g',
);

export const confidential: Detector = {
  category: 'confidential',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [
      ...signalsOf('insider', INSIDER, lower),
      ...signalsOf('secrecy', SECRECY, lower),
      ...signalsOf('secrecy', HINT, lower),
    ];
    const privateLife = { any: ['personal' as const], score: 0.3, but: ['work' as const] };
    for (const s of spans(DOCUMENT, lower))
      hits.push({
        category: 'confidential',
        rule: 'confidential.document',
        start: s.start,
        end: s.end,
        score: 0.4,
        context: [
          { all: ['work'], score: 0.85 },
          { all: ['govtopic'], score: 0.75 },
          { all: ['insider'], score: 0.75 },
          { all: ['plan'], score: 0.75 },
        ],
        unless: privateLife,
      });
    for (const s of spans(HINT, lower))
      hits.push({
        category: 'confidential',
        rule: 'confidential.hint',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['work', 'govtopic'], score: 0.6 },
          { all: ['insider'], score: 0.6 },
          { all: ['govtopic', 'plan'], score: 0.6 },
          { all: ['govtopic'], score: 0.4 },
        ],
        unless: { any: ['reported', 'personal'], score: 0.3, but: ['work'] },
      });
    for (const s of spans(SECRECY, lower))
      hits.push({
        category: 'confidential',
        rule: 'confidential.secrecy',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['work', 'govtopic'], score: 0.8 },
          { all: ['work'], score: 0.6 },
          { all: ['govtopic', 'plan'], score: 0.7 },
          { all: ['insider'], score: 0.7 },
          { all: ['govtopic'], score: 0.65 },
        ],
        unless: { any: ['reported', 'personal'], score: 0.3, but: ['work'] },
      });
    for (const s of spans(INSIDER, lower))
      hits.push({
        category: 'confidential',
        rule: 'confidential.inside-knowledge',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['plan'], score: 0.7 },
          { all: ['govtopic', 'work'], score: 0.7 },
          { all: ['govtopic'], score: 0.6 },
        ],
        unless: privateLife,
      });
    for (const s of spans(CHANGE, lower))
      hits.push({
        category: 'confidential',
        rule: 'confidential.unannounced-change',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['work', 'govtopic'], score: 0.55 },
          { all: ['secrecy'], score: 0.7 },
          { all: ['insider'], score: 0.7 },
        ],
        unless: { any: ['reported', 'personal'], score: 0.3, but: ['work'] },
      });
    return { hits, signals };
  },
};
