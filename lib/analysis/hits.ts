import type { CategoryId, Field, Severity } from './types.ts';

/**
 * A context signal found in one sentence (e.g. "work" = the writer's workplace is mentioned,
 * "client" = someone served through the job). Detectors combine signals from nearby sentences.
 */
export interface Signal {
  kind: SignalKind;
  start: number;
  end: number;
}

export type SignalKind =
  | 'work' // the writer's workplace, employer, colleagues, ministers
  | 'govtopic' // public-sector subject matter: budgets, programs, contracts, closures
  | 'secrecy' // "not announced yet", "keep this between us"
  | 'client' // someone served through the job: client, patient, inmate, intake, caseload
  | 'sensitive' // health, family, legal or financial detail about a person
  | 'demographic' // age, "16 year old girl from Norway House"
  | 'assurance' // "promise", "guaranteed", "count on it"
  | 'media' // a news outlet, reporter or journalist
  | 'reported' // the writer is relaying public news ("announced", "according to")
  | 'insider' // the writer saw or heard it at work ("saw the draft today", "word from our director")
  | 'plan' // an unannounced change ("is getting merged next month", "won't be renewed")
  | 'personal' // the writer's private life ("my sister's", "my 3 year old", "condo board")
  | 'person' // a person is pointed at (name, initials, age and sex)
  | 'opinion' // the writer gives an opinion ("I think", "is a mess")
  | 'self' // the writer in the first person ("I", "my DMs", "Sent a reporter...")
  | 'talk' // talk with the media: an interview, a quote, "DMs open"
  | 'courting' // offering the media a story: "the real story", "anonymous source"
  | 'addressee' // a member of the public addressed ("@cranberry_mom", "Seniors in Souris:", "your")
  | 'agency' // the writer is the one doing it ("I signed the form", "I'm writing it up myself")
  | 'duty' // something the job entrusts: a vehicle, overtime, an inspection, a client's file
  | 'target' // people the writer works with or serves: "my coworkers", "our caseload", "the front counter"
  | 'timing' // a delivery date ("by Friday", "this fall")
  | 'service' // something a government delivers: a road, a cheque, a permit, a fee
  | 'private' // a private employer, business or church: "our company", "now booking", "avis à notre clientèle"
  | 'asked' // the public's question being answered: "lots of folks asking why", "to answer the question upthread"
  | 'correcting' // the writer corrects what the public says: "correcting a post that's going around"
  | 'milestone' // a retirement, a farewell, a first day: a career event, not the office speaking
  | 'prediction' // a citizen's forecast about government: "mark my words", "calling it now"
  | 'kin' // the writer's own family is the one served: "my son's IEP meeting", "our daughter got her diagnosis"
  | 'consent' // the person said it may be shared: "Lisa said we could share", "with her permission"
  | 'distress' // someone served crying at the counter: "a client cried at my desk"
  | 'pursuit' // messages that went unanswered: "you didn't answer my DMs"
  | 'seized' // goods seized or confiscated on the job
  | 'leisure' // golf, the lake, a brewery: what a sick day or a per diem went to
  | 'event' // a public event: "everyone welcome", "join us", "meets at the library"
  | 'praise' // the writer praises someone: "good job", "the cleanest kitchen"
  | 'union' // the union's side of the table: "bargaining committee", "our Local", "steward"
  | 'handled' // a media request passed to Communications or declined: "forwarded it to comms", "no comment"
  | 'dept'; // the writer places themself in a government department: "I'm at the MTI district office", "we (Manitoba Health)"

/** A veto: any of these signals caps the score (the category is set aside), unless one of `but` is there too. */
export interface Unless {
  any: SignalKind[];
  score: number;
  but?: SignalKind[];
}

