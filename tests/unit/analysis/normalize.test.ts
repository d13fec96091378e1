import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalize, toOriginal } from '../../../lib/analysis/normalize.ts';

describe('normalize', () => {
  it('spells chat shorthand out and maps the long form back to the short one', () => {
    const text = 'ur grant is thru, ill send it w/ the dept letter btw!! mail c.wong@gov.bc.ca';
    const nz = normalize(text);
    expect(nz.lower).toBe(
      "your grant is through, i'll send it with the department letter btw!! mail c.wong@gov.bc.ca",
    );
    const i = nz.lower.indexOf('department');
    const span = toOriginal(nz, i, i + 'department'.length);
    expect(text.slice(span.start, span.end)).toBe('dept');
    const j = nz.lower.indexOf('your grant');
    const g = toOriginal(nz, j, j + 'your grant'.length);
    expect(text.slice(g.start, g.end)).toBe('ur grant');
    // "ill" stays "ill" when it means sick
    expect(normalize('I was ill all week').lower).toBe('i was ill all week');
  });
  it('folds obfuscation and maps back to the original', () => {
    const text = 'The С о n\u200B f i d e n t i a l memo';
    const nz = normalize(text);
    expect(nz.lower).toBe('the confidential memo');
    const i = nz.lower.indexOf('confidential');
    const span = toOriginal(nz, i, i + 'confidential'.length);
    expect(text.slice(span.start, span.end)).toBe('С о n\u200B f i d e n t i a l');
  });
  it('closes up dotted initialisms of three letters or more, the last dot too', () => {
    expect(normalize('P.H.I.N. 106 552 918 and the C.F.S. file').lower).toBe(
      'phin 106 552 918 and the cfs file',
    );
    // two letters (times, "e.g.") and dotted names stay
    expect(normalize('at 5 p.m., e.g. the U.S. office, c.wong@gov.mb.ca').lower).toBe(
      'at 5 p.m., e.g. the u.s. office, c.wong@gov.mb.ca',
    );
    const text = 'S.I.N. 046 454 286';
    const nz = normalize(text);
    const span = toOriginal(nz, 0, 3);
    expect(text.slice(span.start, span.end)).toBe('S.I.N');
  });
  it('keeps numbers, e-mail addresses and mentions out of leetspeak decoding', () => {
    expect(normalize('SIN 130 692 544, A12345, tom.ng@gov.mb.ca, @b0b').lower).toBe(
      'sin 130 692 544, a12345, tom.ng@gov.mb.ca, @b0b',
    );
    expect(normalize('sh1t l0ser').lower).toBe('shit loser');
  });
  it('closes up spaced-out words with wide gaps, dense leetspeak and a leading 0, 1 or 3', () => {
    expect(normalize('v i e w s   m y   o w n').lower).toBe('views my own');
    expect(normalize('m4n1t0b4 g0v employee').lower).toBe('manitoba gov employee');
    expect(normalize('v1ews are my 0wn').lower).toBe('views are my own');
    // ordinals, times, digit runs and identifiers stay as they are
    expect(normalize('1st place at 3pm, 4ever, 1d10ts, A12345').lower).toBe(
      '1st place at 3pm, 4ever, 1d10ts, a12345',
    );
    const text = 'well, v i e w s   m y   o w n';
    const nz = normalize(text);
    const i = nz.lower.indexOf('views my own');
    const span = toOriginal(nz, i, i + 'views my own'.length);
    expect(text.slice(span.start, span.end)).toBe('v i e w s   m y   o w n');
  });
  it('gives contractions typed without an apostrophe their apostrophe back, mapping to the original', () => {
    expect(normalize('dont tell anyone, im sure theyre closing it. CANT say more').lower).toBe(
      "don't tell anyone, i'm sure they're closing it. can't say more",
    );
    // real words that look like contractions are left alone
    expect(normalize('Well, were we ill? Its fine, id card in hand').lower).toBe(
      'well, were we ill? its fine, id card in hand',
    );
    const text = 'ok dont share';
    const nz = normalize(text);
    const i = nz.lower.indexOf("don't");
    const span = toOriginal(nz, i, i + "don't".length);
    expect(text.slice(span.start, span.end)).toBe('dont');
    expect(nz.origStart.length).toBe(nz.lower.length);
  });
  it('the chunk-cached normaliser gives exactly the same result as a full one', () => {
    const chunked = createNormalizer();
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 80 }),
            fc.constantFrom('. ', '!\n', '\n\n', 'c o n f', '…  ', 'm y   o w n', 'm4n1', '0wn'),
          ),
          { maxLength: 40 },
        ),
        (xs) => {
          const t = xs.join('');
          const a = normalize(t);
          const b = chunked(t);
          expect(b.lower).toBe(a.lower);
          expect(b.cased).toBe(a.cased);
          expect(Array.from(b.origStart)).toEqual(Array.from(a.origStart));
          expect(Array.from(b.origEnd)).toEqual(Array.from(a.origEnd));
        },
      ),
      { numRuns: 300 },
    );
  });
});
