/** The analyzer never throws and every span is inside the text and equals its slice. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Field, type Finding, MAX_CHARS } from '../../../lib/analysis/index.ts';
import { CATEGORY_IDS } from '../../../lib/policy/index.ts';

function checkSpans(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(CATEGORY_IDS).toContain(f.category);
    expect(['warning', 'info']).toContain(f.severity);
    expect(f.score).toBeGreaterThan(0);
    expect(f.score).toBeLessThanOrEqual(1);
  }
}

const risky = fc.constantFrom(
  'The confidential briefing note on the clinic closure is out.',
  "Client's SIN is 046 454 286",
  "We'll get your road plowed by Friday, promise",
  'As a Manitoba Health employee, I think',
  '@CBCManitoba happy to give you a quote on the hospital story',
  'Opinions are my own.',
  'Our ADM is a lying snake',
  'c o n f i d e n t i a l memo from our department',
);
const nasty = fc.constantFrom(
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '🙄',
  '👩🏽‍💻',
  '\u05E9\u05DC\u05D5\u05DD',
  'مرحبا بالعالم',
  '\r\n',
  '\t',
  'İ',
  'ß',
  'ﬁ',
  '𝐜',
  'ｃ',
  '...',
  '?!',
  'Mr.',
  '\u0301',
);
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      risky,
      nasty,
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((xs) => xs.join(' '));
const field = fc.constantFrom<Field>('post', 'profile', 'email');

describe('analyzer properties', () => {
  it('returns findings within bounds for any string', () => {
    fc.assert(
      fc.property(text, field, (t, f) => {
        checkSpans(t, analyze(t, { field: f }));
      }),
      { numRuns: 400 },
    );
  });
  it('accepts arbitrary options without throwing', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
        (t, custom, allow) => {
          checkSpans(t, analyze(t, {}, { customTerms: custom, allowList: allow, sensitivity: 'strict' }));
        },
      ),
      { numRuns: 200 },
    );
  });
  it('survives a 1 MB paste and analyses up to its limit', () => {
    const para =
      'Lovely day at the lake 🌅. The confidential briefing note on the clinic closure is out. מה נשמע? \uD800\n';
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const findings = analyze(big);
    checkSpans(big, findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(Math.max(...findings.map((f) => f.end))).toBeLessThanOrEqual(MAX_CHARS);
  });
  it('handles binary and empty input', () => {
    expect(analyze('')).toEqual([]);
    const bin = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536));
    checkSpans(bin, analyze(bin));
    // wrong types from untyped callers never throw
    expect(analyze(undefined as unknown as string)).toEqual([]);
    expect(analyze(42 as unknown as string)).toEqual([]);
  });
});
