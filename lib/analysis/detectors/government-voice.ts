/**
 * government-voice — gr.personal-views: personal thoughts "may be misunderstood as expressing the
 * positions or opinions of the Manitoba government". Flags the writer speaking as, for or from inside
 * the government ("As a Manitoba Families employee, I think", "On behalf of the Department of X",
 * "We at Manitoba Transportation", "the province's official stance"). Sharing a public announcement,
 * a citizen's complaint about government and "the minister at my church" stay quiet.
 */
import { alt, type Detector, type Hit, spans } from '../hits.ts';
import { DEPARTMENTS, INSTITUTION } from '../lexicon.ts';

const GOV_ROLE = alt([
  'public servant',
  'civil servant',
  'government (?:employee|worker|staffer|official|analyst|lawyer|scientist|nurse|engineer|inspector)',
  'provincial (?:employee|worker|staffer|official|civil servant|public servant|analyst|inspector|nurse)',
  '(?:crown|government) (?:prosecutor|attorney|counsel|lawyer)',
  'corrections? officer',
  'correctional officer',
  'conservation officer',
  'natural resource officer',
  "sheriff(?:'s officer)?",
  'deputy minister',
  'assistant deputy minister',
  'adm',
  'ministerial (?:staffer|assistant|advisor)',
  'political staffer',
  '(?:eia|cfs|income assistance) (?:worker|caseworker|case worker|counsellor|supervisor)',
  `employee (?:of|with|at|in) ${INSTITUTION}`,
  'fonctionnaire(?: provincial)?',
  'employ[ée]e? (?:du gouvernement|de la province)',
]);
const INST_MEMBER = alt([
  `${INSTITUTION} (?:employee|staffer|worker|official|analyst|manager|director|nurse|officer)`,
  `manitoba ${alt(DEPARTMENTS)} (?:employee|staff|worker|official)`,
]);

const AS_ROLE = new RegExp(
  `\\b(?:as an?|en tant qu[e']\\s?(?:une? )?|speaking as an?|i'm an?|i am an?) (?:\\w+ )?(?:${GOV_ROLE}|${INST_MEMBER})\\b`,
  'g',
);
const ON_BEHALF = new RegExp(
  `\\b(?:on behalf of|speaking for|au nom d[eu]s?|au nom de la) (?:the |our |my )?(?:${INSTITUTION}|department|ministry|branch|government|province|manitoba)`,
  'g',
);
const INSIDE = new RegExp(
  `\\b(?:as )?(?:someone|somebody|a person|an insider|one of the people) (?:inside|in|at|within|from|who works (?:for|in|at|with)) ${INSTITUTION}`,
  'g',
);
const OFFICIAL_POSITION = new RegExp(
  `\\b(?:${INSTITUTION}|our (?:department|ministry|branch|government|office)|my (?:department|ministry|branch))(?:'s|s')? (?:official |formal )?(?:stance|position|view|line|policy|response|answer|plan) (?:is|will be|here is|on this is)|\\b(?:official|officially),? (?:the |our )?(?:department|ministry|government|province)(?:'s)? (?:stance|position|view|line)|\\bthe official (?:stance|position|line) (?:of|from) ${INSTITUTION}`,
  'g',
);
const WE_AT = new RegExp(
  `\\bwe (?:at|here at|in|from|over at) (?:${INSTITUTION}|manitoba [a-z]+|the (?:department|ministry|branch|province))`,
  'g',
);
const I_WORK = new RegExp(
  `\\bi (?:work|worked|have worked|'ve worked) (?:for|at|in|with) (?:${INSTITUTION}|manitoba ${alt(DEPARTMENTS)}|the (?:provincial )?government|the province)`,
  'g',
);
const OPINION =
  /\b(?:i think|i believe|i feel|i'm telling you|trust me|in my opinion|imo|honestly|frankly|let me tell you|is a (?:huge |big )?(?:mistake|mess|joke|disaster)|are a (?:mess|joke|disaster)|going to hurt|won't work|is wrong|is terrible|should|oppose|support|disagree|agree)\b/;

export const governmentVoice: Detector = {
  category: 'government-voice',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const opinion = OPINION.test(lower);
    const push = (re: RegExp, rule: string, score: number) => {
      for (const s of spans(re, lower))
        hits.push({
          category: 'government-voice',
          rule,
          start: s.start,
          end: s.end,
          score,
          unless: { any: ['reported'], score: 0.3 },
        });
    };
    push(AS_ROLE, 'government-voice.as-employee', opinion ? 0.85 : 0.7);
    push(ON_BEHALF, 'government-voice.on-behalf', 0.85);
    push(INSIDE, 'government-voice.insider', 0.8);
    push(OFFICIAL_POSITION, 'government-voice.official-position', 0.8);
    push(WE_AT, 'government-voice.we-at', 0.8);
    push(I_WORK, 'government-voice.i-work-for', opinion ? 0.75 : 0.45);
    return { hits, signals: [] };
  },
};
