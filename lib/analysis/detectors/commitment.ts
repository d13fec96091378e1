/**
 * commitment — gr.on-behalf: "Employees must not disclose information, make commitments or engage in
 * activities on behalf of the Manitoba government online, unless authorized".
 *
 * A commitment combines three things in one sentence: a definite future outcome ("will be fixed",
 * "we're replacing it", "you'll all get"), a public service it is about (a road, a cheque, a daycare
 * spot, a fee), and either an assurance ("promise", "you have my word", "it's in the bag") or the
 * writer / the government as the one delivering. "We will win the game tonight" has no service, "I'll
 * make sure the dog gets fed" has no service, "the city will never fix this" is negated, and "the
 * province announced it will..." relays public news.
 */
import { alt, type Detector, type Hit, type Signal, signalsOf, spans } from '../hits.ts';
import { GOV_TOPIC } from '../lexicon.ts';

/** Things a government delivers. */
const SERVICE = new RegExp(
  `\\b${alt([
    'roads?',
    'streets?',
    'side road',
    'highways?',
    'hwy ?\\d+',
    'pth ?\\d+',
    'pr ?\\d+',
    'bridges?',
    'culverts?',
    'ditch(?:es)?',
    'washouts?',
    'potholes?',
    'grader',
    'plows?',
    'snow ?plows?',
    'sanders?',
    'harbou?r',
    'airport(?: road)?',
    'bus (?:route|service)',
    'school bus',
    'schools?',
    'gym',
    'roof',
    'er',
    'emergency room',
    'hospitals?',
    'clinics?',
    'beds?',
    'surgery',
    'surgeries',
    'ivf',
    'treatments?',
    'home care(?: hours)?',
    'daycare(?: spot| spaces?)?',
    'child care',
    'cheques?',
    'checks?',
    'payments?',
    'rebates?',
    'refunds?',
    'benefits?',
    'top-?up',
    'rent assist',
    'eia',
    'income assistance',
    'disability',
    'pension',
    'student loans?',
    'loan interest',
    'grants?',
    'funding',
    'money',
    'fees?',
    'fines?',
    'tickets?',
    'late fee',
    'park pass',
    'permits?',
    'licen[cs]es?',
    'applications?',
    'paperwork',
    'claims?',
    'files?',
    'cases?',
    'deadlines?',
    'programs?',
    'reservations?',
    'campgrounds?',
    'parking lot',
    'boil water advisory',
    'water (?:plant|treatment|line|main)',
    'sewer',
    'arena',
    'rink',
    'community (?:centre|center|hall)',
    'library',
    'transit',
    'ambulance',
    'conservation officer',
    'officers?',
    'nurses?',
    'doctors?',
    'staff(?:ed|ing)',
    '(?:the )?costs?',
    'hearing aids?',
    'insulin',
    'pumps?',
    'basements?',
    'tax(?:es)?',
    'pst',
    'hydro rates?',
    'rates?',
    'wait ?list',
    'spot',
    'spaces?',
    'bear',
    'dredg\\w+',
    'flood (?:protection|relief|compensation)',
    'disaster (?:assistance|program|relief)',
    'compensation',
    'reimbursements?',
    'subsid(?:y|ies)',
    'the difference',
    'back ?pay',
    'lost pay',
    'frais',
    'garderie',
    'route',
    'ferry',
    'nurse',
    'station',
    'doors',
    'plane',
    'medevac',
    'lights',
    'firebreak',
    'pump',
    'rebate',
    'tax rebate',
    'grace period',
    'winter road',
    'deliveries',
    'expansion',
    'spaces',
    'nomination',
    'birth certificate',
    'certificates?',
    'archives?',
    'collection',
    'patio',
    'hours',
    'sentence',
    'crews?',
    'unit',
    'waits?',
    'date limite',
    'permis',
    'pont',
    'autobus',
    'washrooms?',
    'walk-ins?',
    'placements?',
    'adjusters?',
    'crop insurance',
    'appeals?',
    'advisory',
    'lab',
    'bills?',
    'reassessment',
    'floodway',
    'gates',
    'draw',
    'removal',
    'lot',
    'chemins?',
    'mri',
    'bursary',
    'transport',
    'remboursements?',
    'crosswalk',
    'officer out',
    'showers?',
    'beach(?:es)?',
    'trails?',
    'trail pass',
    'season',
    'nominations?',
    'registration(?: fee)?',
    'records?',
    'suspensions?',
    'speed limit',
    'units?',
    'repairs?',
    'furnace',
    'rd \\d+\\w*',
    'demande',
    'route \\d+',
    'subvention',
    'assistance',
    'charged',
    'charges?',
    'renewal',
    'quota',
    'tags?',
    'draw',
    'exemption',
    'extension',
    'inspection',
    'intersections?',
    'boat launch(?:es)?',
    'docks?',
    'lanes?',
    'driveways?',
    'glasses',
    'lunettes',
    'co[uû]ts?',
    'campsites?',
    'per diems?',
    'evacuation',
    'evacuees',
    'overpayments?',
    'deductibles?',
    'premiums?',
    'penalt(?:y|ies)',
    'fuel costs?',
    'mileage',
    'expenses',
    'vet bills?',
    'cr[ée]dits?',
    'montant',
    'frais',
    'amendes?',
    'permis',
    'paiements?',
    'subventions?',
    'travaux',
    'la \\d{1,3}',
  ])}\\b`,
  'g',
);

