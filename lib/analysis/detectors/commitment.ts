/**
 * commitment — gr.on-behalf: "Employees must not disclose information, make commitments or engage in
 * activities on behalf of the Manitoba government online, unless authorized".
 *
 * An institutional subject (the province, our department) or the writer (I, we) + a future or
 * promising verb + a government service ("get your road plowed", "refund the fees", "cover IVF").
 * "We will win the game tonight" has no service; "The city will never fix this" is negated and not
 * the writer's employer; "the province announced it will..." relays public news.
 */
import { alt, type Detector, type Hit, type Signal, signalsOf, spans } from '../hits.ts';
import { GOV_TOPIC, WORK_CONTEXT } from '../lexicon.ts';

const INSTITUTIONAL = alt([
  'the province',
  'the provincial government',
  'the government',
  'manitoba(?: [a-z]+)?',
  'the department',
  'the ministry',
  'our (?:department|ministry|branch|office|unit|division|program|crews?|team)',
  'my (?:department|ministry|branch|office|unit|team|crew)',
  'the minister',
  'government',
]);
const WRITER = alt(['we', 'i', 'us']);
const FUTURE = alt([
  'will(?: be| definitely| absolutely| personally| make sure to| ensure)?',
  "'ll(?: be| definitely| personally| make sure to)?",
  'shall',
  "(?:is|are|am|'re|'m) (?:going|gonna) to(?: be)?",
  'gonna',
  "(?:is|are|am|'re|'m) (?:committed|committing|promising) to",
  'promise to',
  'guarantee(?: to)?',
  'can (?:guarantee|promise)',
]);
const SERVICE_VERB = alt([
  'fix\\w*',
  'repair\\w*',
  'plow\\w*',
  'plough\\w*',
  'pav\\w+',
  'grad(?:e|ing)',
  'clear\\w*',
  'fund\\w*',
  'cover\\w*',
  'pay\\w*',
  'refund\\w*',
  'reimburs\\w+',
  'match\\w*',
  'reopen\\w*',
  'rebuild\\w*',
  'build\\w*',
  'approv\\w+',
  'process\\w*',
  'send\\w*',
  'issu\\w+',
  'deliver\\w*',
  'provid\\w+',
  'extend\\w*',
  'waiv\\w+',
  'restor\\w+',
  'hir\\w+',
  'expand\\w*',
  'upgrad\\w+',
  'replac\\w+',
  'install\\w*',
  'subsidi[sz]\\w+',
  'compensat\\w+',
  'increas\\w+',
  'doubl\\w+',
  'forgiv\\w+',
  'cancel (?:the|your) (?:fees?|fines?|debts?|tickets?)',
  'drop (?:the|your) (?:fees?|fines?|charges?)',
  'reinstat\\w+',
  'get (?:your|the|that|this|those|it)\\b',
  'get \\w+ (?:plowed|fixed|paved|approved|funded|done|sorted|repaired|cleared|processed)',
  'make sure (?:your|the|that|you|it|this)',
  'see to it',
  'take care of (?:your|it|that|this)',
  'sort (?:it|this|that|your)',
  'look after (?:your|it|that)',
  'open (?:a|the|new)',
  'keep (?:the|your) \\w+ open',
  'lower \\w+',
  'cut (?:your|the) (?:fees?|taxes|rates?|wait)',
  'reduce \\w+',
  'freeze (?:the )?(?:rates?|fees?|rent)',
  'announce',
  'be (?:covering|funding|paying|refunding|reimbursing|matching|reopening|rebuilding|building|fixing|repairing|plowing|extending|waiving|restoring|hiring|opening|providing|sending|issuing|approving|processing|delivering|replacing|installing|increasing|doubling|expanding|lowering|cutting|reducing|freezing|offering|giving)\\b',
  'offer\\w*',
  'give (?:you|every|all|each|your|the|them)',
]);
/** Negation or hedging inside the promise, a hypothetical just before it, or a question. */
const NEGATED = /\b(?:never|not|no longer|hardly|maybe|probably|might|may)\b|n't\b/;
const HYPOTHETICAL =
  /\b(?:if|unless|whether|hope|hoping|wish|maybe|probably|doubt|bet|think|predict|guess|when)\s+$/;
