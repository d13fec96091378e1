/**
 * government-voice — gr.personal-views: personal thoughts "may be misunderstood as expressing the
 * positions or opinions of the Manitoba government". Flags the writer speaking as, for or from inside
 * the government: a role tied to it ("As a nurse with Manitoba Health, I think", "I'm a Manitoba
 * government policy analyst"), speaking on its behalf, a unit's position ("Our branch thinks", "the
 * province's official stance"), or an insider's aside ("as someone who works for the province").
 * Sharing a public announcement, a citizen's complaint about government, "the minister at my church"
 * and a retirement post ("20 years as a corrections officer today") stay quiet.
 */
import {
  alt,
  type Detector,
  type Hit,
  phraseSet,
  phrases,
  type Signal,
  type SignalKind,
  signalsOf,
  spans,
} from '../hits.ts';
import { DEPARTMENTS, INSTITUTION } from '../lexicon.ts';

const INST = `(?:the )?(?:${INSTITUTION}|manitoba ${alt(DEPARTMENTS)}|the (?:provincial )?government|the province|the department|the ministry|the branch|core gov(?:ernmen)?t)`;
const GOV_ROLE = alt([
  'public servant',
  'civil servant',
  'government (?:employee|worker|staffer|official|analyst|lawyer|scientist|nurse|engineer|inspector|insider)',
  'provincial (?:employee|worker|staffer|official|civil servant|public servant|analyst|inspector|nurse)',
  '(?:crown|government) (?:prosecutor|attorney|counsel|lawyer)',
  'corrections? officer',
  'correctional officer',
  'conservation officer',
  'natural resource officer',
  "sheriff(?:'s officer)?",
  'deputy minister',
  'assistant deputy minister',
  'ministerial (?:staffer|assistant|advisor)',
  'political staffer',
  '(?:eia|cfs|income assistance) (?:worker|caseworker|case worker|counsellor|supervisor)',
  'fonctionnaire(?: provincial)?',
  '(?:land titles|driver|licen[cs]e|road test) examiner',
  '(?:provincial |government |govt |gov )?(?:wildfire|highways?|forestry|fisheries|hatchery) (?:tech|technician|officer|ranger|crew member|crew lead)',
  '(?:seasonal )?park (?:officer|ranger|patrol officer|interpreter)',
  'probation officer',
  'crown attorney',
  'member of the (?:manitoba )?public service',
]);
/** Any job word, for "a nurse with Manitoba Health", "a comms person inside it". */
const JOB = `(?:[a-z-]+ ){0,3}(?:employee|worker|staffer|official|analyst|advis[oe]r|officer|nurse|caseworker|case worker|consultant|manager|director|coordinator|clerk|specialist|inspector|engineer|planner|lawyer|scientist|teacher|counsellor|social worker|person|lead|supervisor|economist|auditor|investigator|technician|assistant|employ[ée]e?)`;

const AS_ROLE = new RegExp(
  `(?<!\\bnot |\\b(?:first|last|official|my) (?:official |real |full )?(?:day|week|shift) )\\b(?:(?:as an?|speaking as an?|replying as an?|writing as an?|i'm an?|i am an?|i've been an?|i have been an?|working as an?|being an?) |en tant qu(?:e |')(?:une? )?)(?:(?:manitoba |provincial |mb )?(?:${GOV_ROLE})|${INST} ${JOB}|${JOB} (?:with|for|at|in|inside|of|du|de la) ${INST})\\b(?!'s)`,
  'g',
);
const WORKING_FOR = new RegExp(
  `\\b(?:working|i work|i've worked|i have worked|i worked|i've been|i have been|i'm|i am|been) (?:for|at|in|with|inside) ${INST}(?: for \\d+ years)?`,
  'g',
);
const ON_BEHALF = new RegExp(
  `\\b(?:on behalf of|speaking for|au nom d[eu]s?|au nom de la) (?:the |our |my |notre |mon |ma |nos )?(?:${INST}|(?:[a-z]+ ){0,3}(?:office|branch|department|ministry|division|unit|region|direction|minist[eè]re|bureau|centre|center|facility|detachment|lab|clinic)|(?:health|justice|families|corrections|conservation|highways?|parks?|wildfire|fire|lab|library|registry|regional|district|field|eia|cfs|mti) (?:team|crew|staff)|(?:team|crew|staff) at (?:the )?(?:legislative|provincial|manitoba)|government|province|manitoba [a-z]+)`,
  'g',
);
const INSIDER = new RegExp(
  `\\b(?:as )?(?:someone|somebody|a person|an insider|one of the people|a comms person|a person) (?:on the inside|inside(?: it| the \\w+)?|(?:who (?:literally |actually )?works?|working) (?:for|in|at|with|inside) ${INST})|\\bfrom inside (?:the )?(?:department|ministry|government|province|branch|${INST})|\\bi say this as (?:a|an|someone) [^.!?\\n]{0,40}(?:inside|in|with|for|at) (?:it|the|${INST})|\\bas someone on the inside|\\bas (?:someone|somebody|a person) who (?:\\w+ )?works? (?:there|here)`,
  'g',
);
const UNIT = `(?:our|my) (?:department|ministry|branch|division|program area|regional office)|we in the (?:[a-z-]+ ){0,3}(?:branch|department|ministry|division|unit|office)|we at ${INST}|we here at ${INST}|we (?:in|from|over at) ${INST}`;
const UNIT_VOICE = new RegExp(
  `\\b(?:${UNIT}) (?:has |have |fully |strongly |firmly |really )?(?:decided|thinks?|believes?|supports?|backs?|opposes?|doesn't support|does not support|disagrees?|agrees?|(?:doesn't|does not|don't|do not) agree|stands? (?:by|behind|with)|wants?|is (?:against|for|committed|opposed|in favour|not happy)|are (?:against|for|committed|opposed|not happy)|are (?:pretty |very |really )?(?:disappointed|frustrated|upset|concerned|proud)|told the minister|position|stance|view|feels?)`,
  'g',
);
const OFFICIAL_POSITION = new RegExp(
  `\\b(?:${INST}|our (?:department|ministry|branch|government|office|unit|hatchery|lab|station|centre|center|park|program)|my (?:department|ministry|branch))(?:'s|s')? (?:official |formal |actual |real |true )?(?:stance|position|view|line(?! (?:is|number is):? (?:\\d|\\+|open|available|free|24))|policy|response|answer)(?: ?(?::|—|-)| (?:is|will be|here is|on this is))|\\b(?:our|the) official (?:stance|position|line|word|view)(?: (?:at|from|of) ${INST})?|\\bofficial word from (?:${INST}|the [a-z]+ side|(?:the )?(?:wildfire service|emo|emergency measures|parks|highways|conservation|mti|health|justice|families))|\\b(?:${INST})(?:'s|s')? (?:official )?(?:stance|position|view) on [^.!?\\n]{3,60}? (?:is|was|has always been) that|\\b(?:${INST})(?:'s|s')? (?:official )?(?:stance|position) has (?:always )?been|\\bthat's our (?:stance|position|view|line)|\\b${INST} (?:does not|doesn't|will not|won't) support`,
  'g',
);
/** Someone else's career: "my dad retired from the province after 32 years in Highways". */
const FAMILY_SUBJECT =
  /\b(?:(?:someone|somebody|a (?:friend|guy|lady|woman|man|buddy|neighbou?r)) (?:in|from|at) my [a-z]+(?: [a-z]+)?|(?:my|our) (?:ex-?(?:husband|wife|partner|boyfriend|girlfriend)?|dad|mom|mum|father|mother|husband|wife|partner|boyfriend|girlfriend|grandpa|grandma|grandfather|grandmother|uncle|aunt|brother|sister|son|daughter|friend|neighbou?r|cousin|fianc[eé]e?|roommate|landlord|in-laws?|(?:brother|sister|mother|father)-in-law)|(?:mon|ma|mes|notre|nos) (?:ex|p[eè]re|m[eè]re|mari|femme|conjointe?|chum|blonde|fils|filles?|fr[eè]res?|s[oœ]eurs?|oncle|tante|cousine?s?|grand-p[eè]re|grand-m[eè]re|voisine?|amie?|beau-p[eè]re|belle-m[eè]re|coloc|parents|enfants?))\b(?!.*\b(?:i|we|je|j|nous)\b)[^.!?\n]*$/;