/** A definite future or settled outcome. */
const OUTCOME = new RegExp(
  `\\b${alt([
    "(?:will|'ll|shall) (?:\\w+ )?(?:be )?\\w+",
    "(?:is|are|am|'s|'re|'m) (?:definitely |absolutely |personally |totally )?(?:going|gonna) to (?:\\w+ )?\\w+",
    "(?:is|are|'s|'re) (?:definitely |absolutely |officially )?(?:getting|being|opening|reopening|replacing|extending|forgiving|fixing|covering|funding|paying|refunding|waiving|restoring|building|rebuilding|hiring|staffing|lifting|dredging|matching|doubling|approving|sending|processing|cleaning|grading|plowing|paving)\\b",
    "(?:is|are|'s) (?:secured|approved|restored|locked in|guaranteed|happening|done|covered|funded|fixed|sorted|taken care of|confirmed|signed)",
    "won't be (?:cut|closed|cancell?ed|reduced|touched|affected|charged)",
    "won't (?:stop|end|be stopped)",
    '(?:no one|nobody) (?:gets|will get|will be|is getting) (?:left behind|left out|missed|forgotten|charged|cut off)',
    '(?:every|each) (?:\\w+ ){0,3}(?:gets?|will get|receives?|will receive) (?:the|a|their|full)',
    "(?:i'll|i will|we'll|we will) (?:have|get|send) (?:someone|somebody|a crew|a truck|an officer|a guy|the crew|a tech|an inspector)",
    '(?:couvrira|paiera|remboursera|r[ée]parera|financera|ouvrira)',
    '(?:has|have) been (?:approved|fast-?tracked|expedited|bumped|waived|covered|funded|secured|prioriti[sz]ed|moved up)',
    '(?:is|are|got) (?:approved|fast-?tracked|expedited|waived|bumped up|prioriti[sz]ed)',
    "i(?:'ve| have)? (?:approved|fast-?tracked|expedited|waived|bumped|prioriti[sz]ed|pushed through|signed off on)",
    'consider (?:it|your \\w+) (?:done|waived|approved|covered|fixed|handled|forgiven|cancell?ed|gone|paid|sorted)',
    '(?:the province|the government|manitoba|we) (?:covers|pays|funds|reimburses|refunds|waives) (?:the|your|all|it|them|for)',
    "(?:is|'s) (?:picking up|putting|chipping in|kicking in)",
    '(?:sera|seront) (?:finis|finies|termin[ée]e?s|pr[êe]te?s)',
    "je vais (?:l'|la |le |les )?(?:annuler|approuver|envoyer|traiter|rembourser|r[ée]gler|effacer)",
    '(?:vous allez|tu vas) (?:recevoir|avoir)',
    '(?:i|we) can (?:get|have) (?:you|your|it|that)',
    "you'll (?:all )?(?:get|see|have|receive)",
    "(?:we|i)'(?:ll|ve) (?:got|get|have|put|push|make|see|take)",
    'va (?:vous |te |leur |les )?(?:rembourser|financer|couvrir|réparer|reparer|ouvrir|rouvrir)',
    'vont (?:rembourser|financer|couvrir|réparer|reparer|ouvrir|rouvrir)',
    'gets? its (?:new )?',
    'is getting',
    '(?:gets?|goes|go) (?:approved|renewed|paid|funded|fixed|done|in|up|back|through)',
    "(?:will|'ll) (?:come through|be (?:back|running|gone|stationed|paid|refunded|covered|open|staffed|fixed|done|seeking))",
    '(?:patched|fixed|done|paved|graded|plowed|plowed out|open|reopened|replaced|repaired|approved|processed|paid|sorted|cleared|finished) (?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tomorrow|tonight|next week|end of (?:day|week|month)|spring|summer|fall|winter|christmas|[a-z]+ \\d+|may long)',
    '(?:gets?|getting|got) (?:replaced|repaired|graded|plowed|patched|extended|waived|dropped|reissued|lifted|reinstated|fast-?tracked)',
    "won't (?:get|be) (?:charged|fined|billed|ticketed|penali[sz]ed)",
    "(?:i'll|i will|i'm going to|gonna) (?:personally |just |definitely )?(?:get|fix|extend|process|tell|drop|waive|approve|send|reissue|sort|handle|push|lift|clear|bump|renew|reinstate|change|update|correct)",
    "(?:je vais|on va) (?:m'assurer|s'assurer|r[ée]gler|approuver|envoyer|traiter)",
    '(?:sera|seront) (?:approuv[ée]e?s?|d[ée]neig[ée]e?s?|r[ée]par[ée]e?s?|pay[ée]e?s?|rembours[ée]e?s?|trait[ée]e?s?)',
    "(?:is|are|'s|'re) (?:staying|not going anywhere|covered|hired|on (?:the schedule|its way))",
    'keep(?:s|ing)? (?:all|their|his|her|your)',
    "(?:i'm|i am|we're|we are) (?:voiding|waiving|approving|renewing|fixing|sending|moving|putting|writing|pushing|signing|booking|processing|bumping|reopening|replacing)",
    "(?:i'll|i will|we'll|we will) have (?:it|them|the|your|everyone|everybody|you all)",
    'le (?:rouvre|r[ée]pare|finance|rembourse)',
    'on va (?:reporter|rembourser|r[ée]parer|rouvrir|ouvrir|financer|prolonger)',
    'va (?:reporter|prolonger)',
    "(?:vous allez|tu vas|vous aurez|tu auras) (?:l'avoir|la recevoir|le recevoir|[eê]tre rembours[ée]s?|la|le|votre|ton|ta)",
    'va [eê]tre (?:r[ée]gl[ée]|pay[ée]|approuv[ée]|r[ée]par[ée]|rembours[ée])',
    "(?:'re|are) all (?:getting|receiving|being)",
    "(?:is|are|'s|'re) (?:coming|going through|on us|committed to)",
    "(?:i'll|i will|we'll|we will) (?:hold|save|keep|reserve) (?:it|your|his|her|the|a)",
    '(?:opens|closes|starts|reopens|runs|resumes) (?:on |in )?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)',
    '(?:gets?|getting) (?:issued|mailed|sent|signed|processed|paid)',
    '(?:on|nous) (?:va|allons) (?:vous |te |les |leur )?(?:rembourser|financer|couvrir|r[ée]parer|rouvrir|ouvrir|payer|envoyer)',
    'vont (?:recevoir|avoir|[eê]tre)',
    '(?:sera|seront) (?:nivel[ée]e?s?|ouverte?s?|prolong[ée]e?s?|couverte?s?)',
    "(?:we're|we are) back to",
    "(?:we'll|we will) have (?:an? |the )?(?:\\w+ )?(?:officer|crew|truck|grader|plow|inspector|nurse|unit) (?:out|there|on site)",
  ])}`,
  'g',
);

