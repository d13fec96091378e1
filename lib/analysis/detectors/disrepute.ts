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
    'freeloading (?:clowns?|bums?|leeches|parasites)',
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
    'this (?:ministry|department|office|branch|place|unit|job)',
    'people we serve',
    'the (?:people|folks|clients|customers|public|idiots) (?:we|i) (?:serve|deal with|help|see)',
    'half of them',
    'these (?:people|clients|patients|inmates|applicants|callers|welfare|families|tenants|parents|customers|owners|evacuees)',
    'mon (?:nouveau |nouvel )?coll[eè]gue',
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
    'call(?:ed|ing)? in sick (?:tomorrow |today )?(?:so|to)\\b(?! be)',
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
    "fake[ds]? (?:an? )?(?:doctor'?s? )?(?:note|sick note|medical note)",
    'call(?:ed|ing)? in [\\u0022\\u0027“”‘’]sick',
    '(?:got|get|bumped|moved|pushed) my (?:[a-z-]+ )?(?:brother|sister|cousin|buddy|friend|mom|dad|wife|husband|brother-in-law|sister-in-law|uncle|aunt|neighbou?r)(?: [a-z-]+)? (?:bumped|moved|pushed|fast-?tracked) up',
    'deleted (?:a|the|his|her|their) (?:[a-z]+ )?(?:complaint|file|report|email|record)s?',
    'slept (?:\\d+|a few|two|three|four) hours? (?:up )?(?:in|at|on) (?:the )?(?:tower|booth|truck|desk|post|station|shift)',
    '(?:drive|drove|driving|operate|operating|run|running) (?:the )?(?:plow|grader|truck|ambulance|loader|boat|sander) (?:hungover|drunk|high|buzzed|stoned|wasted)',
    'ran (?:the )?plates? (?:on|of)',
    "(?:filled|gassed|fuel(?:l)?ed) up my (?:own )?(?:truck|car|vehicle|boat|sled|suv) (?:on|with) (?:the|a) (?:department|government|gov't|govt|work|fleet|office|crew)(?:'s)? (?:fuel |gas |credit )?card",
    '(?:camion|v[ée]hicule|char|auto|bateau) du minist[eè]re (?:pour|au|à)',
    "ran (?:my|her|his|our) (?:\\w+'s )?(?:\\w+ ){0,2}through (?:the )?(?:system|database|cpic|registry)",
    'which (?:driveway|car|truck|house|yard|cabin) is (?:yours|his|hers|theirs)',
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
  `\\b${alt([
    '(?:gets?|get) (?:hit by a (?:bus|car|truck)|run over)',
    '(?:leaving|leave|go(?:ing)? home) in (?:an ambulance|a body bag)',
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
    "i(?:'ll| will| swear i'll) run (?:him|her|them|you) over",
    'can rot (?:for all i care|in there)?',
    'i know (?:exactly )?(?:where (?:you|s?he|they) (?:live|lives|park)|which house)',
    '(?:find|found|look|looked) up where (?:you|s?he|they) lives?',
    '(?:find|found) out where (?:you|s?he|they) lives?',
    "i(?:'ll| will|'m gonna|'m going to) (?:drag|throw|kick|toss|haul) (?:him|her|them|you) out",
    '(?:keep talking|watch yourself|try me),? (?:buddy|pal|bud|lady|sweetie)',
  ])}`,
  'g',
);
const MASKED_PROFANITY = /\b(?:f\*+k?|f\*\*\*|sh\*+t|b\*+tch|a\*+hole|c\*+nt)/g;

