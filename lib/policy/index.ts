/**
 * The rulebook as data. A policy pack (one JSON file in `packs/`) holds an employer's social media policy:
 * the clauses quoted word for word, the eight finding categories mapped onto them, the actions and contacts
 * the warning offers, and the employer's email domains and institution names. Another employer's policy is
 * one new JSON file checked by `parsePack`.
 *
 * Pure: no DOM, no browser API, no I/O beyond the bundled JSON import.
 */
import manitobaData from './packs/manitoba-psc-2022.json' with { type: 'json' };
import type { Action, Category, CategoryId, Clause, Contact, Localized, PolicyPack } from './schema.ts';
import { PolicyPackSchema, type SECTIONS } from './schema.ts';

export * from './schema.ts';

export type Lang = 'en' | 'fr';
export type Section = (typeof SECTIONS)[number];

export type ParsePackResult = { ok: true; pack: PolicyPack } | { ok: false; error: string };

/** How many problems `parsePack` spells out before summarising the rest. */
const MAX_LISTED_ISSUES = 5;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(pack)';
}

/**
 * Validate an unknown value (e.g. a parsed JSON file) as a policy pack.
 * On failure, `error` names the path of the first problems, one a line:
 * `invalid policy pack: categories[4].clause: category "media" points at unknown clause "gr.nope"`.
 */
export function parsePack(input: unknown): ParsePackResult {
  const result = PolicyPackSchema.safeParse(input);
  if (result.success) return { ok: true, pack: result.data };
  const issues = result.error.issues;
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((i) => {
    const missing = i.code === 'invalid_type' && /received undefined$/.test(i.message);
    return `${formatPath(i.path)}: ${missing ? `missing (expected ${i.expected})` : i.message}`;
  });
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`... and ${issues.length - MAX_LISTED_ISSUES} more`);
  const head = lines.length === 1 ? 'invalid policy pack: ' : 'invalid policy pack:\n  ';
  return { ok: false, error: head + lines.join('\n  ') };
}

function loadBundled(input: unknown): PolicyPack {
  const r = parsePack(input);
  if (!r.ok) throw new Error(r.error);
  return r.pack;
}

/** The Manitoba Public Service Commission's Social Media Policy (effective June 17, 2022), validated at load. */
export const manitobaPack: PolicyPack = loadBundled(manitobaData);

/** Every pack shipped with the extension, by id. */
export const bundledPacks: Readonly<Record<string, PolicyPack>> = { [manitobaPack.id]: manitobaPack };

interface PackIndex {
  clauses: Map<string, Clause>;
  categories: Map<string, Category>;
  actions: Map<string, Action>;
  contacts: Map<string, Contact>;
}

const indexes = new WeakMap<PolicyPack, PackIndex>();

function indexOf(pack: PolicyPack): PackIndex {
  let idx = indexes.get(pack);
  if (!idx) {
    idx = {
      clauses: new Map(pack.clauses.map((c) => [c.id, c])),
      categories: new Map(pack.categories.map((c) => [c.id, c])),
      actions: new Map(pack.actions.map((a) => [a.id, a])),
      contacts: new Map(pack.contacts.map((c) => [c.id, c])),
    };
    indexes.set(pack, idx);
  }
  return idx;
}

function lookup<T>(map: Map<string, T>, pack: PolicyPack, what: string, id: string): T {
  const found = map.get(id);
  if (found === undefined) {
    const known = [...map.keys()].join(', ');
    throw new Error(`policy pack "${pack.id}" has no ${what} "${id}" (known: ${known})`);
  }
  return found;
}

/*
 * Lookups THROW on an unknown id: ids are a contract between the pack and the code, so a typo must fail
 * loudly in tests rather than show an empty warning. Use `hasClause` or `resolveClause` where a pack may
 * legitimately lack an id (a detector naming a Manitoba clause while another employer's pack is active).
 * Lookups are O(1): each pack is indexed once, on first use.
 */

export function clauseById(pack: PolicyPack, id: string): Clause {
  return lookup(indexOf(pack).clauses, pack, 'clause', id);
}

export function categoryById(pack: PolicyPack, id: CategoryId): Category {
  return lookup(indexOf(pack).categories, pack, 'category', id);
}

export function actionById(pack: PolicyPack, id: string): Action {
  return lookup(indexOf(pack).actions, pack, 'action', id);
}

export function contactById(pack: PolicyPack, id: string): Contact {
  return lookup(indexOf(pack).contacts, pack, 'contact', id);
}

export function hasClause(pack: PolicyPack, id: string): boolean {
  return indexOf(pack).clauses.has(id);
}

/**
 * The clause a finding cites: the precise clause the detector named if this pack has it, otherwise the
 * category's default clause. Never throws for a valid pack (every pack has all eight categories).
 */
export function resolveClause(pack: PolicyPack, category: CategoryId, clauseId?: string): Clause {
  const idx = indexOf(pack);
  const precise = clauseId === undefined ? undefined : idx.clauses.get(clauseId);
  return precise ?? clauseById(pack, categoryById(pack, category).clause);
}

/** The text in the wanted language; English if the French is somehow empty. */
export function localize(l: Localized, lang: Lang): string {
  return l[lang] || l.en;
}

/** Section headings of the policy, for the UI (the policy is published in English; these translate them). */
export const SECTION_TITLES: Readonly<Record<Section, Localized>> = {
  'Policy statement': { en: 'Policy statement', fr: 'Énoncé de politique' },
  'General requirements': { en: 'General requirements', fr: 'Exigences générales' },
  Principles: { en: 'Principles', fr: 'Principes' },
  Responsibilities: { en: 'Responsibilities', fr: 'Responsabilités' },
  Definitions: { en: 'Definitions', fr: 'Définitions' },
  Compliance: { en: 'Compliance', fr: 'Conformité' },
  'Related policies': { en: 'Related policies', fr: 'Politiques connexes' },
};