/** A candidate finding in one sentence; offsets relative to the sentence's normalised text. */
export interface Hit {
  category: CategoryId;
  rule: string;
  start: number;
  end: number;
  /** Confidence on its own (0 = never on its own). */
  score: number;
  /** Higher confidence when every signal kind of a group is present nearby; the best group wins. */
  context?: { all: SignalKind[]; score: number }[];
  /** Added to the score for each signal kind present nearby (independent pieces of evidence). */
  boosts?: { kind: SignalKind; add: number }[];
  /** Confidence drops to this when any of these signals is nearby (e.g. the writer relays public news). */
  unless?: Unless | Unless[];
  clause?: string;
  severity?: Severity;
}

export interface SentenceInput {
  /** Normalised, lower-cased sentence. */
  lower: string;
  /** Normalised sentence with its case. */
  cased: string;
  field: Field;
}

export interface SentenceScan {
  hits: Hit[];
  signals: Signal[];
}

/** One detector per category: a pure function of one sentence. */
export interface Detector {
  category: CategoryId;
  fields: readonly Field[];
  scan(input: SentenceInput): SentenceScan;
}

/** Accents dropped, as the normaliser drops them from `lower`: "tient à" has to match "tient a". */
export const fold = (source: string) => source.normalize('NFKD').replace(/\p{M}/gu, '');

/** Alternation of phrases for a RegExp source (phrases are regex sources themselves), accents folded. */
export const alt = (xs: readonly string[]) => `(?:${fold(xs.join('|'))})`;

/** Where a phrase may start with a quote mark, an @, a # or a dash rather than a letter. */
const PUNCT_START = /^(?:['"@#[–—-]|\(\?:['"])/;

/**
 * A phrase list as a RegExp source that starts at a word boundary. Phrases that open with a quote mark
 * ("'working' from home") also match after a space, where a plain \b would need a letter before them.
 */
export const phrases = (xs: readonly string[]) => {
  const punct = xs.filter((x) => PUNCT_START.test(x));
  return punct.length ? `(?:\\b${alt(xs)}|(?<!\\w)(?=['"@#–—-])${alt(punct)})` : `\\b${alt(xs)}`;
};

/**
 * V8 stops optimising a regex whose source passes 20 KiB (no quick checks, no Boyer-Moore): one list of
 * that size ran ten times slower than the same phrases in two regexes. Long lists are cut below this.
 */
const MAX_SOURCE = 15_000;

/** A long phrase list as several global regexes, each under V8's optimisation limit; `spans` takes the set. */
export function phraseSet(xs: readonly string[], suffix = ''): RegExp[] {
  const out: RegExp[] = [];
  let cur: string[] = [];
  let size = 0;
  for (const x of xs) {
    const n = fold(x).length + 1;
    if (cur.length && size + n > MAX_SOURCE) {
      out.push(new RegExp(phrases(cur) + suffix, 'g'));
      cur = [];
      size = 0;
    }
    cur.push(x);
    size += n;
  }
  if (cur.length) out.push(new RegExp(phrases(cur) + suffix, 'g'));
  return out;
}

type Span = { start: number; end: number; text: string };

/**
 * Collect matches of a global regex as spans (group 1 if present, else the whole match). For a set of
 * regexes (`phraseSet`), the matches of all of them, leftmost first, without overlaps (as one
 * alternation would give).
 */
export function spans(re: RegExp | readonly RegExp[], s: string, useGroup = false): Span[] {
  if (Array.isArray(re)) {
    const all = (re as readonly RegExp[])
      .flatMap((r) => spans(r, s, useGroup))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Span[] = [];
    for (const x of all) if (!out.length || x.start >= out[out.length - 1]!.end) out.push(x);
    return out;
  }
  const one = re as RegExp;
  const out: Span[] = [];
  one.lastIndex = 0;
  for (let m = one.exec(s); m; m = one.exec(s)) {
    if (m[0].length === 0) {
      one.lastIndex++;
      continue;
    }
    if (useGroup && m[1] !== undefined) {
      const off = m.index + m[0].indexOf(m[1]);
      out.push({ start: off, end: off + m[1].length, text: m[1] });
    } else out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function signalsOf(kind: SignalKind, re: RegExp | readonly RegExp[], s: string): Signal[] {
  return spans(re, s).map((x) => ({ kind, start: x.start, end: x.end }));
}
