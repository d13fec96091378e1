/**
 * Personal settings and the administrator's managed policy: schema, safe defaults, parsing and merging.
 *
 * Pure: no browser API (storage lives in `./storage.ts`), so it is unit-tested in Node.
 *
 * Rules:
 * - Personal settings live in `storage.local` (never `storage.sync`: synced data would leave the machine).
 * - Each field is validated on its own. A malformed field falls back to its safe default and produces a
 *   `SettingsProblem`, which the options page and the popup show; the rest of the settings still apply.
 * - Managed values (chrome.storage.managed, declared in `public/managed_schema.json`) override and lock the
 *   personal ones. A malformed managed field falls back to the safe default and stays locked (the
 *   administrator meant to decide it; the person does not get to weaken it because the policy has a typo).
 *   A managed policy that is not an object at all is ignored, with a problem reported.
 */

import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId, CategoryIdSchema } from '../policy/schema.ts';

export type { CategoryId };
export { CATEGORY_IDS };

export const SENSITIVITIES = ['strict', 'balanced', 'relaxed'] as const;
export type SensitivitySetting = (typeof SENSITIVITIES)[number];
export const LANGUAGES = ['auto', 'en', 'fr'] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];
export type UiLang = 'en' | 'fr';

export const MAX_TERMS = 200;
export const MAX_TERM_LENGTH = 200;

const term = z.string().trim().min(1).max(MAX_TERM_LENGTH);
const terms = z
  .array(term)
  .max(MAX_TERMS)
  .transform((list) => [...new Set(list)]);

/** One schema per field: each is validated (and falls back) on its own. */
export const FIELD_SCHEMAS = {
  sensitivity: z.enum(SENSITIVITIES),
  categories: z.partialRecord(CategoryIdSchema, z.boolean()),
  customTerms: terms,
  allowList: terms,
  supervisorEmail: z.union([z.literal(''), z.email().max(254)]),
  language: z.enum(LANGUAGES),
  learnedScorer: z.boolean(),
} as const;

export type SettingKey = keyof typeof FIELD_SCHEMAS;
export const SETTING_KEYS = Object.keys(FIELD_SCHEMAS) as SettingKey[];

export interface Settings {
  sensitivity: SensitivitySetting;
  /** Every category, on or off. */
  categories: Record<CategoryId, boolean>;
  /** Internal project or system names: always flagged as confidential. */
  customTerms: string[];
  /** Phrases that never flag. */
  allowList: string[];
  /** Address the "Ask my supervisor" e-mail goes to ('' = none configured). */
  supervisorEmail: string;
  language: LanguageSetting;
  /** The learned scorer adds findings the rules only half-saw; off = rules only (fewer false alarms). */
  learnedScorer: boolean;
}

export function defaultSettings(): Settings {
  return {
    sensitivity: 'balanced',
    categories: Object.fromEntries(CATEGORY_IDS.map((id) => [id, true])) as Record<CategoryId, boolean>,
    customTerms: [],
    allowList: [],
    supervisorEmail: '',
    language: 'auto',
    learnedScorer: true,
  };
}

export type ProblemSource = 'personal' | 'managed';
export type ProblemCode = 'not-an-object' | 'invalid-value' | 'unknown-key' | 'unreadable';

/** Something in the stored settings could not be used. Shown (translated) in options and popup. */
export interface SettingsProblem {
  source: ProblemSource;
  code: ProblemCode;
  /** The field concerned, when there is one. */
  key?: string;
}

/** A lock: a whole field, or one category (`categories.media`). */
export type LockKey = SettingKey | `categories.${CategoryId}`;

export interface EffectiveSettings {
  settings: Settings;
  /** Fields (and single categories) set by the administrator: shown read-only. */
  locked: LockKey[];
  problems: SettingsProblem[];
}

/** Partial settings as read from one source, with the problems met while reading it. */
export interface ParsedSource {
  values: Partial<Settings>;
  /** Keys whose value was present but malformed (they fall back to defaults). */
  invalid: SettingKey[];
  problems: SettingsProblem[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Read one source (personal or managed) field by field. `undefined`/`null` means "nothing stored" and is
 * not a problem; anything else that is not an object is.
 */
export function parseSource(raw: unknown, source: ProblemSource): ParsedSource {
  const out: ParsedSource = { values: {}, invalid: [], problems: [] };
  if (raw === undefined || raw === null) return out;
  if (!isPlainObject(raw)) {
    out.problems.push({ source, code: 'not-an-object' });
    return out;
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in FIELD_SCHEMAS)) {
      // Tolerate our own bookkeeping keys; report anything else so an admin's typo is visible.
      if (key !== 'version') out.problems.push({ source, code: 'unknown-key', key });
      continue;
    }
    const k = key as SettingKey;
    if (value === undefined) continue;
    const parsed = FIELD_SCHEMAS[k].safeParse(value);
    if (parsed.success) values[k] = parsed.data;
    else {
      out.invalid.push(k);
      out.problems.push({ source, code: 'invalid-value', key: k });
    }
  }
  out.values = values as Partial<Settings>;
  return out;
}

