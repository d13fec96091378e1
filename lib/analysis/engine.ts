/**
 * The analyzer: normalise, split into sentences, run one detector per category on each sentence
 * (cached by sentence, so an edit re-parses only the sentence it touches), combine each hit with the
 * context signals of nearby sentences, threshold by sensitivity, and map spans back to the original.
 */
import { categoryById, localize, manitobaPack, type PolicyPack, resolveClause } from '../policy/index.ts';
import { accountIdentity } from './detectors/account-identity.ts';
import { commitment } from './detectors/commitment.ts';
import { confidential } from './detectors/confidential.ts';
import { disclaimer } from './detectors/disclaimer.ts';
import { disrepute } from './detectors/disrepute.ts';
import { governmentVoice } from './detectors/government-voice.ts';
import { media } from './detectors/media.ts';
import { personalInfo } from './detectors/personal-info.ts';
import type { Detector, Hit, SentenceScan, Signal, SignalKind } from './hits.ts';
import {
  documentFeatures,
  type Features,
  type PackedScorerModel,
  probability,
  type ScorerModel,
  strongestWords,
  unpackModel,
} from './learned.ts';
import { sharedSignals } from './lexicon.ts';
import shippedModel from './model.json' with { type: 'json' };
import { createNameFinder } from './names.ts';
import { createNormalizer, type Normalized, normalize, toOriginal } from './normalize.ts';
import { type Span, sentences } from './segment.ts';
import type { AnalyzeContext, AnalyzeOptions, CategoryId, Field, Finding, Sensitivity } from './types.ts';

export const THRESHOLDS: Record<Sensitivity, number> = { strict: 0.45, balanced: 0.55, relaxed: 0.7 };
/** Text beyond this many characters is not analysed (a social post is far shorter). */
export const MAX_CHARS = 200_000;
/** Sentences on either side whose signals count as context. */
const WINDOW = 2;

