/**
 * personal-info — someone else's identifiable information known through the job (gr.confidential;
 * FIPPA and PHIA for health details). Scored as a combination, not a single token: a Luhn-valid SIN
 * with its keyword is strong; a name is only a problem next to a client, patient or case context.
 * (Names come from compromise, see names.ts, added by the engine where the context asks for them.)
 */

import { findNumbers } from 'libphonenumber-js';
import {
  alt,
  type Detector,
  type Hit,
  phrases,
  type Signal,
  signalsOf,
  spans,
  type Unless,
} from '../hits.ts';
import { isPlausibleSin, luhnValid } from '../identifiers.ts';
import { PET } from '../names.ts';

const SIN_KEY =
  /\b(?:sin|s\.i\.n\.?|social insurance(?: number| no\.?| #)?|soc\.? ins\.?|nas|num[eé]ro d'assurance sociale|assurance sociale)\b/;
const PHIN_KEY =
  /\b(?:phin|nips|num[ée]ro d'identification personnel(?:le)? (?:de|en) sant[ée]|carte sant[ée]|personal health (?:identification )?(?:number|no\.?|#)|health (?:card|number|#|no\.?)|manitoba health (?:card|number|#)|health registration|health reg(?: ?(?:number|no\.?|#))?|registration (?:number|no\.?|#)|reg(?:istration)? ?#)/;
const DOB_KEY = /\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?|birth ?date|birthday is|n[ée]e? le)\b/;

const NINE = /(?<![\d-])(\d{3})([ -]?)(\d{3})\2(\d{3})(?![\d-])/g;
const SIX = /(?<![\w-])([a-z]?\d{5,6})(?![\w-])/g;
/** Nine digits typed in odd groups ("1234 56 789", "1 1 2 2 3 3 4 4 5"): counted only next to a PHIN key. */
const NINE_LOOSE = /(?<![\d-])\d(?:[ -]?\d){8}(?![\d-]| \d)/g;
const DATE =
  /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* '\d{2})\b/g;
const YEAR_FILE_NO = /(?<![\w-])(?:19|20)\d\d-\d{5}(?![\w-])/g;
const CASE_NO =
  /\b(?:case|file|client|claim|docket|inmate|offender|patient|chart|mrn|account|dossier|applicant|claimant on)(?: ?(?:no\.?|number|#|id))?(?: (?:is|was|=))? ?#? ?:? ?(?=[a-z0-9-]*\d)(\d{4}-[a-z]{2,4}-\d{3,6}|[a-z]{2,4}-[a-z]{2,4}-\d{3,6}-\d{3,6}|[a-z]{0,4}-?\d[\d-]{3,14})\b|\b(?:cr|ci|fd|fl|fs|cv|yo|ya)[- ]?\d{2}-\d{2}-\d{4,6}\b/g;
const STREET = alt([
  'st',
  'street',
  'ave',
  'avenue',
  'rd',
  'road',
  'blvd',
  'boulevard',
  'dr',
  'drive',
  'cres',
  'crescent',
  'bay',
  'pl',
  'place',
  'lane',
  'ln',
  'way',
  'crt',
  'court',
  'cir',
  'circle',
  'terr?',
  'terrace',
  'pkwy',
  'parkway',
  'trail',
  'cove',
  'gate',
  'row',
  'close',
]);
const ADDRESS = new RegExp(`\\b\\d{1,5}[a-z]? (?:[a-z][a-z'-]+ ){1,3}${STREET}\\b\\.?`, 'g');

const CLIENT = new RegExp(
  `${phrases([
    "clients?'?s?",
    '(?:a|the|my|our|one|this|that|former|\\d+) patients?',
    'patients? (?:in|at|on|named|who|whose|from)',
    '(?:an? |the |my |our )?(?:inmates?|offenders?|detainees?|parolees?|probationers?|accused|complainants?|claimants?|applicants?|recipients?|tenants?|residents? (?:in|at|of) (?:the )?(?:home|unit|facility|care))',
    '(?:my|our|a|one of my|one of our) (?:grade \\d+ )?(?:students?|pupils?|kids in class)',
    '(?:call|contact|see|phone) (?:her|his|their) (?:worker|caseworker|case worker|probation officer|social worker|parole officer)',
    'tell (?:him|her|them) (?:to )?(?:call|contact|come in|phone|check in)',
    '(?:every|my|each) shift',
    '(?:my|our) (?:eia|cfs|case|probation|social work|intake)? ?(?:files?|cases?|caseload|clients?)',
    'one of my (?:files|cases|clients|patients|kids|students|guys|youth)',
    'my \\d{1,2}(?::\\d\\d)? ?(?:am|pm)\\b',
    '(?:repeat|regular|frequent) (?:customer|flyer|client|visitor)s? (?:at|in) (?:the )?',
    'newcomer clients?',
    'new intake',
    'my (?:eia|cfs|probation|parole) (?:guy|gal|client|lady|kid|man|woman)',
    'my gr\\.? \\d+ students?',
    'one of (?:my|our) (?:\\w+ ){0,2}(?:clients|patients|files|cases)',
    'home care route',
    'wellness check',
    "(?:i've|i have|we've) been following",
    'courtroom \\d+',
    'youth i work with',
    '(?:my|our) (?:er|icu|ward|unit|clinic)\\b',
    '(?:notre|votre) (?:patiente?|cliente?|d[ée]tenue?|b[ée]n[ée]ficiaire)',
    '(?:my|our) (?:\\w+ )?(?:resident|patient|client)s? (?:at|in|on) ',
    'wrote (?:up|a ticket (?:to|for)) ',
    "qu'on suit|que je suis depuis|au service (?:à|a) l'enfant",
    '(?:le|la|un|une|mon|ma|nos|mes) (?:d[ée]tenue?s?|b[ée]n[ée]ficiaires?|accus[ée]e?s?|usag[eè]re?s?|cliente?s?|patiente?s?)',
    "c'est moi qui (?:l'ai|a|ai) (?:eu|trait[ée]|tap[ée]|admis|re[çc]u)",
    "(?:le|la) candidat(?:e)? qu'on a pas retenue?|the (?:candidate|applicant) (?:we|i) (?:didn't|did not) (?:hire|pick|choose|shortlist)",
    '(?:my|our) youth\\b',
    'supervised visits?',
    '(?:back )?in seg\\b|segregation|solitary',
    'blood alcohol|probation check|missed (?:his|her) probation|walked away from|escaped from|dementia|blood sugars?|her sugars|his sugars|booked in(?:to)? (?:at )?remand|dui|wellness check',
    'iep|blind|deaf',
    'tb contact|pre-sentence report|fasd|impaired|psychiatrie|fugu[ée]|a fugu[ée]',
    'pregnancy (?:test|panel|results?)|palliative|showed up (?:drunk|high|wasted)|third breach|breached (?:his|her|their) (?:conditions|probation)',
    'en crise|suicidaire|surdose|violence conjugale|sous caution|out on bail|on bail|bail hearing',
    'rapport (?:rh|des rh)|hr report|se faire cong[ée]dier|(?:getting|get|be) fired for',
    'dispatched to',
    '(?:brought|took|taken) (?:him|her|them|the \\w+) into care',
    '(?:at|from) (?:the|our) (?:\\w+ ){0,3}(?:appointment|intake)',
    'case ?load',
    '(?:did|doing|finished) (?:an? )?intake',
    'intake (?:for|today|this)',
    'foster (?:child|kid|family|parent|home|care)',
    'youth in care',
    'child in care',
    'kids in care',
    'in bed \\d+',
    'room \\d+',
    'on (?:my|our|the) (?:ward|unit|caseload)',
    'case ?workers?',
    'social workers?',
    'came (?:in|into the office|to (?:the|our) (?:counter|desk|office|window|clinic)) (?:today|this morning|yesterday|earlier)',
    'at (?:the|our) (?:counter|front desk|intake desk|window|clinic|shelter)',
    'whose (?:licen[cs]e|benefits|file|claim|application|permit|case|kids|children) (?:we|i)',
    '(?:we|i) (?:suspended|apprehended|denied|revoked|cut off|discharged|admitted|arrested|charged|sentenced|evicted|processed|assessed|interviewed|treated|saw|booked)',
    'her name is',
    'his name is',
    'their name is',
    '(?:placed|apprehended|discharged|admitted|booked|released|processed|registered|interviewed|assessed|ticketed|charged|pulled over) (?:a|an|the|this|that|my|our|\\d+)',
    '(?:wrote up|ticketed|charged|booked|fined|cited|arrested|discharged|admitted) [a-z]+ [a-z]+,',
    '(?:the|a|my|our) (?:student|client|patient|kid|child|inmate|tenant|applicant) (?:whose|who)',
    'home visit',
    "(?:at|in) (?:the )?[a-z' ]{0,25}(?:correctional|remand|detention) cent(?:re|er)",
    '(?:of|in) bed \\d+',
    'residents? (?:in|at|of) (?:the )?(?:[a-z]+ )?(?:home|unit|facility|care|pch|lodge)',
    'lab results? for',
    'i have (?:her|his|their) file',
    '(?:we|i) booked (?:\\w+ )?into',
    'admission #?\\d+',
    'in (?:my )?(?:period|block|homeroom|section) \\d+',
    '(?:ma|mon|mes) (?:patiente?s?|[ée]l[eè]ves?|client(?:e|es|s)?|b[ée]n[ée]ficiaires?)',
    'missed (?:her|his|their) (?:dialysis|appointment|treatment|meds|court date|hearing|check-?in)',
    'missed dialysis',
    '(?:jail|remand|youth centre|er|clinic|shelter) intake',
    '(?:her|his|their) (?:\\w+ ){0,2}(?:file|claim)',
    'your (?:\\w+ ){0,2}(?:application|file|claim) (?:has|is|was|got)',
    "(?:your|his|her) (?:mom|mum|dad|son|daughter|wife|husband)'s (?:visit|chart|file|claim|appointment|results?)",
    'missed (?:\\w+ ){0,3}appointments?',
    'came to my (?:counter|desk|window|office|booth)',
    '(?:^|my |our |a |the )pts? (?:this morning|today|tonight|in bed|in room|on the ward)',
    '(?:called|came in|phoned|showed up|emailed|called in) (?:again|today|back|this morning|twice)',
    'looked (?:you|him|her|them) up',
    '(?:our|my) parolees?',
    'on (?:my|our) list',
    'group home',
    'on (?:my|our) (?:caseload|files?|list|unit|ward)',
    '(?:we|i) (?:supervise|placed|treat|look after) (?:him|her|them|this|that|a|an)',
    '(?:probation|parole|eia|cfs|rent assist|housing|income assistance|disability) (?:client|file|case|applicant|recipient|officer|worker)',
    'in (?:my|our) (?:grade \\d+ )?(?:class|classroom|caseload|clinic|unit|ward|office|cells?)',
    '(?:student|kid|child|boy|girl) in my (?:grade \\d+ )?class',
    'cell \\d+',
    '(?:came|come|comes|walked) in(?:to)? (?:our|the|my) (?:\\w+ )?(?:office|counter|desk|clinic|er|branch|centre|center|lab)',
    'at (?:our|the) (?:\\w+ )?(?:lab|office|counter|desk|clinic|er|emergency|branch) (?:counter|desk|today|tonight|on)',
    'back in the er',
    'in the er',
    'applied for (?:rent assist|disability|eia|income assistance|benefits|housing|a permit|daycare subsidy)',
    'our (?:guy|lady|girl|client|patient|frequent flyer|regular)',
    'one of (?:ours|my regulars)',
    'death registration',
    'court clerk',
    'intake today',
    "today's intake",
    'pulled (?:a|the|his|her) (?:chart|file|record)',
    '(?:licensing|home|site|labour standards|inspection|follow-up) visit',
    'witness in',
    'victim in (?:the|a|my)',
    'escorted',
    'transfer list',
    '(?:birth|death|marriage) registration',
    'came through (?:the )?(?:registry|desk|counter|system)',
    "my d+ ?o'?clock",
    'students? of mine',
    'de ma classe',
    'signed off on an? (?:adoption|placement|discharge|transfer)',
    '(?:courtroom|court ?room) d+',
    'maintenance enforcement',
    '(?:file|case|licen[cs]e|plate) (?:#|no.? )?[a-z]{0,4}-?d',
    '(?:my|our) (?:patient|client|resident|student|inmate|tenant)s?\\b',
    'the (?:family|kid|child|youth|woman|man|guy|lady) (?:i|we) (?:work with|support|serve|visited|saw today|see)',
    'during my shift',
    'on my rounds',
    'transported (?:a|an|the)',
    'running a (?:w+ )?(?:panel|test|check)',
    'contact tracing',
    'index case',
    'record check',
    'licensing visit',
    '(?:a|the) (?:woman|man|family|kid|boy|girl|senior|lady|guy) (?:in|from|out of) [a-z]+',
    'registered (?:a|an|the)',
    '(?:my|our) (?:patient|student|client) with',
    'came into (?:the )?[a-z]+ (?:er|emergency|hospital|clinic)',
    '911 (?:tonight|call|today)',
    '(?:une patiente|un patient)',
    "j'y passe",
    '(?:your|his|her) home ?care (?:worker|nurse|aide|visit)',
    '(?:i|we) (?:transferred|medevaced|flew out|flew in|admitted|discharged|triaged|intubated|resuscitated)',
    'your (?:file|chart|case file|record|history) (?:says|shows|said)',
    '(?:processed|approved|reviewed|denied|handled|signed) your (?:[a-z]+ ){0,2}(?:application|claim|file|case|renewal|request)',
    '(?:my|our|the) pts?',
    'one of my (?:grade \\d+s|students|clients|patients|kids on (?:the|my) caseload)',
    'saw (?:him|her|them) on the (?:[a-z]+ )?(?:schedule|list|board|census|roster)',
    'served (?:papers|a summons|a notice|an eviction notice|a subpoena) on',
    'foster placement',
    "(?:while |who is |who's )in custody",
    'came into the (?:[a-z]+ ){0,3}office (?:today|this morning|yesterday)',
    'i help(?:ed)? (?:one|a|this|a young) family',
    '(?:guy|man|kid|inmate|lady|woman|dude|youth) on my (?:range|unit|tier|pod|caseload|route)',
    'campers? (?:at|from) (?:[a-z]+ )?(?:lake|park|site)|passengers? from',
    '(?:the )?claimant on|(?:the )?tenant in our|(?:my|our) home care (?:ladies|lady|clients?|gentlemen|man)',
    "a family (?:i'm|i am|we're|we are) working with|patient told me|(?:longest-living|oldest) resident|the accused in\\b",
    '(?:dans )?mon dossier (?:à|a|de)|une cliente? au bureau|(?:processed|traiter|trait[ée]) (?:your|la demande|le dossier)',
    '(?:at|behind) the (?:[a-z ]{0,20})?(?:licen[cs]e|registry|vital stats|service centre|testing) (?:office|counter|desk)',
  ])}`,
  'g',
);

const SENSITIVE = new RegExp(
  `${phrases([
    'overdos\\w*',
    // procedures and conditions that name someone's body (own62)
    'colonoscop\\w*|mammogra\\w*|cleft (?:lip|palate)|hearing loss|\\d+ ?db loss|cochlear implant|implant cochl[ée]aire|(?:\\d+ (?:years?|months?|days?) )?sober|sobriety|se s[ée]parent|separating|in a cast|stable at',
    "od'd",
    'abus(?:e|ed|ive)',
    'fleeing',
    'released from (?:\\w+ )?(?:jail|prison|remand|custody|headingley|milner ridge|stony mountain|hospital|care|detox)',
    '(?:left|ran from|ran away from) (?:her|his|their) placement',
    'into care',
    'apprehen\\w+',
    'airlifted',
    'medevac\\w*',
    'blew (?:a |over )?0?\\.\\d+',
    'licen[cs]e (?:got )?(?:pulled|suspended)',
    'domestic (?:call|dispute|violence|assault)',
    'bloodwork|blood work|potassium|biopsy',
    '(?:tb|covid|measles|hep c|hiv) (?:case|patient|positive)',
    'dx\\b',
    '(?:has|with|diagnosed with) (?:\\w+ ){0,2}(?:degeneration|dementia|alzheimer\\w*|parkinson\\w*|sclerosis|schizophreni\\w*|bipolar|autism|cancer|diabetes|epilepsy)',
    'supervised visits?',
    'custody',
    'diagnos\\w*',
    'cancer',
    'adoption',
    'gambling',
    'counts',
    'undersized',
    'unpaid',
    'paid zero',
    'stopped eating',
    'surgeries',
    'ged',
    "services à l'enfance",
    'assault',
    'served minors',
    'chest pain',
    'heart attack',
    'seizures?',
    'iq',
    'name change',
    'paternity',
    'sex offender',
    'prior (?:assaults?|convictions?)',
    'gunshot',
    'wounds?',
    'insulin',
    'insuline',
    'refuse (?:encore )?(?:son|sa|ses)',
    'nomination',
    'minors',
    'strike goes on (?:his|her) file',
    'on (?:his|her) file',
    'psychosis',
    'anxiety',
    'suicidal',
    'eating disorder',
    'alzheimer\\w*',
    'fasd',
    'warrants?',
    'charges',
    'bail',
    'immigration status',
    'refugee claim',
    'deport\\w*',
    'divorc\\w*',
    'affair',
    'detox',
    'methadone',
    'injur\\w*',
    'wcb',
    'workers comp',
    'dialysis',
    'transplant',
    'miscarriage',
    'stillbirth',
    'sti',
    'chlamydia',
    'gonorrh\\w*',
    'syphilis',
    'hiv',
    'aids',
    'hep(?:atitis)? c',
    'mental health',
    'psych(?:iatric)?(?: ward| unit| hold)?',
    'suicid\\w*',
    'self-harm\\w*',
    'pregnan\\w*',
    'miscarr\\w*',
    'addict\\w*',
    'relaps\\w*',
    'rehab',
    'meds',
    'medications?',
    'dementia',
    'schizophren\\w*',
    'bipolar',
    'depress\\w*',
    'stds?',
    'stis?',
    'arrested',
    'charged with',
    'convicted',
    'probation',
    'parole',
    'evict\\w*',
    'welfare',
    'income assistance',
    'eia',
    'benefits',
    'reported income',
    'income',
    'bankrupt\\w*',
    'debts?',
    'disabilit\\w*',
    'autis\\w*',
    'adhd',
    'sexual(?:ly)? assault\\w*',
    'domestic violence',
    'apprehend\\w*',
    'results are in',
    'test results',
    'lost custody',
    'licen[cs]e (?:was )?suspended',
    'suspended',
    'criminal record',
    'record',
    'in jail',
    'locked up',
    'homeless',
    'shelter',
    'drunk',
    'intoxicated',
    'refused (?:his|her|their) (?:meds|medication|treatment)',
    'chemo',
    'terminal',
    'palliative',
    'surgery',
    'died',
    'passed away',
    'ran (?:away|from)',
    'treatment',
    'no fixed address',
    'nfa',
    'tb(?: test)?',
    'tuberculosis',
    'positive (?:for|test)',
    'tested positive',
    'leukemia',
    'diabetes',
    'sued',
    'lawsuit',
    'months? in jail',
    'got \\d+ (?:months|years|days)',
    'sentenced',
    'fraud',
    'without a licen[cs]e',
    'drinking again',
    'using again',
    'curfew',
    'parole denied',
    'funeral',
    'apply for disability',
    'eviction',
    'custody',
    'abortion',
    'std test',
    'rehab',
    'schizophrenia',
    'icu',
    'intensive care',
    'crushed',
    'pinned under',
    'fractur\\w*',
    '(?:broken|broke (?:his|her|their)) (?:hip|leg|arm|neck|back|pelvis|jaw|wrist|ankle)',
    'meth',
    'using (?:meth|drugs|again)',
    'rent assist',
    'iep',
    'stroke',
    'leuc[ée]mie',
    'hba1c',
    'missing',
    "'fell down the stairs'",
    'domestic',
    'correctional cent(?:re|er)',
    'dialyse',
    'diagnostic',
    'tdah',
    'autisme',
    'enceinte',
    'd[ée]pression',
    'prison',
    'stony mountain',
    'in (?:jail|prison|custody|remand)',
    'lost (?:a|our|my) patient',
    'frequent flyer',
    "famille d'accueil",
    'plac[ée]e? (?:en|dans|chez)',
    'lease renewal',
    'parole denied',
    'support payments?',
    'maintenance enforcement',
    'mep',
    'student (?:aid|loan)',
    'loan docs',
    'parole (?:hearing|date|board)',
    'probation appointment',
    'hearing date',
    'booked into',
    'foster',
    'in care',
    'hypothermic',
    'a chute',
    'placed',
    '(?:un |une )?(?:avc|crise cardiaque|surdose|diab[eè]te|d[ée]mence|fausse couche|tentative de suicide|sclérose|schizophr[ée]nie)',
    'deport(?:ed|ation)',
    'dialysis',
  ])}\\b`,
  'g',
);

const DEMOGRAPHIC =
  /(?:\b(?:mom|dad|mother|father|he|she|girl|boy|kid|son|daughter) (?:is|was) \d{1,2}\b|\b(?:he's|she's) \d{1,2}\b|\(\d{1,2},|\barrived from [a-z]+|\b\d{1,2}, from [a-z]+|\b(?:intake|client|patient|youth):? \d{1,2},|\b[a-z]+, \d{1,2}, (?:blood|bac|from|with|who)\b|\b\d0-something\b|\b[a-z]+, \d{1,2}, (?:is|was|has)\b|\b[a-z]+ \(\d{1,2}\)|(?<![$€£.,\d])\b\d{1,2} ?[mf]\b|\(\d{1,2}, [a-z][a-z ]+\)|\b[a-z]+, \d{2}, (?:at|from|of)\b|\b[a-z]+ [a-z]+, \d{1,2},|\b[a-z]+[!,] \d{2},|\b(?:le|la) (?:jeune|petite?|dame|monsieur|patiente?) de [a-z]+|\b\d{1,2}[- ]?(?:year|yr)s?[- ]?old\b|\b\d{1,3} ?(?:yo|y\/o|ans)\b|\baged? \d{1,2}\b|\bgrade \d{1,2} (?:boy|girl|student|kid)\b|\b(?:girl|boy|man|woman|kid|teen|senior|mom|mother|dad|father|lady|guy|youth|child|baby) from [a-z][a-z]+(?: [a-z]+)?\b|\bwith (?:her|his|their) \d+ kids\b|\brue [a-z]+|\b\d{1,5} [a-z]+ (?:bay|st|street|ave|avenue|rd|road|cres|crescent|dr|drive)\b)/g;
/** "the parolee we supervise on Main Street in Selkirk", "the cleaner at our Portage office". */
const ROLE_AT_PLACE =
  /(?<!\bby )\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y|[Tt]his|[Tt]hat) (?:parolee|client|patient|inmate|student|kid|lady|guy|woman|man|family|mom|dad|teen|youth|girl|boy|senior|cleaner|worker|tenant|resident|applicant|caller|offender|(?:[a-z]+ ){0,2}?(?:toddler|baby|grandpa|grandma|grandmother|grandfather|auntie|elder|coach|gentleman|fella|couple|widow|widower|veteran))s?\b[^.!?\n]{0,30}?\b(?:from|on|in|at) (?:our |the )?[A-Z][a-z]+|\b(?:[Ll]e|[Ll]a|[Uu]n|[Uu]ne|[Cc]e|[Cc]ette) (?:petit gars|petite fille|petite|petit|jeune|fille|gars|monsieur|madame|dame|a[îi]n[ée]e?|grand-p[eè]re|grand-m[eè]re|client|cliente|patient|patiente)(?: de \d{1,2} ans| de \d(?:e|re|i[eè]me) ann[ée]e)? (?:de|[àa]|du|au) [A-Z][\p{L}-]+/gu;

/** "a guy named Roger Ducharme", "Mr. Petrenko": the writer's story is about one identified person. */
const NAMED_PERSON =
  /\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Mm]y) (?:[a-z]+ )?(?:guy|man|woman|lady|kid|boy|girl|dad|mom|mother|father|senior|teen|gentleman|client|patient|youth|fellow|caller|tenant|student|inmate|driver|farmer|fisher|applicant|resident|family|lad|gal|elder) (?:named|called) ([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)|\b((?:Mr|Mrs|Ms|Mme|Madame|Monsieur|M\.)\.? [A-Z](?:[a-z'-]+|\.|\b))/g;

/** "you know who", "no names but you know who you are": a person the reader is meant to recognise. */
const KNOW_WHO =
  /\b(?:the one with the|(?:first |last )?name rhymes with|you'd know (?:him|her|them)|recogni[sz]ed the name|vous (?:la|le|les) connaissez|you know who(?: you are)?|no names but|if you know,? you know|yes,? that (?:guy|lady|one)|the same (?:house|address|family|guy|lady)|(?:the )?(?:house|home|trailer|place|apartment) on [a-z]+ (?:ave|avenue|st|street|rd|road|bay|cres|crescent|dr|drive|blvd))\b/g;

/**
 * Someone served, told apart by what they drive, own or look like: "the fella with the green John Deere",
 * "the only guy in Gillam driving a pink F-150", "only family on the rez with twins", "celle avec les
 * onze chats" (own53). A person with a detail is a client only where the job is in view.
 */
const DISTINGUISHED =
  /\b(?:(?:the|that|this) (?:only )?|only )(?:[a-z]+ )?(?:guy|fella|lady|woman|man|family|couple|gentleman|dude|senior|kid|teen|mom|dad|client)(?: (?:on|in|at|from) (?:the )?[a-z]+(?: [a-z]+)?)? (?:with (?:the|a|an|twins|triplets|\d+|one|two|three|four|five)|driving (?:a|the)|who drives (?:a|the))(?: [\w-]+){1,2}|\b(?:celle|celui|la (?:dame|madame|femme)|le (?:monsieur|gars)) (?:du [a-z0-9 ]{1,15} )?avec (?:les|la|le|un|une|\d+)\b/g;

/** "at 55 Ellice", "on 12 Maple": a house number and a capitalised street name without a suffix. */
const BARE_ADDRESS =
  /\b(?:at|on|lives at|living at|moved to|house on) (\d{1,5} (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?! (?:am|pm|AM|PM|years?|kids?|people|days?|hours?|minutes?|cats?|dogs?))/g;

/** Someone the writer met through the job, pointed at so the reader can tell who: "guess who came in today",
 * "the only vet in Russell came into our ER", "your brother came through our detox intake", "tenant in 304". */
// scored a little under a name or an identifier, so the finding points at those when both are there
const POINTED_AT = new RegExp(
  `${phrases([
    `(?:guess|devinez|devine) (?:who|qui)(?:'s| is| was)? (?:came|come|showed|walked|rolled|was|is|got|called|est (?:venue?|arriv[ée]e?|pass[ée]e?))\\b`,
    `the only (?:[a-z'-]+ ){1,3}(?:in|at|on|from) (?:town|the (?:village|school|building|reserve|rez|block)|[a-z]+)\\b[^.!?\\n]{0,40}?\\b(?:came|was|is|got|showed|walked)\\b`,
    `your (?:brother|sister|mom|mother|dad|father|son|daughter|husband|wife|cousin|friend|neighbou?r|uncle|aunt|grandma|grandpa|ex) (?:came|was|is|got|showed up)(?: in| back)? (?:through|into|in|to|at) (?:our|the) (?:[a-z]+ ){0,2}(?:intake|er|emerg|clinic|office|unit|cells?|detox|shelter|ward|counter|desk|hospital)`,
    `(?:tenant|resident|client|patient|inmate|occupant)s? (?:in|of|from) (?:unit |room |suite |apt |#)?\\d{1,4}[a-z]?\\b`,
    `(?:patient|patiente|resident|r[ée]sidente?|client|cliente|inmate|d[ée]tenue?) (?:in|de la|dans la|from) (?:room|chambre|bed|lit|cell|cellule|unit|suite) \\d+`,
    `\\bpt [a-z]+ [a-z]\\.`,
    `ran (?:a|the|his|her|their) plate[^.!?\\n]{0,40}?came back (?:to|as)`,
    `to the (?:[a-z]+ ){0,2}(?:mom|dad|man|woman|lady|guy|girl|boy|kid|family|couple|gentleman|senior|client|patient|caller|driver|trucker)(?: (?:on|from|in) [a-z]+)? (?:i|we) (?:helped|saw|served|met|processed|interviewed|picked up|brought in|flew out|dealt with|had)\\b`,
    `to the (?:[a-z]+ ){0,2}(?:mom|dad|man|woman|lady|guy|girl|boy|kid|family|couple|gentleman|senior|caller|driver)(?: (?:on|from|in|at) (?:the )?[a-z]+)? who (?:called|came|was|picked up|failed|screamed|yelled|brought)`,
    `(?:the|a|one of my|our) (?:[a-z]+ ){0,2}(?:guy|man|woman|lady|kid|boy|girl|mom|dad|family|youth|teen|client|patient|newborn|baby) (?:(?:from|on|in) [a-z]+ )?(?:we|i) (?:picked up|brought in|apprehended|flew out|helped|arrested|admitted|placed|took in|had to apprehend)`,
    `(?:^|[.!?] )(?:bed|room|chambre|cell) \\d{1,3}[,:]? (?:mr|mrs|ms|mme|m)\\.? [a-z]+`,
    `(?:la )?famille [a-zàâçéèêëîïôûù'-]+ (?:du|de la|de|à|sur|au) `,
    `chez les [a-zàâçéèêëîïôûù'-]+\\b`,
    `(?:reassigned|assigned|got|took over|picked up|inherited) the [a-z]+ (?:kids'?|family'?s?|boys'?|girls'?)? ?file`,
    `the [a-z]+ (?:matter|file|family)\\b[^.!?\\n]{0,40}?(?:girl|boy|kid|child|son|daughter|mom|dad) (?:is|was) \\d{1,2}`,
    `le fils (?:à|de) [a-zàâçéèêëîïôûù'-]+ [a-zàâçéèêëîïôûù'-]+`,
    `(?:a|the) (?:girl|boy|guy|kid|woman|man|lady|client|patient|youth|teen) (?:i|we) had (?:on|in|at) (?:the|my|our)`,
    `the (?:elder|little one|old man|old lady|young man|young woman) (?:i|we) (?:flew in|flew out|picked up|brought in|admitted|transported)`,
    `the [a-z]+ kids (?:from|in|on) [a-z]+`,
    `the [a-z]+ kids'? (?:guardianship|file|case|custody)`,
    `(?:bed|room) \\d{1,3} (?:at|in|on) [a-z]+`,
    `belongs to (?:my|our) [a-z' ]{2,30}`,
    `\\(the [a-z]+s (?:on|in|from|near) `,
    `guess which [a-z ]{2,30}? (?:from|in) [a-z]+`,
    `\\(the one (?:on|from|with|in) `,
    `(?:that|the) (?:addict|drunk|junkie|frequent flyer) from [a-z]+`,
    `the [a-z]+ (?:mom|dad|family|client|kid|couple) (?:i've|i have|we've|we have) been (?:working|dealing) with`,
    `(?:that|it) was your (?:brother|sister|mom|mother|dad|father|son|daughter|husband|wife|cousin|friend|neighbou?r|uncle|aunt|grandma|grandpa|ex) (?:we|i) `,
    `(?:in|from) (?:unit |apt |suite |room |#)?\\d{1,4}[a-z]\\b`,
    `(?:the )?(?:[a-z'-]+ ){0,3}(?:guy|man|woman|lady|girl|boy|kid|couple|family|teacher|principal|farmer|mayor|coach|vet|doctor|pastor|priest|widow|widower|bachelor|senior|fellow|grandma|grandpa) (?:from|in|on|off|out by|near) (?:[a-z]+ ){0,2}[a-z]+\\b[^.!?\\n]{0,50}?\\b(?:came (?:in|through|to|back)|showed up|is (?:on our|in our|now on)|was (?:admitted|brought in|back)|failed (?:his|her|their)|is (?:now )?applying|has (?:an? )?(?:complaint|file|record|charge)|got (?:suspended|charged|arrested|evicted|caught))`,
  ])}`,
  'g',
);

/** Details about the writer's own circle, or relayed from the news, are not someone the job serves. */
/** A bed, room or cell with its number, or "my pt in 22B". */
const BED =
  /\b(?:(?:bed|room|rm|chambre|cell|pod) ?#?\d{1,3}[a-z]?(?: (?:on|at|in) (?:\d+ ?(?:north|south|east|west|[a-z]\b)|[a-z]+))?|(?:my|our|the) (?:pt|patient|client|resident|inmate) in (?:bed |room |rm )?\d{1,3}[a-z]?)\b/g;
/** "Patient (me) in bed 4", "I'm the one in room 12", a hotel room: not someone served. */
const SELF_AS_PATIENT =
  /\((?:me|myself|moi)\)|\b(?:ma propre histoire|mon propre diagnostic|my own (?:story|diagnosis)|j'ai (?:[ée]t[ée] )?diagnostiqu[ée]e?|(?:i was|i got|i've been) diagnosed)\b|\b(?:i'm|i am|i was) (?:the one |still )?in (?:bed|room|rm)\b|\b(?:hotel|motel|inn|conference|booking|airbnb|dorm|residence hall|escape room|breakout room)\b/;
/** The writer's own child or family member is the patient: "our son got his FASD diagnosis today". */
const FAMILY_AS_PATIENT =
  /\b(?:mon|ma|notre) (?:fils|fille|neveu|ni[eè]ce|p[eè]re|m[eè]re|mari|femme|conjointe?|fr[eè]re|s[oœ]ur|grand-p[eè]re|grand-m[eè]re|petit-fils|petite-fille|chum|blonde|cousine?|oncle|tante|b[ée]b[ée])(?: [a-z]+)? (?:a re[cç]u|a eu|vient d'avoir|a|est) (?:son|sa|ses|un|une|le|la) (?:\w+ ){0,2}?(?:diagnostic|chirurgie|op[ée]ration|rendez-vous|r[ée]sultats?|traitement|dialyse|insuline)|\b(?:my|our) (?:nephew|niece|cousin|uncle|aunt|grandson|granddaughter|stepson|stepdaughter)(?:'s)? (?:\w+ ){0,3}?(?:diagnos\w*|surgery|appointment|results?|treatment|therapy|dialysis|insulin)|\b(?:my|our) (?:dad|mom|mum|father|mother|husband|wife|partner|son|daughter|grandma|grandpa|brother|sister)(?: [a-z]+)? (?:has|had|was diagnosed with|got diagnosed with|is living with|lives with) (?:\w+ ){0,2}?(?:dementia|alzheimer\w*|parkinson\w*|cancer|diabetes|copd|ms|als|a stroke|autism|adhd|epilepsy|ptsd|depression|anxiety|schizophreni\w*|bipolar|fasd)\b|\b(?:my |our )?(?:dad|mom|mum|grandma|grandpa|granny|nana|husband|wife|son|daughter|brother|sister|uncle|aunt)(?:'s| is) (?:now )?(?:in|at|on) (?:bed|room|ward|unit|the (?:icu|ward|unit))\b|\b(?:the|a|one|another) (?:kid|child|boy|girl|toddler|baby) (?:in|from|at) [^.!?\n]{0,25}?\bat (?:my|our) (?:son|daughter|kid|kids|child|children|grandson|granddaughter)'s (?:daycare|school|class|classroom|preschool|day ?home|camp)\b|\b(?:my|our) (?:(?:little|big|baby|younger|older|kid) (?:brother|sister)|brother|sister|son|daughter|kid|child|baby|toddler|boy|girl|mom|mum|dad|mother|father|husband|wife|partner|grandma|grandpa)(?:'s)? (?:just |finally |officially )?(?:got|has|had|was|is|received|started)\b[^.!?\n]{0,40}\b(?:diagnos|surgery|appointment|results?|test|treatment|therapy|assessment)|\b(?:my|our) (?:son|daughter|kid|child|baby|toddler|boy|girl|mom|mum|dad|mother|father|husband|wife|partner|grandma|grandpa)'s (?:\w+ )?(?:iep|diagnosis|surgery|appointment|assessment|treatment|therapy|results?|checkup|check-up|cast|meeting)\b|\b(?:my|our) (?:son|daughter|kid|child|baby|toddler|mom|mum|dad|mother|father|husband|wife|partner|grandma|grandpa|granny|nana)\b[^.!?\n]{0,40}\b(?:her|his|their) (?:dialysis|chemo\w*|diagnosis|surgery|treatments?|therapy|medications?|meds|insulin|specialist|appointments?)\b/;
/**
 * A sentence whose subject is the writer's own family ("My mom waited 9 hours in the ER", "Mon grand-père
 * de Saint-Jean-Baptiste… a fêté ses 95 ans"): what follows is theirs to share, not someone served.
 */
const KIN_SUBJECT =
  /^[^\p{L}]*(?:(?:my|our) (?:(?:little|big|baby|younger|older|late|dear|elderly) )?(?:dad|mom|mum|father|mother|husband|wife|partner|son|daughter|grandma|grandpa|granny|nana|grandfather|grandmother|brother|sister|uncle|aunt|nephew|niece|cousin|stepdad|stepmom|stepson|stepdaughter|twins|in-laws|(?:father|mother|brother|sister)-in-law)|(?:mon|ma|notre|mes|nos) (?:p[eè]re|m[eè]re|mari|femme|conjointe?|chum|blonde|fils|fille|fr[eè]re|s[oœ]eur|oncle|tante|cousine?|grand-p[eè]re|grand-m[eè]re|neveu|ni[eè]ce|parents|beau-p[eè]re|belle-m[eè]re))\b(?!'s? (?:client|patient|student|teacher|worker|caseworker|nurse|doctor))/u;
/** A public event: "meets at the Millennium Library, room 2B… everyone welcome". Its room and park are no one's case. */
const PUBLIC_EVENT =
  /\b(?:everyone(?: is)? welcome|all(?: are)? welcome|join us|meets? (?:at|in|every|on)|open to (?:the public|all|everyone)|potluck|rsvp|free admission|is having a (?:\w+ )?(?:picnic|bbq|barbecue|meeting|fundraiser|social)|tout le monde est bienvenu|bienvenue [àa] tous)\b/g;
/** The person said it may be shared: "Lisa said we could share", "posted with her permission". */
const CONSENT =
  /\b(?:(?:said|says|told (?:us|me)) (?:we|i) (?:could|can|may) (?:share|post|tell)|with (?:her|his|their|[a-z]+'s) (?:permission|blessing|ok|okay)|(?:gave|give) (?:us|me) (?:the )?(?:ok|okay|permission|green light) to (?:share|post)|(?:shared|posted) with permission|(?:m'a|nous a) (?:permis|donn[ée] la permission)|avec (?:sa|leur) permission)\b/g;
const NOT_SOMEONE_SERVED: Unless[] = [
  // a colleague or friend who said it may be shared; not a client, whose consent on a public post is doubtful
  { any: ['consent'], score: 0.3, but: ['client'] },
  { any: ['private'], score: 0.3 },
  { any: ['personal'], score: 0.3, but: ['client', 'work'] },
  // relayed news (a verdict "all over the news") is not the writer's disclosure unless their own work is in it
  { any: ['reported'], score: 0.3, but: ['work', 'self', 'agency'] },
];

export const personalInfo: Detector = {
  category: 'personal-info',
  fields: ['post', 'profile'],
  scan({ lower, cased }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [
      // "lost golden retriever near Birds Hill, his name is Moose": a pet's name points at no one served
      ...signalsOf('client', CLIENT, lower).filter(
        (g) =>
          !(
            /name is$/.test(lower.slice(g.start, g.end)) &&
            PET.test(lower.slice(Math.max(0, g.start - 80), g.start))
          ),
      ),
      ...signalsOf('sensitive', SENSITIVE, lower),
      ...signalsOf('demographic', DEMOGRAPHIC, lower),
      ...signalsOf('consent', CONSENT, lower),
      ...signalsOf('event', PUBLIC_EVENT, lower),
    ];
    const hasSinKey = SIN_KEY.test(lower);
    const hasPhinKey = PHIN_KEY.test(lower);
    for (const m of lower.matchAll(NINE)) {
      const raw = m[0];
      const start = m.index;
      const formatted = m[2] !== '';
      const digits = raw.replace(/[\s-]/g, '');
      const luhn = luhnValid(digits);
      // "confirmation 471 209 338", "order #…": a booking's number that happens to pass the check
      const labelled =
        /\b(?:order|ticket|confirmation|conf|tracking|booking|invoice|ref|reference|receipt|appointment|claim)\s*(?:#|no\.?|number)?\s*:?\s*$/.test(
          lower.slice(Math.max(0, start - 24), start),
        );
      if (!hasSinKey && labelled) continue;
      if ((hasSinKey && luhn) || (formatted && isPlausibleSin(raw))) {
        hits.push({
          category: 'personal-info',
          rule: 'personal-info.sin',
          start,
          end: start + raw.length,
          score: hasSinKey ? 0.95 : 0.5,
          context: [
            { all: ['client'], score: 0.8 },
            { all: ['sensitive'], score: 0.6 },
          ],
        });
      } else if (hasPhinKey || hasSinKey) {
        hits.push({
          category: 'personal-info',
          rule: hasPhinKey ? 'personal-info.phin' : 'personal-info.id-number',
          start,
          end: start + raw.length,
          score: hasPhinKey ? 0.9 : 0.65,
          clause: hasPhinKey ? 'related.phia' : undefined,
        });
      }
    }
    if (hasPhinKey)
      for (const m of lower.matchAll(NINE_LOOSE)) {
        const end = m.index + m[0].length;
        if (hits.some((h) => h.start < end && m.index < h.end)) continue;
        hits.push({
          category: 'personal-info',
          rule: 'personal-info.phin',
          start: m.index,
          end,
          score: 0.85,
          clause: 'related.phia',
        });
      }
    if (hasPhinKey)
      for (const s of spans(SIX, lower, true))
        hits.push({
          category: 'personal-info',
          rule: 'personal-info.health-registration',
          start: s.start,
          end: s.end,
          score: 0.75,
          clause: 'related.phia',
        });
    if (DOB_KEY.test(lower))
      for (const s of spans(DATE, lower))
        hits.push({
          category: 'personal-info',
          rule: 'personal-info.date-of-birth',
          start: s.start,
          end: s.end,
          score: 0.45,
          context: [
            { all: ['client'], score: 0.85 },
            { all: ['work'], score: 0.7 },
            { all: ['duty'], score: 0.65 },
            { all: ['sensitive'], score: 0.65 },
            { all: ['govtopic'], score: 0.6 },
            { all: ['demographic'], score: 0.6 },
            { all: ['target'], score: 0.6 },
          ],
          unless: [
            { any: ['personal'], score: 0.3, but: ['client', 'work'] },
            { any: ['reported'], score: 0.3, but: ['client'] },
          ],
        });
    // a file numbered by year without its label ("2023-01455 (custody)") counts only in context
    const bare = spans(YEAR_FILE_NO, lower).filter(
      (b) => !spans(CASE_NO, lower).some((c) => c.end >= b.end && c.start <= b.start),
    );
    for (const s of [...spans(CASE_NO, lower), ...bare.map((b) => ({ ...b, bare: true }))]) {
      // "my own claim", "Case #2024-00123 of me forgetting my lunch", "2024-00456, that's my small
      // claims case": the writer's own, or a joke
      const own =
        /\bmy (?:own )?(?:\w+ ){0,2}(?:claim|file|case|account)\b/.test(
          lower.slice(Math.max(0, s.start - 30), s.end),
        ) ||
        /^\s*(?:(?:on|for|re:?|about) my (?:own )?(?:\w+ ){0,3}(?:claim|file|case|account|order|policy)|of (?:me|my|us|our)|in (?:the|my) (?:ongoing )?saga)\b/.test(
          lower.slice(s.end, s.end + 30),
        ) ||
        /^\s*[-—–,:]?\s*(?:that's|that is|it's|it is|is|was) my\b/.test(lower.slice(s.end, s.end + 20)) ||
        // "case number 2024-118 at the animal shelter is a three-legged cat": a pet up for adoption
        (/\b(?:shelter|humane society|rescue)\b/.test(lower) && PET.test(lower.slice(s.end, s.end + 80)));
      hits.push({
        category: 'personal-info',
        rule: 'personal-info.case-number',
        start: s.start,
        end: s.end,
        // a file numbered by year ("file 2024-00417") is a case file; other numbers need context
        score: own
          ? 0.3
          : 'bare' in s
            ? 0
            : /\b(?:19|20)\d\d-\d{4,}/.test(s.text) ||
                // a court registry's or an agency's own file code: "CR-24-01-33718", "2023-FS-04417", "MB-CFS-2291-0447"
                /\b(?:cr|ci|fd|fl|fs|cv|yo|ya|cfs|eia|pgt|mhsu|fam)\b/.test(s.text)
              ? 0.6
              : /\b(?:your|his|her|their|(?:mom|dad|son|daughter)'s) $/.test(
                    lower.slice(Math.max(0, s.start - 12), s.start),
                  )
                ? 0.6
                : 0.5,
        context: own
          ? []
          : [
              { all: ['client'], score: 0.8 },
              { all: ['sensitive'], score: 0.75 },
              { all: ['work'], score: 0.7 },
            ],
      });
    }
    // phone numbers (libphonenumber-js, Canadian rules): only someone's number next to a client context
    if (/\d{3}\D{0,3}\d{3}\D{0,2}\d{4}/.test(lower))
      for (const n of findNumbers(lower, { defaultCountry: 'CA', v2: true }))
        hits.push({
          category: 'personal-info',
          rule: 'personal-info.phone',
          start: n.startsAt,
          end: n.endsAt,
          score: 0,
          context: [
            { all: ['client', 'sensitive'], score: 0.8 },
            { all: ['client'], score: 0.65 },
          ],
          // a private practice's or a shop's own number; the writer's own, to call about their family
          unless: [
            { any: ['private'], score: 0.3 },
            { any: ['kin'], score: 0.3 },
          ],
        });
    // "order #4471 from the place on Ellice": an order or ticket number, not a street number
    const addresses = [...spans(ADDRESS, lower), ...spans(BARE_ADDRESS, cased, true)].filter(
      (a) =>
        !/(?:#|\b(?:order|ticket|confirmation|tracking|booking|invoice|ref|reference|no\.?|number)\s*#?\s*)$/.test(
          lower.slice(Math.max(0, a.start - 14), a.start),
        ),
    );
    for (const s of addresses)
      hits.push({
        category: 'personal-info',
        rule: 'personal-info.address',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['client'], score: 0.75 },
          { all: ['sensitive', 'work'], score: 0.65 },
          { all: ['sensitive', 'addressee'], score: 0.6 },
          { all: ['sensitive', 'duty'], score: 0.6 },
          { all: ['sensitive'], score: 0.5 },
        ],
      });
    // someone served, pointed at by a detail that lets the reader tell who (the person themself is unnamed)
    const detail = (s: { start: number; end: number }, score: number, context: Hit['context']) =>
      hits.push({
        category: 'personal-info',
        rule: 'personal-info.case-detail',
        start: s.start,
        end: s.end,
        score,
        context,
        // "my son's IEP meeting … proud of this kid and his teachers": the writer's own family
        unless: [
          ...NOT_SOMEONE_SERVED,
          { any: ['kin'], score: 0.3 },
          // a public event's room or park, with no one's health in it
          { any: ['event'], score: 0.3, but: ['sensitive'] },
        ],
      });
    for (const s of spans(DISTINGUISHED, lower))
      detail(s, 0, [
        { all: ['client'], score: 0.65 },
        { all: ['sensitive', 'work'], score: 0.6 },
        { all: ['duty'], score: 0.6 },
        { all: ['govtopic', 'service'], score: 0.55 },
      ]);
    for (const s of spans(KNOW_WHO, lower))
      detail(s, 0, [
        { all: ['client'], score: 0.7 },
        { all: ['sensitive', 'work'], score: 0.65 },
        { all: ['sensitive'], score: 0.55 },
      ]);
    // (the pointing itself often reads as a client signal, so a client alone does not confirm it)
    for (const s of spans(POINTED_AT, lower))
      detail(s, 0.35, [
        { all: ['client', 'sensitive'], score: 0.7 },
        { all: ['sensitive', 'work'], score: 0.65 },
        { all: ['sensitive', 'target'], score: 0.6 },
        { all: ['client', 'target'], score: 0.6 },
        { all: ['sensitive', 'addressee'], score: 0.6 },
        { all: ['work'], score: 0.6 },
        { all: ['duty'], score: 0.6 },
      ]);
    // "@brittanyrose204: I processed your EIA application, congrats on the baby": the person served, by handle
    for (const s of spans(/(?:^|\b(?:reply(?:ing)? to|re:?) )@[a-z0-9_.]{3,}/g, lower))
      detail(s, 0, [{ all: ['client', 'sensitive'], score: 0.7 }]);
    // "Bed 14 on 4 North is a 92yo…", "my pt in 22B", "Rm 12 at Concordia": a patient or inmate by bed or room
    for (const s of spans(BED, lower))
      detail(s, 0, [
        { all: ['demographic'], score: 0.65 },
        { all: ['sensitive'], score: 0.6 },
        { all: ['client'], score: 0.6 },
      ]);
    for (const s of spans(NAMED_PERSON, cased, true))
      hits.push({
        category: 'personal-info',
        rule: 'personal-info.name',
        start: s.start,
        end: s.end,
        score: 0,
        context: [
          { all: ['client'], score: 0.75 },
          { all: ['sensitive', 'demographic'], score: 0.7 },
          { all: ['sensitive', 'work'], score: 0.65 },
          { all: ['sensitive', 'duty'], score: 0.65 },
          { all: ['sensitive'], score: 0.45 },
        ],
        // "our daughter's IEP meeting… her resource teacher, Ms. Lau, is a gem": the writer's family's care
        unless: { any: ['kin'], score: 0.3 },
      });
    for (const s of [...spans(DEMOGRAPHIC, lower), ...spans(ROLE_AT_PLACE, cased)])
      detail(s, 0, [
        { all: ['client', 'sensitive'], score: 0.75 },
        { all: ['sensitive', 'work'], score: 0.6 },
        { all: ['sensitive'], score: 0.55 },
      ]);
    const kin = FAMILY_AS_PATIENT.exec(lower) ?? KIN_SUBJECT.exec(lower);
    if (kin) signals.push({ kind: 'kin', start: kin.index, end: kin.index + kin[0].length });
    // the writer is the patient: their own bed and ward are theirs to share
    if (SELF_AS_PATIENT.test(lower) || kin)
      return { hits: hits.filter((h) => h.rule !== 'personal-info.case-detail'), signals };
    return { hits, signals };
  },
};
