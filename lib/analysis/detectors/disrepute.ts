/**
 * disrepute — gr.disrepute: "Inappropriate conduct using social media, which may bring disrepute to
 * the employer or government employees, may be investigated". Insults aimed at people the writer
 * works with or serves ("the people we serve are trash", "my ADM is a lying snake"), slurs, wishing
 * harm, and bragging about misconduct at work. Profanity comes from the obscenity library; swearing
 * at traffic or at oneself, or sports trash talk, stays quiet.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import {
  type Detector,
  type Hit,
  phraseSet,
  phrases,
  type Signal,
  type SignalKind,
  signalsOf,
  spans,
  type Unless,
} from '../hits.ts';
import { PET } from '../names.ts';

let matcher: RegExpMatcher | undefined;
const profanity = () => {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
};

const INSULT = new RegExp(
  `${phrases([
    'idiots?',
    'idiotic',
    'morons?',
    'moronic',
    'imbeciles?',
    'brain[- ]?dead',
    'dumb(?:ass(?:es)?)?',
    'stupid',
    'incompetents?',
    'incomp[ée]tente?s?',
    'idiote?s?',
    'clown show',
    'old (?:biddies|bags|farts|coots)',
    'get a hobby',
    'waste of a (?:cheque|check|chair|desk|uniform)',
    "wouldn't know (?:a|an|the) \\w+ if it",
    'clueless',
    'muppets?',
    'mouth-?breathers?',
    'knuckle-?draggers?',
    'entitled',
    'whin(?:ers?|y|ing)',
    'crybab(?:y|ies)',
    'snowflakes?',
    'dumbest',
    'buffoons?',
    'jackass(?:es)?',
    'dipshits?',
    'douche(?:bags?)?',
    'goons?',
    'thugs?',
    'grifters?',
    'vultures?',
    'weasels?',
    'cockroaches',
    'brainless',
    'spineless',
    'gutless',
    'two-faced',
    'backstabb(?:er|ers|ing)',
    'power-?tripping',
    'bootlick(?:er|ers|ing)',
    'ass-?kiss(?:er|ers|ing)',
    'brown-?nos(?:er|ers|ing)',
    'suck-?ups?',
    'dead ?weight',
    'waste of (?:a )?(?:salary|paycheque|paycheck|taxpayer money|a position)',
    "should(?:n't| not) (?:be allowed to )?(?:have|breed|reproduce)",
    'monkeys',
    'fossils',
    'zoo (?:for|of|full of)',
    'freak ?show',
    'hopeless',
    'lost causes?',
    'can barely (?:string|read|write|speak|count|spell|tie)',
    'get a job',
    'diversity hire',
    "should(?:'ve| have)(?: [a-z']+){1,5},? (?:sweetheart|sweetie|honey|princess|hun|buddy|pal)",
    'power trip(?:ping)?',
    'too (?:stupid|dumb|thick|slow) to',
    "shouldn't be allowed to (?:drive|operate|vote|breed|have kids|parent|own|work)",
    'grow up,? (?:sweetie|honey|princess|buttercup|snowflake)',
    'sob stor(?:y|ies)',
    '(?:is|are) sleeping with',
    'useless',
    'lazy',
    'trash',
    'garbage',
    'scum(?:bags?)?',
    '(?:lying |sneaky |slimy )?snakes?',
    'clowns?',
    '(?:overpaid|glorified) babysitters',
    'thick as a brick',
    'bimbo',
    'dumb as a (?:post|rock|brick|bag of hammers)',
    'waste of (?:a bed|oxygen|space|skin|taxpayer money)',
    'trou de cul',
    'freeloading (?:clowns?|bums?|leeches|parasites)',
    'losers?',
    'pathetic',
    'parasites?',
    'leeches',
    'animals',
    'vermin',
    'degenerates?',
    '(?<!(?:en|de|du|des|un|le|au|ce|mon|son|ton|leur|notre|votre|aucun|sans|avec|petit|gros|long|l[ée]ger) )retard(?:s|ed)?(?! (?:de|du|des|sur|dans|à|a|pour|considérable|important) )',
    'crooks?',
    'cretins?',
    '(?:dim|half|nit)wits?',
    'numpties',
    'bozos?',
    'deadbeats?',
    'freeloaders?',
    'bums?',
    'lowlifes?',
    'low-lifes?',
    'subhuman',
    'waste(?:s)? of (?:space|oxygen|skin|air)',
    "can't even (?:read|write|spell|count|think)",
    "no (?:clue|idea) what (?:s?he|they|he|she)(?:'s| is| are|'re)? doing",
    'has no clue',
    'hope (?:s?he|they|he|she|you) (?:gets? fired|dies|die|rots?|gets? hit|suffers?)',
    '(?:should|needs? to|ought to) (?:be|get) fired',
    'drunks?',
    'all drunk',
    'junkies',
    'crackheads?',
    'addicts',
    'thieves',
    'liars?',
    'lying',
    'fat',
    'ugly',
    'disgusting',
    'worthless',
    'pigs?',
    'jerks?',
    'hacks?',
    'dinosaurs',
    'sheep',
    'babysitting',
    'welfare queens?',
    'inbred',
    'senile',
    'old bats?',
    'vraie? vache',
    'profiteurs?',
    'paresseux',
    'jerks',
    'ignorant',
    'entitled',
    'whin(?:y|ers?)',
    'cry ?babies',
    'snowflakes?',
    'karens',
    'hillbill(?:y|ies)',
    'rednecks?',
    'filth(?:y)?',
    'sleaz(?:y|eballs?)',
    'creeps?',
    'perverts?',
    'psychos?',
    'nut ?(?:case|job)s?',
    'hags?',
    'a (?:total |complete |absolute )?joke',
    'a disgrace',
    'an embarrassment',
    'inept',
    'spineless',
    'gutless',
    'cowards?',
    'frauds?',
    'hypocrites?',
    'bloodsuckers?',
    'vultures',
    'dipshits?',
    'dickheads?',
    'douche(?:bags?)?',
    'brainless',
    'mouth-?breathers',
    'knuckle-?draggers',
    'neanderthals',
    'simpletons',
    'useless lumps?',
    'deadweight',
    'dead weight',
    'freaks?',
    'goons?',
    'thugs?',
    'criminals',
    'liars',
    'a menace',
    'dumbest',
    'stupidest',
    'unteachable',
    'clueless',
    'weasels?',
    'rats?',
    'corrupt',
    'rudest',
    'sacks? of \\w+',
    'pieces? of (?:shit|crap|garbage|trash)',
    'imb[ée]ciles?',
    'cr[ée]tins?',
    'incapables?',
    "couldn't (?:count|manage|organize|find) [^.!?]{0,30}",
    "can't even (?:run|do|use|handle)",
    'walking (?:lobotomy|disaster|joke|brain cell)',
    'lobotom(?:y|ized)',
    'dregs',
    'whatever (?:trailer|rock|hole|swamp|sewer) (?:you|they|he|she) crawled out (?:of|from)',
    '(?:that|this|the) (?:woman|man|guy|lady|girl|dude) is (?:a |an )?(?:absolute |total |complete )?(?:nightmare|menace|psycho|witch|cow|hag|tyrant|dictator)',
    'learn (?:how )?to do (?:your|their) (?:damn |f\\w+ |goddamn |bloody )jobs?',
    'as (?:dumb|stupid|ugly|thick|dense) as (?:you|she) looks?',
    'the rest of the (?:trash|garbage|scum|animals|vermin)',
    'feral',
    'get a life',
    'the worst kind of (?:people|person|humans?)',
    'cheapskates?',
    "shouldn't be allowed to (?:fill out|fill in|have a phone|use a computer|speak)",
  ])}\\b`,
  'g',
);

/** People the writer works with or serves, or the employer itself. */
const WORK_TARGET = new RegExp(
  `${phrases([
    '(?:my|our|the) (?:boss|bosses|manager|managers|director|directors|supervisor|adm|dm|deputy(?: minister)?|minister|premier|coworkers?|co-workers?|colleagues?|team|staff|new hires?|hires|union|branch director|department|ministry|unit|hr|management|executives?|exec|higher-ups|admin|leadership|front line|frontline|clients?|patients?|inmates?|students?|caseworkers?|counterparts|crew)',
    'this (?:ministry|department|office|branch|place|unit|job)',
    'people we serve',
    // in French: the colleague, the boss, the inspectors of the office, the family at the counter
    "(?:mon|ma|mes|notre|nos|la|le|les) (?:gestionnaire|patron(?:ne)?|boss|superviseure?|directeur|directrice|coll[eè]gues?|sous-ministre|sm|sma|inspecteurs?|inspectrices?|clients?|clientes?|usag[eè]res?|b[ée]n[ée]ficiaires?|famille (?:que j'ai|au guichet|du guichet)|monde au guichet)\\b",
    '(?:au|du) guichet',
    'the (?:people|folks|clients|customers|public|idiots) (?:we|i) (?:serve|deal with|help|see)',
    'half of them',
    'these (?:people|clients|patients|inmates|applicants|callers|welfare|families|tenants|parents|customers|owners|evacuees)',
    'mon (?:nouveau |nouvel )?coll[eè]gue',
    'mon superviseur',
    '(?:the|our|my) new (?:nurses|staff|hires|guys|workers|analysts|clerks|grads)',
    'ma (?:nouvelle )?coll[eè]gue',
    '(?:at|behind) the (?:[a-z]+ )?(?:counter|desk|wicket)',
    'those (?:people|clients|patients|inmates|applicants|callers)',
    'the public',
    'taxpayers',
    'citizens',
    'callers',
    'applicants',
    'recipients',
    'eia clients',
    'new hires',
    'management',
    'government employees',
    'public servants',
    'civil servants',
    'ppl (?:from|who|at|in)',
    '(?:the )?(?:public|people|folks|clients|customers|ppl|callers) (?:we|i|who|that) (?:deal with|serve|see|call|get)',
    '(?:kids|students|guys|folks|people|ppl|women|men|moms|dads|ladies|girls|boys|seniors|old guys) (?:from|on|in|at|who) (?:our|my|the|up|down)',
    '(?:co-?workers|supervisors?|directors?|managers?|deputy ministers?|adm|dm|inmates?|clients?|patients?|students?|staff)',
    '[a-z]+ (?:from|in) (?:hr|it|payroll|finance|accounting|admin|legal|comms|ops|the office)',
    'mon (?:superviseur|patron|gestionnaire|directeur|coll[eè]gue)',
    'ma (?:superviseure|patronne|gestionnaire|directrice|coll[eè]gue)',
    'mes coll[eè]gues',
    '(?:the|my|our|a) (?:patient|client|inmate|resident|applicant|caller|customer|student|parent)s? (?:who|that|in|at|on)',
    'the public',
    '(?:our|my) (?:minister|deputy)',
    '(?:at|from|behind) the (?:front desk|counter|reception)',
    '(?:the )?front (?:counter|desk|line)',
    '(?:the|that|this|our|my) (?:[a-z]+ )?(?:crews?|depot|night shift|day nurses?|new hires?|union rep|rep)',
    '(?:crews?|guys|folks|people|ppl|ones|ladies|lady|guy|dude|woman|man) (?:from the|who come (?:in|to)|who (?:cried|called|came))',
    '(?:the )?(?:treaty|eia|welfare|cfs|housing) (?:guys|people|folks|clients|moms|ladies)',
    '(?:on )?(?:our|my) caseload',
    '(?:our|my|the) (?:[a-z]+ )?(?:branch|office|unit|department|team|crew)',
    '(?:tenants|residents|clients|families) on our',
  ])}\\b`,
  'g',
);
const PEOPLE_TARGET =
  /\b(?:people|they|them|he|she|his|her|everyone|everybody|you|y'all|all of you|this guy|that guy|this woman|that woman|whoever)\b/g;

/**
 * Time and attendance cheated, said in the writer's own shorthand: a colleague badges them out, hours
 * logged as something else, "training" booked in quotes, records filled in for the week in advance or copied from last year.
 */
const SHIRKING = new RegExp(
  `${phrases([
    '(?:tap|tapping|tapped|badge|badging|badged|swipe|swiping|swiped|punch|punching|punched|clock|clocking|clocked|sign|signing|signed)s? (?:me|my (?:badge|card|fob|pass)) (?:in|out)\\b',
    '(?:sign|signed|signing|badge|badged|badging|clock|clocked|clocking|punch|punched)(?:s|es)? (?:in|out) for me\\b',
    'logged (?:it|that|them|the (?:\\w+ ){0,2}\\w+) as (?:travel|travle|a site visit|site visits?|training|an inspection|inspections?|overtime|ot|field ?work|work|a meeting|research)',
    '(?:book|booked|booking|put|schedule|scheduled|block|blocked) [\'"‘“](?:training|site visit|meeting|research|field ?work|inspection|focus time|offsite|off-site)[\'"’”]',
    "(?:(?:been|am|i'm|was) in|on) ['\"‘“](?:training|a site visit|a meeting|research|field ?work|an inspection)['\"’”] (?:since|all|every|for)",
    'filled (?:in|out) (?:the |all the )?(?:[\\w-]+ ){0,3}(?:sheets?|logs?|forms?|reports?|readings?|checklists?) for the (?:whole|entire|rest of the) (?:week|month|shift|season)',
    "(?:copie-colle|copier-coller|copy-?paste|copy and paste|copied and pasted|copy-?pasted)[^.!?\\n]{0,40}?(?:l'an dernier|l'an pass[ée]|last year|from last (?:year|month|season))",
    '(?:stamped|signed off|approved|passed|rubber-?stamped) (?:\\d+ |all |every |a pile of |the |a |an )?(?:[\\w-]+ ){0,3}(?:applications?|permits?|files?|claims?|reports?|inspections?)? ?(?:approved )?without (?:even )?(?:opening|reading|looking at|checking|inspecting)',
    '(?:owner|contractor|operator|applicant|landlord|vendor|supplier|manager) (?:slipped|gave|handed|bought) me (?:a |an |some |two |\\$\\d+ )?(?:gift card|cash|tickets|bottle|case of|envelope)',
  ])}`,
  'g',
);

/** Idling on the job (a game levelled up, a nap in the van, a three-hour lunch): misconduct where the job is in view. */
const IDLING = new RegExp(
  `${phrases([
    '(?:hit|reached|beat|grinding|grinded|got to) (?:level \\d+|the final boss|[^.!?\\n]{0,20}(?:xbox|switch|steam deck|playstation|ps5))[^.!?\\n]{0,40}?(?:on (?:the |my )?(?:overnight|night shift|shift)|in the control room|at (?:my |the )?desk|on the clock)',
    '(?:nap|naps|napped|napping|snooze|snoozed|slept|sleep|sleeping|sieste|dodo)[^.!?\\n]{0,40}?(?:in|at|on|dans) (?:the |my |our |la |le )(?:back of the |back seat of the )?(?:[\\w-]+ ){0,2}(?:van|truck|cruiser|half-?ton|desk|cubicle|booth|control room|file room|break ?room|supply (?:room|closet)|salle des archives|salle de classement|camion)',
    's\\.l\\.e\\.e\\.p(?:ing)? at my desk',
    '\\d+(?:\\.\\d)? ?(?:hr|hrs|hour|hours|h)[- ]lunch|(?:two|three|four)[- ]hour lunch',
  ])}`,
  'g',
);

/** Government vehicles, laptops and supplies turned to the writer's own hauling, trips and kids. */
const OWN_USE = new RegExp(
  `${phrases([
    "(?:government|provincial|province's|gov|gov't|govt|department|dept|work|parks|fleet|highways|mti|conservation|patrol) (?:[\\w-]+ )?(?:f-?150|half-?ton|truck|van|suv|trailer|pickup|silverado|tahoe)[^.!?\\n]{0,60}?(?:hauling|haul|my couch|my boat|boat trailer|costco|patio set|my move|moving day|furniture|to the cottage|to the cabin|to the lake|tinny)",
    '(?:makes|made|is) a (?:fantastic|great|perfect|decent) (?:boat trailer|moving truck|moving van|camper)',
    '(?:office|work|government|department|dept) (?:laptop|phone|cell|ipad|tablet|camera|drone|generator)[^.!?\\n]{0,30}?(?:to (?:puerto|mexico|cuba|vegas|florida|hawaii|the lake|the cabin|the cottage)|on (?:vacation|holiday|my trip))',
    "(?:took|take|taking|brought|bring)(?: (?:the|an?))? (?:office|branch|department|dept|work|unit|lab)(?:'s|s')? [^.!?\\n]{0,40}? home",
    "supply (?:cupboard|closet|room|cabinet)[^\\n]{0,80}?(?:back-to-school|school list|my kids?'? )",
    '(?:cooler|case|flask|mickey|bottle|two-four|24)s? of (?:beer|rye|vodka|wine|whisky|rum)[^.!?\\n]{0,50}?(?:at|in) (?:the |my )?(?:[\\w-]+ ){0,3}(?:lab|office|fridge|truck|cruiser|booth|desk|locker|depot|control room)',
  ])}`,
  'g',
);

/**
 * Someone else does it: "the guy two desks over disappears for two-hour lunches". Read on the words
 * before the act in its clause: a third person and no "I", "we" or "my".
 */
const THIRD_PARTY =
  /\b(?:the (?:guy|gal|lady|woman|man|fella|dude|one|person)|(?:a|one|this|that) (?:guy|gal|lady|coworker|co-worker|colleague|manager|supervisor|director)|(?:my|our) (?:coworker|co-worker|colleague|manager|supervisor|boss|director|neighbou?r)|(?:he|she|they|someone|somebody|management)\b)/;
const SUBJECT_FIRST = new RegExp(
  `^\\s*(?:(?:meanwhile|and|but|while|plus|also|then|so|lol|meanwhile,)\\s+)?${THIRD_PARTY.source}`,
);
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|we|we're|we've|us|je|j'|on|nous)\b/;
/** The clause an act sits in, up to the act: from the last sentence end or "while", "meanwhile", "and". */
function actor(lower: string, at: number): string {
  const before = lower.slice(Math.max(0, at - 120), at);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('\n'),
  );
  return before.slice(cut + 1);
}
const someoneElse = (lower: string, at: number) => {
  const a = actor(lower, at);
  // the third person is the subject ("told the guy at the window…" is the writer acting on him), and
  // "my coworker covers while I nap" has the writer in it after all
  return SUBJECT_FIRST.test(a) && !FIRST_PERSON.test(a.replace(THIRD_PARTY, ' '));
};