/** Something the job entrusts: a vehicle, a card, time, an inspection, a file, a client's service. */
const DUTY = new RegExp(
  `\\b${alt([
    "(?:government|provincial|province|gov|gov't|govt|department'?s?|work|parks|fleet|highways|office|the deputy's|crew) (?:truck|vehicle|car|suv|van|boat|tahoe|card|gas card|credit card|laptop|phone|computer|per diem)",
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
    'personne ne v[ée]rifie',
    "personne n'a rien remarqu[ée]",
    'instead of (?:logging|recording|reporting|filing|processing|forwarding)',
    '(?:who|that) annoyed me',
    '(?:handed|slipped|gave) me (?:a |some |an )?(?:2-4|two-four|case|bottle|twenty|fifty|hundred|cash|envelope|gift card|\\$)',
    'throw in (?:some|a)',
    '["\'](?:office supplies|supplies|work supplies|training|business|site visit|meeting|water sampling|inspection)["\']',
    "(?:to|for) my (?:buddy|friend|cousin|brother|sister|bro)'s",
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
const QUOTED_NEGLECT = /['"“”‘’](?:forget|forgot|lost|lose|misplaced?|accidentally)['"“”‘’]/g;
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
  /\b(?:(?:the |these |those |some of (?:these|the|our) |half (?:of )?(?:the|these|our) )?(?:people|clients|callers|parents|kids|newcomers|immigrants|refugees|patients|inmates|residents|applicants|folks|ppl|customers|seniors|old ladies|old men|calls)(?: [a-z]+){0,4}? (?:are|r|is|always|can't|cannot|never|smell|deserve)\b[^.!?\n]{0,40}?(?:working the system|gaming the system|milking (?:it|the system)|scamming|lazy|inbred|stupid|dumb|useless|exaggerate|smell|barn|a taser|idiots|morons|animals|drunks?|criminals|liars|can't (?:fill|read|speak|count)|learn english|profiteurs|paresseux))|\blearn english\b|\bquota\b/g;

/** A record written up under a label in quotes: "wrote them all up as 'wildlife collisions'", "just wrote 'no concerns'". */
const FALSIFIED = new RegExp(
  `\\b${alt([
    `(?:logged|coded|billed|claimed|booked|recorded|wrote|put|marked|filed|entered|signed off)(?: [a-z0-9]+){0,5} (?:as|for|under) ['"]`,
    `(?:just )?(?:wrote|put|ticked|checked|marked|entered) ['"](?:no concerns|n/?a|complete|completed|done|passed|ok|okay|all good|fine|satisfactory|no issues|compliant)['"]`,
    `(?:stopped|quit|skip|skipped|don't bother) (?:doing |with )?(?:the )?(?:[a-z]+ ){0,2}(?:site visits?|inspections?|checks?|follow-?ups?|home visits?|safety checks?|second visits?)`,
    `gave (?:him|her|them|it|the place) a pass`,
    `clocked in from (?:the|my) (?:couch|bed|cabin|lake|boat|hot tub)`,
    `(?:monitored|did|worked|watched|pulling|pulled|logging|logged|claiming|claimed)[^.!?\\n]{0,50}? from my (?:hot tub|couch|bed|cabin|boat|deck|dock)`,
    `(?:used|using|put|charged|expensed|billed) (?:the |my |it (?:on|to) the )?(?:\\w+ ){0,2}(?:p-?card|purchase card|credit card|corporate card|per diem|expense account) (?:for|on|as) (?:a |an |the )?'`,
    `put (?:the |my |our )?(?:\\w+ ){0,2}on the (?:purchase|p-|government|gov|work|office|corporate) ?card`,
    `(?:just )?signed (?:off )?(?:on )?(?:the |them |it )?(?:\\w+ )?anyway`,
    `made up the (?:reason|charge|violation|infraction|ticket|cause)`,
  ])}`,
  'g',
);
/** Drinking and working: "two pints over lunch and then back to running the scale". */
const DRINKING =
  /\b(?:pints?|beers?|bevvies|drinks|shots|a (?:case|two-four|mickey|twofer)|bottles?|caisse de bi[eè]re|(?:was |got |still )?(?:drunk|hammered|buzzed|tipsy|hungover|saoul))\b[^.!?\n]{0,60}?\b(?:over lunch|at lunch|on (?:the )?(?:shift|clock|job)|at work|back to (?:work|running|driving|the (?:desk|truck|counter|scale|office))|before (?:my|the) shift|in the (?:work |government |province |department )?(?:truck|van|cruiser|office|boat))\b/g;
/** Using work access to look up people in one's own life, or to read what one should not. */
const SNOOPING = new RegExp(
  `\\b${alt([
    `(?:looked|look|searched|ran|checked|pulled|pulled up|snooped)(?: up)? (?:on )?(?:my |our |a |her |his )?(?:daughter's |son's |sister's |brother's |friend's |cousin's )?(?:new )?(?:ex|neighbou?r|boyfriend|girlfriend|date|cousin|brother-in-law|sister-in-law|landlord|crush|tinder date|guy i (?:dated|went out with)|girl i dated|someone i dated)\\b[^.!?\\n]{0,60}?(?:registry|database|system|cpic|records?|at work|file)`,
    `(?:reading|read|pulled|looked at|opened) (?:the )?(?:[a-z-]+ ){0,2}(?:report|file|record|chart|history)s? (?:on|of|for) (?:a guy|a girl|someone|my) (?:i (?:dated|went to school with|used to date)|ex|neighbou?r|cousin|landlord)`,
    `i (?:read|check|go through|look at) the (?:deputy|boss|manager|minister|director|adm|dm)(?:'s)? (?:chats?|emails?|messages|inbox)`,
    `(?:admin|access) (?:on|to) every (?:laptop|computer|inbox|file)[^.!?\\n]{0,40}?(?:i read|i check|i look)`,
  ])}`,
  'g',
);
/** Using the job's power on people: retaliation, humiliation, favours, discrimination. */
const POWER_ABUSE = new RegExp(
  `\\b${alt([
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
    `allez (?:donc )?travailler`,
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
  ])}`,
  'g',
);
/** Mocking the people the writer serves: "sure Jan", "a casting call for People of Walmart". */
const MOCKERY =
  /(?:\b(?:sure jan|sure buddy|sure thing buddy|people of walmart|casting call|bless (?:his|her|their) (?:heart|hearts)|you can't fix stupid|can't make this up|act like (?:they're|he's|she's|they are) the first|thinks? ['"][^'"]{2,30}['"] means|at this point we need a|the (?:stupidity|audacity)|de vrais? (?:cas|clowns))\b|[🙄🤡🤦])/gu;

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
          /idiot|moron|imbecile|retard|scum|brain|inbred|subhuman|vermin|weasel|snake|pig|cretin|cr[ée]tin|imb[ée]cile|freeloader|parasite|leech|deadbeat|monkeys|lowlife|hopeless|zoo|shouldn't be allowed|get a job/.test(
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
