import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  actionById,
  CATEGORY_IDS,
  type CategoryId,
  categoryById,
  clauseById,
  contactById,
  hasClause,
  type Localized,
  localize,
  manitobaPack,
  type PolicyPack,
  type PolicyPackInput,
  parsePack,
  resolveClause,
  SECTION_TITLES,
  SECTIONS,
} from '../../lib/policy/index.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SOURCE_FILE = here('../../lib/policy/sources/manitoba-psc-social-media-policy-2022.txt');
const SHARED_SOURCE = here('../../../shared/policy/manitoba-psc-social-media-policy-2022.txt');
const PACK_FILE = here('../../lib/policy/packs/manitoba-psc-2022.json');
const FIXTURE_FILE = here('./fixtures/test-pack.json');

const source = readFileSync(SOURCE_FILE, 'utf8');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const flatSource = collapse(source);
const rawPack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as PolicyPackInput;
const rawFixture = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as PolicyPackInput;

/** Lines strictly between the heading line `start` and the next line `end` (both compared trimmed). */
function linesBetween(start: string, end: string, from = 0): string[] {
  const lines = source.split(/\r?\n/);
  const a = lines.findIndex((l, i) => i >= from && l.trim() === start);
  const b = lines.findIndex((l, i) => i > a && l.trim() === end);
  if (a < 0 || b < 0) throw new Error(`source has no block "${start}" ... "${end}"`);
  return lines.slice(a + 1, b);
}

/** The bullets ("•") of a block, whitespace-collapsed. */
function bulletsBetween(start: string, end: string, from = 0): string[] {
  return linesBetween(start, end, from).join('\n').split('\u2022').slice(1).map(collapse).filter(Boolean);
}

const quote = (id: string) => clauseById(manitobaPack, id).quote;

/** Every {en, fr} object anywhere in a pack, with its path. */
function localizedStrings(value: unknown, path = ''): Array<{ path: string; l: Partial<Localized> }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedStrings(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if ('en' in obj) return [{ path, l: obj as Partial<Localized> }];
  return Object.entries(obj).flatMap(([k, v]) => localizedStrings(v, path ? `${path}.${k}` : k));
}

/** A malformed copy of the Manitoba pack. */
function broken(mutate: (p: PolicyPackInput) => void): PolicyPackInput {
  const copy = structuredClone(rawPack);
  mutate(copy);
  return copy;
}

function expectRejected(input: unknown, ...patterns: RegExp[]): string {
  const r = parsePack(input);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  for (const p of patterns) expect(r.error).toMatch(p);
  return r.error;
}

describe('the policy source text', () => {
  it('is a verbatim copy of the shared policy text', () => {
    if (!existsSync(SHARED_SOURCE)) return; // the shared folder is not shipped with the project
    expect(source).toBe(readFileSync(SHARED_SOURCE, 'utf8'));
  });

  it('is the June 17, 2022 Social Media Policy', () => {
    expect(source).toContain('Social Media Policy');
    expect(flatSource).toContain('Effective date: June 17, 2022');
  });
});

