/**
 * account-identity — def.personal: a personal account "must not use an account name, handle, id,
 * profile picture, or user name that identifies them by their position, job title, or as a Manitoba
 * government employee", "should not be associated with a government email address", "must not use a
 * Manitoba government logo". Also gr.cross-promote: a personal account listed in a government email
 * signature. Government email domains come from the policy pack.
 */
import { alt, type Detector, type Hit, spans } from '../hits.ts';
import { DEPARTMENTS, INSTITUTION } from '../lexicon.ts';

const TITLE = alt([
  'analysts?',
  'officers?',
  'advis[oe]rs?',
  'managers?',
  'directors?',
  'coordinators?',
  'co-ordinators?',
  'clerks?',
  'specialists?',
  'consultants?',
  'assistants?',
  'deputy',
  'minister',
  'inspectors?',
  'workers?',
  'caseworkers?',
  'prosecutors?',
  'engineers?',
  'planners?',
  'administrators?',
  'lead',
  'head',
  'supervisors?',
  'employees?',
  'staff(?:er)?',
  'interns?',
  'economists?',
  'auditors?',
  'investigators?',
  'technicians?',
  'lawyers?',
  'counsel',
  'policy',
  'communications',
  'comms',
  'spokesperson',
  'secretary',
  'scientist',
  'biologist',
  'nurse',
  'social worker',
  'case manager',
  'program',
  'executive',
  'adm',
  'dm',
  'fonctionnaire',
  'agent',
  'conseill[eè]re?',
]);
const INST_ANY = alt([
  INSTITUTION,
  `manitoba ${alt(DEPARTMENTS)}`,
  'mb (?:gov|govt|government|health|justice|families|ag)',
  'gov(?:ernmen)?t of (?:manitoba|mb)',
  'province of mb',
]);
const TITLE_AT_INST = new RegExp(
  `\\b${TITLE}\\b[^\\n|•·]{0,40}?(?:@|at|with|for|,|-|\\||for the|in)\\s*(?:the )?${INST_ANY}\\b`,
  'g',
);
const INST_TITLE = new RegExp(`\\b${INST_ANY}\\b[^\\n|•·]{0,10}?(?:${TITLE})\\b`, 'g');
const SELF_ID = new RegExp(
  `\\b${alt([
    'public servant',
    'civil servant',
    '(?:manitoba |provincial )?government employee',
    'works? (?:for|at) (?:the )?(?:province|government|provincial government)(?: of manitoba)?',
    'proud(?:ly)? (?:serving|working for) (?:the )?(?:province|government|manitobans)',
    'official account',
    'government of manitoba logo',
    'manitoba government logo',
    'fonctionnaire',
  ])}\\b`,
  'g',
);
const HANDLE_GOV = /^(?:mb|manitoba|gov|govt|govmb|mbgov|prov|provincial|gom)$/;
const HANDLE_UNIT =
  /^(?:justice|health|families|agri|ag|agriculture|transport|transportation|mti|edu|education|finance|conservation|enviro|environment|gov|govt|employee|official|minister|dept|psc|eia|cfs|corrections|parks|housing|labour|ced|comms|policy)$/;
const CROSS_PROMOTE =
  /\b(?:added|put|listed|list|include[ds]?|including|putting|adding) my (?:personal )?(?:twitter|x|instagram|insta|tiktok|facebook|linkedin|bluesky|threads|mastodon|youtube)?\s?(?:handle|account|profile|page|@\w+)? (?:in|to|on) (?:my|the|our) (?:work|government|gov't|govt|office|outlook|official|department)? ?(?:e-?mail )?signature/g;

function handleTokens(cased: string): { tokens: string[]; start: number; end: number } | undefined {
  const t = cased.trim();
  if (!t || /\s/.test(t) || t.length > 60) return undefined;
  const start = cased.indexOf(t);
  const tokens = t
    .replace(/^@/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.\-0-9]+/)
    .filter(Boolean)
    .map((x) => x.toLowerCase());
  return { tokens, start, end: start + t.length };
}

export function accountIdentity(emailDomains: readonly string[]): Detector {
  const domains = alt(emailDomains.map((d) => d.replace(/\./g, '\\.')));
  const GOV_EMAIL = new RegExp(`[a-z0-9._%+'-]+@(?:[a-z0-9-]+\\.)*${domains}\\b`, 'g');
  return {
    category: 'account-identity',
    fields: ['post', 'profile', 'email'],
    scan({ lower, cased, field }) {
      const hits: Hit[] = [];
      for (const s of spans(GOV_EMAIL, lower))
        hits.push({
          category: 'account-identity',
          rule: 'account-identity.government-email',
          start: s.start,
          end: s.end,
          score: field === 'post' ? 0.3 : 0.95,
        });
      if (field === 'profile') {
        for (const re of [TITLE_AT_INST, INST_TITLE])
          for (const s of spans(re, lower))
            hits.push({
              category: 'account-identity',
              rule: 'account-identity.job-title',
              start: s.start,
              end: s.end,
              score: 0.85,
            });
        for (const s of spans(SELF_ID, lower))
          hits.push({
            category: 'account-identity',
            rule: 'account-identity.government-employee',
            start: s.start,
            end: s.end,
            score: 0.8,
          });
        const h = handleTokens(cased);
        if (
          h?.tokens.some((x) => HANDLE_GOV.test(x)) &&
          h.tokens.some(
            (x) =>
              (HANDLE_UNIT.test(x) && !HANDLE_GOV.test(x)) ||
              (x === 'gov' && h.tokens.some((y) => y === 'mb' || y === 'manitoba')),
          )
        )
          hits.push({
            category: 'account-identity',
            rule: 'account-identity.handle',
            start: h.start,
            end: h.end,
            score: 0.75,
          });
      }
      for (const s of spans(CROSS_PROMOTE, lower))
        hits.push({
          category: 'account-identity',
          rule: 'account-identity.cross-promote',
          start: s.start,
          end: s.end,
          score: 0.8,
          clause: 'gr.cross-promote',
        });
      return { hits, signals: [] };
    },
  };
}
