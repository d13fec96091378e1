/**
 * media — gr.media: "All requests for statements or interviews from media must be forwarded to
 * Communications and Engagement Division." Flags the writer answering, accepting or courting the
 * media: a news outlet or journalist, the writer in the picture (I, me, my DMs), and talk between them
 * (an interview, a quote, "called my desk line", "DMs open", "sent a reporter the spreadsheet").
 * About a public-sector matter it is a warning; "a reporter interviewed my kid's class", "saw it on
 * the news" or "journalists, my DMs are open for bannock recipes" stay quiet.
 */
import { alt, type Detector, type Hit, type Signal, spans } from '../hits.ts';

const OUTLET = alt([
  'reporters?',
  'journalists?',
  'the press',
  'press',
  'the media',
  'media',
  'newspapers?',
  'news ?rooms?',
  'editors? (?:at|from)',
  'producers?',
  'columnists?',
  'cbc(?: manitoba| news| radio)?',
  'ctv(?: winnipeg| news)?',
  'global(?: news| winnipeg)',
  'global news guy',
  '(?:the )?(?:winnipeg )?free press',
  'wfp',
  '(?:the )?winnipeg sun',
  '(?:the )?brandon sun',
  '(?:the )?carillon',
  'aptn',
  'cjob',
  'citynews',
  'city news',
  'radio-canada',
  'ici manitoba',
  'information radio',
  '(?:the )?canadian press',
  'globe and mail',
  'national post',
  'the narwhal',
  'the tyee',
  'winnipeg news',
  'podcasts?',
  'podcasters?',
  'journos?',
  'news (?:crew|outlet|station|team|desk)',
  'camera crew',
  '(?:tv|radio) station',
  'the paper',
  'local news',
  'bloggers?',
  'cky',
  '(?:the )?toronto star',
  'cbcnews',
  'la libert[ée]',
  'journalistes?',
  "maclean's",
  'the current',
  'documentary (?:crew|team|maker|filmmaker)s?',
  '(?:morning|talk|radio|tv) show',
  'morning live',
  'substack (?:writer|author)',
  '(?:[a-z]+ )?(?:citizen|times|herald|tribune|chronicle|gazette|journal|leader|banner|express|sun|star|post|standard|record|review|observer|examiner|courier|telegram|sentinel|voice) (?:reporter|journalist|photographer|crew)',
  'francopresse',
  'global (?:wants|crew|tv|reporter|news)',
  "(?:6|six|11|eleven|noon|evening|late|supper ?hour) (?:o'clock )?news",
  'news (?:at|tonight)',
  'the [a-z]+ (?:citizen|times|herald|tribune|chronicle|gazette)',
  '@[a-z0-9_]*(?:news|cbc|ctv|press|sun|media|radio|cjob|global|aptn|reporter|journalist|wfp|carillon|tv)[a-z0-9_]*',
]);
const MEDIA = new RegExp(`(?:^|[^a-z0-9_@])(${OUTLET})\\b`, 'g');
const ME =
  /^(?:had|got|did|sent|offered|talked|spoke|told|gave|agreed|met|going to|happy to|glad to|will|can|told|on air|doing|calling|d-?m-?ing|dming|sending|talking|going on|taping|filming|meeting|let|letting)\b|\b(?:i|i'll|i'm|i've|i'd|id|ill|im|me|my|we|we'll|us|our|happy to|glad to|dms?|inbox|je|j'|m'a|moi)\b/;
const TALK = new RegExp(
  `\\b${alt([
    'interviews?',
    'entrevues?',
    'quotes?',
    'quoted',
    'comments?',
    'statements?',
    'on (?:the )?record',
    'off (?:the )?record',
    'on camera',
    'on air',
    'on the radio',
    'radio hit',
    'segment',
    'call(?:ed|ing)? (?:me|my|back|them|him|her)',
    'keeps? calling',
    'called my',
    "(?:emailed|texted|messaged|phoned|contacted|dm'd|dmed|pinged) me",
    '(?:desk|work|personal|cell) (?:line|number|phone)',
    'my (?:cell|number)',
    'dms?',
    "dm'd",
    'inbox',
    'message me',
    'reach(?:ed)? out',
    'asked (?:me|for|about|if)',
    'asking (?:about|for|me)',
    'wants? (?:me|a|my|to)',
    'invite',
    'talk(?:ed|ing)? (?:to|with|about)',
    'chat(?:ted)? (?:to|with|about)',
    'speak(?:ing)? (?:to|with|about)',
    'spoke (?:to|with)',
    'meet (?:him|her|them|you)',
    'fill (?:her|him|them|you) in',
    'sent (?:her|him|them|a|the)',
    'send (?:her|him|them|you)',
    'give (?:you|them|her|him)',
    'point (?:you|them)',
    'tip(?:ped)? (?:you|them|off)',
    'story (?:tip|idea)',
    'look into',
    'anonymous source',
    'a source',
    'the real story',
    'wants? to know',
    'want someone',
    'your (?:guy|girl|person)',
    'run it',
    "what's really going on",
    '(?:inside )?scoop',
    'thread for',
    'leak',
    'go on',
    'do (?:an?|the) ',
    "m'a demand[ée]",
    'accepter',
    'parler',
    'tip',
    'set (?:it|this) up',
    'touring',
    'candid',
    'telling them (?:everything|all)',
    'left (?:a|me a) voicemail',
    'voicemail',
    'on tomorrow',
    'sit-down',
    "m'a contact[ée]e?",
    'wants? (?:me on|to follow|an inside)',
    'inside source',
    'follow (?:our|my) crew',
    'taping',
    'segment',
    '(?:go|be) on (?:the|their)',
    'calling back',
    '(?:agreed|offered|decided) to (?:talk|speak|an interview|comment)',
    'spoke to the (?:press|media)',
    'talked to the (?:press|media)',
    '(?:sent|gave|forwarded|slipped) (?:them|the reporter|her|him|the journalist) (?:the |some )?(?:photos|pics|documents|docs|emails|files|numbers|report)',
    'tip line',
    'leaked (?:it )?to',
    '(?:for|on) (?:the|their|her|his) story',
    'interview request',
    'b-?roll',
    'film(?:ing)? (?:inside|in|at|our|the)',
    'let (?:them|him|her|the (?:\\w+ )?crew) (?:in|film|inside)',
    'my notes',
    'answer (?:it|them|the (?:questions?|request))',
    'doing it (?:at|tomorrow|today|tonight)',
    'accept[ée] de parler',
    'in uniform',
  ])}`,
  'g',
);
const COURTING =
  /real story|really going on|scoop|dms?|inbox|leak|tip|source|look into|thread for|point|know why|want to know/;
const NOT_ME =
  /\b(?:job interview|interview for (?:a|an|the) (?:\w+ ){0,3}(?:job|position|role)|(?:minister|premier|mayor|spokesperson|ceo|president),? quoted in the|for anyone who missed it|press conference|interviewed (?:the|my|our) (?:class|kids?|school|team|daughter|son|mom|dad)|on the news|in the news|saw (?:it|this|that) on|watching|watched|read (?:it|this|that|an article) in|listening to|listened to|according to)\b/;

export const media: Detector = {
  category: 'media',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [];
    const outlets = spans(MEDIA, lower, true);
    for (const o of outlets) signals.push({ kind: 'media', start: o.start, end: o.end });
    const me = ME.exec(lower);
    if (me) signals.push({ kind: 'self', start: me.index, end: me.index + me[0].length });
    for (const t of spans(TALK, lower)) {
      signals.push({ kind: 'talk', start: t.start, end: t.end });
      if (COURTING.test(t.text)) signals.push({ kind: 'courting', start: t.start, end: t.end });
    }
    if (NOT_ME.test(lower)) return { hits, signals };
    for (const o of outlets.slice(0, 1))
      hits.push({
        category: 'media',
        rule: 'media.request',
        start: o.start,
        end: o.end,
        score: 0,
        context: [
          { all: ['self', 'courting', 'govtopic'], score: 0.85 },
          { all: ['self', 'talk', 'govtopic'], score: 0.8 },
          { all: ['self', 'talk', 'work'], score: 0.8 },
          { all: ['self', 'courting', 'work'], score: 0.8 },
          { all: ['self', 'courting'], score: 0.55 },
          { all: ['self', 'talk'], score: 0.45 },
        ],
        unless: { any: ['personal'], score: 0.3, but: ['work', 'govtopic'] },
      });
    return { hits, signals };
  },
};
