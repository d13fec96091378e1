/**
 * disrepute — gr.disrepute: "Inappropriate conduct using social media, which may bring disrepute to
 * the employer or government employees, may be investigated". Insults aimed at people the writer
 * works with or serves ("the people we serve are trash", "my ADM is a lying snake"), slurs, wishing
 * harm, and bragging about misconduct at work. Profanity comes from the obscenity library; swearing
 * at traffic or at oneself, or sports trash talk, stays quiet.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { alt, type Detector, type Hit, type Signal, spans } from '../hits.ts';

let matcher: RegExpMatcher | undefined;
const profanity = () => {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
};

const INSULT = new RegExp(
  `\\b${alt([
    'idiots?',
    'idiotic',
    'morons?',
    'moronic',
    'imbeciles?',
    'brain[- ]?dead',
    'dumb(?:ass(?:es)?)?',
    'stupid',
    'incompetents?',
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
    'losers?',
    'pathetic',
    'parasites?',
    'leeches',
    'animals',
    'vermin',
    'degenerates?',
    '(?<!en )retard(?:s|ed)?',
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
  ])}\\b`,
  'g',
);

/** People the writer works with or serves, or the employer itself. */
const WORK_TARGET = new RegExp(
  `\\b${alt([
    '(?:my|our|the) (?:boss|bosses|manager|managers|director|directors|supervisor|adm|dm|deputy(?: minister)?|minister|premier|coworkers?|co-workers?|colleagues?|team|staff|new hires?|hires|union|branch director|department|ministry|unit|hr|management|executives?|exec|higher-ups|admin|leadership|front line|frontline|clients?|patients?|inmates?|students?|caseworkers?|counterparts|crew)',
    'this (?:ministry|department|office|branch|place|unit|government|job)',
    'people we serve',
    'the (?:people|folks|clients|customers|public|idiots) (?:we|i) (?:serve|deal with|help|see)',
    'half of them',
    'these (?:people|clients|patients|inmates|applicants|callers|welfare)',
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
    '(?:on )?(?:our|my) caseload',
    '(?:our|my|the) (?:[a-z]+ )?(?:branch|office|unit|department|team|crew)',
  ])}\\b`,
  'g',
);
const PEOPLE_TARGET =
  /\b(?:people|they|them|he|she|his|her|everyone|everybody|you|y'all|all of you|this guy|that guy|this woman|that woman|whoever)\b/g;

const MISCONDUCT = new RegExp(
  `\\b${alt([
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
    'call(?:ed|ing)? in sick (?:tomorrow |today )?(?:so|to|and)',
    'fake[- ]sick',
    'on (?:my|the) work (?:laptop|phone|computer|pc)[^.!?]{0,40}(?:all (?:afternoon|day|morning)|games?|netflix|gaming)',
    '(?:played|playing|gaming|watched|watching) [^.!?]{0,40}on (?:my|the) work (?:laptop|phone|computer|pc)',
    "(?:took|drove|take|taking|driving|borrowed) the (?:government|provincial|work|gov't|govt|department|fleet|plow|highways) (?:truck|tahoe|vehicle|car|suv|van)",
    "(?:government|provincial|work|gov't|govt|fleet) (?:truck|tahoe|vehicle|car|suv|van) (?:home )?after (?:the )?[^.!?]{0,20}(?:beers|drinks|party)",
    'after \\d+ beers',
    'took [^.!?]{0,30} from the office',
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
    "(?:fast-?tracked|pushed through|bumped|approved) my (?:cousin|brother|sister|friend|buddy|wife|husband|mom|dad|uncle|aunt|neighbou?r|bro)(?:'s)?",
    'skipped (?:like |about )?\\d+ people',
    'wrote (?:him|her|them) up for (?:every|everything)',
    'just to (?:watch|see|make) (?:him|her|them) (?:drive|sweat|squirm|wait|suffer|cry)',
    "(?:have|had|has) an? '?accident'? on the",
    'shredded (?:the |those |all the )?(?:\\w+ )?(?:files|records|documents|complaints?|notes)',
    'before the (?:fippa|atip|access to information|foi) request',
    'i know the guy in the system',
    "what (?:they|management|my boss|the boss|the public|the client|the taxpayers?) (?:don't|doesn't|do not) know",
    "(?:no one|nobody|they) (?:will|would|'ll|is gonna|is going to) (?:ever )?(?:know|notice|find out|check)",
    'not paid (?:enough|nearly enough) to (?:care|bother|do (?:that|this|it))',
    "(?:didn't|don't|never|won't) (?:even )?bother (?:checking|reading|testing|calling|looking|inspecting|verifying)",
    "on the (?:taxpayers?'?|government'?s?|province'?s?|public'?s?) dime",
    'work(?:ing|ed)? from (?:the )?(?:lake|cabin|cottage|beach|bar|golf course|casino)',
    '(?:gossip(?:ed|ing)?|laugh(?:ed|ing)?|jok(?:ed|ing)|made fun) about (?:a|the|our|my|one of (?:my|our)) (?:client|patient|inmate|caller|applicant|student|resident)s?',
    '(?:screenshot(?:ted)?|photographed|took a pic of) (?:a|the|his|her|their|this) (?:client|patient|inmate)?(?:\\w+ )?(?:file|chart|record|application)',
    'hid(?:ing)? (?:in|from) (?:the|my) (?:truck|car|supervisor|manager|boss) (?:all|for)',
    '(?:clocked|signed) (?:in|out) for (?:him|her|them|a coworker|my buddy|a friend)',
  ])}\\b`,
  'g',
);

/** Slurs and bigotry: never acceptable, whoever the target. */
const SLUR = new RegExp(
  `\\b${alt([
    '(?<!en )retard(?:s|ed)?',
    'f[a@]gg?(?:ot)?s?',
    'n[i1]gg(?:er|a)s?',
    'tranny',
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
    'go back to (?:your|their|his|her|whatever|wherever|whichever) (?:own )?(?:country|place)',
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
  `\\b${alt([
    '(?:gets?|get) (?:hit by a (?:bus|car|truck)|run over)',
    '(?:break|smash|punch|bust|kick) (?:his|her|their|your) (?:jaw|face|nose|teeth|head)',
    'key (?:his|her|their|your) car',
    'hope (?:s?he|they|he|she|you|every one of you|all of you|each of you|they all)[^.!?]{0,30}(?:laid off|fired|dies?|die|rots?|suffers?|gets? hurt)',
    "i(?:'m| am) (?:going|gonna) to (?:hurt|kill|punch|slap|key|smack|deck)",
    "i swear i'll (?:hurt|kill|break|punch|slap|smack)",
    '(?:go|can go) (?:f\\*+k?|fuck|screw) (?:your|her|him|them)sel(?:f|ves)',
    '(?:fuck|f\\*+k?|screw) (?:you|him|her|them|off)',
    "vivement qu'(?:il|elle) parte",
    "i'll kill (?:him|her|them|you)",
    'someone should (?:shoot|punch|slap|hit|kill)',
    'watch your back',
    'find out where (?:i|we) park',
    'crev[ée] un pneu',
    '(?:slashed|let the air out of) (?:her|his|their) tires?',
    'deserve a taser',
    'i know where (?:you|s?he|they) lives?',
    "you'll regret",
    '(?:knock|kick|punch|smack) (?:her|his|their|your) (?:teeth|lights|head) (?:out|in)',
    'let the air out of',
    'i know (?:exactly )?(?:where (?:you|s?he|they) (?:live|lives|park)|which house)',
    '(?:keep talking|watch yourself|try me),? (?:buddy|pal|bud|lady|sweetie)',
  ])}`,
  'g',
);
const MASKED_PROFANITY = /\b(?:f\*+k?|f\*\*\*|sh\*+t|b\*+tch|a\*+hole|c\*+nt)/g;

/** Something the job entrusts: a vehicle, a card, time, an inspection, a file, a client's service. */
const DUTY = new RegExp(
  `\\b${alt([
    "(?:government|provincial|gov't|govt|department'?s?|work|parks|fleet|highways|office|the deputy's|crew) (?:truck|vehicle|car|suv|van|boat|tahoe|card|gas card|credit card|laptop|phone|computer|per diem)",
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
  ])}`,
  'g',
);
/** Doing it wrong on purpose, or bragging that nobody notices. */
const ABUSE = new RegExp(
  `\\b${alt([
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
    "don't (?:tell|let) (?:hr|anyone|my boss|the boss|management|my supervisor|my manager|the union)",
    "don't judge",
    'our little secret',
    'honou?r[- ]system',
    "(?:logged|coded|billed|claimed|booked|recorded|wrote|put) (?:it |this |that |them )?(?:up |down |in |off )?as '",
    "'for (?:the office|work|the department|the branch|business|training)'",
    'for my (?:sister|brother|cousin|buddy|buddies|gf|bf|girlfriend|boyfriend|neighbou?r|ex|bro)\\b',
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
  ])}`,
  'g',
);
/** "gets 'lost' for a week", "I'll 'forget' her visit": neglect in scare quotes. */
const QUOTED_NEGLECT = /'(?:forget|forgot|lost|lose|misplaced?|accidentally)'/g;
/** Harassing the people at work online. */
const HARASS =
  /\b(?:troll|harass|stalk|dox)\w* (?:the |my |our |a )?(?:adm|dm|minister|deputy|boss|manager|director|supervisor|coworker|colleague|client)(?:'s (?:kid|kids|wife|husband|family|daughter|son))?/g;

/** Taking or billing what the job entrusts. */
const MISUSE = new RegExp(
  `\\b(?:used|took|lent|borrowed|billed|claimed|charged) (?:\\w+ ){0,3}?${DUTY.source.slice(2)}[^.!?\\n]{0,60}?(?:to (?:move|the lake|the cabin|go|my|help)|for (?:my|a beer|personal)|as 'supplies'|worked \\d|lol|lmao|😂|🛻|⛽|nobody|never)`,
  'g',
);

/** Groups of people the writer serves, generalised with contempt. */
const GROUP_CONTEMPT =
  /\b(?:(?:the |these |those |some of (?:these|the|our) |half (?:of )?(?:the|these|our) )?(?:people|clients|callers|parents|kids|newcomers|immigrants|refugees|patients|inmates|residents|applicants|folks|ppl|customers|seniors|old ladies|old men|calls)(?: [a-z]+){0,4}? (?:are|r|is|always|can't|cannot|never|smell|deserve)\b[^.!?\n]{0,40}?(?:lazy|inbred|stupid|dumb|useless|exaggerate|smell|barn|a taser|idiots|morons|animals|drunks?|criminals|liars|can't (?:fill|read|speak|count)|learn english|profiteurs|paresseux))|\blearn english\b|\bquota\b/g;

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
          /\b(?:is|are|was|were|'s|'re) (?:a |an |such a |some of the |a bunch of |a total |a real |a vrai )?(?:\w+ ){0,2}$|\b(?:these|those|bunch of|you) (?:\w+ )?$|\best (?:un |une )?(?:vrai |vraie )?$/.test(
            lower.slice(Math.max(0, ins.start - 40), ins.start),
          );
        const strong =
          /idiot|moron|imbecile|retard|scum|brain|inbred|subhuman|vermin|weasel|snake|pig|cretin|cr[ée]tin|imb[ée]cile|freeloader|parasite|leech|deadbeat|monkeys|lowlife|hopeless|zoo/.test(
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
        });
      }
    }
    for (const s of spans(MISUSE, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.65,
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
    for (const s of spans(GROUP_CONTEMPT, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.contempt',
        start: s.start,
        end: s.end,
        score: 0.7,
      });
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
      });
    return { hits, signals };
  },
};
