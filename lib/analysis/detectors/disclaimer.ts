/**
 * disclaimer — gr.disclaimer: "Employees will be held accountable for what they post online, even
 * when using a disclaimer such as "My views are my own" or equivalent." A gentle note (info), not a
 * warning: the disclaimer itself is allowed, it just protects nobody. "My views on cilantro are my
 * own" is a joke about cilantro, not a disclaimer.
 */
import { alt, type Detector, type Hit, phrases, spans } from '../hits.ts';

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
  `${phrases([
    `(?:all |these |the )?(?:my )?${WHAT}(?: expressed| shared| posted)?(?: (?:here|on this (?:account|page|profile)))? (?:are|r|=|is) (?:strictly |solely |entirely |all |purely |only )?(?:my own|mine|personal|my personal|my own and|mine alone|mine and mine alone)`,
    `${WHAT}(?: are)? (?:my )?own\\b`,
    `my own (?:views|opinions)`,
    `#(?:myviewsaremyown|viewsaremyown|opinionsaremyown|myopinionsaremyown|viewsmyown)`,
    `(?:posting|writing|speaking|commenting) (?:here )?as myself,? not as (?:an? )?(?:public servant|civil servant|government employee|employee|rep)`,
    `(?:this is|i'm|i am) (?:just )?(?:me |posting |writing )?as a private citizen`,
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
    `(?:opinions?|avis) personnel(?:le)?s?`,
    `(?:the )?standard disclaimer(?: applies)?`,
    `not an official statement`,
    `speaking (?:purely |strictly )?personally`,
    `(?:vues|opinions|avis) personnel(?:le)?s?,? pas (?:celles|ceux) de mon employeur`,
    `${WHAT} ?= ?my (?:own )?(?:opinions?|views?|thoughts)`,
    `not my (?:boss|employer|manager|union)'?s?`,
    `speaking (?:only |just |strictly )?for myself`,
    `not speaking for anyone (?:but|except|other than) (?:myself|me)`,
    `(?:mes|les) opinions (?:sont|restent) (?:strictement |purement |enti[eè]rement )?personnelles`,
    `(?:all |my )?${WHAT} (?:are )?(?:strictly |all )?personal\\b`,
    `(?:les )?opinions (?:exprim[ée]es )?(?:sont|n'engagent que) (?:les miennes|personnelles|moi)`,
    `(?:mes|ces|les) (?:propos|opinions|id[ée]es|tweets|publications|commentaires) n'engagent que moi`,
    `(?:je m'exprime|je parle|j'[ée]cris) (?:ici )?(?:juste |seulement |uniquement )?(?:en mon nom(?: personnel)?|pour moi(?:-m[eê]me)?)`,
    `(?:^|\\()[àa] titre personnel`,
    `(?:en tant que|comme) citoyen(?:ne)?,? (?:pas|et non) (?:en tant que|comme) (?:employ[ée]e?|fonctionnaire)`,
    `n'engagent? (?:en rien|pas|aucunement) (?:mon employeur|mon minist[eè]re|le gouvernement)`,
    `vues personnelles`,
    `rien ici (?:ne )?repr[ée]sente (?:le gouvernement|mon employeur|mon minist[eè]re)`,
    `(?:ne )?refl[eè]tent pas (?:la position|les vues|l'opinion|les opinions) de (?:mon|notre) (?:minist[eè]re|employeur|gouvernement)`,
    `ce compte est personnel`,
    `(?:mes )?opinions ?(?:=|sont) ?les miennes`,
    `(?:partages?|rts?) ?(?:≠|!=) ?(?:approbation|appui)`,
    `(?:this is )?just me talking`,
    `(?:these are )?(?:my )?personal reflections`,
    `just me thinking out loud`,
    `my posts,? my (?:opinions|views|thoughts)`,
    `everything (?:posted )?(?:here|on this account) is (?:personal|unofficial)`,
    `personal and unofficial`,
    `n'engage(?:nt)? que moi`,
    `i represent (?:nobody|no one) but myself`,
    `(?:sharing|liking|likes|shares|rts?)(?: ?/ ?(?:sharing|liking|likes|shares))? ?(?:≠|!=|is not|isn't|doesn't mean) (?:my employer|endorsement|agreement)`,
    `nothing official`,
    `my (?:employer|workplace|work|department|ministry) (?:didn't|did not|has not|hasn't|never) (?:approve|review|see|endorse|vet)`,
    `my (?:employer|workplace|work|department|ministry) has (?:its|their) own (?:account|channels?|page|voice|spokespe(?:rson|ople))`,
    `(?:i )?(?:post|speak|write|tweet) (?:here )?as an individual`,
    `everything (?:here|below|on this account) is (?:just )?my (?:own )?(?:take|opinion|view)s?`,
    `this is (?:just )?me,? not (?:work|my employer|the (?:province|government|department))`,
    `(?:anything|everything|what) i (?:say|post|write|share) (?:here )?(?:is|=) (?:me|mine|my own),? not (?:work|my (?:employer|job|work|boss))`,
    `(?:views?|opinions?|tweets?|posts?)(?: expressed)? ?(?:≠|!=|=/=|are not|aren't) ?(?:the )?(?:views? of (?:my |the )?employer|(?:my )?employer'?s? views?)`,
    `mes (?:vues|opinions|id[ée]es|propos|publications) (?:m'appartiennent|sont (?:les )?miennes|sont (?:a|à) moi)`,
    `opinions? perso(?:nnelles?)?,? pas (?:celles?|celle) d[eu] (?:la job|mon employeur|l'employeur|la province|mon travail|mon minist[eè]re|la job)`,
    `(?:what i post|everything i post|what i write|my posts?)(?: here| on here)? (?:is|are) (?:mine|my own)(?: and (?:nobody|no one) else's| alone)`,
    `nothing i (?:post|say|write|share)(?: here| on here)? represents (?:the|my) (?:org|organization|organisation|employer|department|workplace|company|job|office)`,
    `(?:my )?own opinions?,? not (?:work's|my work's|my employer's|the department's|my job's)`,
    `off the clock and (?:this is )?(?:purely |strictly )?personal`,
    `(?:las |mis )?opiniones (?:aqui |expresadas )?(?:son )?(?:mias|personales)`,
    `meine meinung,? nicht (?:die )?(?:meines|meiner) arbeitgebers?`,
    `(?:ang )?(?:mga )?pananaw (?:dito )?ay sarili ko`,
    `(?:as )?opinioes (?:sao )?(?:minhas|pessoais)`,
    `(?:le )?opinioni (?:espresse )?sono (?:mie|personali)`,
    `(?:moje )?opinie (?:sa|są) (?:moje|prywatne)`,
  ])}`,
  'g',
);

/**
 * The general shape of a disclaimer, in one sentence: the employer named somehow, a dissociation
 * ("not", "nothing", "has no part") and speech ("post", "views", "speak", "reflects").
 */
const EMPLOYER = new RegExp(
  `${phrases([
    'employers?',
    'workplace',
    'my work',
    'my job',
    'where i work',
    'the (?:place|people|folks) (?:i work|who (?:pay|sign|employ))',
    'whoever (?:pays|employs|signs)',
    '(?:pays|signs) my (?:pay)?cheque',
    'the office',
    'my (?:department|ministry|branch|office|team|boss)',
    'the (?:province|government|department|ministry)',
    '(?:an?|any) official capacity',
    'officially',
    'official',
    "anyone's representative",
    'private citizen',
    'personal (?:capacity|account|acct|feed|page|take|views?|opinions?)',
    'off-?duty',
    'off(?:-| )the(?:-| )clock',
    'mon employeur',
    'mon travail',
    'mon lieu de travail',
    'le minist[eè]re',
    'au gouvernement',
    'comme employ[ée]e?',
    'titre (?:strictement )?personnel',
    'compte personnel',
    'propos personnels',
    'an? employee',
    'anyone (?:but|except|other than) me',
    '(?:for|of|represent|representing) anyone else',
    'my dept',
    'any organi[sz]ations?',
    'private (?:individual|person|citizen)',
    'on behalf of anyone',
    'anyone i work (?:for|with)',
    'mon employeur',
  ])}`,
);
const DISSOCIATE =
  /\b(?:not|no|nothing|none|zero|never|isn't|doesn't|don't|aren't|wasn't|nobody|personal|private|strictly|myself|for me|as me|on me|mine|only|ne|pas|rien|n'|aucun|non|personnel(?:le)?|seulement|uniquement)\b|n't\b|≠|!=|=\/=/;
const SPEECH =
  /\b(?:speak|speaks|speaking|say|says|said|post|posts|posted|posting|views?|opinions?|thoughts?|takes?|talking|voice|words?|reflects?|represents?|represent|endorsed?|endorses|affiliated|on behalf|responsible|signs? off|say in|part in|consulted|representative|account|acct|feed|page|capacity|parle|repr[ée]sente|engage|publie|propos|m'exprime|exprime|compte|positions?|imo|writing|au nom|two cents|2 cents)\b/;

export const disclaimer: Detector = {
  category: 'disclaimer',
  fields: ['post', 'profile'],
  scan({ lower }) {
    const found = spans(DISCLAIMER, lower);
    if (!found.length && EMPLOYER.test(lower) && DISSOCIATE.test(lower) && SPEECH.test(lower)) {
      const m = EMPLOYER.exec(lower)!;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    const hits: Hit[] = found.map((s) => ({
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