const isHedged = (lower: string, start: number, end: number) =>
  NEGATED.test(lower.slice(start, end)) ||
  HYPOTHETICAL.test(lower.slice(Math.max(0, start - 12), start)) ||
  /\?\s*$/.test(lower.slice(end).split(/[.!\n]/)[0] ?? '');

const INST_PROMISE = new RegExp(`\\b${INSTITUTIONAL} ${FUTURE} (?:\\w+ )?${SERVICE_VERB}`, 'g');
const WRITER_PROMISE = new RegExp(`\\b${WRITER} ?${FUTURE} (?:\\w+ )?${SERVICE_VERB}`, 'g');
const YOUR_WILL =
  /\byour (?:road|street|cheque|check|claim|application|file|permit|licen[cs]e|benefits?|payment|case|school|funding|grant|refund|request|appointment|surgery|house|home|rink|arena|bridge|clinic|hospital|community|town|reserve|program|daycare|bus|highway|culvert|ditch|project) (?:will|'ll|is going to|are going to) (?:get|be|have|receive|go|open|reopen)\b/g;

const ASSURANCE = new RegExp(
  `\\b${alt([
    'promise[ds]?',
    'i promise',
    'guarantee[ds]?',
    'you can count on (?:it|us|me|that)',
    'count on it',
    'rest assured',
    "i've seen to it",
    "i'll see to it",
    'i have seen to it',
    "don't worry",
    'you have my word',
    'trust me',
    'no matter what',
    'for sure',
    'first thing tomorrow',
    'by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|end of (?:day|week|month))',
    "i'll make sure",
    'i will make sure',
    'consider it done',
    "it's a done deal",
    'done deal',
    'you have our commitment',
    "we've got you covered",
    'nous nous engageons',
    'je vous promets',
  ])}\\b`,
  'g',
);
const REPORTED =
  /\b(?:announced|announces|announcing|according to|(?:news|press) release|reports? (?:that|say)|reported (?:that|today)|is reporting|(?:premier|minister|government|province|city) (?:says|said)|headlines?|article|read that|heard on the news|official announcement|just announced|sharing (?:the|this)|in case you missed it|icymi|psa)\b/g;
const PERSONAL_OBJECT =
  /\b(?:your|you|for everyone|for all|every (?:family|resident|dollar|student|senior)|residents|families|everyone affected|the community|constituents)\b/;

export const commitment: Detector = {
  category: 'commitment',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [
      ...signalsOf('assurance', ASSURANCE, lower),
      ...signalsOf('reported', REPORTED, lower),
      ...signalsOf('work', WORK_CONTEXT, lower),
      ...signalsOf('govtopic', GOV_TOPIC, lower),
    ];
    for (const s of spans(INST_PROMISE, lower)) {
      if (isHedged(lower, s.start, s.end)) continue;
      hits.push({
        category: 'commitment',
        rule: 'commitment.institution',
        start: s.start,
        end: s.end,
        score: 0.7,
        context: [{ all: ['assurance'], score: 0.85 }],
        unless: { any: ['reported'], score: 0.2 },
      });
    }
    for (const s of spans(WRITER_PROMISE, lower)) {
      if (isHedged(lower, s.start, s.end)) continue;
      const personal = PERSONAL_OBJECT.test(lower.slice(s.start, s.end + 60));
      hits.push({
        category: 'commitment',
        rule: 'commitment.writer',
        start: s.start,
        end: s.end,
        score: personal ? 0.5 : 0.3,
        context: personal
          ? [
              { all: ['assurance'], score: 0.8 },
              { all: ['govtopic'], score: 0.6 },
              { all: ['work'], score: 0.65 },
            ]
          : [
              { all: ['assurance', 'govtopic'], score: 0.6 },
              { all: ['work', 'govtopic'], score: 0.55 },
            ],
        unless: { any: ['reported'], score: 0.2 },
      });
    }
    for (const s of spans(YOUR_WILL, lower)) {
      if (isHedged(lower, s.start, s.end)) continue;
      hits.push({
        category: 'commitment',
        rule: 'commitment.your-service',
        start: s.start,
        end: s.end,
        score: 0.45,
        context: [{ all: ['assurance'], score: 0.8 }],
        unless: { any: ['reported'], score: 0.2 },
      });
    }
    return { hits, signals };
  },
};
