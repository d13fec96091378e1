import { describe, expect, it } from 'vitest';
import { phraseSet, phrases, spans } from '../../../lib/analysis/hits.ts';

describe('phraseSet: long phrase lists cut under V8’s regex optimisation limit', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `word${i}(?:s|es)? (?:alpha|beta|gamma)`);

  it('keeps every regex source under 20 KiB and loses no phrase', () => {
    const set = phraseSet(words);
    expect(set.length).toBeGreaterThan(1);
    for (const r of set) expect(r.source.length).toBeLessThan(20 * 1024);
    expect(set.every((r) => r.global)).toBe(true);
    const text = 'x word0 alpha, word1500s beta and word2999es gamma.';
    expect(spans(set, text).map((s) => s.text)).toEqual([
      'word0 alpha',
      'word1500s beta',
      'word2999es gamma',
    ]);
  });

  it('gives leftmost spans without overlaps across the regexes of a set', () => {
    const list = ['took home', 'took home (?:a|the) laptop', 'home (?:a|the) laptop from work', 'from work'];
    const text = 'I took home the laptop from work, then took home a chair.';
    const set = [new RegExp(phrases(list.slice(0, 2)), 'g'), new RegExp(phrases(list.slice(2)), 'g')];
    expect(spans(set, text).map((s) => s.text)).toEqual(['took home', 'took home']);
  });

  it('ends every regex of a set with the suffix, and keeps quote-led phrases matching', () => {
    const list = [...words.slice(0, 1500), '["“]evidence disposal', 'seized fish'];
    const set = phraseSet(list, '\\b');
    expect(set.length).toBeGreaterThan(1);
    expect(set.every((r) => r.source.endsWith('\\b'))).toBe(true);
    const text = 'seized fishing gear, then "evidence disposal" and word3 alpha';
    // "seized fish" stops short of a word boundary in "fishing"; the quoted phrase still matches
    expect(spans(set, text).map((s) => s.text)).toEqual(['"evidence disposal', 'word3 alpha']);
  });
});