/** Apply one parsed source on top of a base (categories merge per category). */
function apply(base: Settings, values: Partial<Settings>): Settings {
  const next: Settings = { ...base, categories: { ...base.categories } };
  for (const k of SETTING_KEYS) {
    const v = values[k];
    if (v === undefined) continue;
    if (k === 'categories') Object.assign(next.categories, v);
    else (next as unknown as Record<string, unknown>)[k] = v;
  }
  return next;
}

/**
 * Effective settings = defaults ← personal ← managed. Managed keys (and managed categories) are locked.
 * Malformed managed fields are reset to the default and locked.
 */
export function mergeSettings(personalRaw: unknown, managedRaw: unknown): EffectiveSettings {
  const personal = parseSource(personalRaw, 'personal');
  const managed = parseSource(managedRaw, 'managed');
  const defaults = defaultSettings();
  let settings = apply(defaults, personal.values);
  settings = apply(settings, managed.values);
  const locked = new Set<LockKey>();
  for (const k of SETTING_KEYS) {
    const v = managed.values[k];
    if (v === undefined) continue;
    if (k === 'categories') {
      for (const id of Object.keys(v) as CategoryId[]) locked.add(`categories.${id}`);
    } else locked.add(k);
  }
  for (const k of managed.invalid) {
    if (k === 'categories') {
      settings.categories = { ...defaults.categories };
      for (const id of CATEGORY_IDS) locked.add(`categories.${id}`);
    } else {
      (settings as unknown as Record<string, unknown>)[k] = defaults[k];
      locked.add(k);
    }
  }
  return { settings, locked: [...locked], problems: [...personal.problems, ...managed.problems] };
}

export function isLocked(eff: Pick<EffectiveSettings, 'locked'>, key: LockKey): boolean {
  if (eff.locked.includes(key)) return true;
  return key.startsWith('categories.') && eff.locked.includes('categories');
}

/** The UI language: the person's choice, else the browser's. */
export function resolveLang(setting: LanguageSetting, browserLang: string | undefined): UiLang {
  if (setting === 'en' || setting === 'fr') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The analyzer options these settings ask for. */
export function analyzerOptions(s: Settings, lang: UiLang) {
  return {
    sensitivity: s.sensitivity,
    categories: CATEGORY_IDS.filter((id) => s.categories[id]),
    customTerms: s.customTerms,
    allowList: s.allowList,
    lang,
    learned: s.learnedScorer,
  };
}

/**
 * Personal settings to store after the person edits `patch` in the options page. Locked keys are never
 * written (the managed value wins anyway, and the person's own value stays what it was).
 */
export function applyPersonalPatch(
  storedRaw: unknown,
  patch: Partial<Settings>,
  eff: Pick<EffectiveSettings, 'locked'>,
): Partial<Settings> & { version: 1 } {
  const current = parseSource(storedRaw, 'personal').values;
  const next: Record<string, unknown> = { ...current };
  for (const k of SETTING_KEYS) {
    const v = patch[k];
    if (v === undefined) continue;
    if (k === 'categories') {
      const cats: Partial<Record<CategoryId, boolean>> = { ...(current.categories ?? {}) };
      for (const [id, on] of Object.entries(v as Record<CategoryId, boolean>)) {
        if (!isLocked(eff, `categories.${id as CategoryId}`)) cats[id as CategoryId] = on;
      }
      next.categories = cats;
      continue;
    }
    if (isLocked(eff, k)) continue;
    const parsed = FIELD_SCHEMAS[k].safeParse(v);
    if (parsed.success) next[k] = parsed.data;
  }
  return { ...(next as Partial<Settings>), version: 1 };
}

/** Split a textarea (one term a line) into terms: trimmed, empty lines dropped, duplicates removed. */
export function parseTermList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t && t.length <= MAX_TERM_LENGTH && !out.includes(t)) out.push(t);
  }
  return out.slice(0, MAX_TERMS);
}
