/**
 * account-identity — def.personal: a personal account "must not use an account name, handle, id,
 * profile picture, or user name that identifies them by their position, job title, or as a Manitoba
 * government employee", "should not be associated with a government email address", "must not use a
 * Manitoba government logo". Also gr.cross-promote: a personal account listed in a government email
 * signature. Government email domains come from the policy pack.
 */
import { alt, type Detector, type Hit, phrases, spans } from '../hits.ts';
import { DEPARTMENTS, INSTITUTION } from '../lexicon.ts';

const TITLE = alt([
  'agente? de (?:probation|conservation|correction|libération conditionnelle|programme)',
  'gardien(?:ne)? de parc',
  'inspect(?:eur|rice)(?: des aliments)?',
  'analyste(?: de politiques)?',
  'gestionnaire de programme',
  'conseill[eè]re?',
  'infirmi[eè]re?',
  'travailleu(?:r|se) social(?:e)?',
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
  'attorneys?',
  'engineers?',
  'developers?',
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
  'mechanics?',
  'librarians?',
  'reporters?',
  'crown',
  'sheriffs?',
  'agente?',
  'dispatchers?',
  'operators?',
  'guards?',
  'attendants?',
  'clerks?',
]);
const INST_ANY = alt([
  INSTITUTION,
  'gouvernement du manitoba',
  'gouv\\.? du manitoba',
  'fonction publique du manitoba',
  'manitoba courts',
  "court of king's bench",
  'provincial court',
  'parc provincial',
  '(?:justice|sant[ée]|agriculture|familles|[ée]ducation|finances|infrastructure|conservation) manitoba',
  'archives of manitoba',
  'manitoba archives',
  `manitoba ${alt(DEPARTMENTS)}`,
  'mb (?:gov|govt|government|ag)',
  `mb ${alt(DEPARTMENTS)}`,
  `provincial ${alt(DEPARTMENTS)}`,
  "minist[eè]re (?:de l'|de la |des |du |de )[a-z]+",
  'sant[ée] (?:publique )?manitoba',
  "(?:the )?premier's office|office of the premier",
  `(?:the )?minister (?:of|responsible for) (?:${alt(DEPARTMENTS)})`,
  "minister's office",
  '(?:[a-z]+ ){1,3}provincial park',
  "manitoba gov(?:'?t|ernment)?",
  'employment standards(?: branch)?',
  "court of (?:king's|queen's|kings|queens) bench",
  'provincial court',
  'land titles',
  'emergency measures',
  'milner ridge(?: correctional)?(?: cent(?:re|er))?',
  'headingley (?:correctional(?: cent(?:re|er))?|jail|cc)',
  "(?:brandon|dauphin|the pas|agassiz|winnipeg|portage|women's) (?:correctional|youth|remand) cent(?:re|er)",
  'gouvernement du manitoba',
  'gov(?:ernmen)?t\\.? of (?:manitoba|mb)',
  'prov(?:ince|\\.)? of (?:manitoba|mb)',
  'mb ?gov',
  '[a-z]+ correctional cent(?:re|er)',
  'manitoba [a-z]+ (?:service|division|branch|commission|council|secretariat|agency)',
  "gov't of (?:manitoba|mb)",
  'province du manitoba',
  `(?:manitoba|mb|provincial) (?:[a-z&'-]+ ){0,4}(?:services?|agency|secretariat|division|library|commission|board|branch|office|department|ministry|council|assembly|authority|lab|laboratory|transformation|development|relations|affairs|climate|resources)`,
  `(?:treasury board|legislative (?:library|assembly)|court services|prosecution service|vital statistics)(?: of manitoba|,? manitoba)?`,
]);
const TITLE_AT_INST = new RegExp(
  `\\b${TITLE}\\b[^\\n|•·]{0,40}?(?:@|at|with|w/|for|,|-|\\||for the|in|to)\\s*(?:the )?${INST_ANY}\\b`,
  'g',
);
const INST_TITLE = new RegExp(`\\b${INST_ANY}\\b[^\\n|•·]{0,10}?(?:${TITLE})\\b`, 'g');
/** Job titles that exist only in government. */
const GOV_ROLE_TITLE = new RegExp(
  `${phrases([
    'crown (?:attorney|atty|prosecutor|counsel)',
    'courthouse clerk|clerk (?:at|@) the (?:law )?courts?',
    'office of the auditor general(?: of)?(?: manitoba)?',
    '(?:flood|river) forecaster',
    'driver examiner',
    'provincial (?:[a-z]+ ){0,2}(?:inspector|officer|analyst|employee|nurse|interpreter|ranger|technician|clerk|worker|engineer|forecaster|examiner|biologist|auditor|geologist|hydrologist|patrol)',
    'correctional officer',
    'corrections officer',
    'conservation officer',
    'natural resource officer',
    "sheriff(?:'s officer)?",
    'deputy minister',
    'assistant deputy minister',
    '(?<!federal )(?<!city )(?<!municipal )public servant',
    '(?<!federal )(?<!city )(?<!municipal )civil servant',
    'eia (?:worker|caseworker|intake worker|counsellor)',
    'cfs (?:worker|caseworker)',
    'fonctionnaire',
    'clerk of (?:the )?court',
    '(?:parcs|sant[ée]|justice|familles|[ée]ducation|agriculture|finances|transports?|infrastructure|conservation)(?: et [a-z]+)? manitoba',
    '(?:gouvernement|province) du manitoba',
    '(?:manitoba )?workplace safety (?:&|and) health',
    'agente? de conservation',
  ])}\\b`,
  'g',
);
const SELF_ID = new RegExp(
  `${phrases([
    '(?:manitoba |provincial )?government employee',
    'employee of (?:the )?(?:government|province)',
    'works? (?:for|at) (?:the )?(?:province|government|provincial government)(?: of manitoba)?',
    'proud(?:ly)? (?:serving|working for) (?:the )?(?:province|government|manitobans)',
    'employ[ée]e? (?:du gouvernement|de la province)',
  ])}\\b`,
  'g',
);
/** A bare institution name in a profile ("Tyler Ducharme (Manitoba Education)"). */
const INST_IN_PROFILE = new RegExp(`\\b${INST_ANY}\\b`, 'g');

