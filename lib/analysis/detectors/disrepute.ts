/**
 * disrepute — gr.disrepute: "Inappropriate conduct using social media, which may bring disrepute to
 * the employer or government employees, may be investigated". Insults aimed at people the writer
 * works with or serves ("the people we serve are trash", "my ADM is a lying snake"), slurs, wishing
 * harm, and bragging about misconduct at work. Profanity comes from the obscenity library; swearing
 * at traffic or at oneself, or sports trash talk, stays quiet.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { alt, type Detector, type Hit, spans } from '../hits.ts';

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
    'incompetent',
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
    'retard(?:s|ed)?',
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
    'should (?:be|get) fired',
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
  ])}\\b`,
  'g',
);

export const disrepute: Detector = {
  category: 'disrepute',
  fields: ['post', 'profile'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const insults = spans(INSULT, lower);
    for (const m of profanity().getAllMatches(lower, true))
      insults.push({
        start: m.startIndex,
        end: m.endIndex + 1,
        text: lower.slice(m.startIndex, m.endIndex + 1),
      });
    if (insults.length) {
      const work = spans(WORK_TARGET, lower);
      const people = spans(PEOPLE_TARGET, lower);
      for (const ins of insults) {
        const near = (t: { start: number; end: number }) => Math.abs(t.start - ins.start) < 70;
        const score = work.some(near) ? 0.8 : people.some(near) ? 0.5 : 0.25;
        hits.push({ category: 'disrepute', rule: 'disrepute.insult', start: ins.start, end: ins.end, score });
      }
    }
    for (const s of spans(MISCONDUCT, lower))
      hits.push({
        category: 'disrepute',
        rule: 'disrepute.misconduct',
        start: s.start,
        end: s.end,
        score: 0.75,
      });
    return { hits, signals: [] };
  },
};