/** What came home from the office party ("a poinsettia, offered, I swear") was not taken from the office. */
const NOT_A_PARTY =
  '(?! (?:holiday |christmas |xmas |staff |retirement |year-end )?(?:party|potluck|lunch|gift exchange|raffle|draw|swap))';

// (the list ends on a word boundary)
const MISCONDUCT = phraseSet(
  [
    'slept (?:at|on|through|during) (?:my |the |our )?(?:shift|desk|work|meeting)',
    'nap(?:ped|ping)? (?:on the clock|at my desk|on shift|in the (?:truck|government vehicle))',
    '(?:drunk|high|hungover|wasted|stoned) (?:at|on|during) (?:work|shift|the job|my shift)',
    "(?:used|using|took|take|borrowed) (?:the|a) (?:government|work|gov't|govt|department|fleet|provincial) (?:truck|vehicle|car|credit card|card|laptop|phone) (?:to|for|on)",
    'called in sick (?:to|and went|so i could)',
    'fudg(?:ed|ing) (?:the )?(?:numbers|stats|timesheet|records)',
    'falsif(?:ied|ying) (?:the )?(?:records?|reports?|timesheets?|numbers)',
    'shredded (?:the|those) (?:files|documents|records)',
    'deleted (?:the|those) (?:emails|records|files) before',
    'padding (?:my|the) (?:timesheet|overtime|expenses)',
    'on the clock (?:at|drinking|shopping|watching)',
    'stole (?:from|supplies)',
    'looked up (?:my|her|his|an?) (?:ex|neighbour|neighbor|crush|friend)',
    'snoop(?:ed|ing) (?:in|on|through) (?:the )?(?:files|records|system)',
    'clocked in (?:from home )?and (?:then )?(?:went|left|drove)',
    'call(?:ed|ing)? in sick (?:tomorrow |today )?(?:so|to)\\b(?! be)',
    'fake[- ]sick',
    'on (?:my|the) work (?:laptop|phone|computer|pc)[^.!?]{0,40}(?:all (?:afternoon|day|morning)|games?|netflix|gaming)',
    '(?:played|playing|gaming|watched|watching) [^.!?]{0,40}on (?:my|the) work (?:laptop|phone|computer|pc)',
    "(?:took|drove|take|taking|driving|borrowed) the (?:government|provincial|work|gov't|govt|department|fleet|plow|highways) (?:truck|tahoe|vehicle|car|suv|van)",
    "(?:government|provincial|work|gov't|govt|fleet) (?:truck|tahoe|vehicle|car|suv|van) (?:home )?after (?:the )?[^.!?]{0,20}(?:beers|drinks|party)",
    'after \\d+ beers',
    `took [^.!?]{0,30} from the office${NOT_A_PARTY}`,
    'on the clock and nobody noticed',
    'slept [^.!?]{0,40}on the clock',
    'nobody noticed (?:lol|lmao|haha)',
    'perks of the job',
    'taxpayers (?:are )?(?:funding|paying for) my',
    "the vpn (?:doesn't|does not|didn't) (?:even )?notice",
    'write it up as',
    "'?accidentally'? lost (?:his|her|their|the) (?:application|file|paperwork|claim)",
    'just because i could',
    'drinking on the job',
    '(?:drunk|high|stoned|buzzed) (?:on|at|during) (?:the job|shift|work|my shift)',
    'smoked (?:a joint|weed|up) (?:on|during) (?:my )?(?:break|shift|lunch)',
    'lied on my timesheet',
    "(?:billed|claimed|charged) (?:for )?overtime i (?:didn't|did not|never) work",
    '(?:took|take|taking) home (?:the |some )?(?:office|work|government)? ?(?:supplies|printer paper|toner|laptops?|equipment)',
    'pocketed',
    'helped myself to',
    'turned off the (?:gps|tracker|camera|body cam)',
    "fake (?:doctor's )?note",
    'forged (?:a|the|his|her)',
    'looked up my (?:ex|neighbou?r|crush|date|friend)',
    "(?:peeked|snooped|looked) (?:at|into|through) (?:my )?(?:neighbou?r's|ex's|friend's) (?:file|record|chart)",
    'deleted (?:the|his|her|their) (?:complaint|file|report|email)',
    '(?:put|moved|kept) (?:his|her|their) (?:file|application|claim|case) (?:at|to) the bottom',
    '(?:denied|rejected|delayed) (?:his|her|their) (?:claim|application|permit|benefits|file) (?:because|cuz|cause|since) (?:s?he|they) (?:was|were) (?:rude|annoying|a jerk|mean)',
    '(?:skipped|faked|pencil-?whipped) (?:the )?inspections?',
    'signed off without (?:checking|looking|reading)',
    'rubber-?stamped',
    'roughed (?:him|her|them) up',
    'let (?:him|her|them) (?:sit|rot|stew) in (?:the )?(?:cell|tank|holding)',
    'made (?:her|him|them) (?:sit|wait|stand)',
    'call(?:ed|ing)? in sick (?:\\w+ ){0,3}?(?:to (?:go|watch|see|catch|hit)|so (?:i|we) could|and (?:went|go|hit|watched))',
    'took a sick day,? (?:and |to )?(?:went|go|hit|watched|golf|posted)',
    "(?:sick day|sick leave|'?training day'?|'?site visit'?) (?:at|to|for) (?:the )?(?:casino|lake|beach|cabin|cottage|golf|game|bar|mall|vlt)",
    "(?:work|government|gov't|govt|department|office|fleet|purchase|p-?card) (?:purchase |credit |gas )?card for (?:gas|groceries|my|personal|beer|booze|lunch)",
    '(?:char|camion|v[ée]hicule|auto|truck) du gouvernement (?:pour|au|à)',
    '(?:took|taken|taking|brought|bring) home (?:a |the |some |\\d+ )?(?:\\w+ ){0,2}(?:laptops?|monitors?|printers?|chairs?|supplies|equipment|tools|toner)',
    '(?:\\d+|a few|some|couple(?: of)?|three|four|five) (?:beers|drinks|shots|pints|glasses of wine) (?:at|over|during|on) (?:lunch|work|my shift|break|the job)',
    'clock(?:ed)? in and (?:\\w+ )?(?:go|went|head|headed|drive|drove|leave|left)',
    'nobody (?:ever )?checks (?:the )?(?:gps|logs|timesheets?|mileage|receipts)',
    'approve (?:whatever|everything|all|anything)(?: \\w+){0,5} without (?:reading|looking|checking)',
    'while (?:the )?(?:clients|callers|people|patients|applicants) (?:wait|are waiting|sit|are sitting) on hold',
    'muted (?:her|him|them|the call)',
    "'working' from home",
    "(?:fast-?tracked|pushed through|bumped|approved) my (?:cousin|brother|sister|friend|buddy|wife|husband|mom|dad|uncle|aunt|neighbou?r|bro)(?:'s)?(?= (?:[a-z']+ ){0,2}(?:file|application|claim|permit|licen[cs]e|renewal|case|request|grant|surgery|appointment|spot|ahead|to the|up the (?:queue|wait)))",
    'skipped (?:like |about )?\\d+ people',
    'wrote (?:him|her|them) up for (?:every|everything)',
    'just to (?:watch|see|make) (?:him|her|them) (?:drive|sweat|squirm|wait|suffer|cry)',
    "(?:have|had|has) an? '?accident'? on the",
    'shredded (?:the |those |all the )?(?:\\w+ )?(?:files|records|documents|complaints?|notes)',
    'before the (?:fippa|atip|access to information|foi) request',
    'i know the guy in the system',
    "fake[ds]? (?:an? )?(?:doctor'?s? )?(?:note|sick note|medical note)",
    'call(?:ed|ing)? in [\\u0022\\u0027“”‘’]sick',
    '(?:got|get|bumped|moved|pushed) my (?:[a-z-]+ )?(?:brother|sister|cousin|buddy|friend|mom|dad|wife|husband|brother-in-law|sister-in-law|uncle|aunt|neighbou?r)(?: [a-z-]+)? (?:bumped|moved|pushed|fast-?tracked) up',
    'deleted (?:a|the|his|her|their) (?:[a-z]+ )?(?:complaint|file|report|email|record)s?',
    'slept (?:\\d+|a few|two|three|four) hours? (?:up )?(?:in|at|on) (?:the )?(?:tower|booth|truck|desk|post|station|shift)',
    '(?:drive|drove|driving|operate|operating|run|running) (?:the )?(?:plow|grader|truck|ambulance|loader|boat|sander) (?:hungover|drunk|high|buzzed|stoned|wasted)',
    'ran (?:the )?plates? (?:on|of)',
    "(?:filled|gassed|fuel(?:l)?ed) up my (?:own )?(?:truck|car|vehicle|boat|sled|suv) (?:on|with) (?:the|a) (?:department|government|gov't|govt|work|fleet|office|crew)(?:'s)? (?:fuel |gas |credit )?card",
    '(?:camion|v[ée]hicule|char|auto|bateau|pick-?up|truck|van) du (?:minist[eè]re|gouvernement|bureau) (?:pour|au|à)',
    "ran (?:my|her|his|our) (?:\\w+'s )?(?:\\w+ ){0,2}through (?:the )?(?:system|database|cpic|registry)",
    'which (?:driveway|car|truck|house|yard|cabin) is (?:yours|his|hers|theirs)',
    "what (?:they|management|my boss|the boss|the public|the client|the taxpayers?) (?:don't|doesn't|do not) know",
    '(?:no one|nobody|they) (?:will|would|is gonna|is going to) (?:ever )?(?:know|notice|find out|check)',
    'not paid (?:enough|nearly enough) to (?:care|bother|do (?:that|this|it))',
    "(?:didn't|don't|never|won't) (?:even )?bother (?:checking|reading|testing|calling|looking|inspecting|verifying)",
    "on the (?:taxpayers?'?|government'?s?|province'?s?|public'?s?) dime",
    'work(?:ing|ed)? from (?:the )?(?:lake|cabin|cottage|beach|bar|golf course|casino)',
    '(?:gossip(?:ed|ing)?|laugh(?:ed|ing)?|jok(?:ed|ing)|made fun) about (?:a|the|our|my|one of (?:my|our)) (?:client|patient|inmate|caller|applicant|student|resident)s?',
    '(?:screenshot(?:ted)?|photographed|took a pic of) (?:a|the|his|her|their|this) (?:client|patient|inmate)?(?:\\w+ )?(?:file|chart|record|application)',
    'hid(?:ing)? (?:in|from) (?:the|my) (?:truck|car|supervisor|manager|boss) (?:all|for)',
    '(?:clocked|signed) (?:in|out) for (?:him|her|them|a coworker|my buddy|a friend)',
    'lied to (?:the |my |our )?(?:auditors?|inspectors?|investigators?|hr|board|minister|deputy|director|manager|boss|supervisor|public|client|clients|family|families|union)',
    "(?:for|of|billed|charged|claimed|paid) \\d+ ?(?:hrs|hours) (?:they|he|she|we|i|that they|that he) (?:didn't|did not|never) work(?:ed)?",
    '(?:charged|billed|claimed|put in for|logged|booked) \\d+ ?(?:hrs|hours)(?: of)? (?:ot|overtime)[^.!?\\n]{0,40}?worked (?:maybe |like |only |about |actually )?\\d+',
    '(?:lookup|database|registry|system|cpic)(?: at work)? to (?:see|check|find out|find|look up|figure out) (?:who|where|what|if|whether) (?:my|his|her|their)',
    "(?:tell|told) (?:the |them |him |her |people |clients |callers )?(?:[a-z]+ ){0,6}the system(?:'s| is| was) down (?:when|so|because|bc|cuz)",
    '(?:screenshot|screenshotted|pic|photo) of (?:what|the (?:email|letter|message|note|form)) (?:a|one of (?:our|my)|this|the|that) (?:client|patient|caller|applicant|inmate|student|parent|resident)s? (?:wrote|sent|said|filled)',
    'took home (?:a |the |some )?(?:box|stack|copy|copies|pile|bunch) of (?:the )?(?:unreleased|confidential|secure|sealed|unmarked|blank|provincial)',
    "(?:liquor (?:mart|store)|beer (?:vendor|store)|casino|bar|vlt)[^.!?\\n]{0,60}?(?:marked |unmarked )?(?:gov(?:'?t)?|government|provincial|province|work|fleet) (?:vehicle|truck|car|van|suv)",
    "(?:gov(?:'?t)?|government|provincial|province|work|fleet) (?:vehicle|truck|car|van|suv)[^.!?\\n]{0,40}?(?:liquor (?:mart|store)|beer (?:vendor|store)|casino|vlt)",
    "(?:because|cause|cuz|bc) (?:he|she|they)(?:'s|'re| is| are) (?:just )?(?:thick|dense|dim|dumb|stupid|lazy|slow in the head)",
    'learn(?:ed|s)? to speak (?:proper )?(?:english|french)',
    'are (?:animals|dogs|vermin|garbage|trash|pigs) and should',
    '(?:he|she|they) can enjoy the (?:wait|line|queue|delay)',
    '(?:fail|failed|failing|deny|denied|reject|rejected|flag|flagged) (?:his|her|their) (?:[a-z]+ )?(?:inspection|application|permit|renewal|claim|test) again',
    "(?:gift|basket|tickets?|bottle|box seats|gift cards?|cash) from (?:the |a )?(?:contractor|vendor|supplier|company|bidder|operator|owner) (?:we're|we are|i'm|i am) (?:inspecting|auditing|reviewing|evaluating|licensing|investigating)",
    "(?:vendor|contractor|supplier)'s invoice for [^.!?\\n]{0,30}?(?:didn't|did not|never) (?:work|happen|deliver)",
    "(?:no one|nobody)(?:'s| is) (?:gonna|going to) (?:ever )?(?:know|notice|find out|check)",
    'backdat(?:e|ed|ing) (?:the |our |my )?(?:[a-z]+ )?(?:logs?|records?|forms?|inspections?|timesheets?|entries)',
    "(?:filled|gassed|fuell?ed) up (?:my own|my|the wife's|my wife's|my personal) (?:car|truck|vehicle|suv|van|boat|sled) (?:on|with) the (?:gov|government|work|fleet|province's|department's) (?:card|gas card|fuel card)",
    '(?:boxes|cases|reams|cartons|a pile|piles) (?:of [a-z]+ )?(?:in|at) (?:my|the) (?:garage|basement|house|place|trunk) from work',
    '(?:booked|called in|calling in|called) (?:off )?sick (?:[a-z+]+ ){0,3}(?:[^.!?\\n]{0,40}?)(?:was the|for the) (?:jets|bombers|moose|goldeyes|game|concert|lake|cabin|tournament|playoffs?)',
    'out cold (?:in|at) (?:the|my) (?:control room|desk|office|booth|truck|post|station|unit)',
    'put(?:ting)? (?:them|him|her|callers?|people) on hold and (?:go|going|went|leave|leaving|grab|grabbing)',
    '(?:might|would|could|will) (?:speed|hurry|move) (?:things|it|that|the file|the paperwork) (?:along|up)',
    `(?:rerun(?:ning)?|re-run(?:ning)?|retest(?:ing)?|redo(?:ing)?) (?:them|it|the (?:samples?|tests?)) (?:til|till|until) (?:they|it) pass`,
    `(?:skim|skimmed|skimming) (?:the first|each|every|the) (?:[a-z]+ ){0,2}(?:and|then) (?:pick|picked|give|gave) (?:a|them a|it a) (?:random )?(?:number|score|mark|grade)`,
    '(?:p-?card|work card|gov(?:ernment)? card|purchase card|fleet card)[^.!?\\n]{0,60}?(?:a couple |some |few )?personal (?:things|items|stuff|purchases)',
    '(?:the )?(?:walk-in )?doc(?:tor)? (?:on [a-z]+ )?never asks (?:any )?(?:questions|for proof)',
    "(?:only )?got (?:the|her|his) (?:job|promotion|position) because (?:she's|he's|she was|he was|they're) (?:sleeping|hooking up) with",
    'called in sick (?:the )?(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:\\w+ )?in a row',
    'by (?:inspected|audited|patrolled|monitored) i mean',
    '(?:submits?|submitted|claimed|claim|put in for) mileage for \\d+ ?km[^.!?\\n]{0,40}?actual',
    '["\'“](?:awaiting parts|in for repairs|out of service)["\'”] for (?:two|three|four|\\d+) weeks',
    'called in sick (?:\\w+ ){0,3}(?:for|with) (?:a |an )?["“«‘\']',
    // (not "with a real fever, missed the golf tournament")
    'called in sick(?![^.!?\\n]{0,40}?\\b(?:real|actual|legit|genuine|missed|missing|miss)\\b)[^.!?\\n]{0,60}?(?:tailgate|golf|the lake|the beach|hunting|fishing|the cabin|the cottage|a concert|not sick|wasn.t sick|was me)',
    '(?:not|wasn.t) (?:actually )?sick\\. just',
    'cong[ée]s? de maladie ?[»”"]? (?:\\w+ ){0,5}pour aller',
    '(?:slept|sleeping|asleep|napping|napped|sleep) (?:through |in |at )(?:half |most of |all of )?(?:my |the )?(?:\\w+ )?(?:shift|control booth|guard booth|booth|post)\\b',
    'go back to sleep in (?:your|my|the) (?:car|truck)',
    "(?:badging|badged|clocking|clocked|clock|punch(?:ed|ing)?) in from (?:the |my )?(?:[\\w']+ )?(?:parking lot|car|truck|driveway|couch|bed)",
    '(?:two|three|four|2|3|4)[- ]?(?:hour|hr) lunch(?:es)? (?:\\w+ ){0,6}(?:every day|codes? it|taxpayers|on the clock)',
    '(?:taxpayers|contribuables)[^.!?\\n]{0,40}(?:three|two|3|2)[- ]hour lunch',
    'meetings["”]? on teams but (?:actually|really) (?:in|at)',
    '(?:hours?|hrs) of (?:\\w+ )?(?:ot|overtime) (?:that )?i spent',
    '(?:took|drove|borrowed|used|take|took out|ran|taking) (?:the )?(?:province.s|department.s|dept.s|government|gov|gov.t|work|highways|fleet|crew|branch|ministry|unit.s|office|mti|parks|conservation|co|shop|depot) (?:\\w+ )?(?:truck|half-ton|zodiac|boat|side-by-side|atv|quad|ski-?doo|sled|van|car|vehicle|grader|loader|suv)[^.!?\\n]{0,60}?(?:the bar|the lake|the cabin|the cottage|the beach|casino|the mall|costco|walmart|target|beer store|liquor|vendor|\\w+ run|donuts|joyride|party|social|wedding|hunting|fishing)',
    // (not what came home from the office party: "a poinsettia (offered, I swear)")
    `(?:took|brought|bring|taking|bringing) home [^.!?\\n]{0,80}?(?:from (?:work|the office|the leg|the branch|the shop|the depot|the lab)${NOT_A_PARTY}|the branch.s|the office.s|the department.s|work.s)`,
    '(?:department|dept|work|office|government|gov.t|branch|purchasing|corporate|gas|fuel) (?:visa|mastercard|credit card|card) for (?:my|a|the) (?:kid|costco|personal|own|birthday|grocer|family|vacation|trip)',
    '(?:used|using) the (?:purchasing|purchase|p-|corporate|gas|fuel|work|department) ?card for a (?:costco|walmart|personal|grocery|beer|liquor) run',
    'carte (?:d.essence|de cr[ée]dit|visa) du (?:minist[eè]re|gouvernement|bureau)',
    '(?:gard[ée]|pris|ramen[ée]) (?:le|la|les) (?:vieux |vieille )?(?:\\w+ ){0,2}du minist[eè]re pour (?:mon|ma|mes)',
    'login i ["‘’\']?borrowed|hopping on as (?:my )?(?:old |former )?(?:supervisor|boss|manager|coworker)',
    'seized (?:pickerel|walleye|fish|meat|moose|deer|venison|booze|liquor|beer) (?:tastes|was|is)|["“]evidence disposal',
    '(?:beers?|drinks|a mickey|shots) on the (?:fire ?line|job|site|clock|shift|line)',
    'still (?:half )?(?:cut|drunk|hammered|buzzed|wasted) from (?:the|last)',
    'for a case of (?:beer|molson|\\w+ (?:beer|lager))',
    'gift card for your trouble',
    'favou?rs are the real currency',
  ],
  '\\b',
);