const ASSURANCE = new RegExp(
  `\\b${alt([
    'promise[ds]?',
    'guarantee[ds]?',
    'guaranteeing',
    'you can count on (?:it|us|me|that)',
    'count on it',
    'bet on it',
    'take (?:that|it) to the bank',
    "(?:i'll|i will|we'll|we will) (?:fast-?track|expedite|approve|waive|bump|prioriti[sz]e|push through)",
    "(?:i'll|i will) put (?:you|your \\w+) (?:at the top|first|ahead)",
    'top of the (?:list|pile)',
    "you're (?:all )?set",
    "it's taken care of",
    'leave it to (?:me|us)',
    'rest assured',
    "i've (?:already )?(?:seen to it|signed off|got it signed|approved it|put it through|told)",
    "i'll (?:see to it|push|put it|get it|make it happen|take care)",
    'i have seen to it',
    "(?:i'll|i will|i'm going to|gonna) (?:\\w+ )?make sure",
    'leave it with me',
    'you have my word',
    'my word',
    'no matter what',
    'no questions asked',
    "it's (?:in the bag|happening|a done deal|locked in|guaranteed)",
    'in the bag',
    'done deal',
    'consider it done',
    'locked in',
    'signed off',
    "i'm the one who",
    "i'm on the crew",
    'i just told',
    'tell (?:them|the \\w+) (?:at the (?:gate|counter|desk|front|office|window) )?(?:that )?i said',
    "(?:i'll|i will) sign (?:off )?(?:on )?(?:it|that|them|this)",
    'bring (?:the |your )?(?:receipts?|forms?|paperwork|bills?) (?:to|by) (?:me|my office|the office|my desk)',
    '@[a-z0-9_]+ (?:yes|yep|yup|oui)\\b',
    "(?:is|it's|it is) on our (?:list|schedule|books|radar)",
    'no question\\b',
    'pinky swear',
    'comme promis',
    'i know (?:the|someone on the|people on the|everyone on the) (?:panel|board|adjudicator|judge|inspector|committee)',
    'you have our commitment',
    "(?:i'll|i will|i'm|i am) mak(?:e|ing) sure (?:of (?:it|that)|it happens)",
    "it's on my (?:list|desk|radar)",
    "(?:i'm|i am) pushing it through",
    "(?:it's|it is|that's) (?:handled|sorted|been handled|taken care of)",
    "you're all set",
    "je m'en occupe",
    'je vous (?:le )?garantis',
    "(?:we'll|we will) (?:absolutely|definitely|for sure)",
    "i've been assured",
    "je m'occupe (?:de|du) (?:votre|vos|ton|ta|tes|ce|cette)",
    "i'll get (?:it|that|this|them|your \\w+) (?:waived|fixed|approved|dropped|reversed|cancell?ed|sorted|refunded|reissued|cleared)",
    'je vous (?:le )?promets',
    "(?:je vais|on va) m'assurer",
    "we've (?:got you covered|committed|promised)",
    'committed to (?:it|this)',
    'nous nous engageons',
    'je vous (?:le )?promets',
    "c'est promis",
    "your (?!(?:[\\w']+ ){0,2}(?:order|return|package|parcel|purchase|booking|account|card|membership|subscription|warranty|mortgage|offer)\\b)(?:[\\w'-]+ ){1,3}(?:is|are|has been|have been|'s) (?:approved|covered|funded|waived|confirmed|secured|fast-?tracked|guaranteed|renewed|reinstated)",
    "i'll see (?:this|it|that) through",
    "(?:it|that|yours?)(?:'ll| will) go through",
    "it's on the (?:schedule|books|calendar|list)",
    '(?:^|[.!?:] )(?:yes|yep|yup|oui)[,!]? (?:the|your|we|it|they|starting)',
    'full stop',
    'just for you',
    '(?:just )?send (?:me|us) (?:the |your |all (?:the |your )?)?(?:\\w+ )?(?:receipts?|forms?|info|details|invoices?|bills?|paperwork)',
    "i'll make (?:it|this|that) (?:go away|disappear|happen)",
    "i'll (?:handle|look after) (?:it|this|that)",
    "your (?:[\\w'-]+ ){0,2}[\\w-]+'s (?:approved|covered|funded|waived|confirmed|sorted|renewed|reinstated)",
    'votre (?:[\\w-]+ ){0,2}(?:est|a [ée]t[ée]) (?:approuv[ée]e?|accept[ée]e?|accord[ée]e?)',
    '(?:ill|il) get (?:it|that|ur|your) ',
    "i'll walk it (?:over|through)",
    'is committed to',
    "c'est (?:r[ée]gl[ée]|promis)",
    'promis',
    'no delays',
    "you'll all (?:get|receive|be getting)",
    'everyone (?:will get|gets|is getting) (?:a |their |the )?(?:full |partial )?(?:refund|cheque|payment|rebate|top-?up)',
  ])}\\b`,
  'g',
);

