/**
 * Text normalisation for detection, keeping a map back to the original text.
 *
 * Two parallel views of the same length are produced, so any span found in one maps to the original:
 * - `lower`: NFKD-folded, diacritics removed, homoglyphs folded to Latin, zero-width characters removed,
 *   letter-spacing collapsed ("c o n f i d e n t i a l"), common leetspeak decoded inside words, lower-cased.
 * - `cased`: the same but with the original letter case (for names and acronyms).
 * `origStart[i]` / `origEnd[i]` give the original UTF-16 range that produced normalised character i.
 */

export interface Normalized {
  original: string;
  lower: string;
  cased: string;
  origStart: Int32Array;
  origEnd: Int32Array;
}

/** Characters that are invisible and only serve to split words: removed. */
const INVISIBLE_RANGES: [number, number][] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const isInvisible = (cp: number) => INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);
const MARK = /\p{M}/u;

/** Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common subset). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  к: 'k',
  в: 'b',
  н: 'h',
  м: 'm',
  т: 't',
  ѵ: 'v',
  ү: 'y',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ү: 'Y',
  Ӏ: 'I',
  α: 'a',
  ο: 'o',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ε: 'e',
  ϲ: 'c',
  ϳ: 'j',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  Ϲ: 'C',
};

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** Contractions commonly typed without their apostrophe; group 1 is what comes before it. */
const NO_APOSTROPHE =
  /\b(?:(don|can|won|didn|doesn|isn|aren|wasn|weren|haven|hasn|wouldn|couldn|shouldn)t|(i)(?:m|ve)|(you|they)(?:re|ve|ll)|(we)ve|(that|what|there|who|he|she)s)\b/gi;

/** Chat shorthand spelled out, so patterns need one form: "ur grant's approved", "ill send a truck w/ the crew". */
const SHORTHAND: Record<string, string> = {
  ur: 'your',
  u: 'you',
  thru: 'through',
  tho: 'though',
  'w/': 'with',
  w: 'with',
  'b/c': 'because',
  bc: 'because',
  cuz: 'because',
  bcuz: 'because',
  coz: 'because',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  abt: 'about',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  dept: 'department',
  mgmt: 'management',
  ill: "i'll",
};
/** Lower-case shorthand between spaces or punctuation ("W" or "U" in capitals may be an initial). */
const SHORTHAND_RE =
  /(?<![\p{L}\p{N}'/.@-])(?:ur|u|thru|tho|w\/|w|b\/c|bc|cuz|bcuz|coz|ppl|pls|plz|abt|tmrw|tmr|dept|mgmt|ill)(?![\p{L}\p{N}'/@-]|\.[\p{L}\p{N}])/gu;

const foldCache = new Map<number, string>();

