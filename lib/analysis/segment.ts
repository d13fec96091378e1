/** Sentence segmentation with offsets, robust to abbreviations ("Mr. Olsen", "St. Boniface"). */
export interface Span {
  start: number;
  end: number;
}

const ABBREV =
  /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|st|ste|mt|ft|jr|sr|prof|gov|govt|dept|no|vs|etc|e\.g|i\.e|approx|ave|rd|blvd|cres|inc|ltd|co|hon|min)\.$/i;
const INITIAL = /(?:^|[\s(])[A-Z]\.$/;
/** Longest segment: longer runs without punctuation are cut so every step stays bounded. */
export const MAX_SEGMENT = 600;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    // trim whitespace at both ends; cut very long segments at a space
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (e - s > MAX_SEGMENT) {
      let cut = text.lastIndexOf(' ', s + MAX_SEGMENT);
      if (cut <= s + MAX_SEGMENT / 2) cut = s + MAX_SEGMENT;
      out.push({ start: s, end: cut });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < n && /[.!?…"')\]]/.test(text[j]!)) j++;
      if (j < n && !/\s/.test(text[j]!)) continue;
      if (
        c === '.' &&
        (ABBREV.test(text.slice(Math.max(start, i - 6), i + 1)) ||
          INITIAL.test(text.slice(Math.max(start, i - 2), i + 1)))
      )
        continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(n);
  return out;
}
