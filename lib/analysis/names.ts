/**
 * People's names, found with compromise (part-of-speech tagging and its name lexicon) plus honorifics
 * ("Mr. Olsen") and "her name is X". Names of the writer's own circle ("my friend Sarah") are dropped:
 * they are the writer's to share, not a client's.
 */
import nlp from 'compromise';

export interface NameSpan {
  start: number;
  end: number;
}

const OWN_CIRCLE =
  /\b(?:my|our) (?:friend|friends|bestie|bff|wife|husband|partner|son|daughter|kids?|mom|mum|dad|mother|father|sister|brother|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|niece|nephew|neighbou?r|buddy|pal|girlfriend|boyfriend|fiance|fiancee|family|dog|cat|coach|teacher|doctor|dentist|pastor)\s*,?\s*$/i;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?/g;
const INITIALS = /\b(?:[A-Z][a-z]+ [A-Z]\.(?=[\s,;)]|$)|[A-Z]\. ?[A-Z][a-z]{2,})/g;
const SURNAME_KID = /\bthe [A-Z][a-z]+ (?:boy|girl|kid|kids|family|twins|brothers|sisters|lady|guy)\b/g;
const NAMED = /\b(?:her|his|their|the client's|the patient's) name is ([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)/g;

/** Words compromise sometimes tags as names that never are one here. */
const NOT_NAMES =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|god|jesus|lord|mom|dad|grandma|grandpa)$/i;

export function findNames(cased: string): NameSpan[] {
  const out: NameSpan[] = [];
  const add = (start: number, end: number) => {
    let e = end;
    while (e > start && /[\s,.;:!?'"]/.test(cased[e - 1]!)) e--;
    if (e <= start) return;
    const before = cased.slice(Math.max(0, start - 30), start);
    if (OWN_CIRCLE.test(before)) return;
    // "at Grace", "in Selkirk", "to Brandon": a place, unless an honorific says otherwise
    if (
      /\b(?:at|in|to|from|near|into|on)\s+$/i.test(before) &&
      !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(cased.slice(start))
    )
      return;
    if (!out.some((o) => o.start < e && start < o.end)) out.push({ start, end: e });
  };
  for (const m of cased.matchAll(HONORIFIC)) add(m.index, m.index + m[0].length);
  for (const re of [INITIALS, SURNAME_KID])
    for (const m of cased.matchAll(re)) add(m.index, m.index + m[0].length);
  for (const m of cased.matchAll(NAMED)) {
    const off = m.index + m[0].length - m[1]!.length;
    add(off, off + m[1]!.length);
  }
  // compromise only where a capitalised word could be a name
  if (/(?:^|[^.!?]\s)[A-Z][a-z]/.test(cased) || /^[A-Z][a-z]/.test(cased)) {
    const people = nlp(cased).people().json({ offset: true }) as {
      offset?: { start: number; length: number };
      text: string;
    }[];
    for (const p of people) {
      if (!p.offset) continue;
      const text = cased.slice(p.offset.start, p.offset.start + p.offset.length);
      // a single lower-case word is not a name ("mom", "dad"); keep capitalised ones
      if (!/[A-Z]/.test(text) || NOT_NAMES.test(text.replace(/[^\p{L}]/gu, ''))) continue;
      add(p.offset.start, p.offset.start + p.offset.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