/** Softer assurance: a delivery date or a reassurance. */
const TIMING = new RegExp(
  `\\b${alt([
    "don't worry",
    'dont worry',
    'no worries',
    'trust me',
    'for sure',
    'absolutely',
    'definitely',
    '100 ?%',
    'good news',
    'tell your neighbours',
    'first thing tomorrow',
    'by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|next week|the (?:long )?weekend|end of (?:day|week|month)|christmas|harvest|freeze-up|spring|summer|fall|june|july|september)',
    'before (?:harvest|freeze-up|christmas|winter|the snow)',
    'this (?:fall|spring|summer|winter|year)',
    'next (?:week|month|summer|year)',
    'within \\d+ (?:days|weeks|business days)',
    'this (?:fall|autumn|spring|summer|winter|weekend)',
    'cet (?:automne|[ée]t[ée]|hiver)',
    'end of story',
    'starting (?:the )?\\d+(?:st|nd|rd|th)',
    'starting (?:in )?(?:january|february|march|april|may|june|july|august|september|october|november|december|next)',
    'ne vous inqui[ée]tez pas',
    "don't (?:panic|stress)",
    'dont (?:panic|stress)',
    'in \\d+ (?:days|weeks|business days)',
    'within \\d+ hours',
    'instead of the usual',
  ])}\\b`,
  'g',
);