/** Slurs and bigotry: never acceptable, whoever the target. */
const SLUR = new RegExp(
  `${phrases([
    '(?<!(?:en|de|du|des|un|le|au|ce|mon|son|ton|leur|notre|votre|aucun|sans|avec|petit|gros|long|l[ée]ger) )retard(?:s|ed)?(?! (?:de|du|des|sur|dans|à|a|pour|considérable|important) )',
    'f[a@]gg?(?:ot)?s?',
    'n[i1]gg(?:er|a)s?',
    'tranny',
    'tapettes?(?! (?:[àa] )?(?:mouches?|souris))',
    'trannies',
    'spics?',
    'chinks?',
    'kikes?',
    'squaws?',
    'redskins?',
    'savages',
    'go back (?:to )?where (?:you|they|she|he) came from',
    'breeding like (?:rabbits|rats)',
    'welfare (?:moms|mothers|queens?|bums)',
    'go back to (?:your|their|his|her|whatever|wherever|whichever) (?:own |home )?(?:country|place|island|reserve|village)',
    '(?:immigrants|refugees|natives|indians|muslims|jews|gays|newcomers|foreigners) (?:are|r) (?:all )?(?:lazy|criminals|drunks|thieves|liars|scum|animals|parasites|ruining|taking)',
    '(?:those|these) people (?:are|r) (?:all )?(?:lazy|criminals|drunks|thieves|liars|scum|animals|parasites)',
    'illegals',
    'dirty (?:indians|natives|immigrants)',
    'lazy (?:indians|natives|immigrants)',
  ])}\\b`,
  'g',
);

/** Threats and wishing harm. */
const THREAT = new RegExp(
  `${phrases([
    '(?:gets?|get) (?:hit by a (?:bus|car|truck)|run over)',
    '(?:leaving|leave|go(?:ing)? home) in (?:an ambulance|a body bag)',
    '(?:break|smash|punch|bust|kick) (?:his|her|their|your) (?:jaw|face|nose|teeth|head)',
    'key (?:his|her|their|your) car',
    'hope (?:s?he|they|he|she|you|every one of you|all of you|each of you|they all)[^.!?]{0,30}(?:laid off|fired|dies?|die|rots?|suffers?|gets? hurt)',
    "i(?:'m| am) (?:going|gonna) to (?:hurt|kill|punch|slap|key|smack|deck)",
    "i swear i'll (?:hurt|kill|break|punch|slap|smack|deck|hit|knock)",
    '(?:go|can go) (?:f\\*+k?|fuck|screw) (?:your|her|him|them)sel(?:f|ves)',
    '(?:fuck|f\\*+k?|screw) (?:you|him|her|them|off)',
    "vivement qu'(?:il|elle) parte",
    "i'll kill (?:him|her|them|you)",
    'someone should (?:shoot|punch|slap|hit|kill)',
    'watch your back',
    'find out where (?:i|we) park',
    "(?:je vais|j'vais|on va) (?:te |lui |leur )?crever (?:un pneu|tes pneus|ses pneus|leurs pneus)",
    '(?:slashed|let the air out of) (?:her|his|their) tires?',
    'deserve a taser',
    'i know where (?:you|s?he|they) lives?',
    "you'll regret",
    '(?:knock|kick|punch|smack) (?:her|his|their|your) (?:teeth|lights|head) (?:out|in)',
    'let the air out of',
    "i(?:'ll| will| swear i'll) run (?:him|her|them|you) over",
    'can rot (?:for all i care|in there)?',
    'i know (?:exactly )?(?:where (?:you|s?he|they) (?:live|lives|park)|which house)',
    '(?:find|found|look|looked) up where (?:you|s?he|they) lives?',
    '(?:find|found) out where (?:you|s?he|they) lives?',
    "i(?:'ll| will|'m gonna|'m going to) (?:drag|throw|kick|toss|haul) (?:him|her|them|you) out",
    '(?:keep talking|watch yourself|try me),? (?:buddy|pal|bud|lady|sweetie)',
    "(?:i swear )?(?:i'm |im )?(?:gonna|going to) (?:lose it and )?(?:deck|punch|slap|hit|smack|strangle|throttle) (?:someone|somebody|a client|the next|one of)",
    "i(?:'ll| will| swear i'll) (?:flatten|slash|key|smash|egg) (?:your|his|her|their)",
    'tu vas (?:le )?regretter|vous allez (?:le )?regretter',
    'shut (?:his|her|their|your) (?:damn |fucking |goddamn )?(?:mouth|trap|face)',
    'drive (?:the |my |a )?(?:\\w+ )?(?:truck|car|plow|grader|loader) (?:right )?(?:through|into|over) (?:them|those|these|the crowd|the protesters|him|her)',
    "(?:i'm|im|i am) (?:finding|going to find|gonna find) (?:him|her|them|you) after (?:work|my shift|shift)",
    "(?:i'll|i will|i'm gonna|i am going to) make sure (?:he|she|they|you) regrets? (?:it|this|that)",
    "i(?:'ll| will) find out where (?:he|she|they|you) (?:parks|lives|works|sleeps)",
    "(?:exactly )?what i(?:'d| would) do to (?:his|her|their|your) (?:truck|car|house|face|kids?|dog)",
    '(?:better|should|needs to) watch (?:her|his|their|your) back',
    'i know who you are',
    // "whoever in my house keeps leaving one sip of milk: I know it's you": a household joke
    // (the literal first and the look back after it: a look-behind at the start runs at every position)
    'i know (?:it.s you|it was you)(?<!\\b(?:house|home|roommates?|kids?|husband|wife|family|household|fridge|jug|milk|cookies?|leftovers)\\b[^!?\\n]{0,100}i know (?:it.s you|it was you))',
    'hope your tires (?:hold up|last)',
    'je sais o[uù] (?:tu|vous|il|elle) (?:restes?|habites?|demeures?|vis|vit|restez|habitez)',
    '(?:d[ée]gonfler|crever|percer|slasher) (?:ses|tes|leurs|vos) (?:\\d+ |quatre )?pneus',
    'laxatifs? dans (?:ma|mon|sa|son|leur|ta|ton)',
    'qu.(?:il|elle|ils|elles) (?:pourrisse|pourrissent|cr[èe]ve|cr[èe]vent)',
    "i know your (?:home )?(?:address|income|ex's name|kids'? names?|license plate|plate number|schedule)",
    '(?:going|go|goes) over the rail',
    'show (?:him|her|them|you) what an? \\w+ really looks like',
    'learn manners in that corner',
    '(?:should be|deserve to be) left to rot',
    '(?:cannot|can.t) wait for (?:him|her|them) to (?:step in|get hurt|fall|trip)',
  ])}`,
  'g',
);
const MASKED_PROFANITY = /\b(?:f\*g|r\*tard|f\*+k?|f\*\*\*|sh\*+t|b\*+tch|a\*+hole|c\*+nt)/g;

