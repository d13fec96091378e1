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
const PUBLIC_TITLE =
  /\b(?:reporter|journalist|columnist|anchor|host|coach|councill?or|mayor|minister|premier|mla|mp|senator|pastor|reverend|rev\.?|chef|author|singer|artist|journaliste|chroniqueur|chroniqueuse|animateur|animatrice|entra[îi]neur|entra[îi]neuse|maire|mairesse|ministre|d[ée]put[ée]e?)\s+$/i;
const HONORIFIC =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madame|Monsieur|Mme|M)\.? [A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?/gu;
// ("St. B. Thank you": a place and a sentence, not an initial and a surname)
const INITIALS =
  /\b(?:[A-Z][a-z]+ [A-Z]\.(?=[\s,;)]|$)|(?<!\bSt\. )[A-Z]\. ?(?!(?:Thank|Thanks|The|This|That|We|It|My|Our|So|And|But|He|She|They|Then|Also|Just|Anyway)\b)[A-Z][a-z]{2,})/g;
const SURNAME_KID = /\bthe [A-Z][a-z]+ (?:boy|girl|kid|kids|family|twins|brothers|sisters|lady|guy)\b/g;
/** An animal: "his name is Moose" after "lost golden retriever" names a pet. */
export const PET =
  /\b(?:dog|cat|puppy|pup|kitten|kitty|tabby|calico|beagle|pug|hound|retriever|lab|shepherd|terrier|husky|poodle|collie|horse|pony|pet|bird|budgie|parrot|hamster|rabbit|bunny)s?\b/i;
const NAMED =
  /\b(?:(?:her|his|their|the client's|the patient's) name is|(?:a|an|the) [a-z]+ named) ([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)/g;

/** Words compromise sometimes tags as names that never are one here. */
/** Places, events and businesses whose first word says so: "Festival du Voyageur", "Boulangerie du Vieux-Saint-Boniface". */
const PLACE_START =
  /^(?:festival|boulangerie|caf[eé]|restaurant|[eé]cole|[eé]glise|caisse|centre|place|rue|boulevard|parc|lac|mus[eé]e|th[eé][aâ]tre|salle|club|[eé]quipe|fort|st|ste|saint|sainte|lake|park|camp|hotel|h[oô]tel|bistro|pizzeria|boutique|march[eé]|ferme|garderie|coll[eè]ge|universit[eé])\b/i;
/** "the Brandon Costco": a store or a place in a town, not a person. */
const BUSINESS_END =
  /\b(?:costco|walmart|superstore|safeway|sobeys|co-?op|canadian tire|home depot|mcdonald'?s|shoppers|tim hortons|timmies|starbucks|ikea|best buy|giant tiger|no frills|freshco|dollarama|mall|airport|arena|library|legion|curling club|liquor mart)$/i;
const NOT_NAMES =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|god|jesus|lord|mom|dad|grandma|grandpa|lesson|lessons|note|update|reminder|thanks)$/i;

export function findNames(cased: string): NameSpan[] {
  const out: NameSpan[] = [];
  const add = (start: number, end: number) => {
    let e = end;
    while (e > start && /[\s,.;:!?'"]/.test(cased[e - 1]!)) e--;
    if (e <= start) return;
    const before = cased.slice(Math.max(0, start - 30), start);
    if (OWN_CIRCLE.test(before)) return;
    // "Reporter Lisa", "Coach Dave", "Councillor Ng": a public role names the person, not a client
    if (PUBLIC_TITLE.test(before)) return;
    // "at Grace", "in Selkirk", "to Brandon": a place, unless an honorific says otherwise
    if (
      /\b(?:at|in|to|from|near|into|on|(?:north|south|east|west) of|outside(?: of)?)\s+$/i.test(before) &&
      !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(cased.slice(start))
    )
      return;
    // "the Brandon addictions unit", "the Morris office": a place named before what it qualifies
    if (/\bthe\s+$/i.test(before) && /^ [a-z]/.test(cased.slice(e, e + 2))) return;
    if (BUSINESS_END.test(cased.slice(start, e))) return;
    // "Louis Riel Day", "the Terry Fox Run": a holiday, an event or a building named after someone
    if (
      /^ (?:Day|Run|Walk|Park|School|Bridge|Centre|Center|Hall|Building|Trail|Highway|Collegiate|Institute|Foundation|Memorial|Arena|Library|Pool)\b/.test(
        cased.slice(e, e + 14),
      )
    )
      return;
    if (!out.some((o) => o.start < e && start < o.end)) out.push({ start, end: e });
  };
  for (const m of cased.matchAll(HONORIFIC)) add(m.index, m.index + m[0].length);
  for (const re of [INITIALS, SURNAME_KID])
    for (const m of cased.matchAll(re)) add(m.index, m.index + m[0].length);
  for (const m of cased.matchAll(NAMED)) {
    // "lost golden retriever near Birds Hill, his name is Moose": a pet
    if (PET.test(cased.slice(Math.max(0, m.index - 80), m.index))) continue;
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
      if (!/[A-Z]/.test(text) || NOT_NAMES.test(text.replace(/[^\p{L}]/gu, '')) || PLACE_START.test(text))
        continue;
      add(p.offset.start, p.offset.start + p.offset.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const CAPITALISED = /(?<![\p{L}\p{N}])[A-Z][\p{L}'-]*(?:[ .]+[A-Z][\p{L}'-]*)*/gu;

/**
 * Names in a sentence, parsing only short snippets around capitalised words (three words before,
 * two after) and caching each snippet: typing at the end of a long sentence re-parses one snippet,
 * not the sentence. Names are local, so the snippet holds all the context the name needs.
 */
export function createNameFinder(max = 4000): (cased: string) => NameSpan[] {
  const cache = new Map<string, NameSpan[]>();
  const wordStarts = (s: string) => {
    const out: number[] = [];
    const re = /\S+/g;
    for (let m = re.exec(s); m; m = re.exec(s)) out.push(m.index);
    return out;
  };
  return (cased: string) => {
    const starts = wordStarts(cased);
    const windows: { start: number; end: number }[] = [];
    for (const m of cased.matchAll(CAPITALISED)) {
      const wi = starts.findIndex((x) => x >= m.index);
      const from = starts[Math.max(0, (wi < 0 ? starts.length : wi) - 3)] ?? 0;
      const endWord = starts.findIndex((x) => x >= m.index + m[0].length);
      const toIdx = endWord < 0 ? -1 : endWord + 2;
      const to = toIdx < 0 || toIdx >= starts.length ? cased.length : starts[toIdx]!;
      const last = windows[windows.length - 1];
      if (last && from <= last.end) last.end = Math.max(last.end, to);
      else windows.push({ start: from, end: to });
    }
    const out: NameSpan[] = [];
    for (const w of windows) {
      const snippet = cased.slice(w.start, w.end);
      let found = cache.get(snippet);
      if (!found) {
        found = findNames(snippet);
        cache.set(snippet, found);
        if (cache.size > max) cache.delete(cache.keys().next().value!);
      }
      for (const n of found) out.push({ start: n.start + w.start, end: n.end + w.start });
    }
    return out;
  };
}