/** Someone in the public addressed directly. */
const ADDRESS =
  /(?:^|[.!?]\s+)(?:hey |hi |hello |to )?(?:@[a-z0-9_]+|[a-z][a-z'-]+(?: [a-z][a-z'-]+){0,5}):|(?:^|[.!?]\s+)(?:hey |hi |hello )?@[a-z0-9_]+|^(?:hi|hey|hello) [a-z]+|^[a-z]+, |\b(?:anyone who|everyone who|whoever|for (?:everyone|all)|everyone (?:affected|in|on|who)|(?:nobody|no one) (?:affected|who)|(?:lots|many|enough|a few|some|all|most|those|a bunch) of you|every (?:\w+ ){0,2}(?:holder|owner|family|farmer|student|resident|senior|parent)s?|to (?:the|all) [a-z ]{3,40}?:|aux familles|pour tou(?:te)?s les|à tous|pour tout le monde|your|you'll|y'all|you all|for all of you)\b/g;
/** The writer is the one doing it. */
const AGENCY =
  /\b(?:(?:we'll|we will|i'll|i will|ill) (?:backdate|waive|refund|reimburse|reissue|cover|process|renew|reinstate|extend|cancel|forgive|fast-?track|approve|move|bump|slot|squeeze) (?:\w+ ){0,2}(?:your|ur|his|her|their|the)\b|(?:i|we) can (?:get|have|move|push|bump|fast-?track) (?:you|your|ur)\b|(?:we're|we are|i'm|i am) (?:grading|plowing|paving|fixing|patching|replacing|repairing|reopening|extending|refunding|waiving) (?:that|the|your|this|it)\b|i (?:fixed|signed|did|scheduled|arranged|approved|booked|moved|put|wrote|sent|told|called|checked)|i(?:'m| am) (?:writing|signing|doing|moving|putting|the one|on the (?:\w+ )?(?:side|crew|team))|i(?:'ve| have) (?:already|got it|signed)|myself|(?:goes|go) through me|(?:we'll|we will|i'll|i will) (?:\w+ ){1,3}(?:your|ur) (?:\w+ )?(?:road|stay|filter|file|claim|application|cheque|payment|fee|permit|licen[cs]e|spot|driveway|culvert|ditch|well|grant|refund)|i bumped (?:you|him|her|them) up|(?:i'll|i'm going to|i am going to|gonna) (?:just )?(?:get|fix|extend|process|drop|waive|approve|reissue|sort|lift|clear|bump|renew|reinstate|update|correct|backdate|cancel) (?:\w+ ){0,3}(?:your|ur|his|her|their|it)|i've seen (?:the|your|his|her) file|i (?:process|handle|approve|review|sign|issue) (?:these|those|them|the \w+)|(?:just )?confirmed (?:it|this) (?:at work|today|with)|signed, the|the guy who|the one who|je travaille sur|j'ai (?:sign[ée]|approuv[ée]))\b|\b1 4lr34dy/g;

