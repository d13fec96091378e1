/**
 * disclaimer — gr.disclaimer: "Employees will be held accountable for what they post online, even
 * when using a disclaimer such as "My views are my own" or equivalent." A gentle note (info), not a
 * warning: the disclaimer itself is allowed, it just protects nobody. "My views on cilantro are my
 * own" is a joke about cilantro, not a disclaimer.
 */
import { alt, type Detector, type Hit, spans } from '../hits.ts';

const WHAT = alt([
  'views',
  'opinions',
  'tweets',
  'thoughts',
  'posts',
  'words',
  'comments',
  'rts?',
  'retweets',
  'takes',
  'statements',
  'content',
]);
const DISCLAIMER = new RegExp(
  `\\b${alt([
    `(?:all |these |the )?(?:my )?${WHAT}(?: expressed| shared| posted)?(?: (?:here|on this (?:account|page|profile)))? (?:are|r|=|is) (?:strictly |solely |entirely |all |purely |only )?(?:my own|mine|personal|my personal|my own and|mine alone|mine and mine alone)`,
    `${WHAT}(?: are)? (?:my )?own\\b`,
    `my own (?:views|opinions)`,
    `(?:do not|don't|does not|doesn't|not) (?:necessarily )?(?:reflect|represent|speak for)(?: the (?:views|opinions|position) of| those of)? (?:my|the|any) (?:employer|employers|department|organization|government|workplace|job)`,
    `not (?:the (?:views|opinions) of )?my employer'?s?`,
    `(?:rts?|retweets|likes|shares|follows|reposts)(?: and (?:rts?|retweets|likes|shares|follows))? (?:are not|aren't|≠|!=|do not equal|don't equal|not|=/=|\\u2260) endorsements?`,
    `(?:personal account|speaking for myself|i speak for myself|i speak only for myself)`,
    `(?:posting|writing|speaking|tweeting|here) (?:only )?in (?:a|my) personal capacity`,
    `#?views ?(?:are )?my ?own`,
    `#?opinions ?(?:are )?my ?own`,
    `${WHAT} mine\\b`,
    `(?:anything|everything|all) i (?:post|say|share|write) (?:here )?(?:is|are) (?:my )?(?:own|personal)(?: opinions?| views?)?`,
    `not (?:the (?:opinions?|views?|position) of|speaking (?:for|on behalf of)) (?:my employer|the (?:province|government|department|ministry))`,
    `not speaking (?:for|on behalf of) (?:my )?(?:employer|work|department|ministry|the government|the province)`,
    `(?:les )?opinions (?:exprim[ée]es )?(?:ici )?(?:sont|n'engagent que) (?:les miennes|personnelles|moi)`,
    `(?:et )?non celles de mon employeur`,
    `(?:les )?opinions (?:exprim[ée]es )?(?:sont|n'engagent que) (?:les miennes|personnelles|moi)`,
  ])}`,
  'g',
);

export const disclaimer: Detector = {
  category: 'disclaimer',
  fields: ['post', 'profile'],
  scan({ lower }) {
    const hits: Hit[] = spans(DISCLAIMER, lower).map((s) => ({
      category: 'disclaimer' as const,
      rule: 'disclaimer.views-my-own',
      start: s.start,
      end: s.end,
      score: 0.9,
      severity: 'info' as const,
    }));
    return { hits, signals: [] };
  },
};