/** Something the job entrusts: a vehicle, a card, time, an inspection, a file, a client's service. */
const DUTY = new RegExp(
  `${phrases([
    "(?:government|provincial|province|gov|gov't|govt|department'?s?|work|parks|fleet|highways?|office|the deputy's|crew|mti) (?:truck|vehicle|car|suv|van|boat|tahoe|card|gas card|credit card|laptop|phone|computer|per diem|grader|loader|plow|half-ton|zodiac|side-by-side|atv)",
    'per diem',
    'overtime',
    'ot\\b',
    'sick (?:days?|leave|note)',
    'jours de maladie',
    'inspections?',
    'tests?',
    'samples?',
    'the file on',
    'files?',
    'records?',
    'tickets?',
    'paperwork',
    'applications?',
    'licen[cs]e (?:renewal|application)?',
    '(?:her|his|their|your) (?:\\w+ )?(?:visit|appointment|file|claim|application|paperwork|licen[cs]e(?: renewal)?)',
    '911',
    'calls?',
    'frequent flyers?',
    'signed off on',
    'inspections?',
    'the queue',
    'the line',
    'the system',
    'on the clock',
    'in my cubicle',
    'at my desk',
    'supplies',
    'statements',
    'timesheets?',
    '(?:department|government|work|office|fleet|parks|crew) (?:boat|atv|snowmobile|sled|trailer|tools?|generator|bbq|pass)',
    'purchase card',
    'fuel card',
    '(?:work|department|government|office|crew) (?:drone|camera|laptop|projector|generator|chainsaw|ladder|trailer)',
    'tickets',
    'complaint (?:email|e-mail|file|letter|form)s?',
    '(?:patrol|conservation|department|government|work|parks) (?:\\w+ )?boat',
    'p-?card',
    'ran a plate',
    'my pass',
    'renewals?',
    'appeals?',
    'appeal letters',
    'asphalt',
    'hauling',
    'docket court',
    'the gate',
    'seized',
    "(?:marked|unmarked) (?:gov(?:'?t)? |government |provincial |work |fleet )?(?:vehicle|truck|car|cruiser|van|suv)",
    '(?:co|conservation|patrol|highways?) (?:truck|vehicle|cruiser)',
    '(?:park|gate|building|office|master|campground) keys',
    'on hold',
    'invoices?',
    'the (?:resumes?|applications?|files?|pile)',
    '(?:qc |quality )?controls',
    'checklists?',
    'logs?',
    '(?:their|his|her|the) (?:resumes?|cvs?)',
    'purchasing card',
    'forms',
  ])}`,
  'g',
);
/** Doing it wrong on purpose, or bragging that nobody notices. */
const ABUSE = new RegExp(
  `${phrases([
    'skipped',
    'faked',
    'copied',
    'pulled the file',
    'went easy',
    'on purpose',
    'just to see',
    'just to spite',
    'to spite',
    'payback',
    'nobody (?:checks|noticed|notices|ever checks|will know)',
    "(?:never|don't) (?:check|notice)",
    "n'y a vu que du feu",
    'sue me',
    'everyone does it',
    'tradition',
    'perks',
    'karma',
    'works like a charm',
    "(?:i'll|i will) (?:'?forget|'?lose|lose|forget|make (?:her|him|them) wait)",
    "'(?:forget|lost|lose)'",
    'bump (?:them|him|her) to the bottom',
    'without (?:going inside|checking|looking|testing)',
    'get paid to (?:watch|sleep|nap|play|do nothing)',
    'for a beer cruise',
    'troll',
    'billed it as',
    "let's see how (?:s?he|they) likes?",
    'burner account',
    'personne ne v[ée]rifie',
    "personne n'a rien remarqu[ée]",
    'instead of (?:logging|recording|reporting|filing|processing|forwarding)',
    '(?:who|that) annoyed me',
    '(?:handed|slipped|gave) me (?:a |some |an )?(?:2-4|two-four|case|bottle|twenty|fifty|hundred|cash|envelope|gift card|\\$)',
    'throw in (?:some|a)',
    '["\'](?:office supplies|supplies|work supplies|training|business|site visit|meeting|water sampling|inspection)["\']',
    "(?<!asking )(?:to|for) my (?:buddy|friend|cousin|brother|sister|bro)'s",
    'pays to know people',
    '(?:the )?government owes me',
    'send them to the back of the line',
    'stretch (?:a|the|out) (?:\\d+[- ]hour )?(?:\\w+ )?job',
    'easiest money',
    "don't (?:tell|let) (?:hr|anyone|my boss|the boss|management|my supervisor|my manager|the union)",
    "don't judge",
    'our little secret',
    'honou?r[- ]system',
    "(?:logged|coded|billed|claimed|booked|recorded|wrote|put) (?:it |this |that |them )?(?:up |down |in |off )?as '",
    "'for (?:the office|work|the department|the branch|business|training)'",
    '(?<!asking )for my (?:sister|brother|cousin|buddy|buddies|gf|bf|girlfriend|boyfriend|neighbou?r|ex|bro)\\b',
    "(?:bc|because|cuz|since) (?:he's|she's|they're|he is|she is) my (?:cousin|buddy|friend|neighbou?r|brother|sister|bro)",
    '(?:in|at) my (?:backyard|garage|cabin|cottage|house|basement) now',
    'instead of (?:hauling|doing|checking|reading|calling|inspecting|working|testing|filing|reporting)',
    'worked (?:maybe|like|about) \\d+ of (?:them|those)',
    "(?:i'm|im|i am) not (?:actually )?sick",
    'hung up (?:on (?:him|her|them))?',
    '(?:made|make|making) (?:a|an|the|her|him|them)(?: \\w+){0,2} cry',
    'ok and\\?*',
    'after hours with my',
    'with my (?:pass|badge|keys?|access)',
    'rules are for',
    '(?:saved|saves) (?:us|me) (?:\\w+ )?(?:hours?|time|a trip)',
    "nature'll figure",
    '(?:no one|nobody) (?:even )?(?:asked|blinked|batted an eye)',
    '(?:not|without) (?:even )?blinking',
    '(?:best |favourite |favorite |nicest )?perk of (?:the job|being an?)',
    "so we(?:'re| are) even",
    'family first',
    'funny how that works',
    // ("I review restaurants for fun on my blog": a hobby)
    'for fun(?! on (?:my|the|our|a) )',
    '(?:taking|took|treating|treated) (?:me|us) to (?:the )?(?:jets|moose|bombers|goldeyes|game|box|suite|dinner|vegas|golf|steak)',
    '(?:gave|bought|sent|slipped) (?:me|us) (?:a |some )?(?:tickets|gift cards?|cash|a bottle|bottles|a case|box seats)',
    '(?:ends?|end) up at the bottom(?: of the (?:pile|stack|list))?',
    "personne (?:ne )?va (?:s'en rendre compte|le savoir|le remarquer|rien voir)",
    'what are friends for',
    "(?:they|nobody|no one)(?:'ll| will) (?:never |ever )?(?:audit|check|notice|look)",
    'not (?:in )?my job description',
    '(?:just )?on principle',
  ])}`,
  'g',
);
/** "gets 'lost' for a week", "I'll 'forget' her visit": neglect in scare quotes. */
const QUOTED_NEGLECT = /['"“”‘’](?:forget|forgot|lost|lose|misplaced?|accidentally)['"“”‘’]/g;
/** Harassing the people at work online. */
const HARASS =
  /\b(?:troll|harass|stalk|dox)\w* (?:the |my |our |a )?(?:adm|dm|minister|deputy|boss|manager|director|supervisor|coworker|colleague|client)(?:'s (?:kid|kids|wife|husband|family|daughter|son))?/g;

/** Taking or billing what the job entrusts. */
const MISUSE = new RegExp(
  `\\b(?:used(?! to be)|took|lent|borrowed|billed|claimed|charged) (?:\\w+ ){0,3}?${DUTY.source}[^.!?\\n]{0,60}?(?:to (?:move|the lake|the cabin|the cottage|go|my|help|fill)|for (?:my|a beer|personal)|the boat|to (?:film|shoot|record|haul|tow)|this weekend|treat yourself|as 'supplies'|worked \\d|lol|lmao|😂|🛻|⛽|nobody|never)`,
  'g',
);

/** Groups of people the writer serves, generalised with contempt. */
const GROUP_CONTEMPT =
  /\b(?:(?:the |these |those |some of (?:these|the|our) |half (?:of )?(?:the|these|our) )?(?:people|clients|callers|parents|kids|newcomers|immigrants|refugees|patients|inmates|residents|applicants|folks|ppl|customers|seniors|old ladies|old men|calls)(?: [a-z]+){0,4}? (?:are|r|is|always|can't|cannot|never|smell|deserve)\b[^.!?\n]{0,40}?(?:working the system|gaming the system|milking (?:it|the system)|scamming|lazy|inbred|stupid|dumb|useless|exaggerate|smell|barn|a taser|idiots|morons|animals|drunks?|criminals|liars|can't (?:fill|read|speak|count)|learn english|profiteurs|paresseux))|\blearn english\b|\bquota\b/g;

/** Contempt in fresh words: "didn't even try to speak English", "the IQ of a wet brick", "an empty suit". */
const CONTEMPT = new RegExp(
  `${phrases([
    "(?:didn't|don't|doesn't|can't|won't) (?:even )?(?:speak|try to speak|bother (?:to )?(?:learn|learning|speak|speaking)) (?:a word of )?english",
    "(?:the )?(?:iq|qi) (?:of|d'une?) (?:a |an |une? )?(?:wet |dead |mouill[ée]e? )?(?:brick|rock|potato|fence ?post|doorknob|turnip|goldfish|houseplant|toaster|sponge|brique|roche|patate|poteau|navet)",
    'empty suit',
    // the public and colleagues mocked without a swear word
    '(?:parade|gaggle|herd|flock|troupeau) (?:of|de) (?:geniuses|rocket scientists|einsteins|brain surgeons|moutons|sheep|g[ée]nies)',
    "(?:geniuses|rocket scientists|einsteins) who (?:can't|cannot|couldn't)",
    '(?:the |those |these |two |three |four |our )(?:old )?dinosaurs (?:in|at|on|from|down in)',
    '(?:ranking|ranked|rank|rate|rating) (?:the |all the )?(?:laziest|dumbest|worst|ugliest|fattest|slowest|stupidest)',
    '(?:being|be|try being) less (?:disgusting|gross|stupid|dumb|pathetic|useless|needy)',
    "(?:need|needs|should need|require) a licen[cs]e (?:to |before (?:they're|they are|they) (?:allowed to )?)(?:have|breed|raise) (?:kids|children|babies)",
    'becomes? self-aware',
    '(?:parle|r[ée]fl[ée]chit|pense) comme (?:un|une) (?:r[ée]pondeur|grille-pain|plante|roche|brique|poteau)',
    '(?:talks|thinks) like (?:a|an) (?:answering machine|toaster|houseplant|rock|brick|fence ?post)',
    '(?:the )?(?:whole office|whole team|everyone|we all|the team) (?:can |could )?do(?:es)? impressions',
    'only moves when (?:someone|the boss|a manager|management|the supervisor)',
    'like a warming shelter',
    '(?:bunch|pack|gang) of (?:entitled|spoiled|whiny|lazy) (?:babies|brats|whiners|crybabies|freeloaders)',
    'trop (?:stupides?|niaiseu(?:x|ses?)|[ée]paisses?|caves?|b[eê]tes?) pour',
    'go back (?:to )?(?:where (?:they|you) came from|to (?:their|your) (?:country|village|reserve))',
    "(?:is|he's|she's|they're|guy's) from the rez,? so",
    'enjoy being banned',
    '(?:on my caseload|my clients?),? stop (?:crying|whining|complaining)',
    "(?:needed|need|needs) (?:[a-z']+ ){0,4}explained (?:back )?to (?:her|him|them) (?:three|four|five|six|\\d+|several|multiple) times",
    '(?:je (?:leur|lui) raccroche au nez|hang(?:ing)? up on (?:them|callers|people) (?:mid-sentence|halfway|all day|lol))',
    '(?:sont|est) (?:vraiment |tellement )?(?:les plus |le plus |la plus )?(?:[ée]pais|niaiseux|niaiseuses?|twits)',
    "(?:compl[eè]tement )?s[ée]nile,? (?:c'est|she's|he's|honestly|lol|la pauvre|le pauvre)",
    'lazy (?:cow|pig|slob|bum|sack)',
    'princess(?:es)? who cry',
    'most pathetic (?:human being|person|excuse)',
    'barely human',
    'walking participation (?:ribbon|trophy)',
    '(?:i.ve met|met) smarter (?:fence ?posts|rocks|bricks|potatoes)',
    'culture thing with (?:those|these) people',
    '(?:wanting|looking for|here for|with their hand out for) a handout',
    'same sob story',
    '(?:des )?vrais porcs|sont des (?:cr[ée]tins|imb[ée]ciles|cons|idiots|porcs|animaux)',
    '(?:un |une )?(?:vrai |vraie )?gnochon|incomp[ée]tente? finie?|tellement nulle?',
    // (whole words: "osti de construction" is the roadwork, not "osti de con")
    "(?:ostie|osti|crisse|criss|tabarnak|tabarnac|sti|estie|ciboire|calvaire|maudit|maudite) d[e']\\s?(?:cave|con|conne|twit|innocente?|chien|chienne|vache|incomp[ée]tente?|paresseux|paresseuse|profiteux|profiteuse|t[êe]teux|t[êe]teuse|colons?|niaiseux|niaiseuse|mongole?|[ée]paisse?|gnochon|grosse|truie)\\b",
    '(?:petite|petit|grosse|gros|maudite|maudit) (?:conne|con|cave|vache|truie|niaiseuse|niaiseux|[ée]paisse|paresseuse|paresseux)\\b',
    '(?:sont|est|sont pas|est pas|c.est pas) (?:tous |toutes )?(?:des |une )?lumi[eè]res?',
    '(?:aux|les|des|m[êe]mes|maudits) (?:m[êe]mes )?bs\\b',
    "y'?a des claques qui se perdent",
    '(?:please )?stop reproducing',
    'the ugliest (?:child|kid|baby|children|kids)',
    '(?:ciboire|crisse|tabarnak|osti|ostie|calvaire),? qu.(?:il|elle) est (?:lent|lente|cave|con|conne|niaiseux|niaiseuse|[ée]pais|[ée]paisse)',
    "(?:t'es|tu es|est|c'est|sont|ce sont) (?:une |des )?(?:vraies? |maudites? |grosses? )?(?:truies?|vaches?)\\b",
    '(?:gang|bande|troupeau|tas) de (?:l[aâ]ches|caves|paresseux|twits|incomp[ée]tents|ti-counes|moutons|innocents|t[êe]teux|colons|cons|niaiseux|[ée]pais|profiteux|BS)\\b',
    '(?:des |les |ces )(?:vrais |maudits )?sauvages',
    'hired for (?:her|their|his) looks',
    'reads at a grade \\d level and (?:he.s|she.s)',
  ])}`,
  'g',
);

/** A record written up under a label in quotes: "wrote them all up as 'wildlife collisions'", "just wrote 'no concerns'". */
const FALSIFIED = new RegExp(
  `${phrases([
    `(?:logged|coded|billed|claimed|booked|recorded|wrote|put|marked|filed|entered|signed off)(?: [a-z0-9]+){0,5} (?:as|for|under) ['"]`,
    `(?:just )?(?:wrote|put|ticked|checked|marked|entered) ['"](?:no concerns|n/?a|complete|completed|done|passed|ok|okay|all good|fine|satisfactory|no issues|compliant)['"]`,
    `(?:stopped|quit|skip|skipped|don't bother) (?:doing |with )?(?:the )?(?:[a-z]+ ){0,2}(?:site visits?|inspections?|checks?|follow-?ups?|home visits?|safety checks?|second visits?)`,
    `gave (?:him|her|them|it|the place) a pass`,
    `clocked in from (?:the|my) (?:couch|bed|cabin|lake|boat|hot tub)`,
    `(?:monitored|did|worked|watched|pulling|pulled|logging|logged|claiming|claimed)[^.!?\\n]{0,50}? from my (?:hot tub|couch|bed|cabin|boat|deck|dock)`,
    `(?:used|using|put|charged|expensed|billed) (?:the |my |it (?:on|to) the )?(?:\\w+ ){0,2}(?:p-?card|purchase card|credit card|corporate card|per diem|expense account) (?:for|on|as) (?:a |an |the )?'`,
    `put (?:the |my |our |a )?(?:\\w+ ){0,3}on the (?:purchase|purchasing|p-|government|gov|work|office|corporate) ?card`,
    `(?:just )?signed (?:off )?(?:on )?(?:the |them |it )?(?:\\w+ )?anyway`,
    `made up the (?:reason|charge|violation|infraction|ticket|cause)`,
    `(?:signed off on|passed|approved|certified) (?:\\w+ ){0,3}(?:inspections?|files?|permits?|checks?) (?:this week |today |again )?without (?:leaving my (?:desk|office|chair|truck)|looking|going (?:out|there)|checking|visiting|reading (?:them|it))`,
    `nobody (?:knows|notices|noticed|knew) (?:you|i|we) (?:left|leave|were gone|was gone|took off)`,
    `(?:code[sd]?|coding|log(?:s|ged)?|bill(?:s|ed)?) it as (?:\\w+ ){0,2}(?:work|survey|inspection|training|maintenance|travel)`,
    `if anyone asks,? it was`,
    `(?:approve|approved|sign off on|signed off on|pass|passed) (?:\\w+ ){0,3}without (?:opening|reading|checking|looking at) (?:the )?(?:attachments?|files?|them|it)`,
  ])}`,
  'g',
);
/** Drinking and working: "two pints over lunch and then back to running the scale". */
const DRINKING =
  /\b(?:pints?|beers?|bevvies|drinks|shots|a (?:case|two-four|mickey|twofer)|bottles?|caisse de bi[eè]re|(?:was |got |still )?(?:drunk|hammered|buzzed|tipsy|hungover|saoul))\b[^.!?\n]{0,60}?\b(?:over lunch|at lunch|on (?:the )?(?:shift|clock|job)|at work|back to (?:work|running|driving|the (?:desk|truck|counter|scale|office))|before (?:my|the) shift|in the (?:work |government |province |department )?(?:truck|van|cruiser|office|boat))\b/g;
/** Using work access to look up people in one's own life, or to read what one should not. */
const SNOOPING = new RegExp(
  `${phrases([
    `(?:looked|look|searched|ran|checked|pulled|pulled up|snooped)(?: up)? (?:on )?(?:my |our |a |her |his )?(?:daughter's |son's |sister's |brother's |friend's |cousin's )?(?:new )?(?:ex|neighbou?r|boyfriend|girlfriend|date|cousin|brother-in-law|sister-in-law|landlord|crush|tinder date|guy i (?:dated|went out with)|girl i dated|someone i dated)\\b[^.!?\\n]{0,60}?(?:registry|database|system|cpic|records?|at work|file)`,
    `(?:reading|read|pulled|looked at|opened) (?:the )?(?:[a-z-]+ ){0,2}(?:report|file|record|chart|history)s? (?:on|of|for) (?:a guy|a girl|someone|my) (?:i (?:dated|went to school with|used to date)|ex|neighbou?r|cousin|landlord)`,
    `i (?:read|check|go through|look at) the (?:deputy|boss|manager|minister|director|adm|dm)(?:'s)? (?:chats?|emails?|messages|inbox)`,
    `(?:admin|access) (?:on|to) every (?:laptop|computer|inbox|file)[^.!?\\n]{0,40}?(?:i read|i check|i look)`,
    `(?:scroll(?:ed|ing)?|dug|digging|snoop(?:ed|ing)?|poked|poking|went|going|looked|looking) (?:around |through |into |at )?(?:my |our )(?:ex|ex-(?:wife|husband|girlfriend|boyfriend)|neighbou?r|landlord|cousin|sister-in-law|brother-in-law|date|crush)(?:'s)? (?:file|record|chart|history|account|info)`,
  ])}`,
  'g',
);
/** Using the job's power on people: retaliation, humiliation, favours, discrimination. */
const POWER_ABUSE = phraseSet([
  `(?:a little |a bit |way )?longer than (?:necessary|needed|required)`,
  `i (?:have|know|got) (?:your|his|her) (?:plate|address|file|licen[cs]e)(?: number)?[^.!?\\n]{0,40}?i know (?:where|which)`,
  `guess who's (?:working|getting|on) (?:every|all|the)[^.!?\\n]{0,30}?(?:holidays?|weekends?|nights?|shifts?)`,
  `because (?:he|she|they) (?:was|were) (?:rude|mouthy|snippy|annoying|a jerk|a pain|difficult)`,
  `made (?:her|him|them|the new (?:\\w+ )?(?:hire|guy|girl|kid|student))[^.!?\\n]{0,50}?(?:while (?:we|i) (?:watch|watched|laugh|laughed|film)|for fun|for laughs|toothbrush)`,
  `(?:on purpose|for fun|for laughs)[^.!?\\n]{0,25}? to see (?:what|how|if) (?:he|she|they)`,
  `(?:parked|park|parking) (?:the |a |my )?(?:work|province|provincial|gov(?:'?t)?|government|department|fleet) (?:truck|van|car|vehicle|suv) in (?:the|a) (?:handicap|handicapped|disabled|accessible|fire lane|no parking)`,
  `(?:stationn[ée]|parqu[ée])[^.!?\\n]{0,40}?handicap[^.!?\\n]{0,60}?(?:camion|v[ée]hicule|char|van) du gouvernement`,
  `printed (?:\\d+|a bunch|hundreds|a stack)[^.!?\\n]{0,50}?(?:printer|copier|plotter) at work`,
  `(?:told|j'ai dit (?:à|a)) (?:my|mon|ma) (?:boss|manager|supervisor|superviseure?|patron(?:ne)?|gestionnaire)[^.!?\\n]{0,70}?(?:en fait|actually|but (?:really|actually|i was)|in reality|truth is)`,
  `told my (?:boss|manager|supervisor) i (?:had|was|got) (?:covid|sick|the flu|a (?:doctor|dentist)'?s? appointment|a funeral)[^.!?\\n]{0,40}?(?:so i could|to go|game|lake|golf|fishing|worth)`,
  `(?:kicked|threw|tossed) (?:a |the |an )?(?:homeless|old|drunk|poor|smelly)[^.!?\\n]{0,20}? (?:out|off)`,
  `made sure (?:she's|he's|she is|he is|they're) on (?:all |every )?(?:of )?my shifts`,
  `(?:slept|napped|napping|sleeping|snoozed|asleep|nap)\\b[^.!?\\n]{0,50}?(?:on (?:nights|shift|the clock|duty)|at (?:work|my desk|the (?:desk|console|centre|depot|yard|office|scale))|in (?:the|my|it)(?: (?:work|fleet|government|gov|province) (?:truck|van|vehicle|car))?\\b(?= for the|$| for an| all| until| til))`,
  `(?:on (?:nights|shift|the clock|duty)|behind the (?:warehouse|depot|yard|shop|tim's))[^.!?\\n]{0,50}?(?:slept|napped|napping|nap|asleep)`,
  `(?:pulled over|stopped|ticketed|inspected|audited|wrote up|flagged|ran) (?:my |her |his )?(?:ex|ex's (?:new )?(?:boyfriend|girlfriend|husband|wife|partner)|ex-(?:wife|husband)|neighbou?r|landlord)\\b`,
  `(?:look|looked) up (?:anyone|anybody|someone)'s (?:plate|file|record|address)`,
  `(?:punch|punching|punched|clock|clocking|clocked|swipe|swiping|swiped) (?:in|out) for (?:my|a) (?:buddy|friend|coworker|co-worker|colleague|pal|bro)`,
  `(?:could|can) keep (?:him|her|them|you) (?:there|here|waiting|on hold) (?:all day|for hours|all night)`,
  `'find' something|(?:plant|find|found) something in (?:his|her|their) (?:trunk|car|bag|truck)`,
  `locked (?:him|her|them|the new (?:\\w+ )?(?:guy|girl|hire|kid)) in (?:the|a) `,
  `(?:taking|took|bringing|brought) (?:a couple|some|a few|one|two|three|a box|a bunch)(?: \\w+)? home[^.!?\\n]{0,40}?(?:no one|nobody) (?:will|would|is going to|'ll) (?:miss|notice|know)`,
  `hope (?:your|you) [^.!?\\n]{0,30}?(?:stuck in your throat|choke)`,
  `i know where (?:you|your \\w+) (?:live|is|are|sit|park)[^.!?\\n]{0,40}?(?:scared|watch out|careful|🔪)`,
  `you should be scared`,
  `straight (?:in|into) the (?:shredder|garbage|trash|bin)`,
  `flashed my (?:government|gov|work|provincial) (?:id|badge)`,
  `(?:inspected|audited|ticketed|pulled over|wrote up) [^.!?\\n]{0,40}?(?:who gave|who left|who posted) (?:my|me|a bad)`,
  `tipped (?:off )?(?:my|a) (?:neighbou?r|buddy|friend|cousin|brother|sister)`,
  `(?:when|till|until) (?:he|she|they) learns? (?:the language|english)`,
  `slept through (?:two |three |the |my )?(?:counts|rounds|checks|calls|shift|the count)`,
  `reported a '[^']+' about (?:her|him|them)`,
  `(?:reserve|rez) (?:clients|people|folks|families)`,
  `(?:put in|claimed|billed) (?:for )?mileage[^.!?\\n]{0,60}?(?:on teams|on zoom|virtual|online|didn't (?:go|drive))`,
  `(?:she|he|they) can rot`,
  `i'll make sure your (?:[a-z]+ ){0,2}(?:application|file|permit|licen[cs]e|renewal|claim)[^.!?\\n]{0,20}?(?:takes|sits|gets lost|disappears)`,
  `diversity (?:hire|pick)`,
  `sign off (?:on )?(?:his|her|their) [a-z ]{2,20}? if (?:he|she|they)`,
  `(?:cause|because|since) you brought (?:the team |us |me )?(?:donuts|coffee|cookies|beer|a case|gifts?)`,
  `lied (?:on|in) (?:the|my|an) (?:incident )?(?:report|form|log|timesheet|statement)`,
  `pronoun stuff`,
  `you deserve the (?:\\d+ ?(?:hour|hr) )?wait`,
  `if you're (?:dumb|stupid) enough to`,
  `(?:pulled|ran|looked up) (?:the |his |her |their |a )?(?:suspect's |guy's |neighbou?r's )?(?:driver|criminal|court|medical) (?:record|abstract|history)`,
  `(?:run|running|have|had|started) a (?:betting )?pool (?:on|about) (?:which|who|how)`,
  `clocked in from (?:the|my) (?:couch|bed|cabin|lake|boat|hot tub)`,
  `mak(?:e|ing) (?:his|her|their|your) life (?:hell|miserable|a living hell)`,
  `waived (?:the |his |her )?[a-z ]{2,20}? (?:fee|fine|ticket) for (?:the |my )?(?:cute|hot|my)`,
  `(?:he's|she's|they're|you're) (?:getting|gonna get) hurt`,
  `diversity hire`,
  `gas is on the province|on the (?:province's|taxpayers?'?|government's) dime`,
  `(?:jours?|journ[ée]es?) de maladie pour (?:aller|faire)`,
  `without reading (?:a single one|them|it|any(?: of them)?)`,
  `(?:audit|investigation) (?:is going to|will) catch[^.!?\\n]{0,30}?(?:including me|me too)`,
  `(?:slept|napped|snoozed)\\b[^.!?\\n]{0,40}?(?:(?:night )?patrol|overnight|the unit|the control room|in the (?:[a-z]+ )?(?:truck|cruiser|van))`,
  `(?:hrs?|hours|half) of my shift (?:parked|watching|napping|sleeping|at)`,
  `(?:bought|got|ordered|grabbed) (?:a |an |my |some )?(?:new )?[a-z' ]{2,30}? (?:on|with) the (?:(?:work|office|government|gov) )?(?:purchase|purchasing|p-|government|gov|work|office|corporate) ?card`,
  `coded (?:it|them|that) as`,
  `confiscated[^.!?\\n]{0,60}?(?:fried|ate|kept|took (?:them|it) home|sold)`,
  `just to (?:watch|see|make) (?:him|her|them) (?:walk|squirm|sweat|cry|wait)`,
  `(?:sits?|goes|go|put (?:it|you|them)) (?:at|to) the (?:bottom of the pile|back of the (?:line|queue))`,
  `(?:come to|show up at) my (?:counter|wicket|desk) again and see`,
  `didn't call it in`,
  `'work(?:ing)?' from`,
  `better off dead|should just die|go die`,
  `never walks? (?:right|straight) again`,
  `(?:we'll|i'll) make sure (?:he's|she's|they're) gone`,
  `slept (?:her|his|their) way (?:up|to the top)`,
  `(?:watching|watched|regarder|regard[ée]) (?:netflix|youtube|tv|the game|hockey|des films)[^.!?\\n]{0,40}?(?:at work|au bureau|on the clock|at my desk)|(?:au bureau|at work|at my desk)[^.!?\\n]{0,30}?(?:regarder|watching) (?:netflix|youtube)`,
  `pay[ée]e? par vos taxes|paid (?:for )?by (?:your|you) (?:taxes|tax dollars)|thanks,? taxpayers`,
  `rougher than (?:we |i )?(?:needed|necessary|had to)`,
  `printed my[^.!?\\n]{0,40}?(?:on|at) the (?:[a-z]+ ){0,2}(?:printer|copier)`,
  `(?:run|running|have|had|started) a pool (?:going )?(?:on|about) (?:which|who|how)`,
  `i'd '(?:lose|forget|misplace)'`,
  `while dispatch (?:kept|was|were) calling|(?:they|dispatch) can wait`,
  `in the (?:gov(?:'?t)?|government|work|fleet|province) (?:car|truck|van|vehicle) so i could`,
  `make (?:his|her|their|your) life (?:hell|miserable|a living hell)`,
  `(?:filled|fuelled|fueled|gassed) (?:up )?(?:the |my )?(?:boat|truck|car|sled|quad|atv|suv|skidoo)(?: up)? (?:on|with) the (?:work|government|gov|office|province|fleet) (?:gas |fuel )?card`,
  `(?:\\d+|two|three|four|five|six|eight|ten) hours of (?:overtime|ot),? (?:zero|0|no) hours of`,
  `bring (?:snacks|coffee|donuts|beer|gifts?|a case|cash) for the (?:inspector|officer|examiner|clerk|guy at the counter)`,
  `(?:slid|bumped|moved|pushed|put) (?:her|his|their|my \\w+'s) (?:\\w+ ){0,2}(?:file|application|renewal|case|licen[cs]e|permit|request|claim)[^.!?\\n]{0,30}? (?:top|front|ahead)`,
  `allez (?:donc )?travailler`,
  `(?:avec|sur) la carte (?:de (?:la )?flotte|d'essence|de gaz) (?:du|de la) (?:gouvernement|province|bureau|minist[eè]re)`,
  `(?:mis|mettre|fait le plein)[^.!?\\n]{0,40}?(?:dans mon char|dans mon auto|dans mon truck)[^.!?\\n]{0,30}?carte`,
  `(?:jou[ée]r?|jouait|on a jou[ée]) aux cartes[^.!?\\n]{0,50}?(?:pendant que|boardroom|salle de (?:r[ée]union|conf[ée]rence)|au bureau|sur le shift)`,
  `(?:ramen[ée]|pris|apport[ée]|vol[ée])[^.!?\\n]{0,60}?(?:du bureau|de la job|de l'ouvrage)[^.!?\\n]{0,40}?(?:pour (?:la business|ma|mon|mes)|personne va)`,
  `(?:call[ée]|appel[ée]|appel[ée]e) malade[^.!?\\n]{0,40}?(?:pour aller|au chalet|au lac|à la p[eê]che|à la chasse)`,
  `(?:cong[ée] de maladie|calling in sick|call in sick|called in sick|sick day|malade aujourd.hui|je suis malade|(?:home )?sick today)(?![^.!?\\n]{0,40}?\\b(?:real|actual|legit|genuine|missed|missing|miss|manqu[ée])\\b)[^.!?\\n]{0,40}?(?:\\((?!(?:a |an )?(?:real|actual|legit|genuine|actually|really|for real|truly))|traduction|translation|lire:|read:|jets|game|golf|lake|au lac|chalet|fishing|p[eê]che|hunting|chasse|opener|playoffs?|caisse de)`,
  `(?:avec|sur) la carte (?:d'achat|de cr[ée]dit) du (?:bureau|gouvernement|minist[eè]re|travail)`,
  `m'arranger pour qu'(?:il|elle) (?:dure|reste) pas`,
  // own64: the ministry's card, garage and trucks put to the writer's own use; gifts from those inspected
  `(?:plein|gaz|essence)[^.!?\\n]{0,40}?(?:mon|ma) (?:truck|char|auto|pick-?up|voiture|bateau)(?: perso)?[^.!?\\n]{0,30}?carte (?:du|de la) (?:minist[eè]re|bureau|gouvernement|travail|province)`,
  `(?:du|de la) (?:garage|bureau|shop|cour) (?:du minist[eè]re|de la voirie|du gouvernement|de la province)[^.!?\\n]{0,40}?(?:au chalet|au lac|chez nous|chez moi|pour (?:la fin de semaine|d[ée]m[ée]nager))`,
  `camions? (?:de la voirie|du minist[eè]re|du gouvernement|de la province)[^.!?\\n]{0,80}?(?:d[ée]m[ée]nager|au chalet|perso)`,
  `(?:me donnent|m'offrent|me paient|me payent) (?:un |une |des |le |la )?(?:repas|bouffe|souper|d[îi]ner|caisse|bouteille|lunch)s? (?:gratis|gratuits?|gratuites?)`,
  `(?:j'appelle|j'les appelle|je les appelle|je les pr[ée]viens|i call|i text|i warn) (?:them |the owners? |les propri[ée]taires )?(?:la veille|the day before|the night before|ahead)[^.!?\\n]{0,40}?(?:clean|nettoy|cach|hide|tidy)`,
  `(?:bouger|jiggle|move|wiggle) (?:ma|my|the) (?:souris|mouse)|mouse jiggler|(?:rester|stay|staying|reste) (?:vert|green|active) (?:sur|on) teams`,
  `pretend(?:ing|ed)? (?:that )?(?:the )?(?:system|computer|network|printer) (?:is|was) down`,
  // own65: hours logged for work a script does, a badge-in then the car, a nap in a boardroom, drunk at the office party
  `(?:logging|logged|log|claim(?:ing|ed)?|bill(?:ing|ed)?) (?:overtime|ot|hours) for [^.!?\\n]{0,60}?(?:script|automation|bot|cron job|scheduled task)s? (?:actually )?(?:does|did|runs|ran|handles|handled)`,
  `badge (?:in|out)(?: at [\\d:]+(?: ?[ap]m)?)? and (?:then )?(?:go )?(?:sit in (?:your|my|the) (?:car|truck)|go (?:home|back to bed)|leave)`,
  `(?:slept|napped|snoozed|napping|sleeping) in (?:a|the|our) (?:[\\w-]+ ){0,2}(?:boardroom|meeting room|conference room|board room)`,
  `(?:hammered|wasted|drunk|plastered|blackout drunk) at (?:the |our )?(?:department|office|branch|work|staff|ministry|deputy)(?:'s)? (?:holiday |christmas |xmas |year-end )?(?:party|social|event|function|do)`,
  `nobody (?:at dispatch |in dispatch |at the office )?can see (?:you|me|us) on the (?:gps|map|tracker)`,
  `(?:j'ai dormi|dormi|fait une sieste|une sieste)[^.!?\\n]{0,50}?(?:au (?:bureau|travail)|sur mon quart|pendant (?:mon|le) (?:quart|shift)|de nuit|dans (?:la salle|le camion|le char))`,
  `refus[ée] de servir (?:une?|le|la|cette) [^.!?\\n]{0,40}?(?:parce qu|juste parce)`,
  `refused to (?:serve|help|process) (?:a|an|the|her|him|this)[^.!?\\n]{0,30}?(?:because|bc|just because)`,
  `m[ée]rite(?:rai)?(?:ent|t)? (?:m[eê]me )?pas de (?:respirer|vivre)`,
  `(?:deserves?|deserve) to (?:rot|die|suffer|be left)|don't deserve to (?:breathe|live)`,
  `(?:casse(?:r)?|p[eè]te(?:r)?) la (?:gueule|face|yeule)`,
  `je vais (?:la|le) retrouver[^.!?\\n]{0,60}?(?:adresse|o[uù] (?:elle|il) (?:reste|habite))|j'ai son adresse dans le syst[eè]me`,
  `(?:envoie-moi|envoyez-moi|send me|e-?transfer me) (?:\\d+ ?\\$|\\$ ?\\d+)[^.!?\\n]{0,60}?(?:permis|permit|licen[cs]e|file|application|ticket|dossier)`,
  `(?:sont|est) (?:des |une? )?(?:tellement |vraiment |trop |assez |juste )?(?:cons|conne|stupides|[ée]paisses?|niaiseu(?:x|se)s?|paresseu(?:x|se)s?)\\b`,
  `une vraie (?:[ée]paisse|conne|idiote|folle|plaie|sans-dessein|incomp[ée]tente)|un vrai (?:crosseur|[ée]pais|cave|twit|con|idiot|sans-dessein|incomp[ée]tent)`,
  `(?:une )?gang de (?:crott[ée]s|caves|ti-counes|niaiseux)`,
  `au lieu de chialer`,
  `made sure (?:the (?:one|guy|girl|woman|man|lady|applicant|candidate)|she|he|they)[^.!?\\n]{0,40}?(?:didn't|did not|wouldn't|won't|never) (?:make|get|pass)`,
  `let (?:my |a )?(?:buddy|friend|cousin|brother|neighbou?r|bro|pal)[^.!?\\n]{0,30}? (?:keep|off|go|slide|skip|through)`,
  `(?:slid|bumped|moved|pushed) (?:her|his|their|my \\w+'s) (?:file|application|renewal|case)[^.!?\\n]{0,30}? (?:top|front|ahead)`,
  `(?:new|summer|young) (?:student|hire|intern|girl|analyst|clerk|nurse|guard|co)\\b[^.!?\\n]{0,40}?(?:a solid \\d+|\\d+/10|is (?:so )?(?:hot|smoking|sexy|cute))`,
  `not racist,? (?:just|but)`,
  `it's the (?:accent|name|hijab|turban)`,
  `half the (?:reserve|rez)`,
  `(?:rez|reserve) (?:folks|people|crowd|types)`,
  `the one in the (?:hijab|turban|wheelchair|headscarf)`,
  `les gens de ce (?:village|coin|quartier)`,
  `ces gens(?:-l[aà])?`,
  `move my (?:purse|wallet|bag) (?:under|off|away)`,
  '(?:on|in) [\'\u2018\u2019"](?:wellness|stress|sick|medical|mental health) leave[\'\u2018\u2019"]',
  `(?:slowest|longest|hardest|worst|most thorough) (?:processing|wait|inspection|service|renewal|search|line-?up|audit) of (?:his|her|their) (?:life|lives)`,
  `i know where (?:the|that|this) [a-z ]{2,40}? who (?:filed|complained|reported|wrote|called|made)[^.!?\\n]{0,40}? (?:lives|works|parks|sleeps)`,
  `(?:they're|they are|are|is) (?:a |just a |nothing but a )?drain on (?:taxpayers|the taxpayers|society|the system|the province|us)`,
  `(?:these|those) (?:welfare|eia|social assistance|rez|reserve|immigrant|refugee) (?:people|folks|types|cases|moms|bums|queens)`,
  `(?:c'est des|sont des|une gang de|gang de) (?:bs|b\\.s\\.|profiteurs|paresseux|parasites|sans-desseins?)`,
  `(?:veulent|veut) (?:juste )?profiter du systeme`,
  `see what happens when (?:your|his|her|their) [a-z ]{2,30}? (?:lands|comes|crosses|ends up|gets) (?:on|across|to) my desk`,
  `(?:a|an|the|my|did) ['"]site (?:visit|inspection)['"] (?:at|to) (?:my |a |the )?(?:\\w+'s )?(?:cabin|cottage|lake|casino|golf|beach|bar|place)`,
  `billed \\d+ days? (?:of )?mileage`,
  `bump(?:ed)? (?:her|his|their|my) (?:[a-z']+ ){0,2}up the (?:[a-z ]{0,30})?(?:wait ?list|wait-list|queue)`,
  `(?:marked|logged|wrote|entered|coded|put down) ['"][^'"]{2,25}['"] (?:on|for) (?:a |the |all |every )?(?:whole )?(?:stack|pile|bunch|batch|lot)? ?(?:of )?(?:callbacks|calls|visits|checks|inspections|files)`,
  `(?:callbacks|calls|visits|checks|inspections|rounds|counts) (?:i|we) never (?:made|did|returned|went to|did do)`,
  `(?:bill|billed|claim|claimed|charge|charged) \\d+ ?(?:hrs|hours) at (?:time and a half|double time|overtime)`,
  `stretch(?:ed|ing)? (?:the|a|my) [^.!?\\n]{0,30}? (?:job|shift|task|call) into (?:the evening|overtime|ot|the weekend)`,
  `just to get (?:him|her|them|the caller|rid of (?:him|her|them)) off the (?:line|phone)`,
  `let (?:it|the phone|the line) ring (?:til|till|until) (?:they|he|she) (?:give|gives|hang|hangs) up`,
  `clocked in from (?:the |a )(?:tim hortons|timmies|tims|drive[- ]thru|mall|casino|bar|beach|lake|cabin|cottage|golf|gym|rink|arena)`,
  `(?:supervisor|boss|manager) thinks? (?:i'm|i am|we're|we are) (?:doing|at|on|out (?:on|at|doing)) (?:a |an |the |my |some )?(?:site visits?|field (?:work|checks?|visits?)|inspections?|home visits?|training|meetings?|rounds|patrol|calls)`,
  `(?:a|an|the|my|did) ['"](?:routine |site )?(?:inspection|visit|audit|check)['"] (?:at|of|on) (?:my )?[a-z-]+'s`,
  `(?:passed|approved|signed off)[^.!?\\n]{0,40}?(?:didn't|did not) even (?:open|look|check|go in|test|read)`,
  `learn to (?:book|read|fill|wait|speak|follow|line up)[a-z ]{0,30}? like (?:everyone|normal|a normal|the rest|an adult)`,
  `(?:cant|can't|cannot) fill out a (?:basic |simple )?form`,
  `maybe (?:dont|don't) (?:immigrate|come here|move here)`,
  `cover for (?:him|her|them) and (?:chart|write|document|log) around`,
  `wrote (?:him|her|them) up for (?:\\w+ ){0,2}more`,
  `(?:animals|pigs|vermin|scum|garbage|trash|idiots|morons|parasites),? (?:the )?(?:lot|whole lot|bunch|all) of (?:them|em)`,
  `deserve every (?:minute|second|day|hour) of (?:the |their |that )?(?:lockdown|segregation|wait|cell|sentence)`,
  `(?:supplier|vendor|contractor|bidder)[^.!?\\n]{0,40}?(?:dropped off|sent|gave|brought)[^.!?\\n]{0,40}?(?:whisky|whiskey|wine|beer|a case|gift cards?|tickets|cash)`,
  `(?:faire|fais|fait) semblant de travailler|pretend(?:ing|ed)? to (?:be )?work(?:ing)?`,
  `(?:leave|left|keep|kept) (?:them|him|her|'?em|the caller|drunks) on hold (?:for|till|until|on purpose)`,
  `teach(?:es)? (?:em|'em|them|him|her) a lesson`,
  `pulled (?:the |his |her |my )?(?:[a-z']+ ){0,3}(?:history|record|file|records) from the (?:[a-z]+ )?system to (?:see|check|find)`,
  `(?:gave|give|giving) (?:my |a )?(?:neighbou?r|buddy|friend|cousin|brother|sister|family) a heads[- ]up (?:that|about) (?:we're|we are|we'll be|the)`,
  `a ['"](?:disability|sick|injury|stress|medical)['"] (?:claim|leave|note|form)`,
  `i can see your (?:file|record|account|history|fines|address)`,
  `(?:played|playing|watched|watching) [^.!?\\n]{0,30}? (?:through|during) (?:the |a |my )?(?:entire |whole )?(?:[a-z]+ )?(?:meeting|hearing|trial|shift|briefing|court|session|disclosure)`,
  `(?:should )?try working for a living`,
  `sedate the (?:lot|whole lot|bunch|rest) of them`,
  `signed off on (?:an?|the) [a-z ]{2,30}? (?:i|we) (?:didn't|did not|never) (?:actually )?(?:do|did|perform|complete|attend|check|look at)`,
  `signed off on my (?:buddy|friend|cousin|brother|sister|neighbou?r|uncle|pal)'s`,
  `(?:went|gone|goes|go) (?:straight )?to the bottom of the (?:pile|stack|list|queue)`,
  `go back (?:to where (?:you|they) came from|and fix your own country|to your (?:own )?country)`,
  `(?:indigenous|native|immigrant|refugee|newcomer|first nations|metis|rez|reserve|welfare|eia)(?: [a-z]+){0,2} (?:clients|people|patients|families|kids|folks|moms|parents)(?: (?:at|in|on|from) [^.!?\\n]{0,30}?)? are (?:the worst|always|all|so|such|just)`,
  `nobody would (?:care|notice|miss (?:him|her|them)) if (?:he|she|you|they) (?:didn't wake up|died|disappeared|was gone|were gone)`,
  `(?:watching|watched|binged?|binging) (?:netflix|youtube|tv|shows)[^.!?\\n]{0,30}?(?:the whole shift|all shift|at the desk|on shift)`,
  `taxpayers (?:are )?paying me to`,
  `just to get rid of (?:him|her|them)`,
  `gave my (?:buddy|friend|cousin|brother|neighbou?r|pal) a pass`,
  `(?:running|mining|gaming|torrenting)[^.!?\\n]{0,30}? on (?:the|my) work (?:laptop|computer|pc|server)`,
  `sold (?:it|them|the [a-z]+) on (?:marketplace|kijiji|ebay|facebook)`,
  `(?:used|using) my work (?:login|access|account|credentials|badge) to (?:look up|find|check|search|see)`,
  `['"]working from home['"]|mouse jiggler`,
  `(?:gets?|got|wins?|won) the [a-z ]{0,20}(?:tender|contract|bid)[^.!?\\n]{0,30}?(?:he's|she's|they're) my (?:cousin|brother|sister|buddy|friend|uncle|neighbou?r|brother-in-law)`,
  `gave myself (?:admin|access|rights|permissions)`,
  `(?:the |our )?new (?:girl|guy|hire|lady) in [a-z]+ (?:dresses|looks|acts) like`,
  `(?:slept|napped|snoozed|nap)\\b[^.!?\\n]{0,30}?in the (?:server|break|supply|boiler|copy|mail|storage) room`,
  `move somewhere civili[sz]ed`,
  `(?:booked|called|phoned) (?:off|in) ['"]sick['"]`,
  `tell my (?:supervisor|boss|manager) [^.!?\\n]{0,40}? so i (?:get|can|could)`,
  `kids from the (?:reserve|rez)`,
  `with the brains? of an? [a-z]+`,
  `(?:her|his|their) accent makes me`,
  `coded (?:it|them|that) ['"]`,
  `printed (?:all |about )?(?:\\d+ )?(?:of )?my [^.!?\\n]{0,40}?(?:on|at) the (?:[a-z]+ ){0,2}(?:printer|copier)`,
  `(?:put|puts|gets? put) on hold (?:until|till) (?:they|he|she) hang`,
  `should(?:'ve| have) raised (?:smarter|better|nicer|quieter) kids`,
  `(?:mowing|plowing|plowed|grading|graded|clearing|cleared|sanding|fixing|fixed)[^.!?\\n]{0,40}? (?:my|our) (?:brother-in-law|cousin|buddy|friend|mom|dad|sister|brother|uncle|aunt)'s (?:place|driveway|road|yard|lane)`,
  `(?:application|file|form|paperwork|request|claim)s? (?:\\w+ ){0,5}(?:bottom drawer|in the shredder|bottom of the pile)`,
  `i let (?:it|them|the phone) ring`,
  `put (?:you|them|him|her) on hold and (?:go|went)`,
  `screening (?:them |everyone )?(?:all )?out on vibes`,
  `just to watch (?:him|her|them) (?:fume|squirm|sweat|suffer|cry)`,
  `every (?:kid|one|applicant|driver|student) you send my way is (?:failing|getting failed)`,
  `pool on which (?:resident|client|inmate|patient|kid)`,
  `(?:clients?|callers?) « ?fatigants? »|liste des clients`,
  `(?:the whole unit|the whole office|we all|everyone) does the voice`,
  `(?:cried|crying|in tears) (?:\\w+ ){0,5}after i (?:tore|ripped|chewed)`,
  `told (?:a|the|this) (?:guy|lady|woman|man|client|caller|customer) (?:at|on) my (?:counter|desk|line|window) to ['"‘]?(?:learn to|go home|get lost)`,
  `(?:talk|speak) to them like (?:they're |they are )?(?:five|5|\\d)[- ]year[- ]olds|(?:leur|lui) parle comme [àa] des enfants`,
  `hitting on the (?:residents|clients|inmates|patients)['’]`,
  `sent straight to a care home`,
]);
/** Mocking the people the writer serves: "sure Jan", "a casting call for People of Walmart". */
/**
 * Hiding it from the boss: "don't tell my sup", "nobody checks", "personne vérifie jamais", 🤫. Alone a
 * joke; next to something the job entrusts (a shift, a vehicle, a card, files, calls) it is misconduct told.
 */