const INSTITUTION_SUBJECT =
  /\b(?:the province|the (?:provincial )?government|manitoba|the department|the ministry|our (?:department|ministry|branch|division)|le gouvernement|la province|notre minist[eè]re)\b/;
/** The government as subject of a delivering verb: the verb itself is the service. */
const INSTITUTION_ACTION =
  /\b(?:the province|the (?:provincial )?government|manitoba|the department|the ministry|our (?:department|ministry|branch)) (?:(?:is|'s) (?:putting|picking up|covering|paying for|funding|chipping in|kicking in)|(?:will|is going to|'s going to|is gonna|shall) (?:\w+ )?(?:match|cover|fund|pay|refund|reimburse|build|rebuild|reopen|hire|double|triple|waive|forgive|provide|deliver|restore|extend|expand|upgrade|replace|repair|fix|pave|plow|subsidi[sz]e|compensate|lower|freeze|top up|make up)\w*)/g;

/** The writer, their unit, or the government as the one who delivers. */
const PROVIDER =
  /\b(?:we|we're|we'll|we've|i|i'll|i'm|i've|us|our (?:department|ministry|branch|office|unit|division|crews?|team)|my (?:department|ministry|branch|office|unit|team|crew)|the province|the (?:provincial )?government|manitoba|the department|the ministry|from us|le gouvernement|la province|notre minist[eè]re)\b/;

/** Negation, hedging or a question: not a commitment. */
const HEDGED =
  /\b(?:never|no longer|hardly|maybe|probably|might|may(?! long| \d| 2[0-9])|hopefully|if|unless|whether|wish|hope|hoping|doubt|bet they|i bet|predict|guess|when pigs|pretty sure|eventually|they always do|supposed to|should|would|could|lol|lmao|haha|yeah right|sure jan)\b|\?/;

/** "your road's plowing priority": "'s" + an -ing word that names a kind of thing is a possessive. */
const POSSESSIVE_NOUN =
  /^'s \w+ing (?:priority|schedule|season|plan|routes?|crews?|map|dates?|times?|list|program|budget|status|rules?|policy|hours|permit|fees?|levels?)\b/;