/** NFKD, drop combining marks, fold homoglyphs. Returns '' for invisible characters. */
function foldCodePoint(cp: number, ch: string): string {
  if (cp < 0x80) return cp < 0x20 && cp !== 0x0a && cp !== 0x09 ? ' ' : ch;
  const hit = foldCache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (isInvisible(cp)) out = '';
  else if (cp >= 0xd800 && cp <= 0xdfff) out = ' ';
  else if ((cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029)
    out = cp === 0x85 || cp >= 0x2028 ? '\n' : ' ';
  // "≠" decomposes to "=" plus a combining stroke: dropping the mark would turn "not equal" into "equal"
  else if (cp === 0x2260) out = '!=';
  else {
    const direct = HOMOGLYPHS[ch];
    if (direct) out = direct;
    else {
      let s = '';
      for (const c of ch.normalize('NFKD')) {
        if (MARK.test(c)) continue;
        s += HOMOGLYPHS[c] ?? c;
      }
      // Typographic quotes and dashes to ASCII, so patterns need only one form.
      out = s.replace(/[\u2018\u2019\u201B\u2032\u02BC]/g, "'").replace(/[\u201C\u201D\u201E\u2033]/g, '"');
      out = out
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
    }
  }
  if (foldCache.size < 4096) foldCache.set(cp, out);
  return out;
}

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c.charCodeAt(0) > 0x7f;
const isDigit = (c: string) => c >= '0' && c <= '9';

export function normalize(original: string): Normalized {
  const n = original.length;
  // 1. fold code point by code point (ASCII fast path: most text is ASCII)
  const chars: string[] = new Array(n);
  let s = new Int32Array(n + 8);
  let e = new Int32Array(n + 8);
  let k = 0;
  const grow = () => {
    const s2 = new Int32Array(s.length * 2);
    s2.set(s);
    s = s2;
    const e2 = new Int32Array(e.length * 2);
    e2.set(e);
    e = e2;
  };
  for (let i = 0; i < n; ) {
    const c = original.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (k >= s.length) grow();
      chars[k] = original[i]!;
      s[k] = i;
      e[k++] = i + 1;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp, original.slice(i, i + len));
    for (const o of out) {
      if (k >= s.length) grow();
      // one UTF-16 unit per output char: astral results (rare) become a space
      chars[k] = o.length === 1 ? o : ' ';
      s[k] = i;
      e[k++] = i + len;
    }
    i += len;
  }
  chars.length = k;
  const cased = chars.join('');
  // 2. collapse letter-spacing: runs of >= 4 single letters separated by one space . - _ *
  // one separator used throughout the run, so "I p.r.o.m.i.s.e" keeps its "I"
  const spaced = /(?<![\p{L}\p{N}])\p{L}([ .\-_*·])\p{L}(?:\1\p{L}){2,}(?![\p{L}\p{N}])/gu;
  const drop = new Uint8Array(cased.length);
  for (let m = spaced.exec(cased); m; m = spaced.exec(cased)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) drop[k] = 1;
  }
  // dotted initialisms of three letters or more close up, their last dot too ("P.H.I.N. 106…", "S.I.N.")
  const dotted = /(?<![\p{L}\p{N}.])\p{L}\.\p{L}\.\p{L}\.(?:\p{L}\.)*(?![\p{L}\p{N}])/gu;
  for (let m = dotted.exec(cased); m; m = dotted.exec(cased))
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) drop[k] = 1;
  // spaced-out words with wider gaps between them ("v i e w s   m y   o w n"): letters close up
  const spacedWords = /(?<![\p{L}\p{N}])\p{L}(?: \p{L})+(?: {2,}\p{L}(?: \p{L})+)+(?![\p{L}\p{N}])/gu;
  for (let m = spacedWords.exec(cased); m; m = spacedWords.exec(cased)) {
    const t = m[0];
    if (t.replace(/ /g, '').length < 6) continue;
    for (let k = 1; k < t.length - 1; k++)
      if (t[k] === ' ' && t[k - 1] !== ' ' && t[k + 1] !== ' ') drop[m.index + k] = 1;
  }
  // runs of spaces or tabs count as one space ("M a n i t o b a   F a m i l i e s")
  const runs = /[ \t]{2,}/g;
  for (let m = runs.exec(cased); m; m = runs.exec(cased))
    for (let j = m.index + 1; j < m.index + m[0].length; j++) drop[j] = 1;
  // 3. leetspeak inside word-like tokens that are mostly letters and have no run of two digits
  const token = /[^\s]+/g;
  for (let m = token.exec(cased); m; m = token.exec(cased)) {
    const t = m[0];
    // not numbers, mentions, hashtags, e-mail addresses or links
    // (an e-mail address has a dot after its @: "p@r@s1t3s" is leet, "kim@gov.mb.ca" is not)
    if (t.length < 3 || /^[@#]/.test(t) || /\w@[\w-]+\.\w|:\/\/|^www\./i.test(t)) continue;
    // identifiers ("A12345", "130-692-544") have long digit runs or more digits than letters
    if (
      /\d{3}/.test(t) ||
      (/\d\d/.test(t) && (t.match(/\d/g)?.length ?? 0) > (t.match(/[a-z]/gi)?.length ?? 0))
    )
      continue;
    let letters = 0;
    let leet = 0;
    for (const c of t) {
      if (isLetter(c)) letters++;
      else if (LEET[c]) leet++;
    }
    // dense leet ("m4n1t0b4") is decoded when no two digits stand together; otherwise letters must dominate
    if (!leet || letters < 2 || letters < (/\d\d/.test(t) ? leet * 2 : leet)) continue;
    // only decode leet characters that sit between letters (or trail a word: "sh1t", "l0ser")
    for (let k = 0; k < t.length; k++) {
      const c = t[k]!;
      const sub = LEET[c];
      if (!sub) continue;
      const prev = t[k - 1] ?? '';
      const next = t[k + 1] ?? '';
      // a word may start with 0, 1 or 3 ("0wn", "3vil"), but "1st", "3pm" and "4ever" stay as they are
      const leading =
        k === 0 &&
        (c === '0' || c === '1' || c === '3') &&
        isLetter(next) &&
        isLetter(t[2] ?? '') &&
        !/^\d(?:st|nd|rd|th|am|pm|km|kg|hrs?|mins?|ft|lbs?|oz|yo|yrs?|ml|mm|cm|gb|mb|tb|px)\b/i.test(t);
      if (
        leading ||
        ((isLetter(prev) || LEET[prev]) && (isLetter(next) || LEET[next] || (!isDigit(next) && k > 0)))
      ) {
        // "!" is an i only between letters ("b!tch"), never in "btw!!"
        if (c === '!' && !isLetter(next)) continue;
        chars[m.index + k] = sub;
      }
    }
  }
  let m = 0;
  const os = new Int32Array(k);
  const oe = new Int32Array(k);
  const kept: string[] = new Array(k);
  for (let j = 0; j < k; j++) {
    if (drop[j]) continue;
    kept[m] = chars[j]!;
    os[m] = s[j]!;
    oe[m++] = e[j]!;
  }
  kept.length = m;
  let outCased = kept.join('');
  let starts = os.subarray(0, m);
  let ends = oe.subarray(0, m);
  // 4. contractions typed without the apostrophe ("dont", "cant", "im", "theyre") get it back, so
  // patterns need only one form; the apostrophe maps to the letter before it
  if (NO_APOSTROPHE.test(outCased)) {
    NO_APOSTROPHE.lastIndex = 0;
    const add: number[] = [];
    for (let x = NO_APOSTROPHE.exec(outCased); x; x = NO_APOSTROPHE.exec(outCased))
      add.push(x.index + (x[1] ?? x[2] ?? x[3] ?? x[4] ?? x[5] ?? '').length);
    const size = m + add.length;
    const ns = new Int32Array(size);
    const ne = new Int32Array(size);
    let out = '';
    let from = 0;
    let w = 0;
    for (const at of add) {
      for (let j = from; j < at; j++, w++) {
        ns[w] = starts[j]!;
        ne[w] = ends[j]!;
      }
      out += `${outCased.slice(from, at)}'`;
      ns[w] = starts[at - 1]!;
      ne[w++] = ends[at - 1]!;
      from = at;
    }
    for (let j = from; j < m; j++, w++) {
      ns[w] = starts[j]!;
      ne[w] = ends[j]!;
    }
    outCased = out + outCased.slice(from);
    kept.length = 0;
    kept.push(...outCased);
    starts = ns;
    ends = ne;
    m = size;
  }
  // 5. chat shorthand spelled out ("ur" → "your"); each letter of the long form maps to the whole short form
  SHORTHAND_RE.lastIndex = 0;
  if (SHORTHAND_RE.test(outCased)) {
    SHORTHAND_RE.lastIndex = 0;
    let out = '';
    const ns: number[] = [];
    const ne: number[] = [];
    let from = 0;
    for (let x = SHORTHAND_RE.exec(outCased); x; x = SHORTHAND_RE.exec(outCased)) {
      // "ill" is only "I'll" before a verb-like word ("ill send"), never "ill with the flu"
      if (
        x[0] === 'ill' &&
        !/^ (?:send|get|call|make|have|be|do|take|put|let|fix|see|talk|bring|check|look|drop)\b/.test(
          outCased.slice(x.index + 3, x.index + 12),
        )
      )
        continue;
      for (let j = from; j < x.index; j++) {
        ns.push(starts[j]!);
        ne.push(ends[j]!);
      }
      const long = SHORTHAND[x[0]]!;
      for (let c = 0; c < long.length; c++) {
        ns.push(starts[x.index]!);
        ne.push(ends[x.index + x[0].length - 1]!);
      }
      out += outCased.slice(from, x.index) + long;
      from = x.index + x[0].length;
    }
    for (let j = from; j < m; j++) {
      ns.push(starts[j]!);
      ne.push(ends[j]!);
    }
    outCased = out + outCased.slice(from);
    kept.length = 0;
    kept.push(...outCased);
    starts = Int32Array.from(ns);
    ends = Int32Array.from(ne);
    m = ns.length;
  }
  // lower-case, keeping one unit per character (the rare multi-unit lower case keeps the original)
  let lower = outCased.toLowerCase();
  if (lower.length !== outCased.length)
    lower = kept.map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join('');
  return { original, lower, cased: outCased, origStart: starts.slice(0, m), origEnd: ends.slice(0, m) };
}

/** Map a span of the normalised text back to the original text. */
export function toOriginal(nz: Normalized, start: number, end: number): { start: number; end: number } {
  if (nz.lower.length === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(start, nz.lower.length - 1));
  const b = Math.max(a, Math.min(end, nz.lower.length) - 1);
  return { start: nz.origStart[a]!, end: nz.origEnd[b]! };
}

/** Boundaries that no normalisation step crosses: after sentence punctuation plus whitespace, or a line break. */
const CHUNK = /[.!?…]+["')\]]*\s+|\n+/g;

/**
 * Normalise with a cache per chunk (sentence or line of the original), so re-normalising a long
 * draft after one keystroke only redoes the chunk that changed. Same result as `normalize`.
 */
export function createNormalizer(max = 2000): (text: string) => Normalized {
  const cache = new Map<string, Normalized>();
  return (text: string) => {
    if (text.length < 400) return normalize(text);
    const parts: { start: number; nz: Normalized }[] = [];
    let start = 0;
    CHUNK.lastIndex = 0;
    const take = (end: number) => {
      const chunk = text.slice(start, end);
      let nz = cache.get(chunk);
      if (nz) {
        cache.delete(chunk);
        cache.set(chunk, nz);
      } else {
        nz = normalize(chunk);
        cache.set(chunk, nz);
        if (cache.size > max) cache.delete(cache.keys().next().value!);
      }
      parts.push({ start, nz });
      start = end;
    };
    for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) take(m.index + m[0].length);
    if (start < text.length) take(text.length);
    let len = 0;
    for (const p of parts) len += p.nz.lower.length;
    const os = new Int32Array(len);
    const oe = new Int32Array(len);
    let at = 0;
    for (const p of parts) {
      const a = p.nz.origStart;
      const b = p.nz.origEnd;
      for (let i = 0; i < a.length; i++) {
        os[at + i] = a[i]! + p.start;
        oe[at + i] = b[i]! + p.start;
      }
      at += a.length;
    }
    return {
      original: text,
      lower: parts.map((p) => p.nz.lower).join(''),
      cased: parts.map((p) => p.nz.cased).join(''),
      origStart: os,
      origEnd: oe,
    };
  };
}