const CONCEAL = new RegExp(
  `${phrases([
    "(?:don't|dont|do not|nobody|no one) tell (?:my|the|our) (?:sup|supervisor|boss|manager|director|lead|foreman|super|team lead)",
    '(?:nobody|no one) (?:ever )?(?:checks|has noticed|noticed|notices|will notice|comes looking|is the wiser|knows)',
    "personne (?:ne )?(?:v[ée]rifie|va s'en rendre compte|remarque|s'en rend compte)",
    'if anyone asks',
    '🤫',
  ])}`,
  'g',
);
const MOCKERY =
  /(?:\b(?:sure jan|sure buddy|sure thing buddy|people of walmart|casting call|bless (?:his|her|their) (?:heart|hearts)|you can't fix stupid|can't make this up|act like (?:they're|he's|she's|they are) the first|thinks? ['"][^'"]{2,30}['"] means|at this point we need a|the (?:stupidity|audacity)|(?:genuinely|honestly|really|literally) (?:did not|didn't|don't|do not|couldn't) care|m[ée]riteraient de perdre|iq (?:is|of) (?:room temperature|a (?:potato|rock|doorknob))|personality of (?:expired milk|a (?:potato|rock|wet \w+))|learn to read|little punk|whiners|their own worst enem(?:y|ies)|can't help people who won't help themselves|sure hun|the whole (?:team|office|unit|counter) laughed|smells like (?:a )?(?:wet dog|garbage|feet|a barn)|(?:the )?iq of a \w+(?: \w+)?|the reason shampoo has instructions|people like you are (?:why|the reason)|['"] my (?:a\*\*|ass)|learn proper english|snowflake|if you catch my drift|smell(?:s|ed) like a brewery|(?:can|could) (?:barely|hardly) speak (?:english|french)|like we're (?:farm )?animals|de vrais? (?:cas|clowns))\b|[🙄🤡🤦])/gu;

/** Dull things a person is compared with: "the emotional range of a parking meter". */
const DULL_THING =
  '(?:wet |dead |cardboard |old )?(?:parking meter|potato|rock|brick|doorknob|fence ?post|toaster|houseplant|goldfish|sloth|slug|turnip|cardboard box|box|teaspoon|lamp|mop|roomba|paperweight|filing cabinet|stapler|sponge|cabbage|turnip|ham sandwich|magic 8.?ball|screen ?saver|rubber duck)';

/**
 * Contempt built from a frame, whatever the words in it: a person compared with a dull thing ("dumber
 * than a bag of hammers", "better judgement from a Roomba"), "must be exhausting being that mediocre",
 * "bit sensitive for someone who…", sarcastic "truly the brightest minds", the whole floor laughing at
 * someone. Aimed at a person by its grammar, so it warns on its own.
 */
const CONTEMPT_FRAME = new RegExp(
  `${phrases([
    '(?:dumber|thicker|denser|dimmer|dumb|thick|dense|dim) (?:than|as) (?:a |an )?(?:bag|box|sack|pile|bucket|bowl|can|load|barrel|bunch) of ',
    `the (?:emotional range|iq|brains?|intelligence|charisma|leadership skills|people skills|social skills|attention span|common sense|work ethic|spine|backbone|personality|judge?ment) of (?:a |an )${DULL_THING}`,
    `(?:i've|i have|i) (?:seen|met|had|gotten|got) (?:better|smarter|more) (?:\\w+ ){0,2}(?:from|out of) (?:a |an |my )${DULL_THING}`,
    '(?:exhausting|tiring|hard|nice|fun) (?:being|to be) (?:that|so|this) (?:mediocre|incompetent|clueless|useless|lazy|dense|dumb|stupid|entitled|thick)',
    '(?:a bit|bit|a little|kinda|pretty|awfully|rather|quite) (?:sensitive|touchy|precious|uppity|mouthy|lippy|sassy) for (?:someone|a (?:girl|woman|lady|guy|clerk|receptionist|temp|secretary|newbie)) (?:who|that)',
    '(?:truly|really|clearly|obviously) the (?:brightest|sharpest|finest|smartest) (?:minds|tools|bulbs|crayons)',
    'birth control exists|(?:ever )?heard of (?:birth control|condoms)',
    "a walking (?:[\\w']+ ){1,3}with(?:out| no| zero) (?:any )?(?:content|brains?|clue|substance|spine|personality|a clue)|a walking (?:[\\w']+ ){1,3}with a (?:haircut|lanyard|title|tie)",
    "(?:ont|a|avez|as) (?:pas|jamais) invent[ée] (?:l'eau ti[eè]de|le bouton [àa] quatre trous|la roue)",
    'neurones?,? (?:c.est|est) (?:le |un )?d[ée]sert',
    '(?:everyone|everybody|the whole (?:floor|office|team|branch|unit|department|counter|building))(?: (?:on|in|at|from) [^.!?\\n]{1,30}?)? (?:is|are) (?:all )?laughing at (?:you|her|him)',
  ])}`,
  'g',
);
/** Mockery that needs the people of the job beside it: "I've started timing her", "I need subtitles". */
const CONTEMPT_AIMED = new RegExp(
  `${phrases([
    "(?:i've |i have |i )?(?:started|start|been) (?:timing (?:her|him|them)|a stopwatch|clocking (?:her|him|them))",
    '(?:get|gets|getting|are getting|keep getting) (?:dumber|stupider|lazier|dimmer|thicker)',
    "(?:people|ppl|folks|clients|callers|applicants) who (?:can't|cannot|couldn't) (?:read|fill (?:in|out)|follow|count|spell) (?:a |the |simple |basic |two-line |one-line )",
    '(?:i |we )?need(?:ed)? subtitles',
    "(?:the )?(?:world|universe|planet) (?:does not|doesn't|do not|don't) revolve around",
  ])}`,
  'g',
);

/** A client's distress at the counter, then the writer shrugging it off: "a client cried at my desk… Next!" */
const DISTRESS =
  /\b(?:client|caller|patient|applicant|tenant|resident|inmate|senior|elder|(?:a|this|one|another|some) (?:lady|woman|man|guy|mom|dad|grandma|grandpa|mother|father))\b[^.!?\n]{0,40}?\b(?:cried|was crying|started crying|broke down|sobbed|was sobbing|in tears|a pleur[ée]|pleurait|braillait)\b|\b(?:cried|was crying|started crying|broke down|sobbed|in tears) at my (?:desk|counter|wicket|window|station|booth)\b/g;
const CALLOUS = new RegExp(
  `${phrases([
    'next!',
    'kept (?:eating|scrolling|typing|texting)',
    '(?:i )?nodded and (?:kept|went back|carried on)',
    "(?:stop|stopped|quit|quitting) caring|(?:didn't|don't|do not|did not) care",
    'not my problem|pas mon probl[eè]me',
    'take it to a therapist',
    'boo ?hoo|cry me a river',
    'told (?:her|him|them) to (?:get over it|toughen up|suck it up|cry somewhere else)',
  ])}`,
  'g',
);

/** Jokes that threaten: "next person who asks is getting stapled to the wall", "I have access to your HR file". */
const THREAT_FRAME = new RegExp(
  `${phrases([
    '(?:next|the next) (?:person|guy|lady|client|caller|one|customer|idiot|clown|fool|moron) (?:who|that|to) [^.!?\\n]{0,80}?(?:is getting|gets|will get|is gonna get|is going to get|gonna get) (?:\\w+ ){0,2}(?:stapled|punched|slapped|smacked|thrown|decked|tased|stabbed|shot|kicked|launched|throat-punched|strangled|choked|buried|a fist|a chair|a stapler)',
    "(?:i have|i've got|i got|i still have) access to (?:your|his|her|their) (?:hr |personnel |medical |health |tax |case |employee |home )?(?:file|files|record|records|address|info|information|chart)",
    '[\'"‘“](?:accidentally|accidently)[\'"’”] (?:\\w+ ){0,2}(?:dump|dumping|spill|spilling|drop|dropping|trip|tripping|bump|bumping|shove|shoving|lose|losing|delete|deleting|shred|shredding|wipe|wiping|erase|erasing|back into|run over)',
  ])}`,
  'g',
);
/** Retaliation passed off as chance: the inmate's hot water "mysteriously 'breaks'". Where the job is in view. */
const RETALIATION =
  /\bmysteriously ['"‘“]?(?:breaks?|broke|disappears?|goes missing|went missing|gets lost|got lost|stops working|stopped working|runs out|ran out)\b/g;
/** Messages that went unanswered: the pursuit that makes "I'll swing by your cubicle" a threat. */
const PURSUIT =
  /\byou (?:didn't|did not|haven't|have not|never|won't) (?:answer(?:ed)?|respond(?:ed)? to|repl(?:y|ied) to|return(?:ed)?|open(?:ed)?)(?: any of)? my (?:dms?|texts?|messages?|calls?|emails?)\b/g;
const PURSUED = new RegExp(
  `${phrases([
    'i know you (?:saw|read|got|opened) (?:them|it|my)',
    "(?:i'll|i will|i'll just|guess i'll) (?:swing|stop|come|drop) by your (?:cubicle|desk|office|house|place|home|car)",
  ])}`,
  'g',
);

/**
 * Misconduct by composition. A sick day or leave spent on leisure ("called in with a 'migraine' so I
 * could make the tee time"); an excuse in scare quotes where the job is in view ("'stress leave'",
 * «disponible», "'start' at 10"); callers left on hold; damage to a work vehicle blamed on a deer;
 * seized goods for supper; the per diem or the taxpayers thanked for the writer's leisure.
 */
const LEISURE =
  '(?:tee time|golf|the lake|the beach|the cabin|the cottage|fishing|ice fishing|hunting|concert|jets game|bombers game|vegas|mexico|cuba|puerto|cancun|florida|hawaii|cruise|resort|skiing|brunch|shopping|spa|chalet|road trip|brewer(?:y|ies)|steak|patio|margaritas?|cocktails?|drinks|pints?|beers?)';
const MISCONDUCT_FRAME = new RegExp(
  `${phrases([
    `(?:called in|call in|calling in|booked off|book off|took (?:a |the day |the week )?(?:sick|a sick day)|sick days?|stress leave|caller? malade|cong[ée] de maladie)[^.!?\\n]{0,60}?(?:so (?:i|we) (?:could|can)|to (?:go|make|catch|hit|get)|and (?:went|hit|headed|spent|drove)|(?:spent|spending) (?:it|them|the day|the week|the time)|instead|pour (?:aller|faire))[^.!?\\n]{0,40}?\\b${LEISURE}\\b`,
    '(?:put|leave|left|putting|leaving) (?:folks|people|callers|them|clients|customers|the line|everyone) on hold (?:and|to|while) (?:go|i|grab|vape|smoke|scroll)',
    '(?:rolled|crashed|dented|backed|wrecked|scraped|ditched|put)[^.!?\\n]{0,60}?(?:grader|truck|van|plow|loader|cruiser|half-?ton|unit|boat|tahoe|atv)[^.!?\\n]{0,80}?(?:told|blamed|said|reported)[^.!?\\n]{0,40}?(?:deer|moose|rock|pothole|weather|black ice|someone else|wasn.t me)',
    `per diem (?:covers|covered|paid for|pays for) (?:it all|all of it|the (?:\\w+ )?(?:${LEISURE}|bar|bar tab))`,
  ])}`,
  'g',
);
const QUOTED_EXCUSE =
  /['"‘“«] ?(?:sick|migraine|the flu|flu|stress leave|food poisoning|family emergency|dentist appointment|doctor's appointment|medical appointment|malade|rendez-vous m[ée]dical|cong[ée] de maladie|disponible|available|online|working|working from home|wfh|start|site visit|field visit|in the field|on the road|travaille de la maison|en t[ée]l[ée]travail|en r[ée]union|en inspection|sur la route) ?['"’”»]/g;
const SEIZED = /\b(?:seized|confiscated|impounded|saisi|saisie)\b/g;
const KEPT = new RegExp(
  `${phrases([
    "guess what'?s for (?:supper|dinner|lunch)",
    '(?:for|into) (?:my )?(?:supper|dinner) tonight',
    '(?:took|take|taking) (?:it|them|some|a few|the rest) home',
    'in my (?:freezer|fridge|garage|basement)',
  ])}`,
  'g',
);
const TAXPAYER_THANKS =
  /\b(?:thank(?:s| you)|cheers|merci|shout-?out)(?: to)?,? (?:the |les |all the |my fellow |dear )?(?:taxpayers?|contribuables|le gouvernement|the government|the province|manitobans)\b/g;
const LEISURE_RE = new RegExp(`\\b${LEISURE}\\b|[🥂🍹🛶⛳🍺🍻🏖️🏝️🍸]`, 'gu');

/** "my cat is a useless …", "the dog was such a …": the insult's subject is an animal. */
const AT_PET = new RegExp(
  `${PET.source} (?:is|are|was|were|'s) (?:a |an |such a |such |so |just |total |complete |absolute |the )*(?:\\w+ ){0,2}$`,
);

