/**
 * media — gr.media: "All requests for statements or interviews from media must be forwarded to
 * Communications and Engagement Division." Flags the writer answering or courting the media about a
 * public-sector matter ("the Free Press asked for my comment on the audit", "@cbcnews I can do an
 * interview"). A reporter interviewing a child's class, or watching the news, stays quiet.
 */
import { alt, type Detector, type Hit, type Signal, signalsOf, spans } from '../hits.ts';
import { GOV_TOPIC, WORK_CONTEXT } from '../lexicon.ts';

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
  'producers? (?:at|from)',
  'cbc(?: manitoba| news| radio)?',
  'ctv(?: winnipeg| news)?',
  'global(?: news| winnipeg)',
  '(?:the )?(?:winnipeg )?free press',
  'wfp',
  '(?:the )?winnipeg sun',
  '(?:the )?brandon sun',
  'aptn',
  'cjob',
  'citynews',
  'city news',
  'radio-canada',
  'ici manitoba',
  '(?:the )?canadian press',
  'globe and mail',
  'national post',
  'the narwhal',
  'the tyee',
  'winnipeg news',
  'podcast(?:er)?s?',
  '@[a-z0-9_]*(?:news|cbc|ctv|press|sun|media|radio|cjob|globalnews|aptn|reporter|journalist|wfp)[a-z0-9_]*',
]);
const MEDIA = new RegExp(`(?:^|[^a-z0-9_@])(${OUTLET})\\b`, 'g');
const ME = /\b(?:i|i'll|i'm|i've|i'd|me|my|we|we'll|us|our|happy to|glad to|can|will|dms?|inbox)\b/;
const ENGAGE = new RegExp(
  `\\b${alt([
    '(?:give|send|offer|provide)s? (?:you |them |her |him )?(?:a |my |some )?(?:quotes?|comments?|statements?|something|the details|details|the real story|the scoop|documents?|info)',
    'do (?:an?|the) (?:\\w+ )?(?:interview|segment|story|piece|call)',
    '(?:an? )?(?:interview|quote|comment|statement)s? (?:about|on|for|with|tomorrow|tonight|today)',
    'fill (?:her|him|them|you) in',
    '(?:talk|speak|chat) (?:to|with) (?:her|him|them|you|the|a|reporters?|journalists?)',
    'meet (?:her|him|them|you) for',
    'on the record',
    'off the record',
    'dms? (?:are|is) open',
    'my dms',
    'inbox is open',
    'message me',
    'reach(?:ed)? out',
    'called me',
    'emailed me',
    'contacted me',
    'messaged me',
    'asked (?:me|for my|for a|for comment|if i|whether i|to interview)',
    'wants? (?:a|my|to (?:talk|interview|speak|quote))',
    'for (?:comment|an interview|a quote|a statement)',
    'the real story',
    '(?:inside |the )scoop',
    'tip (?:you|them) off',
    'story (?:tip|idea)',
    'leak (?:it|this|them)',
    'call my cell',
    'my (?:cell|number)',
  ])}`,
  'g',
);
const NOT_ME =
  /\b(?:interviewed (?:the|my|our) (?:class|kids?|school|team|daughter|son)|on the news|in the news|saw (?:it|this|that) on|watching|watched|read (?:it|this|that) in)\b/;

export const media: Detector = {
  category: 'media',
  fields: ['post'],
  scan({ lower }) {
    const hits: Hit[] = [];
    const signals: Signal[] = [
      ...signalsOf('work', WORK_CONTEXT, lower),
      ...signalsOf('govtopic', GOV_TOPIC, lower),
    ];
    const outlets = spans(MEDIA, lower, true);
    for (const o of outlets) signals.push({ kind: 'media', start: o.start, end: o.end });
    if (!outlets.length) return { hits, signals };
    const engages = spans(ENGAGE, lower);
    if (!engages.length || !ME.test(lower)) return { hits, signals };
    const notMe = NOT_ME.test(lower);
    for (const o of outlets) {
      const near = engages.some((e) => Math.abs(e.start - o.start) < 120);
      if (!near) continue;
      const courting = engages.some((e) => /real story|scoop|dms?|inbox|leak|tip/.test(e.text));
      hits.push({
        category: 'media',
        rule: courting ? 'media.courting' : 'media.request',
        start: o.start,
        end: o.end,
        score: notMe ? 0.2 : courting ? 0.7 : 0.5,
        context: notMe
          ? []
          : [
              { all: ['govtopic'], score: 0.8 },
              { all: ['work'], score: 0.8 },
            ],
      });
    }
    return { hits, signals };
  },
};