/** Inside a pair of double quotation marks on the same line. */
function inQuotes(s: string, start: number, end: number): boolean {
  const lineStart = s.lastIndexOf('\n', start) + 1;
  const before = s.slice(lineStart, start);
  const opens = (before.match(/["“”]/g) ?? []).length;
  return opens % 2 === 1 && /["“”]/.test(s.slice(end, end + 200).split('\n')[0] ?? '');
}
const OTHER_JURISDICTION =
  /^\W{0,3}(?:here\W{0,3})?(?:\(|in |with |for |at )(?:the )?(?:alberta|sask\w*|saskatchewan|ontario|british columbia|qu[ée]bec|nova scotia|new brunswick|nunavut|nwt|yukon|federal|fed|csc|the feds|city of \w+)\b/;
const WE_AT = new RegExp(`\\b(?:we|us) (?:at|here at|over at|from) ${INST}`, 'g');
/** After "As a civil servant" comes a comma, a colon or "I": the role introduces what follows. */
const INTRO_AFTER =
  /^[^.!?\n]{0,25}?(?:[,:—]| - | i\b| we\b| je\b)| and (?:i|the|this|that|these|those|our|honestly|trust|let|my)\b/;
const IN_ROLE = new RegExp(
  `\\b(?:in my (?:role|capacity|position|job) (?:as|at|with|in) (?:an? |the )?[^.!?\\n]{0,40}?(?:${INST}|department|ministry|branch|province|government)|from where i sit (?:in|at|inside) (?:the )?(?:${INST}|department|ministry|branch|government)|trust me,? i work (?:there|for (?:them|the province|the government))|(?:the|our) department(?:'s)? (?:feels|thinks|believes|view|position|line) (?:is|that)|officially speaking|our official line|as (?:someone|a person) employed by ${INST})`,
  'g',
);
/** Short department names as people say them: "a Families employee", "an analyst in Finance". */
const DEPT_SHORT = alt([
  'finance',
  'health',
  'justice',
  'families',
  'education',
  'agriculture',
  'ag',
  'labour(?: (?:&|and) immigration)?',
  'immigration',
  'indigenous reconciliation',
  'conservation',
  'environment',
  'infrastructure',
  'mti',
  'transportation',
  'highways',
  'natural resources',
  'housing',
  'municipal relations',
  'advanced education',
  'economic development',
  'eia',
  'cfs',
  'corrections',
  'vital stats',
  'the registry',
  'the psc',
  'student aid',
  'central services',
  'emo',
  'emergency measures',
  'wildfire service',
  'land titles',
  'employment standards',
  'emergency management',
  'treasury board(?: secretariat)?',
  'health, seniors and long-term care',
  'sant[ée]',
  'indigenous relations',
  'public health',
  'court services',
  'health links',
  'cadham(?: lab)?',
  'sport,? culture (?:and|&) heritage',
  'victim services',
  'legal aid',
  'archives',
  'parks',
  'mines',
  'labour relations',
  'legislative assembly',
  'vital statistics',
  'familles',
  'finances',
  '[ée]ducation',
]);
const ROLE_OPENER = new RegExp(
  `(?:^|[.!?]\\s+|\\n)(?:(?!federal |municipal |city |town |school |u\\.?s\\.? |uk |british |american |ontario |alberta |bc |quebec |saskatchewan |sask |canadian )[a-z]+ )?(?:(?:manitoba |provincial |mb |senior |junior |seasonal )?(?:${GOV_ROLE})|${JOB} (?:at|with|in|for|w/) (?:${INST}|${DEPT_SHORT}))(?: (?:at|in|with|for) [a-z' .]{2,30}?)?(?=,|:| here\\b| weighing in| chiming in| (?:hot )?take\\b)`,
  'g',
);
/** Any job or team word: "licensing officer", "wildfire crew", "IT service desk", "staffer". */
const ANY_JOB = `(?:[a-z'-]+ ){0,3}(?:office|lab|unit|branch|employee|worker|staff|staffer|official|analyst|advis[oe]r|officer|inspector|nurse|caseworker|consultant|manager|director|coordinator|clerk|specialist|engineer|planner|lawyer|prosecutor|scientist|counsellor|clinician|dispatcher|technician|tech|crew|team|desk|sheriff|paramedic|operator|mechanic|librarian|biologist|economist|auditor|investigator|assistant|agent|agente|fonctionnaire|employ[ée]e?)s?`;
const PROVINCE = `(?:the province|the provincial government|the government|manitoba (?:government|${alt(DEPARTMENTS)})|mb (?:ag|gov|health|justice|families)|${INSTITUTION})`;
/** The writer ties themself to the government. */
const AFFILIATION = phraseSet([
  `${ANY_JOB} (?:for|with|w/|at|in|of) ${PROVINCE}`,
  `(?:i'm an?|i am an?|as an?|source:) provincial ${ANY_JOB}`,
  `provincial ${ANY_JOB}(?= (?:here|opinion|perspective|take|chiming)|:|,? (?:and|so|but) (?:i|we)\\b)`,
  `${ANY_JOB} (?:here|chiming in|perspective|opinion|take)\\b`,
  `(?:i|we) (?:work|worked|have worked) (?:for|at|in|with) ${PROVINCE}`,
  `(?:i|we) (?:work|worked) (?:in|at|for) (?:the )?(?:${alt(DEPARTMENTS)}|highways|conservation|corrections|the lab|the registry|vital stats)`,
  `(?:those of us|us folks|people like me|folks like me|one of (?:us|the people)|(?:as|i'm|i am|being|speaking as|from|coming from) someone) (?:at|in|with|inside|who (?:\\w+ )?(?:work|administer|deliver|run)s?|delivering|running|administering)`,
  `(?:staff|workers|employees|people|folks|crews?) like (?:me|us)`,
  `(?:proud to|i|we) (?:work for|serve (?:under|in)) (?:this|the|our) (?:government|province|premier|minister)`,
  `i (?:audit|inspect|review|process|administer|approve|manage|schedule|issue|adjudicate) [a-z' ]{2,30}? for (?:${PROVINCE}|shared health)`,
  `(?:day in the life of|life as) an? provincial`,
  `(?:the )?position of (?:our|my|the) (?:[a-z]+ ){0,4}(?:team|branch|department|ministry|office|unit)`,
  `(?:our|my) (?:[a-z]+ )?(?:branch|department|ministry|office|unit)(?:'s)? (?:view|position|stance|line|take|thinks?|believes?)`,
  `anyone in (?:our|my) (?:[a-z]+ )?(?:branch|department|ministry|office|unit)`,
  `(?:our|my) (?:team|branch|office|unit|department|ministry|crew|shop|division|program) (?:at|in|with) ${PROVINCE}`,
  `(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\\w+|thirty) years (?:in|at|with|for|working (?:for|in|at)|prosecuting in|serving) (?:the |this )?(?:province|government|highways|${alt(DEPARTMENTS)}|${INSTITUTION})`,
  `source: provincial`,
  `(?:je travaille|j'ai travaill[ée]) (?:au|pour le|à la|pour la|dans le) (?:minist[eè]re|gouvernement|province)`,
  `ici (?:une? )?(?:fonctionnaire|employ[ée]e?)`,
  `du c[ôo]t[ée] du minist[eè]re`,
  // "I do water licensing for the province" ("apply for the province's rebate" is not a job)
  `(?:yes,? )?for the province(?!'s)\\)?`,
  `i keep the province's`,
  `someone with a desk there`,
  `we at the (?:[a-z]+ ){1,3}(?:office|branch|unit|department|centre|center|lab|program)`,
  `(?:proud|honou?red|happy|privileged) to represent (?:manitoba|the province|the government|the department|our department)`,
  `years as an? (?:[a-z]+ ){1,3}(?:with|for|in) (?:the|this) province`,
  `as (?:someone|somebody|a person|one) who(?:'s| has)? (?:worked|been) (?:in|at|with|for) (?:manitoba|the province|the department|the ministry|the government|${DEPT_SHORT})`,
  `(?:je travaille|j'ai travaill[ée]) (?:au|à la|pour le|pour la|dans le) (?:secr[ée]tariat|bureau|direction|service|division)`,
  `moi qui travaille (?:à|au|pour|dans|avec)`,
  `(?:\\d+|[a-z]+) years as an? (?:[a-z]+ )?(?:correctional officer|corrections officer|conservation officer|crown attorney|prosecutor|caseworker|case worker|eia worker|cfs worker|public servant|civil servant|provincial [a-z]+)`,
  `(?:i|we) work in (?:ag|agriculture|families|justice|corrections|conservation|mti|infrastructure|eia|cfs|vital stats|land titles|student aid)\\b`,
  `from the desk of an? `,
  `i sit on the (?:working group|committee|review panel|board|steering committee|task force)`,
  `been an? (?:[a-z]+ )?(?:corrections officer|correctional officer|conservation officer|caseworker|case worker|crown attorney|probation officer|park ranger) for \\d+ years`,
  `from where i sit (?:in|at) (?:${DEPT_SHORT})`,
  `from the inside,? (?:it|this|that)`,
  `i (?:literally |actually )?(?:process|approve|review|handle|issue|inspect|adjudicate) (?:these|those|them) (?:all day|every day|daily|for a living)`,
  `i see (?:these|those) (?:files|cases|claims|applications) every day`,
  `that's us (?:doing|on|at|in)`,
  `i helped design the (?:process|system|draw|program|form|portal)`,
  `(?:at|in) a provincial (?:facility|hospital|lab|office|centre|center|jail|correctional centre) here`,
  `source: (?:am|i am|i'm) (?:government|gov|a public servant)`,
  `years (?:prosecuting|dispatching|nursing|inspecting|policing|teaching) (?:in|for|at|with)`,
  `(?:been )?(?:dispatching|prosecuting|nursing|inspecting) for the`,
  `(?:our|my) (?:branch|unit|team|department|office) (?:worked|has worked|spent) (?:really |so )?hard on`,
  `working in (?:${DEPT_SHORT}) i (?:see|know|can)`,
  `everyone inside knows`,
  // own65: the writer behind the decision, and the branch they sit in now
  `(?:i'm|i am) the (?:guy|one|person|woman|lady|gal|analyst|nerd) who (?:drafted|wrote|designed|built|approved|ran|modell?ed) the `,
  `(?:currently|now|still) (?:in|at|with) the (?:[a-z]+ ){0,2}(?:policy |program |operations )?(?:branch|division|secretariat|directorate)\\b`,
  `i'll say what the (?:department|ministry|government|minister|province|branch) (?:can't|won't|cannot)`,
  `i work (?:in|on|for) (?:the|this|that) (?:branch|file|program|unit|team)(?: that| which)?`,
  `defending (?:my|our) (?:department|ministry|branch|office|team)`,
  `in the provincial (?:system|service|government|public service)`,
  `[—–] ?[a-z]+, (?:phn|rn|lpn|rpn|co|cfs|eia|nro|crown)\\b`,
  `from an? provincial ${ANY_JOB}`,
  `someone who (?:sat|was|has been) in (?:those|the|all the) meetings`,
  `(?:my colleagues|my team|my coworkers|my co-workers) and i (?:at|in) (?:the )?`,
  `(?:when|if) you work (?:the [a-z ]{3,20} )?(?:at|in|for) (?:${DEPT_SHORT}|the province)`,
  `the province signs my (?:pay)?cheques?`,
  `(?:après|depuis) \\d+ ans (?:sur le terrain |au service )?(?:avec|à|au|dans|pour) (?:la |le |l')?(?:conservation|sant[ée]|justice|familles|province|gouvernement|minist[eè]re)`,
  `(?:years|yrs) of [a-z ]{3,30} work for (?:the|this) province`,
  `(?:nous autres|nous|on),? (?:au|du) (?:minist[eè]re|bureau|secr[ée]tariat|direction)`,
  `quelqu'un qui travaille (?:sur le dossier|au minist[eè]re|pour la province|pour le gouvernement)`,
  `i work in the (?:secr[ée]tariat|legislature|registry|lab)`,
  `working (?:at|in|for) (?:${DEPT_SHORT}) for`,
  `(?:my (?:whole |entire )?career|\\d+ years|decades) (?:in [a-z ]{3,30} )?(?:for|with|at|serving) (?:this|the) province`,
  `(?:hot take|psa|reminder|fyi|tip|take|a word) from (?:a|an|your)(?: friendly)?(?: neighbou?rhood)? (?:[a-z0-9]+ ){0,2}(?:dispatcher|officer|inspector|analyst|caseworker|nurse|ranger|co|clerk|engineer|worker|staffer|tech)`,
  `we (?:test|inspect|monitor|sample|check|survey) (?:[a-z]+ ){0,3}(?:weekly|daily|every (?:day|week|month|year)|regularly)`,
  `(?:i'd|i would|i should|trust me,? i'd) know\\b(?=[,.;:—)!]| (?:since|because|as|i) )`,
  `source: (?:i|me|my)\\b(?! (?:sell|sold|consult|own|run) )`,
  `as the (?:person|one|guy|gal|lady|woman|man|people|ones|folks) (?:who|that) (?:literally |actually |personally )?(?:process(?:es)?|approves?|handles?|runs?|reviews?|writes?|wrote|answers?|enforces?|manages?|administers?|issues?|inspects?|drafted|built)`,
  `i (?:literally |actually )?(?:helped |help )?(?:write|wrote|drafted?|built|designed|negotiated) (?:the|this|that) (?:reg|regulation|policy|bill|plan|program|legislation|act|rules|framework|portal|strategy|guidelines)`,
  `i (?:answer|staff|work|run|cover) the (?:[a-z]+ ){0,2}(?:intake|phone|help|info|call|tip) (?:line|desk|centre|center)`,
  `i represent (?:the )?(?:[a-z]+ ){1,3}(?:services?|branch|department|ministry|office|program|province|government)`,
  `i(?:'m| am) on the (?:[a-z]+ )?(?:team|crew|committee|working group) (?:that|who) (?:built|wrote|designed|runs|drafted|developed|manages|handles|negotiated)`,
  `one of the people (?:who (?:actually |literally )?(?:wrote|drafted|built|designed|developed|negotiated|works? on|worked on)|on (?:the|this|that) file)`,
  `(?:i|we) (?:literally |actually )(?:work|worked) (?:in|at|for) (?:the )?(?:${alt(DEPARTMENTS)}|${DEPT_SHORT}|highways|the registry|the legislature)`,
  `(?:i|we) (?:work|worked) (?:in|at|for) (?:the )?(?:archives|legislature|land titles|vital statistics|victim services|indigenous relations)`,
  `(?:[—–]|signed,?) (?:an? )?(?:proud )?(?:${DEPT_SHORT}) (?:crew|team|staff|engineer|employee|analyst|worker|staffer|inspector)s?`,
  `from (?:my end|behind the [a-z ]+ counter|inside) (?:at )?(?:the )?(?:department|ministry|province|government)?`,
  '(?:jail|prison|corrections) guard',
  'highway inspectors?',
  'agente? de (?:conservation|probation|correction)',
  `(?:worked|working|been) (?:in|at|for) (?:${DEPT_SHORT}) (?:for )?\\d+ (?:years|yrs)`,
  `as an? (?:mb|manitoba) (?:${DEPT_SHORT}) (?:employee|worker|staffer|nurse|analyst|person|tech|clerk|officer)`,
  `(?:\\d+|[a-z]+) (?:years|yrs) (?:on|at|in) the (?:[a-z]+ ){0,3}(?:desk|counter|line|floor|unit|office|branch|registry)`,
  `been an? (?:provincial |government )?(?:[a-z]+ ){0,2}(?:inspector|officer|examiner|caseworker|analyst|clerk|nurse|tech|technician|engineer|biologist|adjudicator) for (?:\\d+|[a-z]+) (?:years|yrs)`,
  `(?:i've been|i have been|been) with (?:the )?(?:wildfire service|${DEPT_SHORT}|${INST}) (?:for )?(?:\\d+|[a-z]+) (?:years|yrs)`,
  `as an? (?:\\d+|[a-z]+)-year (?:${DEPT_SHORT}|provincial|government) (?:employee|worker|staffer|veteran|vet)`,
  `travaillant (?:au|pour le|à la|pour la|dans le) (?:gouvernement|minist[eè]re|province)`,
  `en tant que [a-zéèêç'-]+(?: [a-zéèêç'-]+)? (?:au|à la|du|de la|pour le|pour la|dans le) (?:bureau|minist[eè]re|gouvernement|province|secr[ée]tariat|direction)`,
  `i(?:'m| am) on the (?:[a-z]+ )?(?:team|crew|committee|working group) (?:writing|drafting|building|designing|developing|reviewing|rewriting)`,
  `i (?:administer|adjudicate|approve) (?:them|those|these)\\b`,
  `c'est mon dossier (?:au|à la) (?:minist[eè]re|bureau|direction)`,
  `(?:being )?on the inside (?:at|in) (?:${DEPT_SHORT}|the department|the ministry|${INST})`,
  `(?:[a-z]+ )?(?:highways|conservation|parks|wildfire|emo|eia|cfs|mti|vital stats|land titles) here[,:]`,
  `[—–-] ?[a-z]+, (?:emo|mti|parks|highways|ag|conservation|wildfire)\\b`,
  `[—–-] ?(?:a|an|one of the|your friendly|your) (?:[a-z]+ ){0,2}(?:highways?|parks?|conservation|wildfire|mti|eia|cfs|provincial|government|department) (?:tech|engineer|inspector|officer|worker|crew|staffer|analyst)s?`,
  `[—–-] ?one of the (?:engineers|inspectors|analysts|officers|staff|people) who (?:signed off|approved|designed|reviewed|wrote)`,
  `(?:as an?|i'm an?|commenting as an?) (?:seasonal|summer student|student|intern|co-?op student|term employee|casual)(?: [a-z]+)? (?:w/|with|at|in|for) (?:${DEPT_SHORT}|${PROVINCE}|mb ag|natural resources)`,
]);
/** A position or evaluation stated for the unit or the government. */
const POSITION =
  /\b(?:is|are|was) (?:right|wrong|correct|great|overdue|realistic|fine|false|a (?:good|bad|terrible|great) (?:rule|idea|call|deal|bill|plan)|a (?:mistake|disaster|gimmick|waste|joke|dead end))\b|\b(?:we|the department|the ministry|the branch|the province) (?:fully |strongly |firmly )?(?:back|backs|support|supports|oppose|opposes|believe|believes|think|thinks|stand by|stands by|are (?:against|behind|proud)|is (?:fully )?behind|made the right call)|\b(?:(?:our|my|the) (?:branch|department|ministry|office|unit|team|shop)(?:'s)? (?:view|position|stance|consensus|line|take))|\b(?:garbage|gimmick|overhyped|trash|waste of|is the best|is the worst|in canada, fight me|complain all you want|don't blame|not on us|on est contre|appuie|notre position|c'est notre|on trouve)\b|\b(?:100%|absolutely|completely|totally|dead) (?:correct|right|wrong)\b|\b(?:way )?too (?:soft|weak|lax|strict|harsh)\b|\b(?:is|are) (?:broken|weak|long overdue|overdue|the right (?:call|policy|move|decision))\b|\bstands? behind\b|\bshould\b|\bposition\b/;
/** The writer defends or explains an institution's decision as "we": "the delay isn't on us", "please read our notice". */
const DEFENCE = new RegExp(
  `${phrases([
    "(?:isn't|is not|wasn't|was not|not) on us",
    "(?:isn't|is not|wasn't|not) our (?:fault|doing|call|decision)",
    '(?:we|the (?:lab|department|ministry|branch|office|unit|province)) stands? (?:by|behind) (?:its|our|the|that|this) (?:[a-z.]+ ){0,4}?(?:results?|decision|findings?|process|numbers|call|work|approach|data|science|position|staff)',
    'please (?:read|see|check) our (?:notice|release|website|site|faq|update|statement|bulletin|advisory)',
    "we(?:'ve| have) (?:explained|said|posted|clarified|answered) (?:this|it|that)",
    "like we (?:haven't|have not|didn't) (?:been )?(?:begging|asking|warning|pushing|flagging|requesting)",
    'we reviewed (?:it|this|that|the (?:\\w+ ){0,2}(?:file|case|complaint|incident|samples?|data))',
    'the rumou?r (?:that|about) [^.!?\\n]{0,60}(?:is|was) (?:false|wrong|untrue|not true)',
    "(?:for (?:anyone|those|everyone|all) (?:wondering|asking)|to (?:everyone|all of you|those|anyone) asking|pour ceux qui se demandent)[^.!?\\n]{0,80}?[:,—-] ?(?:(?:yes|no|nope|yep),? )?(?:we(?:'re| are|'ve| have| did| do)|the (?:province|department|ministry) (?:is|did|has|isn't|is not)|nous|on (?:a|va|est))\\b",
    "(?:we|the department|the province|the ministry) (?:don't|doesn't|do not|does not) (?:set|decide|control|run|manage|approve) (?:the )?",
    'our (?:survey|sampling|monitoring|inspection|test|lab|field) (?:data|results|numbers|counts)',
    '(?:lots of|a lot of|so much|seeing (?:lots of |a lot of |so much )?)misinformation (?:about|on|going around)',
    'the rumou?r is (?:wrong|false|untrue|not true)',
    '(?:is|was) on us,? not',
    'blame us for',
    'we had no choice',
    "we (?:don't|do not) (?:plow|fund|cover|approve|run|manage|maintain|patch|inspect|grade) (?:that|those|the|this)",
    '(?:we|they) (?:patch|plow|inspect|process|review|prioriti[sz]e|rank|schedule) (?:them |these |those )?(?:in the order|based on|according to)',
    'we look at (?:the )?[a-z ]{2,20} first',
    '(?:our|my) (?:team|branch|unit|office|department) stands? (?:by|behind) (?:it|this|that|the)',
    '(?:costs|cost) us to (?:keep|run|maintain|staff)',
    "we (?:can't|cannot|can no longer|no longer) accept",
    "we're the experts",
    'the reason your (?:[a-z]+ ){0,2}[a-z]+ (?:got|was|is) (?:bounced|denied|rejected|flagged|returned|short|late|delayed|held|cut)',
    'we get \\d+ (?:work orders|calls|files|applications|claims) a day',
    'we posted (?:it|this|that) (?:everywhere|online|on the website)',
    'we changed (?:it|this|that|the \\w+) because',
    'in our (?:workplan|work plan|business plan)',
    '(?:the )?(?:guidelines|rules) we publish',
    'we report (?:results|numbers|data)',
    '(?:is|was) on the federal side',
    'we said (?:up to|that|it would)',
    'our (?:technical )?review',
    'our consultation',
    'we put (?:them|it|those|these|the \\w+) in (?:place )?because',
    'our (?:inspectors|officers|crews|staff|caseworkers|nurses|techs|team) (?:did|have|went|were|found|visited|checked|tested)',
    'the reason (?:your|the) (?:[a-z]+ ){0,2}(?:permit|application|cheque|claim|file|licen[cs]e|payment|refund|road|project)s? (?:is|are|was) (?:taking|late|delayed|slow|held)',
    '(?:keep|stop) blaming (?:the crown|the department|the province|the ministry|us)',
    "we (?:didn't|did not) have (?:a|any|much) choice",
  ])}`,
  'g',
);
/** Jobs that are (almost) only public-sector. */
const PUBLIC_JOB = alt([
  'co',
  'ranger',
  'park interpreter',
  'corrections? officer',
  'correctional officer',
  'prosecutor',
  'crown(?: attorney| counsel)?',
  'caseworker',
  'case worker',
  'eia worker',
  'cfs worker',
  'policy analyst',
  'conservation officer',
  'natural resource officer',
  'park officer',
  'public health nurse',
  'probation officer',
  'provincial (?:park )?(?:ranger|officer|interpreter)',
  'parole officer',
  'court clerk',
  '(?:infirmi[eè]re?|analyste|agente?|conseill[eè]re?|inspect(?:eur|rice)|technicien(?:ne)?) (?:à|au|de|du|chez) (?:sant[ée]|justice|familles|agriculture|conservation|finances)(?: manitoba)?',
  'fonctionnaire(?: provinciale?)?',
  "(?:analyste|agente?|conseill[eè]re?|inspect(?:eur|rice)|infirmi[eè]re?|technicien(?:ne)?)(?: de [a-zéè' ]{3,25}?)? (?:au|du|pour le|à la|au sein du) (?:gouvernement|minist[eè]re|province|secr[ée]tariat)",
  'sheriff',
  'inspector',
  'civil servant',
  'public servant',
  "gov(?:'?t|ernment)? (?:[a-z]+ )?(?:guy|gal|worker|employee|analyst|lawyer|staffer)",
  'provincial (?:[a-z]+ )?(?:employee|worker|analyst|officer|inspector|nurse|staffer)',
  `(?:${DEPT_SHORT})(?: department| dept\\.?)? (?:employee|staffer|analyst|worker|clerk|officer|tech|technician|nurse|inspector|coordinator|manager|supervisor)`,
  `(?:[a-z]+ ){0,2}(?:analyst|officer|employee|nurse|economist|planner|clerk|advis[oe]r|coordinator|lawyer|specialist|member|tech|technician|worker|staffer|manager|supervisor|inspector) (?:in|with|at|for|employed by) (?:the )?(?:${DEPT_SHORT}|province|provincial government)`,
  'employ[ée]e? (?:de|du|de la|au) (?:gouvernement|province|sant[ée] manitoba|minist[eè]re)',
  "employ[ée]e? (?:de|du|de la|des|au) (?:la |l')?(?:[a-zàâçéèêëîïôûù']+ ){0,3}provinciale?s?",
  'employ[ée]e? (?:de|du|de la|au) (?:la )?(?:sant[ée]|justice|familles|finances|[ée]ducation|agriculture)',
  '(?:mines?|food safety|livestock|crop|environment(?:al)?|employment standards|labour standards|workplace safety|wildlife|fisheries|liquor) (?:inspector|officer)',
  '(?:manitoba )?parks? (?:ranger|officer|interpreter|staffer|employee|worker|patroller)',
  `(?:manitoba )?(?:${DEPT_SHORT}) (?:engineer|staffer|crew|archivist|ranger|analyst|employee)`,
]);
/** "As a CO at Milner Ridge, …", "speaking as a Families employee: …": the role introduces an opinion. */
const AS_PUBLIC_JOB = new RegExp(
  `(?<!\\bnot )\\b(?:(?:as|speaking as|writing as|sharing this as|i say (?:that|this|it) as) an? |(?:speaking )?as one of the |en tant qu(?:e |')(?:une? )?|(?:je parle |j'[ée]cris )?comme (?:une? )?)(?:senior |junior |former )?(?:\\d+-year |[a-z]+-year )?(?:${PUBLIC_JOB})s?\\b(?!'s)`,
  'g',
);
/**
 * Years in a department ("Ten years at Vital Stats", "20 years in the branch"): who the writer is. It speaks
 * for the government only beside an opinion ("…and I can tell you the cuts are wrong").
 */
const TENURE = new RegExp(
  `\\b(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-\\w+|thirty|thirty-\\w+) years (?:in|at|with) (?:this|the|our) (?:department|ministry|branch|public service|civil service)|(?:\\d+|fifteen|twenty|thirty|ten) years (?:in|at|with) (?:${DEPT_SHORT}))\\b`,
  'g',
);
/** Institutional voice: what a department's spokesperson writes. */
const OFFICIAL_SPEAK = phraseSet([
  '(?:the|our) (?:department|ministry|government|province|branch|office) (?:takes|is taking) (?:these|this|your|all) (?:[a-z]+ ){0,3}(?:concerns?|feedback|complaints?|reports?) seriously',
  "(?:we|the department|the ministry|the province|the government)(?:'re| are| is| will be) (?:reviewing|looking into) (?:options|these concerns|the situation|your concerns|this matter)",
  'responding in due course',
  'we apologi[sz]e for (?:the|any) (?:wait|delay|inconvenience|confusion)',
  'on behalf of (?:everyone|all of us|the team|the staff) at',
  'just to clarify for everyone',
  'correcting the record',
  'to clear up the confusion',
  'let me explain what the (?:department|ministry|government|province|branch)',
  "(?:the )?(?:department|ministry|government|province) (?:is not|isn't|is NOT|did not|didn't|does not|doesn't) (?:changing|requiring|cancell?ing|closing|cutting|see|support|planning|charging|raising|increasing)",
  "(?:we're|we are) short[- ]staffed, the (?:province|department|ministry) is aware",
  'the closure (?:on|of) [^.!?\\n]{0,40} is for',
  'au nom du (?:minist[eè]re|gouvernement|bureau)',
  "(?:notre|mon) (?:minist[eè]re|bureau|direction) (?:appuie|soutient|ne soutient pas|s'oppose|est contre|ne reculera pas|refuse)",
  "le minist[eè]re (?:de [^ ]+ )?(?:ne soutient pas|appuie|soutient|s'oppose|refuse)",
  'je vous (?:le )?(?:dis|confirme) au nom',
  'set(?:ting)? the record straight',
  '(?:please )?stop spreading (?:rumou?rs|misinformation|lies)',
  'correcting (?:a lot of |some )?(?:the )?misinformation',
  'clarification from someone who (?:actually )?(?:processes|works|handles|runs|approves)',
  "the (?:department|ministry|province|government) (?:doesn't|does not|won't|can't) comment on",
  'the (?:department|ministry|province|branch) made (?:this|that|the) (?:call|decision)',
  'to everyone blaming us',
  `our position (?:at|in) (?:${DEPT_SHORT})`,
  `(?:we|us) \\(as in (?:${DEPT_SHORT})\\)`,
  `(?:i'm|i am|im) (?:in|with|at) (?:${DEPT_SHORT})(?:[,\\w&' -]{0,40}?)? (?:and|so) (?:i|we)\\b`,
  `manitoba (?:${DEPT_SHORT}|${alt(DEPARTMENTS)}|government) (?:wants|would like|asks|reminds|regrets|thanks|considers|believes|stands|supports|is asking|is committed)`,
  'regrets the inconvenience',
  'regrets the (?:confusion|error|delay|mix-up)',
  '(?:^|\\n)statement:',
  `(?:manitoba (?:${DEPT_SHORT}|${alt(DEPARTMENTS)})|the (?:department|ministry|province|government)) (?:takes|is taking) (?:every|all|these|this|your|each) (?:[a-z]+ ){0,3}seriously`,
  'on behalf of (?:everyone|all of us|the team|the staff|the crew|my colleagues) (?:at|in)',
  "we(?:'ve| have) heard (?:your|the|all the|everyone's) (?:[a-z]+ ){0,2}(?:concerns|feedback|complaints)",
  "we(?:'re| are) (?:aware of|looking into|working on) (?:the|this|that) (?:[a-z]+ ){0,2}(?:issue|problem|outage|delay|glitch|backlog)s?",
  "(?:we're|we are) reviewing our (?:[a-z]+ ){0,2}(?:practices|polic(?:y|ies)|process(?:es)?|procedures|approach)",
  'correction to (?:the|that|this) (?:[a-z]+ ){0,2}(?:piece|article|story|report|headline)',
  "(?:the )?(?:department|ministry|government|province) (?:did not|didn't|did NOT|never) (?:cut|cancel|close|change|end|eliminate|reduce|lose|hide|scrap|kill|cause)",
  "(?:the )?(?:department|ministry|government|province) (?:isn't|is not) ['\"]?(?:hiding|sitting on|burying|ignoring)",
  `(?:from|signed,?) (?:the )?(?:folks|team|crew|staff|people|gang|everyone) (?:at|in|from) (?:${DEPT_SHORT})\\b`,
  `au nom de (?:notre|mon|ma|nos) (?:direction|minist[eè]re|bureau|[ée]quipe|service|division)`,
  'we in the (?:civil|public) service',
  "we(?:'re| are) not silent",
  'mise au point',
  'petite correction',
  'nous maintenons notre d[ée]cision',
  'on a bien lu vos commentaires',
  '(?:is|are) on it\\b',
  'the department (?:requires|needs|asks for)',
  'your friends at (?:mb|manitoba) ',
  'the department (?:already )?(?:responded|replied) to your',
  "we(?:'re| are) aware (?:the|that) ",
  "we(?:'re| are) on it\\b",
  "le (?:minist[eè]re|gouvernement) (?:n'a|a) (?:jamais|pas) (?:dit|annonc[ée]|d[ée]cid[ée]|pr[ée]vu)",
  'working on a fix',
  'clarifying (?:since|for|because)',
  "(?:the )?(?:department|ministry|government|province) (?:is not|isn't|is NOT) going to (?:cut|close|change|cancel|take)",
  '(?:friendly )?(?:reminder|psa|update|message) from (?:your|the) (?:local )?(?:public health|health|conservation|parks|highways|mti|district|regional) (?:office|unit|team|crew|branch)',
  'for the record:? (?:manitoba|the department|the province|the ministry|we|our)',
  'we said so in our (?:response|submission|reply|letter)',
  "we(?:'re| are) (?:not|NOT) (?:closing|cutting|cancell?ing|moving|changing|selling|ending|scrapping|privati[sz]ing|selling off|dropping) (?:the|our|any)",
  "le minist[eè]re (?:n'a|a) (?:jamais|pas) dit",
  'why we decided (?:to|not to)',
  'update from (?:our|the) (?:crew|team|branch|office|unit|department|district)',
  'speaking for (?:literally )?(?:everyone|all of us) (?:on|in|at) (?:my|our|the)',
  "le minist[eè]re (?:de (?:la |l')?[a-zéè]+ )?(?:a|n'a) (?:jamais|pas) (?:voulu|d[ée]cid[ée]|annul[ée]|coup[ée]|ferm[ée])",
  "je r[ée]ponds (?:ici )?(?:pour|au nom de) (?:le|la|l'|notre)",
  'pr[ée]cision officielle',
  "le minist[eè]re (?:de (?:la |l')?[a-zéè]+ )?(?:tient à|veut|souhaite|aimerait) (?:rassurer|pr[ée]ciser|rappeler|informer|dire|clarifier)",
  '(?:la )?position (?:de notre|du|de mon) (?:minist[eè]re|gouvernement|direction|bureau)',
  "clarify (?:the|our|my) (?:department|ministry|province|government)(?:'s|s')? (?:position|stance|view)",
  "(?:our|my) (?:department|ministry|branch|office)(?:'s|s')? (?:response|answer|position|view) (?:to|on) [^.!?\\n]{3,60}? is",
  "(?:that's|this is|here's) the official (?:answer|word|line|position|response)",
  'our message (?:to|for) (?:[a-z]+ ){0,2}(?:is|:)',
  'to clarify what (?:my|our|the) (?:department|ministry|branch|office|unit) (?:meant|said|means)',
  'the answer from (?:the|our|my) (?:department|ministry|branch|province|office) is',
  "we (?:don't|do not|can't|cannot) comment on (?:individual|specific|particular|active) (?:cases|files|situations|matters)",
  '(?:the )?(?:government|province|department|ministry) has heard (?:the|your) (?:[a-z]+ ){0,2}concerns',
  'le minist[eè]re a (?:bien )?re[çc]u',
  'nous (?:les |le |la )?[ée]tudions',
  'nous sommes conscients',
  'nous travaillons (?:à|a|sur|fort)',
  "la province (?:n'a jamais|ne va pas|n'a pas|ne ferme pas|ne coupe pas)",
  "(?:c'est )?la position du (?:minist[eè]re|gouvernement)",
  '(?:told|gave) (?:the |a )?(?:[a-z]+ ){0,3}(?:reporter|journalist)s? our line',
  '(?:just )?to clear (?:things|this|that|it) up',
  "(?:we're|we are) working on it",
  "i(?:'m| am) (?:literally |actually )?the (?:one|person|guy|gal|woman|man) who (?:writes|drafts|processes|approves|runs|reviews|handles|signs|issues)",
  'as (?:someone|somebody|a person) who (?:literally |actually )?(?:processes|approves|reviews|handles|writes|drafts|runs|administers|inspects|signs) (?:these|those|the)',
  'i (?:literally |actually )?(?:draft|write|process|approve|run|review|handle|issue|inspect|test|assess|adjudicate) (?:these|those|the) (?:[a-z]+ ){0,2}(?:regulations|regs|grants|applications|samples|files|permits|claims|briefing notes|briefings|cases|licen[cs]es|tests|inspections|appeals)(?= for a living| every day| daily|,| at| so| and)',
  "(?:we're|we are) (?:so |very |really )?sorry (?:about|for) the (?:[a-z]+ ){0,2}(?:delays?|wait(?:s|ing)?|backlog|outage|confusion|closures?)",
  'our (?:official )?(?:position|response|statement|stance) (?:is|to|on)',
  'our official (?:response|statement|position)',
  '(?:the|our) (?:province|department|ministry|government) has decided',
  'as the (?:people|ones|team|folks) who (?:actually )?(?:run|manage|administer|deliver|built|wrote|operate)',
  'we want to be clear',
  'to clarify (?:for|to) (?:everyone|this group|the group|folks|all|you all)',
  "(?:i'm|i am|im) (?:in|with) the (?:[a-z]+ ){1,3}(?:branch|division|unit|secretariat|directorate)(?:,| and| so)",
  'au nom de (?:mes|nos) coll[eè]gues',
  `working in (?:${DEPT_SHORT}|${alt(DEPARTMENTS)})(?: and [a-z ]{3,30})?,`,
  '(?:ea|executive assistant|assistant|advis[oe]r|staffer|chief of staff) (?:to|for) (?:a |the )?(?:deputy minister|minister|adm|dm|premier)',
  `(?:manitoba (?:${DEPT_SHORT}|parks)|the (?:province|department|ministry)) (?:would like to|wants to|wishes to) remind`,
  'the (?:department|ministry|province) (?:reads|interprets|sees|views|considers|treats) (?:it|this|that|the)',
  "speaking for (?:the |our |my )?[a-z']+(?: [a-z']+)? office",
  "au nom de (?:la|le|l')(?: ?direction| ?division| ?bureau| ?minist[eè]re| ?service)",
  `(?:mes coll[eè]gues et moi|nous) au (?:bureau|minist[eè]re|service) [^,.!?]{0,40},? on (?:appuie|soutient|est contre|trouve|pense|croit)`,
  `(?:${DEPT_SHORT}) (?:is not|isn't|is NOT) (?:cutting|closing|changing|cancell?ing|ending|scrapping|raising)`,
  "we(?:'ve| have) been (?:very |quite |really )?clear (?:about|on)",
  'pour r[ée]tablir les faits',
  "(?:our|my) (?:branch|department|ministry|unit|office) (?:reviewed|looked at|assessed) (?:it|this|that|them) and (?:we're|we are) (?:confident|satisfied|comfortable)",
  '(?:our|the) (?:fee|rate|price|tuition|licence|permit) (?:increase|hike|change) (?:was|is) (?:necessary|needed|required|justified)',
  "we(?:'ve| have) explained (?:this|it|that) (?:\\w+ )?(?:times|already|before)",
  "for the record,? (?:manitoba|mb) [a-z]+ (?:does not|doesn't|did not|didn't|is not|isn't|never)",
  'stop the misinformation',
  '(?:inside view|insider view|view from (?:the )?inside|perspective|take) from an? (?:provincial |manitoba )?(?:civil|public) servant',
  "we(?:'ve| have) heard you",
  'the (?:province|government|department|ministry) is listening',
  '(?:the )?(?:department|ministry|province) has (?:seen|received|reviewed|read) (?:the|your)',
  `(?:manitoba )?(?:${DEPT_SHORT})(?:'s|')? (?:official )?(?:position|stance|view) (?:has always been|is|was)`,
  `manitoba (?:${DEPT_SHORT}) (?:doesn't|does not|won't|will not) (?:maintain|plow|fund|cover|own|run|handle)`,
  "(?:that's|thats|that is) not (?:the|our) (?:department's|ministry's|province's|branch's|government's) position",
  'official word from (?:our|my) (?:office|branch|department|unit|team|crew)',
  '(?:the )?(?:department|ministry|province) followed (?:every|all|the) (?:[a-z]+ )?(?:rules?|procedures?|process(?:es)?)',
  '(?:and )?we stand by (?:it|that|this|the decision|our decision)',
  'our position has always been',
  `(?:semi-?official|official-?ish|unofficial) (?:answer|word|response) from (?:someone|somebody) (?:in|at) (?:${DEPT_SHORT})`,
  '(?:the )?(?:department|ministry|province) (?:picked|chose|decided on|selected) (?:it|this|that|the)',
  "(?:the )?(?:department|ministry|province|government)(?:'s| is) (?:just )?(?:reviewing|looking at|looking into) (?:it|that|this)",
]);
/** "We at Conservation", "we in Corrections": the writer speaks as the department. */
const WE_AT_DEPT = new RegExp(
  `\\b(?:we|us) (?:at|in|here at|over at|from) (?:${DEPT_SHORT})\\b(?! (?:college|university|school|program|class))`,
  'g',
);
/** "we (Manitoba Health) recommend", "(I'm at the department)": the writer names the department they speak for. */
const WE_PAREN = new RegExp(
  `\\bwe \\((?:as in )?(?:manitoba|mb|the province|the department|the ministry|the branch|${DEPT_SHORT})\\b[^)]{0,40}\\)|\\((?:i'm|i am|im|i work) (?:at|in|with|from|for) (?:the )?(?:department|dept|ministry|province|branch|${DEPT_SHORT})\\b[^)]{0,30}\\)`,
  'g',
);
/** "I'm at the MTI district office", "I work in the Fisheries branch", "je suis agente à Éducation Manitoba". */
const DEPT_SELF = new RegExp(
  `\\bi work there\\b|\\b(?:i'm|i am|im|i work|i'm one of the [a-z]+) (?:at|in|with|for) the (?:${DEPT_SHORT}|fisheries|wildlife|forestry|drainage|water rights|crown lands|lands|licensing|permits?|assessment|provincial|district|regional) (?:district |regional |head |field |main )?(?:office|branch|division|unit|yard)\\b|\\b(?:je travaille|je suis (?:une? )?(?:agente?|analyste|conseill[eè]re?|inspect(?:eur|rice)|infirmi[eè]re?|technicien(?:ne)?|fonctionnaire|employ[ée]e?)) (?:a|au|chez|pour|de|dans) (?:${DEPT_SHORT})(?: manitoba)?\\b`,
  'g',
);
/** Credentials from inside: "having processed hundreds of these", "I literally administer the program". */
const CREDENTIAL = new RegExp(
  `${phrases([
    'having (?:processed|reviewed|handled|approved|inspected|administered|sat in on|worked on|written|assessed) (?:literally )?(?:hundreds|thousands|dozens|\\d+|many|years of|these|those)',
    'as someone who (?:writes|drafts|processes|approves|reviews|administers|runs|inspects) [a-z ]{2,30}? for a living',
    'in my (?:unit|branch|office|program|department|ministry|region) we (?:see|deal|handle|process)',
    'i (?:literally |actually )?(?:administer|run|manage|oversee|deliver) the [a-z ]{2,40}? program',
    'from the inside:',
    'speaking for (?:myself but also|basically|pretty much) (?:for )?(?:basically )?(?:everyone|all of us) (?:in|at) ',
    `i work (?:${DEPT_SHORT})(?: intake| desk| front counter)?\\b`,
    '(?:years|yrs) as an? (?:[a-z]+ )?(?:analyst|officer|caseworker|inspector|advis[oe]r|manager) (?:in|with|for) (?:this|the) (?:government|province)',
    '(?:speaking )?as (?:one of )?the (?:[a-z]+ )?(?:analysts?|people|ones|team|staff|person) who (?:drafted|wrote|designed|built|negotiated|approved) (?:it|this|that|the)',
    `i (?:write|draft|make|set) policy (?:for|at|in) (?:manitoba )?(?:${DEPT_SHORT})`,
    `(?:speaking )?as an? (?:${DEPT_SHORT}) (?:[a-z]+ )?(?:manager|worker|analyst|officer|nurse|clerk|inspector|caseworker)`,
  ])}`,
  'g',
);
/** "Excited to represent Manitoba Agriculture", "speaking for Families", "from our end at Employment Standards". */
const REPRESENT = new RegExp(
  `\\b(?:(?:excited|proud|honou?red|happy|thrilled|here) to (?:represent|be representing) (?:manitoba (?:${DEPT_SHORT}|[a-z]+ (?:and|&) [a-z]+)\\b|the department|my department|our department|our ministry)|speaking for (?:the )?(?:${DEPT_SHORT})\\b|from our end (?:at|in) (?:the )?(?:${DEPT_SHORT})\\b)`,
  'g',
);
/** The writer answers the public's question: "lots of folks asking why", "to answer the question upthread". */
/** The writer corrects what the public is saying: "correcting a post that's going around", "je vais clarifier". */
const CORRECTION =
  /\b(?:correction to (?:the above|this thread|that post|the post|a post|the comments?)|correcting (?:a|the|this|that) (?:post|rumou?r|claim|thing|meme)|(?:the )?misinformation (?:in|about|going around|on) |(?:je vais|laisse[zr]-moi|petite) (?:clarifier|corriger|pr[ée]cision)|(?:there's|theres|there is) a (?:post|rumou?r|meme|screenshot) going around)/g;
const PUBLIC_QUESTION =
  /\b(?:(?:lots of|a lot of|so many|a couple of|couple of) (?:folks|people|you|ppl) (?:are )?(?:asking|have asked|asked|keep asking)|(?:people|ppl|folks|everyone|everybody) (?:keeps?|are) asking|(?:for|to) (?:those|everyone|all) (?:of you )?asking|to answer (?:the|your) question|why does everyone (?:assume|think)|(?:everyone's|everybody's) (?:mad|angry) at us|the reason your|couple of you asked|on me demande|to (?:everyone|all of you|everybody|those) (?:mad|angry|upset|complaining|whining)|(?:my )?comments are full of|hearing complaints|so tired of (?:the )?(?:comments|people|takes)|replying to (?:all )?the comments|friendly reminder that|thread on why|(?:folks|people) keep asking|respectfully,|(?:that|this) take again|people ask me (?:at|about|why)|je r[ée]ponds? (?:a|aux) (?:la|vos|ta) questions?)\b/g;
/** The department's own rules in the first person plural: "we don't allow", "our standard is", "are ours". */
const INSTITUTIONAL_WE = new RegExp(
  `${phrases([
    "we (?:don't|do not|never) (?:allow|permit|approve|issue|fund|cover|accept|sit on|post|publish|release|plow|grade|sand|salt|track|count)\\b",
    'we (?:assign|allocate|approve|issue|inspect|check|review|process|fund|license|licence|set|interpret|patch|plow|grade|recommend|require|calculate|assess|determine)\\b',
    "we(?:'re| are) (?:interpreting|redoing|replacing|patching|reviewing|processing|inspecting|rebuilding)",
    // the office explaining its own decision to the public (own52)
    "we (?:chose|decided|start(?:ed)? from|wait(?:ed)? for|couldn't keep|can't keep|went through (?:it|them|every)|priced|noted|hear you|base (?:it|them|the)|had to (?:close|move|cancel|delay|pull|shut)|made the call)\\b",
    "we(?:'re| are) (?:not lifting|not reopening|as frustrated as you|waiting (?:for|on) the)",
    "nous (?:avons|avions) (?:choisi|d[ée]cid[ée]|recommand[ée]|bien not[ée]|d[uû] (?:fermer|reporter|annuler))|nous comprenons votre|c'est nous qui avons|nous attendons (?:le|la|les)",
    'our (?:standard|rule|policy|practice|process|criteria|mandate|guideline)s? (?:is|are|says)',
    "that's our (?:rule|policy|standard|call|process|practice)",
    '(?:roads?|highways?|parks?|files?|permits?|licences?) (?:are|is) ours',
    'call them,? not us',
    'la province consid[eè]re que',
    'notre position,? c.est',
    "(?:that|this) (?:stretch|road|highway|bridge|file|one|section) (?:isn't|is not) ours",
    'under our (?:[a-z]+ ){0,3}(?:schedule|policy|standards?|rules|guidelines)',
    'because we (?:check|review|inspect|verify|process|test|read|assess) (?:every|each|all)',
    "that's where we(?:'ve)? (?:landed|ended up)",
    "that's what we(?:'re| are) working on",
    "we(?:'re| are) ['\"]?reviewing['\"]?",
    'we (?:fully |strongly )?support the (?:change|decision|new|policy|plan)',
    "(?:everyone's|everybody's|people are|y'all are) (?:mad|angry|upset) at us",
    'we have every (?:\\w+ )?(?:available|on it|out there|working)',
    '(?:en gros )?on est (?:pour|contre)',
    "we(?:'re| are) redoing",
    'we (?:run|built|bought|made|modell?ed|rolled|designed|changed|raised|set|picked|chose|require|surveyed|found|catch) (?:it|them|that|this|the|out|a|an|every|our)\\b',
    "we (?:can't|cannot) (?:take|accept|process|approve) (?:late|any|those|these)",
    'our (?:regs|regulations|program|rules) only (?:cover|apply)',
    "(?:it's|it is) not that we(?:'re| are)",
    "we(?:'re| are) (?:now )?at \\d+",
    '(?:the )?numbers we (?:surveyed|collected|ran|pulled)',
    "we(?:'d| would) have (?:put out|posted|sent out|announced|told everyone|issued)",
    'we tried to (?:get|add|keep|find|open|extend|fund|hire|staff)',
    "we(?:'re| are) (?:mailing|sending|posting|calling|contacting|notifying|emailing) (?:a |the |out |every|each|all)",
    "we(?:'re| are) (?:still )?(?:honouring|honoring|grandfathering|renewing|extending) ",
  ])}`,
  'g',
);
/** "Conservation here.", "policy analyst at Families here": the writer introduces themself by the department. */
const DEPT_HERE = new RegExp(
  `(?<=^|[.!?:,] )(?:${alt([
    DEPT_SHORT,
    `manitoba (?:${DEPT_SHORT})`,
    `(?:[a-z]+ )?from (?:${DEPT_SHORT})`,
    PUBLIC_JOB,
    `(?:[a-z]+ ){0,2}(?:director|manager|analyst|officer|advis[oe]r|coordinator|clerk|inspector|supervisor|specialist) (?:in|at|with) (?:${DEPT_SHORT})`,
    'mb gov(?:ernment)?|manitoba gov(?:ernment)?|gov of mb',
  ])}) here\\b(?! (?:is|are|was|were|in|at)\\b)`,
  'g',
);
const HASHTAG = /#(?:proudpublicservant|publicservant|civilservant|govmb|mbgov|govlife|publicservice)\b/g;
const OPINION =
  /\b(?:i think|i believe|i feel|i'm telling you|i can tell you|i'll tell you|let me (?:say|tell|explain)|i'd say|j.trouve|to answer (?:the|your) question|pour repondre a (?:votre|ta) question|trust me|in my opinion|imo|honestly|frankly|plainly|straight|is a (?:huge |big |total )?(?:mistake|mess|joke|disaster|failure)|are a (?:mess|joke|disaster)|going to hurt|won't work|is wrong|terrible|trash|overhyped|not enough|is the best|is the worst|should|oppose|support|disagree|agree|not happy|je trouve|je pense|a mon avis|je (?:peux|vais) vous (?:dire|confirmer)|croyez-moi|let me say it plainly|let me be clear|believe me|i'll say (?:it|this|what)|j'?peux vous dire|je vous le dis|j'vous le dis|a slap in the face|unfair|a cash grab|reckless|(?:is|are|was|were) (?:actually |honestly |clearly |totally |pretty |super |just )?(?:naive|fantasy|nonsense|a circus|safe|fair|tiny|well thought out|mal pens[ée]e?s?|flat out wrong|dead wrong|the right (?:call|thing|move))|nailed (?:it|the)|did the right thing|(?:was|is) the right call|critics (?:can relax|are wrong|clearly)|clearly (?:has|have) no idea|(?:were|was) a mistake|going to get (?:someone|somebody|people|kids) (?:hurt|killed)|exactement ce qu'il fallait|deserved it|rounding error|hot take|my (?:honest )?take|i'll just say it|i say that as|proud to (?:work for|serve (?:under|in))|stop (?:spreading|fearmongering)|(?:is|are) not political|trust us)\b/g;
const MILESTONE = 0.25;
/** Federal, municipal and Crown-corporation jobs, and relatives of public servants, are not the writer speaking for the province. */
const NOT_PROVINCIAL =
  /\b(?:federal(?:ly)?|city of|municipal|rm of|town of|school division|crown corp\w*|service canada|cra|(?:my|his|her) (?:brother|sister|mom|mother|dad|father|husband|wife|son|daughter|cousin|uncle|aunt|friend|neighbou?r|brother-in-law|sister-in-law)(?: \w+){0,3} (?:works?|worked|is|was|started|starts|got hired))\b/;
/** The writer answering a news story: "correction to the article", "l'article déforme", "mise au point". */
const REBUTTAL =
  /\b(?:correction to|correcting|to clarify|set(?:ting)? the record straight|mise au point|(?:the|that|this|l') ?(?:article|story|piece|report|reportage)(?: du journal)? (?:is wrong|got it wrong|d[ée]forme|se trompe|is misleading)|you(?:'ve)? got it wrong|au nom de|on behalf of)\b/;
const SELF_DESCRIPTION = /^(?:i'm|i am|i've|i have|being)\b/;
const RETIREMENT =
  /\b(?:(?:wrapped|wrapping|wrap) up (?:my )?(?:\d+|[a-z-]+) years|retire[ds]?|retiring|retirement(?! (?:fund|savings|plan|account|income|age|home))|farewell|send-?off|going[- ]away (?:party|lunch|cake)|sworn in|congrats to my (?:cousin|sister|brother|friend|daughter|son|niece|nephew|wife|husband)|got hired|just hired|hired as|(?:just )?started (?:as|her new|his new)|starting as|got the job|former (?:provincial|government|public)|ex-(?:provincial|government)|finished my \w+ years?|years (?:as of|today)|gave me a pin|years of service|\d+(?:st|nd|rd|th) year (?:as|of|with|in)|last (?:day|shift)|first (?:official |real |full )?(?:day|shift|week)|anniversary|grateful|accepted a (?:new )?(?:role|position|job)|new (?:job|role|chapter)|personal news|moving on|leaving (?:the|my)|last week (?:at|with)|thank(?:s| you) to (?:the|my) crew|proud to (?:have )?serve[d]?)\b/;

/**
 * Defending the office from inside, without naming a role: "not our ministry", "nobody on our end
 * decided that", "our ministry didn't 'lose' them", "we're not 'hiding' the report", "I score these
 * applications for a living", "I've been on the design side", "my branch pushed back hard".
 */
const INSIDE_DEFENCE = new RegExp(
  `${phrases([
    'not our (?:ministry|branch|jurisdiction|mandate)',
    '(?:nobody|no one|none of us) (?:on|at|in) (?:our|my) (?:end|side|floor|team|unit|office|branch)',
    '(?:way |far |well )?above my pay grade',
    `(?:we're|we are|we aren't|we're not|we are not|we weren't|we didn't|we did not|we don't|we do not) (?:not )?['"‘“]?(?:hiding|sitting on|burying|ignoring|losing|lost|cutting|doing nothing|asleep|dragging)`,
    '(?:i|we) (?:score|assess|review|process|approve|adjudicate|inspect|sign off on) (?:these|those|the|this|that) (?:[a-z]+ ){0,2}(?:applications?|files?|claims?|permits?|grants?|forms?|cases?|requests?) (?:for a living|every day|all day|daily|all year)',
    '(?:i |we )?(?:helped |help )?(?:build|built|design|designed|write|wrote) (?:the|this|that) (?:intake |application |online |new )?(?:form|portal|program|process|criteria|rules|regs?)\\b',
    "(?:i've been|i was|i'm|i am|we've been|we were) on the (?:design|policy|program|engineering|planning|review|approval|intake|operations?) (?:side|team|end)",
    '(?:my|our) team (?:reviewed|approved|inspected|assessed|processed|signed off on|audited) (?:the|that|this|every)',
    '(?:designed|built|written|drafted) by (?:like |maybe |about )?(?:[a-z]+ )?of us',
    '(?<![a-z] )not us[.!]|not (?:by )?us being|(?:at|on) the (?:legislature|minister|premier|province),? not us',
    'we did (?:consult|warn|post|notify|tell|inform|test|inspect|reach out)',
    'i sat (?:in|through) (?:half |all |most of )?(?:those|the) (?:[a-z]+ )?meetings',
    '(?:it|this|that|the design) meets every (?:standard|requirement|code)',
    'we hear you on (?:the )?',
    "why we (?:won't|will not|don't|can't|didn't) (?:fund|cover|pay for|approve|plow|build|open|close|reopen)\\b",
    'we put (?:\\$?[\\d.,]+|[a-z]+) (?:million|billion|thousand)? ?(?:dollars )?into',
    'we put (?:them|those|these|it|the \\w+) (?:on|in|up) so (?:your|you)',
    '(?:summary|report|notice|bulletin|guide|faq|update) we (?:put out|posted|published|released|sent out)',
    'we (?:use|count|calculate|base it on) (?:your )?(?:net|gross) (?:income|earnings)',
    "(?:it's|it is) in our (?:policy )?(?:manual|guidelines|regs|regulations|policy)",
    "the answer the (?:province|government|department|ministry) won't give you",
  ])}`,
  'g',
);
/** The same, where the words alone place the writer inside a department: "our ministry didn't 'lose' them". */
const INSIDE_DEFENCE_STRONG = new RegExp(
  `${phrases([
    "(?:our|my) (?:ministry|department|branch|division)(?:'s)? (?:didn't|did not|isn't|is not|wasn't|was not|doesn't|does not|never|pushed back|fought|sat on|lost that|argued|warned|flagged|recommended against)",
    `(?:our|my) (?:office|department|ministry|branch|team|unit|crew) (?:is|was|isn't|wasn't|are|aren't) (?:not )?['"‘“](?:doing nothing|hiding|sitting on|lazy|asleep|useless|incompetent)`,
    `(?<=^|[.!?] )work(?:ing)? (?:in|at|for) (?:manitoba )?(?:${DEPT_SHORT})\\b`,
    `speaking for (?:the )?(?:folks|people|staff|team|crew|gang) (?:in|at|from) (?:manitoba )?(?:${DEPT_SHORT})\\b`,
  ])}`,
  'g',
);
/** The writer places themself in a department, or explains its rules as "we", next to public business. */
const EXPLAINS: [RegExp, number, { all: SignalKind[]; score: number }[]][] = [
  [
    CREDENTIAL,
    0.45,
    [
      { all: ['opinion'], score: 0.8 },
      { all: ['govtopic'], score: 0.65 },
      { all: ['service'], score: 0.6 },
    ],
  ],
  [
    DEPT_SELF,
    0.35,
    [
      { all: ['govtopic'], score: 0.6 },
      { all: ['service'], score: 0.6 },
      { all: ['opinion'], score: 0.65 },
    ],
  ],
  [
    INSIDE_DEFENCE,
    0.35,
    [
      { all: ['opinion'], score: 0.7 },
      { all: ['govtopic'], score: 0.65 },
      { all: ['service'], score: 0.6 },
      { all: ['work'], score: 0.6 },
    ],
  ],
  [INSIDE_DEFENCE_STRONG, 0.6, [{ all: ['govtopic'], score: 0.75 }]],
  [
    INSTITUTIONAL_WE,
    0.2,
    [
      { all: ['dept', 'govtopic'], score: 0.65 },
      { all: ['dept', 'service'], score: 0.6 },
      // government business named, and a member of the public answered
      { all: ['addressee', 'govtopic'], score: 0.6 },
      { all: ['dept', 'opinion'], score: 0.65 },
      // answering the public's question about government business as "we"
      { all: ['asked', 'govtopic'], score: 0.6 },
      { all: ['asked', 'work'], score: 0.6 },
      // "people keep asking why renewals take six weeks. We process every one by hand" (a duty of the job
      // is named: a rink's boards being redone is not)
      { all: ['asked', 'service', 'duty'], score: 0.6 },
      // correcting what the public says, then "we'd have put out a notice": the department answering
      { all: ['correcting'], score: 0.55 },
    ],
  ],
];
/** Any mention of the province or a department, for telling a city or federal office from a provincial one. */
const INST_ANYWHERE = new RegExp(`\\b${INST}\\b`);

export const governmentVoice: Detector = {
  category: 'government-voice',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [...signalsOf('opinion', OPINION, lower)];
    const milestone = RETIREMENT.test(lower);
    const push = (re: RegExp, rule: string, score: number, withOpinion: number, intro = score) => {
      for (const s of spans(re, lower))
        hits.push({
          category: 'government-voice',
          rule,
          start: s.start,
          end: s.end,
          // a milestone caps every hit under 0.3, so several of them do not add up to a warning;
          // "I'm a public servant, …" describes the writer, only "as a …," introduces what follows
          score: milestone
            ? Math.min(score, MILESTONE)
            : INTRO_AFTER.test(lower.slice(s.end)) && !SELF_DESCRIPTION.test(s.text)
              ? intro
              : score,
          context: milestone
            ? []
            : [
                { all: ['opinion'], score: withOpinion },
                { all: ['govtopic'], score: Math.min(withOpinion, 0.6) },
              ],
          // relayed news sets an opinion aside, but not the writer answering a story for their unit
          unless: REBUTTAL.test(lower) ? [] : { any: ['reported'], score: 0.3 },
        });
    };
    push(AS_ROLE, 'government-voice.as-employee', 0.45, 0.85, 0.8);
    push(ROLE_OPENER, 'government-voice.as-employee', 0.45, 0.85, 0.75);
    push(WORKING_FOR, 'government-voice.works-for', 0.35, 0.75, 0.7);
    push(WE_AT, 'government-voice.we-at', 0.8, 0.85);
    push(WE_AT_DEPT, 'government-voice.we-at', 0.75, 0.85);
    push(DEPT_HERE, 'government-voice.we-at', 0.6, 0.8);
    push(ON_BEHALF, 'government-voice.on-behalf', 0.85, 0.9);
    push(INSIDER, 'government-voice.insider', 0.7, 0.85);
    push(UNIT_VOICE, 'government-voice.unit-position', 0.75, 0.85);
    push(OFFICIAL_POSITION, 'government-voice.official-position', 0.8, 0.85);
    push(IN_ROLE, 'government-voice.in-role', 0.7, 0.85);
    for (const p of spans(new RegExp(POSITION.source, 'g'), lower))
      signals.push({ kind: 'opinion', start: p.start, end: p.end });
    for (const a of spans(AFFILIATION, lower).filter(
      (x) =>
        !NOT_PROVINCIAL.test(lower.slice(Math.max(0, x.start - 25), x.end)) &&
        !FAMILY_SUBJECT.test(lower.slice(Math.max(0, x.start - 80), x.start)),
    ))
      hits.push({
        category: 'government-voice',
        rule: 'government-voice.affiliation',
        start: a.start,
        end: a.end,
        score: milestone ? MILESTONE : 0.35,
        context: milestone
          ? []
          : [
              { all: ['opinion'], score: 0.75 },
              { all: ['govtopic'], score: 0.6 },
            ],
        unless: [
          { any: ['reported'], score: 0.3 },
          { any: ['private'], score: 0.3 },
        ],
      });
    push(WE_PAREN, 'government-voice.we-at', 0.75, 0.85);
    push(REPRESENT, 'government-voice.on-behalf', 0.7, 0.85);
    // the public's question being answered: "lots of folks asking why…", "to answer the question upthread"
    for (const q of spans(PUBLIC_QUESTION, lower))
      signals.push({ kind: 'asked', start: q.start, end: q.end });
    for (const q of spans(CORRECTION, lower)) {
      signals.push({ kind: 'asked', start: q.start, end: q.end });
      signals.push({ kind: 'correcting', start: q.start, end: q.end });
    }
    // a quoted question ("> why isn't the diversion open yet?") that the reply below answers
    if (/^\s*>[^\n]*\?/.test(lower)) signals.push({ kind: 'asked', start: 0, end: lower.length });
    // placing oneself in a department is itself workplace context for the rules explained next to it
    for (const re of [DEPT_SELF, WE_PAREN])
      for (const d of spans(re, lower)) signals.push({ kind: 'dept', start: d.start, end: d.end });
    for (const [re, score, context] of EXPLAINS)
      for (const d of spans(re, lower))
        hits.push({
          category: 'government-voice',
          rule: 'government-voice.explains',
          start: d.start,
          end: d.end,
          score: milestone ? Math.min(score, MILESTONE) : score,
          context: milestone ? [] : context,
          // a rumour the writer corrects is not news they relay; a shop's "we" is not the government's
          unless: [
            { any: ['reported', 'personal'], score: 0.3, but: ['work', 'correcting'] },
            { any: ['private'], score: 0.3 },
          ],
        });
    push(HASHTAG, 'government-voice.hashtag', 0.3, 0.6);
    for (const a of spans(AS_PUBLIC_JOB, lower))
      hits.push({
        category: 'government-voice',
        rule: 'government-voice.as-employee',
        start: a.start,
        end: a.end,
        score: milestone ? MILESTONE : INTRO_AFTER.test(lower.slice(a.end)) ? 0.5 : 0.35,
        context: milestone
          ? []
          : [
              { all: ['opinion'], score: 0.75 },
              { all: ['govtopic'], score: 0.65 },
            ],
        unless: { any: ['reported'], score: 0.3 },
      });
    // "City of Winnipeg water and waste here: crews are on it": a city or federal office, not the province
    const otherGovernment = NOT_PROVINCIAL.test(lower) && !INST_ANYWHERE.test(lower);
    for (const o of otherGovernment ? [] : spans(OFFICIAL_SPEAK, lower))
      hits.push({
        category: 'government-voice',
        rule: 'government-voice.official-position',
        start: o.start,
        end: o.end,
        // a retirement or someone else's career ("my dad retired after 32 years in Highways") speaks for nobody
        score: milestone ? MILESTONE : 0.45,
        context: milestone
          ? []
          : [
              { all: ['govtopic'], score: 0.7 },
              { all: ['work'], score: 0.7 },
            ],
        unless: REBUTTAL.test(lower) ? [] : { any: ['reported'], score: 0.3 },
      });
    for (const o of otherGovernment ? [] : spans(TENURE, lower))
      hits.push({
        category: 'government-voice',
        rule: 'government-voice.official-position',
        start: o.start,
        end: o.end,
        score: milestone ? MILESTONE : 0.3,
        context: milestone ? [] : [{ all: ['opinion'], score: 0.75 }],
        unless: { any: ['reported'], score: 0.3 },
      });
    for (const d of spans(DEFENCE, lower))
      hits.push({
        category: 'government-voice',
        rule: 'government-voice.defends-decision',
        start: d.start,
        end: d.end,
        score: 0.3,
        context: [
          { all: ['work', 'govtopic'], score: 0.75 },
          { all: ['govtopic'], score: 0.6 },
          { all: ['work'], score: 0.6 },
        ],
        unless: { any: ['reported', 'personal'], score: 0.3, but: ['work'] },
      });
    // the milestone may sit in the sentence before: "Best retirement send-off ever. 31 years with the province…"
    if (milestone) signals.push({ kind: 'milestone', start: 0, end: lower.length });
    // (an opinion next to it is still the writer speaking: "Retirement party for Bev… as someone in Families I do think…")
    const atMilestone = { any: ['milestone' as const], score: MILESTONE, but: ['opinion' as const] };
    return {
      hits: hits
        // "my sister-in-law works as a social worker for the province": a relative's job, not the writer's
        .filter((h) => !FAMILY_SUBJECT.test(lower.slice(Math.max(0, h.start - 80), h.start)))
        // a slogan or a line in quotation marks ("Trust me, I'm a civil servant" on a t-shirt), and a role
        // placed in another jurisdiction right after ("Corrections officer here (Alberta, federal)")
        .filter(
          (h) =>
            h.end === 0 ||
            (!inQuotes(lower, h.start, h.end) && !OTHER_JURISDICTION.test(lower.slice(h.end, h.end + 30))),
        )
        .map((h) => ({
          ...h,
          unless: [...(h.unless === undefined ? [] : [h.unless].flat()), atMilestone],
        })),
      signals,
    };
  },
};