class Lru<V> {
  private map = new Map<string, V>();
  constructor(private max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V) {
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

interface Sentence extends Span {
  scan: SentenceScan;
}

/** A line quoted from the post being answered (Reddit, Mastodon, e-mail style). */
const QUOTED_LINE = /^[ \t]*>(?!>)[^\n]*/gm;
/** Taking up a request in a reply: "I'll do it", "happy to talk", "DM me", "count me in". */
const ACCEPT =
  /\b(?:i'll do it|i can do it|i'd be happy to|happy to (?:help|talk|chat|do it|be a source)|count me in|dm me|dm'd you|sent you a dm|messaged you|i'm in\b|sure,? i'll|yes,? i'll|je vais le faire|ecris-moi|je suis partant(?:e)?)/g;

const WRONGDOING =
  /\b(?:corrupt\w*|fraud\w*|kickbacks?|bribe\w*|cover(?:ing)?[- ]?up|covered up|rigged|highest bidder|won't admit|illegal\w*|misus\w+ (?:of )?(?:funds|money)|wrongdoing|whistle\w*|embezzl\w+)\b/;

/**
 * Signal kinds that count as rule evidence for the learned scorer, per category: any one of them, where
 * "a+b" needs both (a promise needs something a government delivers: "I'll make sure the dog gets fed"
 * has the assurance and nothing delivered).
 */
/**
 * Signal kinds anywhere in the draft that keep the learned scorer out of a category: a private employer,
 * business or church ("our company", "craft sale orders") makes its news and promises not the government's.
 */
const LEARNED_VETO: Partial<Record<CategoryId, SignalKind[]>> = {
  confidential: ['private'],
  commitment: ['private'],
  'government-voice': ['private'],
  media: ['private'],
};
/**
 * Long drafts carry many words, and the scorer adds up every one of them: past this many characters its
 * bar rises a little with length (a post of 1,500 characters needs a probability LONG_MARGIN higher).
 */
const LONG_FROM = 500;
const LONG_MARGIN = 0.12;
/** The open gate (any signal) serves drafts up to about a tweet; longer ones always carry some signal. */
const OPEN_GATE_MAX = 300;

/**
 * Through the open gate, government voice needs a signal that ties the draft to government or the writer
 * to a role: "I think the bail reform is a mess" (an opinion on a topic the scorer learned from staff
 * drafts) is a citizen's. Measured on own56–65 and held-out 6–14: one hit fewer each, no false alarm more.
 */
const OPEN_GATE_NEEDS: Partial<Record<CategoryId, SignalKind[]>> = {
  'government-voice': [
    'govtopic',
    'work',
    'service',
    'target',
    'duty',
    'insider',
    'agency',
    'talk',
    'addressee',
    'media',
    'asked',
    'correcting',
    'dept',
  ],
};
const STRICTER = { strict: 'balanced', balanced: 'relaxed', relaxed: 'relaxed' } as const;

const GATE: Partial<Record<CategoryId, string[]>> = {
  // '*': any signal of a short draft lets the scorer confirm these as well, one sensitivity step stricter
  // (measured with the scorer that keeps every weight, trained on own..own55: own56–65 recall +1.9 points,
  // held-out 6–14 +2.2, for +0.65% and +0% false alarms; at the same bar as their own evidence it was
  // +2.5 / +3.2 points for +1.4% / +0.3%; opening media and account identity too warned on 1% of the real tweets)
  confidential: ['secrecy', 'insider', 'plan', '*'],
  'personal-info': ['client', '*'],
  commitment: ['assurance+service', 'assurance+govtopic', 'agency+service', '*'],
  media: ['media'],
  // government voice and disrepute are said in too many ways for a rule to propose every one: any signal of
  // the text lets the scorer confirm (measured on own37–39 before anyone read them: recall +0.6 to +1.3
  // points each, one more false alarm in 402 benign drafts)
  'government-voice': ['*'],
  disrepute: ['*'],
};

let unpacked: ScorerModel | undefined;
/** The shipped model, unpacked once per process however many analyzers there are. */
const shipped = () => {
  unpacked ??= unpackModel(shippedModel as PackedScorerModel);
  return unpacked;
};

export interface Analyzer {
  analyze(text: string, context?: AnalyzeContext, options?: AnalyzeOptions): Finding[];
  /** The learned scorer's input for a text (used to train it). */
  features(text: string, context?: AnalyzeContext, featureSet?: string): Features;
}

export interface AnalyzerSetup {
  /** The learned scorer; default the shipped model. `null` = rules only. */
  model?: ScorerModel | PackedScorerModel | null;
}

export function createAnalyzer(setup: AnalyzerSetup = {}): Analyzer {
  const model = setup.model === undefined ? shipped() : setup.model && unpackModel(setup.model);
  let lastFeatures: Features = new Map();
  const sentenceCache = new Lru<SentenceScan>(4000);
  const names = createNameFinder();
  const detectorsByPack = new WeakMap<PolicyPack, Detector[]>();
  const normalizeDraft = createNormalizer();

  const detectorsFor = (pack: PolicyPack) => {
    let d = detectorsByPack.get(pack);
    if (!d) {
      d = [
        confidential,
        personalInfo,
        commitment,
        governmentVoice,
        media,
        disclaimer,
        disrepute,
        accountIdentity(pack.governmentEmailDomains),
      ];
      detectorsByPack.set(pack, d);
    }
    return d;
  };

  function scanSentence(nz: Normalized, s: Span, field: Field, pack: PolicyPack): SentenceScan {
    const cased = nz.cased.slice(s.start, s.end);
    const key = `${pack.id}\u0000${field}\u0000${cased}`;
    const hit = sentenceCache.get(key);
    if (hit) return hit;
    const lower = nz.lower.slice(s.start, s.end);
    const scan: SentenceScan = { hits: [], signals: sharedSignals(lower) };
    for (const d of detectorsFor(pack)) {
      if (!d.fields.includes(field)) continue;
      const r = d.scan({ lower, cased, field });
      scan.hits.push(...r.hits);
      scan.signals.push(...r.signals);
    }
    sentenceCache.set(key, scan);
    return scan;
  }

  function analyze(text: string, context: AnalyzeContext = {}, options: AnalyzeOptions = {}): Finding[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const source = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    const field: Field = context.field ?? 'post';
    const pack = options.pack ?? manitobaPack;
    const lang = options.lang ?? 'en';
    const threshold = THRESHOLDS[options.sensitivity ?? 'balanced'];
    const enabled = options.categories ? new Set<CategoryId>(options.categories) : undefined;
    const nz = normalizeDraft(source);

    // allow-listed phrases: nothing inside them flags or counts as context
    const allowed: Span[] = [];
    for (const phrase of options.allowList ?? []) {
      const p = normalize(phrase).lower.trim();
      if (p.length < 2) continue;
      for (let i = nz.lower.indexOf(p); i >= 0; i = nz.lower.indexOf(p, i + 1))
        allowed.push({ start: i, end: i + p.length });
    }
    const isAllowed = (a: number, b: number) => allowed.some((x) => x.start < b && a < x.end);
    // a quoted line ("> As a government employee I think…") is someone else's words being answered:
    // it sets the topic for the answer but is never itself flagged
    const quoted: Span[] = [];
    if (field === 'post')
      for (const q of nz.lower.matchAll(QUOTED_LINE))
        quoted.push({ start: q.index, end: q.index + q[0].length });
    const isQuoted = (a: number, b: number) => quoted.some((x) => x.start <= a && b <= x.end);
    // the writer's own words taking up a quoted request, outside the quoted lines
    let accepted: { start: number; end: number } | null | undefined;
    const replyAccepts = () => {
      if (accepted !== undefined) return accepted;
      accepted = null;
      for (const m of nz.lower.matchAll(ACCEPT))
        if (!isQuoted(m.index, m.index + m[0].length)) {
          accepted = { start: m.index, end: m.index + m[0].length };
          break;
        }
      return accepted;
    };

    const spansOf = field === 'post' ? sentences(nz.cased) : [{ start: 0, end: nz.cased.length }];
    const sents: Sentence[] = spansOf.map((s) => ({ ...s, scan: scanSentence(nz, s, field, pack) }));

    // signals, in document coordinates, per sentence
    const sigs: Signal[][] = sents.map((s) =>
      s.scan.signals
        .map((g) => ({ kind: g.kind, start: g.start + s.start, end: g.end + s.start }))
        .filter((g) => !isAllowed(g.start, g.end)),
    );
    const kindsNear = (i: number) => {
      const k = new Set<SignalKind>();
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(sents.length - 1, i + WINDOW); j++)
        for (const g of sigs[j]!) k.add(g.kind);
      return k;
    };

    type Scored = Hit & { final: number };
    const scored: Scored[] = [];
    // categories the rules considered and explicitly set aside (e.g. relayed news): the learned scorer keeps out
    const vetoed = new Set<CategoryId>();
    const score = (h: Hit, kinds: Set<SignalKind>) => {
      let s = h.score;
      for (const b of h.boosts ?? []) if (kinds.has(b.kind)) s += b.add;
      s = Math.min(Math.round(s * 1000) / 1000, 0.95);
      for (const g of h.context ?? []) if (g.all.every((k) => kinds.has(k))) s = Math.max(s, g.score);
      const vetoes = h.unless === undefined ? [] : Array.isArray(h.unless) ? h.unless : [h.unless];
      for (const u of vetoes) {
        if (!u.any.some((k) => kinds.has(k)) || u.but?.some((k) => kinds.has(k))) continue;
        s = Math.min(s, u.score);
        vetoed.add(h.category);
      }
      return s;
    };
    let nameBudget = 200;
    sents.forEach((s, i) => {
      const kinds = kindsNear(i);
      const hits: Hit[] = s.scan.hits.map((h) => ({ ...h, start: h.start + s.start, end: h.end + s.start }));
      if (
        (kinds.has('client') || (kinds.has('sensitive') && kinds.has('work'))) &&
        field === 'post' &&
        nameBudget-- > 0
      ) {
        for (const n of names(nz.cased.slice(s.start, s.end)))
          hits.push({
            category: 'personal-info',
            rule: 'personal-info.name',
            start: n.start + s.start,
            end: n.end + s.start,
            score: 0,
            context: [
              { all: ['client', 'sensitive'], score: 0.85 },
              { all: ['client'], score: 0.6 },
              { all: ['sensitive', 'work'], score: 0.5 },
            ],
            // a name in relayed news or a public notice ("Dr. Kowal is retiring after 35 years"), or at a
            // private business, with nothing sensitive about them
            unless: [
              { any: ['reported'], score: 0.3, but: ['sensitive'] },
              { any: ['private'], score: 0.3, but: ['sensitive'] },
              { any: ['consent'], score: 0.3, but: ['client'] },
              // "our daughter's IEP meeting… her resource teacher, Ms. Lau, is a gem": the family's own care
              { any: ['kin'], score: 0.3 },
            ],
          });
      }
      for (const h of hits) {
        if (isAllowed(h.start, h.end)) continue;
        if (isQuoted(h.start, h.end)) {
          // a media request quoted from someone else, taken up in the reply ("> CTV wants someone from
          // parks…" / "I'll do it"): the warning goes on the writer's own words that accept it
          if (h.category !== 'media') continue;
          const f = score(h, kinds);
          const yes = replyAccepts();
          if (f > 0 && yes) scored.push({ ...h, start: yes.start, end: yes.end, final: f });
          continue;
        }
        const f = score(h, kinds);
        if (f > 0) scored.push({ ...h, final: f });
      }
    });

    // several independent pieces of evidence for one category raise its best one (noisy-or)
    const byCat = new Map<CategoryId, Scored[]>();
    for (const h of scored) byCat.set(h.category, [...(byCat.get(h.category) ?? []), h]);
    for (const list of byCat.values()) {
      const distinct = list.filter((h) => h.final >= 0.3);
      if (distinct.length < 2) continue;
      const combined = 1 - distinct.reduce((p, h) => p * (1 - h.final), 1);
      const best = distinct.reduce((a, b) => (b.final > a.final ? b : a));
      best.final = Math.min(0.95, Math.max(best.final, combined * 0.9));
    }

    // the learned scorer: only where the rules found nothing in a category
    const kinds = new Set<string>();
    for (const list of sigs) for (const g of list) kinds.add(g.kind);
    const ruleScores = new Map<string, number>();
    for (const h of scored) ruleScores.set(h.rule, Math.max(ruleScores.get(h.rule) ?? 0, h.final));
    // features are computed only when a category actually asks the learned scorer (or for training)
    let features: Features | undefined;
    const featuresNow = () => {
      if (!features) {
        // allow-listed phrases lend the scorer no words either
        const words = allowed.reduce(
          (t, a) => t.slice(0, a.start) + ' '.repeat(a.end - a.start) + t.slice(a.end),
          nz.lower,
        );
        features = documentFeatures(words, field, kinds, ruleScores, model?.featureSet);
      }
      return features;
    };
    // the rules propose, the learned scorer confirms: some rule evidence for the category must be there.
    // 'rule' = evidence of the category's own kind; 'any' = only the open gate ('*') let it in, beside a
    // list of its own: then the scorer must be surer (one sensitivity step stricter)
    const consult = (cat: CategoryId, evidence?: string[]): 'rule' | 'any' | undefined => {
      if (vetoed.has(cat) || scored.some((h) => h.category === cat && h.final >= threshold)) return undefined;
      if (LEARNED_VETO[cat]?.some((k) => kinds.has(k))) return undefined;
      const gate = evidence ?? GATE[cat] ?? [];
      if (
        scored.some((h) => h.category === cat && h.final > 0.3) ||
        gate.some((g) => g !== '*' && g.split('+').every((k) => kinds.has(k)))
      )
        return 'rule';
      const needs = OPEN_GATE_NEEDS[cat];
      if (needs && !needs.some((k) => kinds.has(k))) return undefined;
      // a long post always carries some signal: there the open gate let sports and TV talk through
      if (gate.includes('*') && kinds.size > 0 && nz.lower.length <= OPEN_GATE_MAX)
        return gate.length > 1 ? 'any' : 'rule';
      return undefined;
    };
    if (wantFeatures) lastFeatures = featuresNow();
    if (model && field !== 'email' && options.learned !== false) {
      const sensitivity = options.sensitivity ?? 'balanced';
      for (const [cat, m] of Object.entries(model.categories) as [
        CategoryId,
        NonNullable<ScorerModel['categories'][CategoryId]>,
      ][]) {
        const how = consult(cat, m.evidence);
        if (!how) continue;
        const p = probability(m, featuresNow());
        const longer = Math.min(1, Math.max(0, (nz.lower.length - LONG_FROM) / 1000));
        const bar = m.thresholds[how === 'any' ? STRICTER[sensitivity] : sensitivity];
        if (p < Math.min(0.999, bar + LONG_MARGIN * longer)) continue;
        const w = strongestWords(m, nz.lower);
        if (!w || isAllowed(w.start, w.end) || isQuoted(w.start, w.end)) continue;
        scored.push({
          category: cat,
          rule: `${cat}.learned`,
          start: w.start,
          end: w.end,
          score: p,
          final: Math.max(p, threshold),
        });
      }
    }

    // custom terms: always confidential
    for (const term of options.customTerms ?? []) {
      const t = normalize(term).lower.trim();
      if (t.length < 2) continue;
      const re = new RegExp(
        `(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      for (const m of nz.lower.matchAll(re)) {
        if (isAllowed(m.index, m.index + m[0].length)) continue;
        scored.push({
          category: 'confidential',
          rule: 'confidential.custom-term',
          start: m.index,
          end: m.index + m[0].length,
          score: 1,
          final: 1,
        });
      }
    }

    const wrongdoing = WRONGDOING.test(nz.lower);
    const kept = scored
      .filter((h) => h.final >= (h.severity === 'info' ? Math.min(threshold, 0.5) : threshold))
      .filter((h) => !enabled || enabled.has(h.category))
      .sort((a, b) => a.start - b.start || b.final - a.final);

    // merge overlapping hits of one category
    const merged: Scored[] = [];
    for (const h of kept) {
      const prev = merged.find((m) => m.category === h.category && m.start < h.end && h.start < m.end);
      if (prev) {
        if (h.final > prev.final)
          Object.assign(prev, { rule: h.rule, final: h.final, clause: h.clause ?? prev.clause });
        prev.start = Math.min(prev.start, h.start);
        prev.end = Math.max(prev.end, h.end);
      } else merged.push({ ...h });
    }

    return merged.map((h) => {
      const { start, end } = toOriginal(nz, h.start, h.end);
      const cat = categoryById(pack, h.category);
      const clause = resolveClause(pack, h.category, h.clause);
      let suggestion = localize(cat.suggestion, lang);
      if (h.category === 'confidential' && wrongdoing) {
        const pd = pack.actions.find((a) => a.kind === 'protected-disclosure');
        if (pd) suggestion = `${localize(pd.label, lang)}. ${suggestion}`;
      }
      return {
        category: h.category,
        severity: h.severity ?? (h.category === 'disclaimer' ? 'info' : 'warning'),
        clause: clause.id,
        start,
        end,
        text: source.slice(start, end),
        message: localize(cat.message, lang),
        suggestion,
        rule: h.rule,
        score: Math.round(h.final * 100) / 100,
      } satisfies Finding;
    });
  }

  let wantFeatures = false;
  function features(text: string, context: AnalyzeContext = {}, featureSet?: string): Features {
    wantFeatures = true;
    try {
      analyze(text, context);
    } finally {
      wantFeatures = false;
    }
    if (!featureSet) return lastFeatures;
    // recompute with the requested groups from the last analysis' evidence
    const kinds = [...lastFeatures.keys()].filter((k) => k.startsWith('s:')).map((k) => k.slice(2));
    const rules = new Map(
      [...lastFeatures].filter(([k]) => k.startsWith('r:')).map(([k, v]) => [k.slice(2), v] as const),
    );
    return documentFeatures(normalize(text).lower, context.field ?? 'post', kinds, rules, featureSet);
  }

  return { analyze, features };
}