/** ...but after "it", "that" or "he", "'s" is "is" whatever follows. */
const POSSESSIVE_IS = /\b(?:it|that|he|she|there|what|who|this|everything|everyone|nothing)\s*$/;
const NOT_DELIVERY =
  /(?:will|'ll|shall) (?:be )?(?:stop|stopping|quit|post|posting|say|saying|tell|telling|talk|talking|complain|complaining|vote|voting|miss|missing|cry|laugh|think|remember|pray|try|trying|see|wait|waiting|believe|share|sharing)\b/;

/** Public-sector words that name who decides or what is said, not something delivered to someone. */
const NOT_A_SERVICE =
  /^(?:government|gov'?t|gov|province|provincial|minister|deputy|premier|cabinet|announcement|positions|numbers|report|memo|briefing|stats|statistics|forecast|estimates?|projections?|revenue|consultant|investigation|strike|negotiations?|bargaining|assessments?|audits?|polic(?:y|ies)|hiring|postes?|minist[eè]re|gouvernement|offices?)$/;

export const commitment: Detector = {
  category: 'commitment',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [
      ...signalsOf('assurance', ASSURANCE, lower),
      ...signalsOf('timing', TIMING, lower),
      ...signalsOf('addressee', ADDRESS, lower),
      ...signalsOf('agency', AGENCY, lower),
    ];
    // a service, a government action, or any public-sector subject the sentence is about
    const services = [
      ...spans(SERVICE, lower),
      ...spans(INSTITUTION_ACTION, lower),
      ...spans(GOV_TOPIC, lower).filter((t) => !NOT_A_SERVICE.test(t.text)),
    ];
    for (const sv of services) signals.push({ kind: 'service', start: sv.start, end: sv.end });
    if (!services.length) return { hits, signals };
    const outcomes = spans(OUTCOME, lower).filter(
      (o) =>
        // "your road's plowing priority": a possessive, not "is"
        !(
          POSSESSIVE_NOUN.test(lower.slice(o.start, o.start + 60)) &&
          !POSSESSIVE_IS.test(lower.slice(Math.max(0, o.start - 12), o.start))
        ) &&
        // "I'll stop posting", "I'll be saying so": talk, not a delivery
        !NOT_DELIVERY.test(o.text) &&
        (!/won't|wont|will not|'ll not|isn't|aren't/.test(o.text) ||
          /won't be (?:cut|closed|cancell?ed|reduced|touched|affected|charged)|won't (?:get|be) (?:charged|fined|billed|ticketed|penali[sz]ed)|won't (?:stop|end|be stopped)/.test(
            o.text,
          )),
    );
    if (!outcomes.length) return { hits, signals };
    const o = outcomes.find((x) => services.some((sv) => Math.abs(sv.start - x.start) < 90));
    if (!o) return { hits, signals };
    // hedged promises ("if the province will...", "the city will never...", questions) are not promises;
    // a condition about the reader ("if your basement flooded, the province will...") is still one
    const clauseStart = Math.max(0, lower.lastIndexOf(',', o.start) + 1, lower.lastIndexOf(':', o.start) + 1);
    const clause = lower.slice(clauseStart, o.end + 40).split(/[.!\n]/)[0] ?? '';
    if (HEDGED.test(clause) && !/\b(?:promise|guarantee|my word)\b/.test(lower)) return { hits, signals };
    if (/\?\s*$/.test(lower.slice(o.start).split(/[.!\n]/)[0] ?? '')) return { hits, signals };
    const institution = INSTITUTION_SUBJECT.test(lower);
    const writer = PROVIDER.test(lower);
    hits.push({
      category: 'commitment',
      rule: institution ? 'commitment.government' : writer ? 'commitment.writer' : 'commitment.outcome',
      start: o.start,
      end: o.end,
      // independent pieces of evidence add up: who delivers, to whom, how sure, and who is doing it
      score: institution ? 0.45 : writer ? 0.3 : 0.2,
      boosts: [
        { kind: 'assurance', add: 0.3 },
        { kind: 'agency', add: 0.2 },
        { kind: 'addressee', add: 0.15 },
        { kind: 'govtopic', add: 0.1 },
        { kind: 'work', add: 0.1 },
        { kind: 'timing', add: 0.05 },
      ],
      unless: { any: ['reported'], score: 0.2 },
    });
    return { hits, signals };
  },
};