describe('the Manitoba PSC pack', () => {
  it('validates against the schema', () => {
    const r = parsePack(rawPack);
    if (!r.ok) throw new Error(r.error);
    expect(r.pack).toEqual(manitobaPack);
  });

  it('names the employer and the effective date of the policy', () => {
    expect(manitobaPack.id).toBe('manitoba-psc-2022');
    expect(manitobaPack.employer).toBe('Government of Manitoba');
    expect(manitobaPack.effective).toBe('2022-06-17');
  });

  it('has the clause ids the detectors use, in the right sections', () => {
    const expected: Record<string, [string, string?]> = {
      'gr.confidential': ['General requirements'],
      'gr.on-behalf': ['General requirements'],
      'gr.personal-views': ['General requirements'],
      'gr.public-permanent': ['General requirements'],
      'gr.disclaimer': ['General requirements'],
      'gr.disrepute': ['General requirements'],
      'gr.cross-promote': ['General requirements'],
      'gr.media': ['General requirements'],
      'resp.adhere': ['Responsibilities', 'Employees'],
      'resp.concerns': ['Responsibilities', 'Employees'],
      'resp.official-account-approval': ['Responsibilities', 'Employees'],
      'resp.cooperate': ['Responsibilities', 'Employees'],
      'resp.clients-caution': ['Responsibilities', 'Employees'],
      'def.employment-related': ['Definitions'],
      'def.official': ['Definitions'],
      'def.personal': ['Definitions'],
      'def.personal-linkedin': ['Definitions'],
      'compliance.breach': ['Compliance'],
      'related.whistleblower': ['Related policies'],
      'related.fippa': ['Related policies'],
      'related.phia': ['Related policies'],
      'related.code-of-conduct': ['Related policies'],
      'related.respectful-workplace': ['Related policies'],
    };
    for (const [id, [section, subsection]] of Object.entries(expected)) {
      const c = clauseById(manitobaPack, id);
      expect(c.section, id).toBe(section);
      if (subsection) expect(c.subsection, id).toBe(subsection);
      expect(c.title.en.length, id).toBeGreaterThan(3);
    }
  });

  it('quotes every clause verbatim from the policy (whitespace collapsed)', () => {
    for (const c of manitobaPack.clauses) {
      expect(c.quote, `${c.id} has untrimmed or doubled whitespace`).toBe(collapse(c.quote));
      expect(flatSource.includes(c.quote), `${c.id}: "${c.quote}" is not in the policy text`).toBe(true);
    }
  });

  it('covers every General Requirements bullet with clauses, in order and without gaps', () => {
    const bullets = bulletsBetween('GENERAL REQUIREMENTS', 'Objectives');
    expect(bullets).toHaveLength(7);
    const gr = manitobaPack.clauses.filter((c) => c.section === 'General requirements');
    for (const bullet of bullets) {
      const parts = gr
        .filter((c) => bullet.includes(c.quote))
        .sort((a, b) => bullet.indexOf(a.quote) - bullet.indexOf(b.quote));
      expect(parts.map((c) => c.quote).join(' '), `bullet not covered: "${bullet}"`).toBe(bullet);
    }
    const ids = [
      'gr.confidential',
      'gr.on-behalf',
      'gr.personal-views',
      'gr.public-permanent',
      'gr.disclaimer',
      'gr.cross-promote',
      'gr.media',
    ];
    ids.forEach((id, i) => {
      expect(bullets[i]!.startsWith(quote(id)), `${id} is not bullet ${i + 1}`).toBe(true);
    });
    expect(bullets[4]).toBe(`${quote('gr.disclaimer')} ${quote('gr.disrepute')}`);
  });

  it("covers every one of the employees' responsibilities", () => {
    const from = source.indexOf('Responsibilities');
    const fromLine = source.slice(0, from).split('\n').length - 1;
    const bullets = bulletsBetween('Employees', 'Supervisors', fromLine);
    expect(bullets).toHaveLength(5);
    const resp = manitobaPack.clauses.filter((c) => c.section === 'Responsibilities');
    for (const b of bullets)
      expect(
        resp.some((c) => c.quote === b && c.subsection === 'Employees'),
        `not covered: "${b}"`,
      ).toBe(true);
    expect(quote('resp.official-account-approval')).toMatch(
      /^Seek and obtain approval from department executive/,
    );
    expect(quote('resp.clients-caution')).toBe(
      'Use caution and discretion when establishing social media contacts or social connections with clients.',
    );
  });

  it('quotes the definitions, compliance and related policies as published', () => {
    const personal = quote('def.personal');
    expect(personal).toMatch(/^Personal Social Media Use: /);
    expect(personal).toContain(
      'must not use an account name, handle, id, profile picture, or user name that identifies them by their position, job title, or as a Manitoba government employee',
    );
    expect(personal).toContain('should not be associated with a government email address');
    expect(personal).toContain('must not use a Manitoba government logo');
    expect(quote('def.personal-linkedin')).toBe(
      "An employee's personal LinkedIn account is not an employment-related account.",
    );
    expect(quote('def.employment-related')).toMatch(/^Employment-related Social Media Use: /);
    expect(quote('def.official')).toMatch(/^Official Social Media Use: /);
    expect(quote('compliance.breach')).toBe(
      'Any breach of this policy may result in disciplinary action, up to and including dismissal.',
    );
    const related = linesBetween('Related Policies', 'Authority').map(collapse).filter(Boolean);
    for (const c of manitobaPack.clauses.filter((c) => c.section === 'Related policies'))
      expect(related, `${c.id} is not a line of Related Policies`).toContain(c.quote);
    expect(quote('related.whistleblower')).toBe(
      'The Public Interest Disclosure (Whistleblower Protection) Act',
    );
    expect(quote('related.fippa')).toBe('Freedom of Information and Protection of Privacy Act');
    expect(quote('related.phia')).toBe('The Personal Health Information Act');
  });

  it('has all eight categories, each pointing at an existing clause', () => {
    expect(manitobaPack.categories.map((c) => c.id).sort()).toEqual([...CATEGORY_IDS].sort());
    const defaults: Record<CategoryId, string> = {
      confidential: 'gr.confidential',
      'personal-info': 'gr.confidential',
      commitment: 'gr.on-behalf',
      'government-voice': 'gr.personal-views',
      media: 'gr.media',
      disclaimer: 'gr.disclaimer',
      disrepute: 'gr.disrepute',
      'account-identity': 'def.personal',
    };
    for (const id of CATEGORY_IDS) {
      const cat = categoryById(manitobaPack, id);
      expect(cat.clause, id).toBe(defaults[id]);
      expect(hasClause(manitobaPack, cat.clause)).toBe(true);
      expect(cat.actions.length, id).toBeGreaterThan(0);
      for (const a of cat.actions) expect(() => actionById(manitobaPack, a)).not.toThrow();
    }
  });

  it('says why and what to do in plain language', () => {
    const en = (id: CategoryId) => categoryById(manitobaPack, id);
    expect(en('media').suggestion.en).toContain('Communications and Engagement Division');
    expect(en('confidential').suggestion.en).toContain(
      'The Public Interest Disclosure (Whistleblower Protection) Act',
    );
    expect(en('confidential').suggestion.en).toMatch(/supervisor/);
    expect(en('personal-info').suggestion.en).toMatch(/identifying details/);
    expect(en('account-identity').suggestion.en).toMatch(/personal email/);
    expect(en('account-identity').suggestion.en).toMatch(/job title/);
    expect(en('disclaimer').message.en).toMatch(/my views are my own/i);
    expect(en('disclaimer').message.en).toMatch(/doesn't protect you/);
    for (const c of manitobaPack.categories) {
      expect(c.message.en.length, c.id).toBeLessThan(320);
      expect(c.suggestion.en.length, c.id).toBeLessThan(320);
    }
  });

  it('has the actions the UI offers, pointing at the right contacts', () => {
    expect(actionById(manitobaPack, 'forward-media')).toMatchObject({
      kind: 'forward-media',
      contact: 'ced',
    });
    expect(actionById(manitobaPack, 'contact-psc').contact).toBe('psc');
    for (const id of [
      'rephrase',
      'ask-supervisor',
      'protected-disclosure',
      'remove-identifier',
      'account-settings',
    ])
      expect(actionById(manitobaPack, id).kind).toBe(id);
  });

  it('lists every contact of the policy with its exact numbers', () => {
    const block = linesBetween('Policy Inquiries', 'Original Policy: dated September 15, 2015')
      .map(collapse)
      .filter(Boolean);
    const field = (label: string) => {
      const line = block.find((l) => l.startsWith(`${label}: `));
      if (!line) throw new Error(`no "${label}:" in Policy Inquiries`);
      return line.slice(label.length + 2);
    };
    expect(block[0]).toBe('Public Service Commission');
    const psc = contactById(manitobaPack, 'psc');
    expect(psc.name.en).toBe('Public Service Commission');
    expect(psc.phone).toBe(field('Phone'));
    expect(psc.tollFree).toBe(field('Toll Free'));
    expect(psc.tty).toBe(field('TDD/TTY'));
    expect(psc.email).toBe(field('Email'));
    expect(psc).toMatchObject({
      phone: '204-945-2332',
      tollFree: '1-800-282-8069 (ext. 2332)',
      tty: '204-945-1437',
      email: 'psc@gov.mb.ca',
    });
    const ced = contactById(manitobaPack, 'ced');
    expect(ced.name.en).toBe('Communications and Engagement Division');
    expect(ced.phone).toBeUndefined();
    expect(ced.note?.en).toMatch(/media/);
    expect(ced.note?.en).toMatch(/supervisor/);
  });

  it('knows the government email domains and institution names', () => {
    const domains = manitobaPack.governmentEmailDomains;
    expect(domains[0]).toBe('gov.mb.ca');
    for (const d of [
      'leg.mb.ca',
      'gov.bc.ca',
      'gov.ab.ca',
      'gov.sk.ca',
      'ontario.ca',
      'gouv.qc.ca',
      'gc.ca',
      'canada.ca',
    ])
      expect(domains).toContain(d);
    expect(new Set(domains).size).toBe(domains.length);
    // Decisions documented in the pack's notes: the City of Winnipeg and Crown corporations are other employers.
    expect(domains).not.toContain('winnipeg.ca');
    expect(manitobaPack.institutionNames).not.toContain('Manitoba Hydro');
    expect(manitobaPack.notes?.join(' ')).toMatch(/winnipeg\.ca/);
    expect(manitobaPack.notes?.join(' ')).toMatch(/Manitoba Hydro/);
    for (const n of [
      'Government of Manitoba',
      'Manitoba government',
      'Province of Manitoba',
      'Manitoba Health',
      'Manitoba Justice',
      'Public Service Commission',
      'Communications and Engagement Division',
      'Shared Health',
    ])
      expect(manitobaPack.institutionNames).toContain(n);
    const lower = manitobaPack.institutionNames.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('names the related acts as the policy does', () => {
    const ids = manitobaPack.relatedActs.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['whistleblower', 'fippa', 'phia']));
    for (const a of manitobaPack.relatedActs) expect(flatSource).toContain(a.title);
  });

  it('has a French text for every English text', () => {
    const all = localizedStrings(manitobaPack);
    expect(all.length).toBeGreaterThan(60);
    for (const { path, l } of all) {
      expect(l.en?.trim(), path).toBeTruthy();
      expect(l.fr?.trim(), `${path} has no French`).toBeTruthy();
      expect(l.fr, `${path}: French is a copy of the English`).not.toBe(l.en);
    }
    for (const s of SECTIONS) expect(SECTION_TITLES[s].fr, s).toBeTruthy();
  });

  it('localizes', () => {
    const media = categoryById(manitobaPack, 'media');
    expect(localize(media.title, 'en')).toBe('A media request');
    expect(localize(media.title, 'fr')).toBe('Une demande des médias');
    expect(localize({ en: 'x', fr: '' }, 'fr')).toBe('x');
  });
});

describe('lookups', () => {
  it('throw a readable error for an unknown id', () => {
    expect(() => clauseById(manitobaPack, 'gr.nope')).toThrow(/manitoba-psc-2022.*clause "gr\.nope"/);
    expect(() => actionById(manitobaPack, 'nope')).toThrow(/action "nope"/);
    expect(() => contactById(manitobaPack, 'nope')).toThrow(/contact "nope"/);
    expect(() => categoryById(manitobaPack, 'nope' as CategoryId)).toThrow(/category "nope"/);
  });

  it('resolveClause prefers the precise clause and falls back to the category default', () => {
    expect(resolveClause(manitobaPack, 'confidential').id).toBe('gr.confidential');
    expect(resolveClause(manitobaPack, 'confidential', 'related.fippa').id).toBe('related.fippa');
    expect(resolveClause(manitobaPack, 'media', 'not.in-this-pack').id).toBe('gr.media');
  });
});

describe('parsePack rejects malformed packs with a readable error', () => {
  it('rejects what is not a pack', () => {
    expectRejected(null, /invalid policy pack/);
    expectRejected('manitoba', /invalid policy pack/);
    expectRejected({}, /^invalid policy pack:/, /\bid: missing \(expected string\)/, /and \d+ more/);
  });

  it('a clause missing while a category points at it', () => {
    const bad = broken((p) => {
      p.clauses = p.clauses.filter((c) => c.id !== 'gr.media');
    });
    expectRejected(bad, /categories\[\d+\]\.clause/, /category "media" points at unknown clause "gr\.media"/);
  });

  it('a clause missing its quote', () => {
    const bad = broken((p) => {
      delete (p.clauses[1] as Partial<PolicyPackInput['clauses'][number]>).quote;
    });
    expectRejected(bad, /clauses\[1\]\.quote: missing \(expected string\)/);
  });

  it('a category pointing at an unknown clause', () => {
    const bad = broken((p) => {
      p.categories[0]!.clause = 'gr.does-not-exist';
    });
    expectRejected(
      bad,
      /categories\[0\]\.clause: category "confidential" points at unknown clause "gr\.does-not-exist"/,
    );
  });

  it('a missing category', () => {
    const bad = broken((p) => {
      p.categories = p.categories.filter((c) => c.id !== 'disrepute');
    });
    expectRejected(bad, /categories: missing category "disrepute"/);
  });

  it('a bad email domain', () => {
    for (const d of ['@gov.mb.ca', 'GOV.MB.CA', 'gov mb ca', 'localhost']) {
      const bad = broken((p) => {
        p.governmentEmailDomains[0] = d;
      });
      expectRejected(bad, /governmentEmailDomains\[0\]/);
    }
    expectRejected(
      broken((p) => {
        p.governmentEmailDomains = [];
      }),
      /governmentEmailDomains/,
    );
  });

  it('duplicate ids', () => {
    const dupClause = broken((p) => {
      p.clauses.push(structuredClone(p.clauses[0]!));
    });
    expectRejected(dupClause, /clauses\[\d+\]\.id: duplicate clause id "ps\.obligations-apply"/);
    const dupAction = broken((p) => {
      p.actions.push(structuredClone(p.actions[0]!));
    });
    expectRejected(dupAction, /duplicate action id "rephrase"/);
    const dupCategory = broken((p) => {
      p.categories.push(structuredClone(p.categories[0]!));
    });
    expectRejected(dupCategory, /duplicate category id "confidential"/);
    const dupContact = broken((p) => {
      p.contacts.push(structuredClone(p.contacts[0]!));
    });
    expectRejected(dupContact, /duplicate contact id "psc"/);
  });

  it('unknown actions and contacts', () => {
    expectRejected(
      broken((p) => {
        p.clauses[0]!.actions.push('fly-away');
      }),
      /clauses\[0\]\.actions\[\d+\]: clause "ps\.obligations-apply" names unknown action "fly-away"/,
    );
    expectRejected(
      broken((p) => {
        p.actions[0]!.contact = 'nobody';
      }),
      /actions\[0\]\.contact: action "rephrase" names unknown contact "nobody"/,
    );
  });

  it('a missing French text, a bad id and a bad date', () => {
    expectRejected(
      broken((p) => {
        delete (p.categories[2]!.message as Partial<Localized>).fr;
      }),
      /categories\[2\]\.message\.fr/,
    );
    expectRejected(
      broken((p) => {
        p.clauses[0]!.id = 'Not An Id';
      }),
      /clauses\[0\]\.id: ids are lower-case/,
    );
    expectRejected(
      broken((p) => {
        p.effective = 'June 17, 2022';
      }),
      /effective/,
    );
  });
});

describe('another employer is one new pack file', () => {
  const r = parsePack(rawFixture);
  const pack = (r.ok ? r.pack : undefined) as PolicyPack;

  it('parses', () => {
    if (!r.ok) throw new Error(r.error);
    expect(pack.id).toBe('example-city-2024');
    expect(pack.governmentEmailDomains).toEqual(['exampleton.example']);
    expect(pack.clauses).toHaveLength(4);
    expect(pack.relatedActs).toEqual([]);
  });

  it('lookups work on it', () => {
    expect(clauseById(pack, 'ec.conduct').title.en).toBe('Be respectful online');
    expect(categoryById(pack, 'media').clause).toBe('ec.speaking');
    expect(actionById(pack, 'forward-media').contact).toBe('comms');
    expect(contactById(pack, 'comms').email).toBe('comms@exampleton.example');
    expect(localize(categoryById(pack, 'disrepute').title, 'fr')).toBe('Manque de respect');
    for (const id of CATEGORY_IDS) expect(hasClause(pack, categoryById(pack, id).clause)).toBe(true);
  });

  it('does not see the Manitoba clauses, and falls back to its own', () => {
    expect(() => clauseById(pack, 'gr.confidential')).toThrow(/example-city-2024.*clause "gr\.confidential"/);
    expect(resolveClause(pack, 'confidential', 'gr.confidential').id).toBe('ec.confidential');
    expect(resolveClause(pack, 'account-identity', 'def.personal').id).toBe('ec.accounts');
  });
});