export const disrepute: Detector = {
  category: 'disrepute',
  fields: ['post', 'profile'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [];
    const insults = spans(INSULT, lower);
    for (const m of profanity().getAllMatches(lower, true))
      insults.push({
        start: m.startIndex,
        end: m.endIndex + 1,
        text: lower.slice(m.startIndex, m.endIndex + 1),
      });
    insults.push(...spans(MASKED_PROFANITY, lower));
    const work = spans(WORK_TARGET, lower);
    for (const w of work) signals.push({ kind: 'target', start: w.start, end: w.end });
    if (insults.length) {
      const people = spans(PEOPLE_TARGET, lower);
      for (const ins of insults) {
        const near = (t: { start: number; end: number }) => Math.abs(t.start - ins.start) < 70;
        // "X is a (total) weasel", "these idiots": an insult noun aimed at someone by its grammar
        const aimed =
          /\b(?:is|are|was|were|'s|'re|r) (?:a |an |such a |such |some of the |a bunch of |a total |a real |a vrai )?(?:\w+ ){0,2}$|\b(?:these|those|bunch of|you) (?:\w+ )?$|\best (?:un |une )?(?:vrai |vraie )?$/.test(
            lower.slice(Math.max(0, ins.start - 40), ins.start),
          );
        // "traffic on Bishop Grandin was absolute shit": aimed at the day, the road or the weather
        if (
          /\b(?:traffic|weather|day|week|weekend|morning|commute|drive|road|roads|highway|parking|wifi|internet|coffee|food|movie|show|game|season|winter|snow|forecast|line-?up|wait)s? (?:(?:on|in|at|from|to|around|this|today|tonight|lately) [\w' -]{1,30}? )?(?:is|are|was|were|has been|have been) (?:a |an |so |just |absolute |absolutely |total |complete |pure |utter )*(?:\w+ )?$/.test(
            lower.slice(Math.max(0, ins.start - 60), ins.start),
          )
        )
          continue;
        // "some idiot (me) forgot": the writer laughing at themself; "garbage pickup moves to Wednesday"
        if (/^\s*\((?:me|myself|moi|moi-m[eê]me)\)/.test(lower.slice(ins.end, ins.end + 12))) continue;
        if (
          /^ (?:pickup|pick-up|collection|day|bins?|trucks?|bags?|cans?|dump|disposal|schedule|service)\b/.test(
            lower.slice(ins.end, ins.end + 12),
          )
        )
          continue;
        // "my cat is a useless idiot": aimed at a pet
        if (AT_PET.test(lower.slice(Math.max(0, ins.start - 40), ins.start))) continue;
        // "the daycare plan is a joke": aimed at a plan or a policy, not at a person
        if (
          /\b(?:plan|policy|policies|program|programme|system|bill|budget|decision|rule|law|announcement|process|idea|proposal|strategy|deal|rollout|website|form|schedule)s? (?:\w+ )?(?:is|are|was|were) (?:a |an |such a |so |just |total |complete )*(?:\w+ )?$/.test(
            lower.slice(Math.max(0, ins.start - 40), ins.start),
          )
        )
          continue;
        const strong =
          /idiot|moron|imbecile|retard|r\*tard|scum|brain|inbred|subhuman|vermin|weasel|snake|pig|cretin|cr[ée]tin|imb[ée]cile|freeloader|parasite|leech|deadbeat|monkeys|lowlife|hopeless|zoo|shouldn't be allowed|get a job|crawled out|rest of the|as (?:dumb|stupid|ugly|thick|dense) as|learn (?:how )?to do|bitch|worst kind of|get a life/.test(
            ins.text,
          );
        const score = work.some(near)
          ? 0.8
          : aimed || people.some(near)
            ? strong
              ? 0.6
              : 0.5
            : strong
              ? 0.45
              : 0.25;
        hits.push({
          category: 'disrepute',
          rule: 'disrepute.insult',
          start: ins.start,
          end: ins.end,
          score,
          // a strong insult, and the people the writer works with or serves are named next door
          context: strong ? [{ all: ['target'], score: 0.65 }] : [],
          // the boss at a pizza place or the shop: not the writer's conduct as a public servant
          unless: { any: ['private'], score: 0.25 },
        });
      }
    }
    // misconduct at a private employer, or in a news story, is not the writer's conduct as a public servant
    const notOurs = { any: ['private' as const, 'reported' as const], score: 0.25 };
    // words that warn only beside a signal of their own: "Next!" after a client's tears, "guess what's for
    // supper" after a seizure, "thanks taxpayers" after the golf
    const add = (
      found: { start: number; end: number }[],
      rule: string,
      score: number,
      more: Pick<Hit, 'context' | 'unless'> = {},
    ) => {
      for (const s of found)
        hits.push({ category: 'disrepute', rule, start: s.start, end: s.end, score, ...more });
    };
    // words that warn only beside a signal of their own: "Next!" after a client's tears, "guess what's for
    // supper" after a seizure, "thanks taxpayers" after the golf
    const gated = (re: RegExp, rule: string, kind: SignalKind, score: number, unless?: Unless) =>
      add(spans(re, lower), rule, 0, { context: [{ all: [kind], score }], unless });
    const mine = (re: RegExp) => spans(re, lower).filter((x) => !someoneElse(lower, x.start));
    for (const s of spans(MISUSE, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.65,
        unless: notOurs,
      });
    for (const d of spans(DUTY, lower)) signals.push({ kind: 'duty', start: d.start, end: d.end });
    for (const a of [...spans(ABUSE, lower), ...spans(QUOTED_NEGLECT, lower)])
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: a.start,
        end: a.end,
        score: 0,
        context: [{ all: ['duty'], score: 0.65 }],
      });
    for (const s of [...spans(GROUP_CONTEMPT, lower), ...spans(CONTEMPT, lower)])
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.contempt',
        start: s.start,
        end: s.end,
        score: 0.7,
      });
    for (const s of spans(FALSIFIED, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.45,
        context: [
          { all: ['duty'], score: 0.7 },
          { all: ['work'], score: 0.65 },
        ],
      });
    for (const s of [...spans(DRINKING, lower), ...spans(SNOOPING, lower), ...spans(POWER_ABUSE, lower)])
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.7,
        unless: notOurs,
      });
    // something the job entrusts, the workplace or the people served, next to the act
    const onTheJob: Hit['context'] = [
      { all: ['duty'], score: 0.75 },
      { all: ['work'], score: 0.7 },
      { all: ['target'], score: 0.7 },
    ];
    for (const s of mine(SHIRKING))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.55,
        context: onTheJob,
        unless: notOurs,
      });
    for (const s of mine(IDLING))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.3,
        context: onTheJob,
        unless: [notOurs, { any: ['personal'], score: 0.25, but: ['duty', 'target'] }],
      });
    for (const s of mine(OWN_USE))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.7,
        unless: notOurs,
      });
    for (const s of spans(CONCEAL, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0,
        context: [{ all: ['duty'], score: 0.6 }],
        unless: notOurs,
      });
    for (const s of spans(MOCKERY, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.contempt',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['target'], score: 0.65 },
          { all: ['duty'], score: 0.6 },
        ],
      });
    // "my son has the attention span of a goldfish": family teasing, unless the job's people are there
    add(spans(CONTEMPT_FRAME, lower), 'disrepute.contempt', 0.7, {
      unless: { any: ['personal'], score: 0.25, but: ['target'] },
    });
    add(spans(CONTEMPT_AIMED, lower), 'disrepute.contempt', 0.3, {
      context: [
        { all: ['target'], score: 0.65 },
        { all: ['duty'], score: 0.6 },
      ],
      unless: { any: ['personal'], score: 0.25, but: ['target'] },
    });
    signals.push(...signalsOf('distress', DISTRESS, lower));
    gated(CALLOUS, 'disrepute.contempt', 'distress', 0.7);
    add(spans(THREAT_FRAME, lower), 'disrepute.threat', 0.75);
    add(spans(RETALIATION, lower), 'disrepute.misconduct', 0.3, {
      context: [
        { all: ['target'], score: 0.7 },
        { all: ['duty'], score: 0.7 },
      ],
    });
    signals.push(...signalsOf('pursuit', PURSUIT, lower));
    gated(PURSUED, 'disrepute.threat', 'pursuit', 0.7);
    add(mine(MISCONDUCT_FRAME), 'disrepute.misconduct', 0.75, { unless: notOurs });
    add(mine(QUOTED_EXCUSE), 'disrepute.misconduct', 0.3, {
      context: [
        { all: ['duty'], score: 0.65 },
        { all: ['work', 'leisure'], score: 0.7 },
        { all: ['work', 'self'], score: 0.6 },
      ],
      unless: [notOurs, { any: ['personal'], score: 0.25, but: ['work', 'duty'] }],
    });
    signals.push(...signalsOf('seized', SEIZED, lower));
    gated(KEPT, 'disrepute.misconduct', 'seized', 0.7);
    signals.push(...signalsOf('leisure', LEISURE_RE, lower));
    gated(TAXPAYER_THANKS, 'disrepute.misconduct', 'leisure', 0.65, notOurs);
    for (const s of spans(HARASS, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.75,
      });
    for (const s of spans(SLUR, lower))
      hits.push({ category: 'disrepute', rule: 'disrepute.slur', start: s.start, end: s.end, score: 0.85 });
    for (const s of spans(THREAT, lower))
      hits.push({ category: 'disrepute', rule: 'disrepute.threat', start: s.start, end: s.end, score: 0.8 });
    for (const s of spans(MISCONDUCT, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.75,
        unless: notOurs,
      });
    return { hits, signals };
  },
};