/** gov.mb.ca typed with a slip in an e-mail field: "gov,mb.ca", "gov.mb.caa", "gov.mbca", "govmb.ca". */
// (the normaliser reads an "@" in a broken address as the leetspeak "a", hence "a" before "gov," too)
const GOV_EMAIL_SLIP = /[a-z0-9._%+'-]+ ?(?:@|a) ?gov ?[.,] ?mb ?[.,]? ?ca+(?![a-z0-9-]|\.[a-z0-9])/g;
const HANDLE_GOV = /^(?:mb|manitoba|gov|govt|govmb|mbgov|prov|provmb|provincial|gom|mti|mit)$/;
const HANDLE_UNIT =
  /^(?:hwy|hwys|plowguy|plowgal|sante|infirmiere|infirmier|justice|health|families|agri|ag|agriculture|transport|transportation|mti|edu|education|finance|conservation|enviro|environment|gov|govt|employee|official|minister|dept|psc|eia|cfs|corrections|parks|housing|labour|ced|comms|policy|sheriff|labtech|lab|vitalstats|stats|crown|court|courts|registry|wildfire|highways|nurse|inspector|officer|clerk|analyst|prosecutor|infrastructure|emo|payroll|hr|it|fleet|lands|water|fire|co|roadcrew|crew|archivist|ranger|highway|highwaycrew|highwayscrew|parkscrew|parkcrew|firecrew|wildfirecrew|driverexaminer|examiner|park|patrol|parkpatrol|atty)$/;

const LOGO =
  /\b(?:(?:bison )?crest (?:off|from) (?:our|the|my) (?:[a-z]+ )?letterhead|logo du gouvernement(?: du manitoba)?|armoiries du manitoba|(?:official )?(?:manitoba )?(?:government|gov't|govt|provincial|province of manitoba|manitoba|province's) (?:of manitoba )?(?:logo|crest|coat of arms|bison logo)|bison logo)\b/g;
const MY_PROFILE =
  /\b(?:(?:my )?(?:bio|display name) (?:says|reads|is now|now says)|changing my display name|my (?:\w+ ){0,2}(?:profile|banner|avatar|pfp|pic|photo|picture|profile pic(?:ture)?|header|cover photo|bio|handle|username|user name|display name|channel(?: art)?)|new (?:avatar|pfp|profile pic(?:ture)?|banner)|(?:linkedin|facebook|twitter|insta(?:gram)?|bluesky|threads) (?:banner|header|cover photo|profile pic(?:ture)?|pfp)|photo de profil|(?:dans |sur )?mon profil\b|ma banni[eè]re)\b/;
const GOV_EMAIL_FOR_PERSONAL =
  /\b(?:my )?(?:gov\.mb\.ca|work|government|gov't|govt|office) e-?mail (?:address )?[^.!?\n]{0,25}?(?:as |for |the login for |to (?:sign up|register|log in) (?:for|to|on) |on )(?:my )?(?:personal )?(?:tiktok|instagram|insta|facebook|twitter|x|snapchat|reddit|dating|bluesky|threads|youtube|linkedin|account)/g;
const HANDLE_SET =
  /\bmy (?:\w+ )?(?:handle|username|user name|display name|name) (?:to|is|as)(?: (?:officially|now))? @?([a-z0-9_.]+)|\bso people know where i work\b/g;
/** "changed my display name to 'Karen from MB Health Links'", "signing up with my gov.mb.ca address". */
const NAME_OR_SIGNUP_GOV =
  /\bmy (?:\w+ )?(?:handle|username|user name|display name|profile name) (?:to|is|as) ['"][^'"]{0,40}?\b(?:mb|manitoba|gov|govt|provincial|province)\b[^'"]{0,40}['"]|\b(?:sign(?:ing|ed)? up|register(?:ing|ed)?|log(?:ging)? in|made an account)[^.!?\n]{0,40}?(?:with|using) my (?:gov\.mb\.ca|work|government|gov't|govt|office) (?:e-?mail )?(?:address|account|e-?mail)/g;
/** "new handle just dropped: @MBHealthKate". */
const HANDLE_NEW =
  /\bnew (?:\w+ )?(?:handle|username|user name|display name|account|page)\b[^@\n]{0,80}@([a-z0-9_.]+)/g;
/** A pasted e-mail signature ("Title | Branch, Government of Manitoba | phone") that lists a personal account. */
const FOLLOW_ME =
  /\b(?:(?:instagram|tiktok|facebook|twitter|x|youtube|threads)\.(?:com|net)\/@?\w+|follow me (?:on|at) (?:instagram|insta|tiktok|twitter|x|facebook|youtube|threads|bluesky)|(?:instagram|insta|tiktok|twitter|ig|x|youtube|twitch|bluesky|mastodon|threads)\s*[:@]\s*@?\w+|(?:e-?mail|email) sig(?:nature)?\b)/;
const SIGNATURE_OTHER =
  /\b(?:(?:tiktok|instagram|insta|twitter|x|facebook|youtube) (?:name|handle|account|compte)[^.!?\n]{0,30}(?:under my title|in my (?:outlook |email )?(?:footer|signature))|(?:mon )?compte (?:instagram|tiktok|facebook|twitter|x) dans ma signature)/g;
const SIGNATURE_NEAR =
  /\b(?:twitter|x|instagram|insta|tiktok|facebook|linkedin|bluesky|threads|personal|social media|socials?) (?:handle|account|profile|\(?@[\w.]+\)?|links?)[^.!?\n]{0,40}(?:outlook|work|government|gov't|govt|office|email) (?:e-?mail )?signature/g;
const SIGNATURE_FR =
  /\b(?:compte (?:instagram|tiktok|facebook|x|twitter)[^.!?\n]{0,20}dans ma signature|signature (?:courriel|de courriel)[^.!?\n]{0,30}(?:minist[eè]re|gouvernement|travail))/g;
const SIGNATURE_THEN_ACCOUNT =
  /\b(?:work|government|gov't|govt|office|outlook|official|gov\.mb\.ca) (?:e-?mail )?(?:signature|sig)\b[^.!?\n]{0,120}(?:x @\w+|tiktok|instagram|insta|twitter|facebook|youtube|linkedin|bluesky|threads|snapchat)\b/g;
/** "put your TikTok in your Outlook signature at work": advising others to do it, as a tip. */
const CROSS_PROMOTE_TIP =
  /\b(?:put|add) your (?:tiktok|insta(?:gram)?|twitter|x|facebook|linkedin|youtube|socials?)(?: handle| account)? (?:in|to|on) your (?:outlook |work |gov |government )?(?:e-?mail )?signature/g;
const CROSS_PROMOTE =
  /\b(?:added|put|listed|list|include[ds]?|including|putting|adding) my (?:personal )?(?:twitter|x|instagram|insta|tiktok|facebook|linkedin|bluesky|threads|mastodon|youtube)?\s?(?:handle|account|profile|page|\(?@[\w.]+\)?)?(?: @[\w.-]+)?(?: [^.!?\n]{0,40}?)? (?:in|to|on) (?:my|the|our) (?:work|government|gov't|govt|office|outlook|official|department|@?gov\.mb\.ca)? ?(?:e-?mail )?signature/g;

/** Handle tokens name the government and a unit: "mb_justice_sarah", "MBGov…", "ravi_mbfinance". */
function isGovHandle(tokens: string[]): boolean {
  const parts = tokens.flatMap((t) => {
    const m = /^(mbgov|govmb|provmb|provincial|prov|mb|gov|manitoba)([a-z]{2,})$/.exec(t);
    // …and at the end: "santemb" (Santé Manitoba), "hwymb"
    const e = /^([a-z]{3,})(mb|mbgov|govmb)$/.exec(t);
    return m && !HANDLE_GOV.test(t) ? [m[1]!, m[2]!] : e && !HANDLE_GOV.test(t) ? [e[1]!, e[2]!] : [t];
  });
  const gov = parts.some((x) => HANDLE_GOV.test(x));
  const unit =
    parts.some((x) => HANDLE_UNIT.test(x) && !HANDLE_GOV.test(x)) ||
    parts.includes('mbgov') ||
    parts.includes('govmb') ||
    (parts.includes('gov') && parts.some((y) => y === 'mb' || y === 'manitoba'));
  // a provincial jail named with a corrections role: "CO_Headingley_UnitB", "cpl_corrections_headingley"
  const facility = parts.some((x) => /^(?:headingley|stonymountain|milnerridge|hcc|brandoncc)$/.test(x));
  const guard = parts.some((x) => /^(?:co|cpl|corrections|corrections?officer|officer|guard|sgt)$/.test(x));
  return (gov && unit) || (facility && guard);
}

function handleTokens(cased: string): { tokens: string[]; start: number; end: number } | undefined {
  const t = cased.trim();
  if (!t || /\s/.test(t) || t.length > 60) return undefined;
  const start = cased.indexOf(t);
  const tokens = t
    .replace(/^@/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]{2,})([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.\-0-9]+/)
    .filter(Boolean)
    .map((x) => x.toLowerCase());
  return { tokens, start, end: start + t.length };
}

const JOKE_TITLE =
  /\b(?:self-appointed|self appointed|armchair|wannabe|of silly walks|of (?:fun|vibes|snacks|memes|naps)|chief (?:snack|vibes|fun|meme|nap) officer)\b/;

export function accountIdentity(emailDomains: readonly string[]): Detector {
  const domains = alt(emailDomains.map((d) => d.replace(/\./g, '\\.')));
  // the domain ends the address: "raj@gov.mb.ca.mailer.net" is not a government address
  // "cbouchard @ gov.mb.ca", "jo [at] gov.mb.ca": spaced or spelled-out at signs still make the address
  const GOV_EMAIL = new RegExp(
    `[a-z0-9._%+'-]+ ?(?:@|\\(at\\)|\\[at\\]) ?(?:[a-z0-9-]+\\.)*${domains}(?![a-z0-9-]|\\.[a-z0-9])`,
    'g',
  );
  return {
    category: 'account-identity',
    fields: ['post', 'profile', 'email'],
    scan({ lower, cased, field }) {
      const hits: Hit[] = [];
      // "Ministry of Silly Walks, Deputy Minister (self-appointed)", "Armchair premier": a joke title
      if (field === 'profile' && JOKE_TITLE.test(lower)) return { hits, signals: [] };
      // "Retired after 31 years with the province": a former employee's profile is not a current job title
      if (field === 'profile' && /\bretired (?:after|from)\b/.test(lower) && !GOV_EMAIL.test(lower))
        return { hits, signals: [] };
      GOV_EMAIL.lastIndex = 0;
      const add = (rule: string, s: { start: number; end: number }, score: number, clause?: string) =>
        hits.push({
          category: 'account-identity',
          rule: `account-identity.${rule}`,
          start: s.start,
          end: s.end,
          score,
          clause,
        });
      for (const s of spans(GOV_EMAIL, lower)) add('government-email', s, field === 'post' ? 0.3 : 0.95);
      if (field === 'email') for (const s of spans(GOV_EMAIL_SLIP, lower)) add('government-email', s, 0.8);
      if (field === 'profile') {
        // "Department of Anthropology, U of Manitoba": a university, not the government
        const academic =
          /\b(?:university|universit[ée]|u of [a-z]|college|coll[eè]ge|faculty|school of|phd|professor)\b/.test(
            lower,
          );
        // "MB Gov Watch: citizen-run, no affiliation", "I write letters to the editor about the Province's
        // roads": the government is the account's subject, not its employer
        const watcher =
          /\b(?:no affiliation|not affiliated|unaffiliated|citizen-run|parody|fan account|letters? to the editor|watchdog)\b/.test(
            lower,
          );
        const employer = academic ? 0.4 : watcher ? 0.3 : 0.7;
        // "Former civil servant, now full-time grandma": a past role no longer identifies the account
        // "Proud wife of a corrections officer": a relative's job is not the account holder's
        const former = (s: { start: number }) =>
          /\b(?:former|retired|ex-?|formerly (?:an? )?|future|aspiring|soon-to-be|wannabe|ancien(?:ne)?|retrait[ée]e?)\s*$/.test(
            lower.slice(Math.max(0, s.start - 14), s.start),
          ) ||
          /\b(?:wife|husband|mom|mother|dad|father|daughter|son|partner|sister|brother|girlfriend|boyfriend|fianc[ée]e?|proud (?:\w+ )?of) of an?\s*$|\bproud (?:wife|husband|mom|mother|dad|daughter|son|partner|sister|brother) of an?\s*$/.test(
            lower.slice(Math.max(0, s.start - 30), s.start),
          );
        for (const re of [TITLE_AT_INST, INST_TITLE])
          for (const s of spans(re, lower)) add('job-title', s, former(s) ? 0.3 : academic ? 0.4 : 0.85);
        for (const s of spans(GOV_ROLE_TITLE, lower)) add('job-title', s, former(s) ? 0.3 : 0.8);
        for (const s of spans(SELF_ID, lower)) add('government-employee', s, 0.8);
        for (const s of spans(INST_IN_PROFILE, lower)) add('employer-name', s, employer);
        const h = handleTokens(cased);
        if (h && isGovHandle(h.tokens)) add('handle', h, 0.75);
        // a handle spells its words with _ . or capitals: "the_pas_crown_attorney", "ClerkOfCourt_Dauphin"
        if (h && h.tokens.length > 1 && GOV_ROLE_TITLE.test(` ${h.tokens.join(' ')} `))
          add('handle', h, 0.75);
        GOV_ROLE_TITLE.lastIndex = 0;
      }
      if (field === 'profile' || MY_PROFILE.test(lower))
        for (const s of spans(LOGO, lower)) add('logo', s, 0.8);
      // "I put « Interprète, Parcs Manitoba » in my Facebook profile": the title goes on the personal account
      if (field === 'post' && MY_PROFILE.test(lower))
        for (const s of spans(GOV_ROLE_TITLE, lower)) add('job-title', s, 0.7);
      for (const s of spans(GOV_EMAIL_FOR_PERSONAL, lower)) add('government-email', s, 0.8);
      for (const s of spans(NAME_OR_SIGNUP_GOV, lower)) add('handle', s, 0.75);
      for (const m of lower.matchAll(HANDLE_NEW)) {
        const g = m[1]!;
        const at = m.index + m[0].length - g.length;
        const h = handleTokens(cased.slice(at, m.index + m[0].length));
        // the span is the handle with its @, in the sentence (handleTokens counts from the slice)
        if (h && isGovHandle(h.tokens)) add('handle', { start: at - 1, end: at + h.end }, 0.75);
      }
      if (
        field === 'post' &&
        FOLLOW_ME.test(lower) &&
        // a signature: fields split by bars, or a phone line
        /\||\b(?:t|tel|ph|phone|p|c|cell|o|office)\s*[:.]\s*\(?\d{3}/.test(lower)
      )
        for (const re of [TITLE_AT_INST, INST_TITLE])
          for (const s of spans(re, lower)) add('cross-promote', s, 0.75, 'gr.cross-promote');
      for (const m of lower.matchAll(HANDLE_SET)) {
        const g = m[1] ?? m[2];
        const handle = g
          ? handleTokens(cased.slice(m.index + m[0].length - g.length, m.index + m[0].length))
          : undefined;
        if (!g || (handle && isGovHandle(handle.tokens)))
          add('handle', { start: m.index, end: m.index + m[0].length }, 0.75);
      }
      for (const s of [
        ...spans(CROSS_PROMOTE, lower),
        ...spans(CROSS_PROMOTE_TIP, lower),
        ...spans(SIGNATURE_NEAR, lower),
        ...spans(SIGNATURE_OTHER, lower),
        ...spans(SIGNATURE_THEN_ACCOUNT, lower),
        ...spans(SIGNATURE_FR, lower),
      ])
        add('cross-promote', s, 0.8, 'gr.cross-promote');
      return { hits, signals: [] };
    },
  };
}
