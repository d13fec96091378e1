/**
 * The managed-storage schema Chrome validates an administrator's policy against
 * (`storage.managed_schema` in the manifest; written to `managed_schema.json` at build time by
 * wxt.config.ts). Same keys as the personal settings; every key present is enforced and locked.
 * The extension validates the values again itself (lib/settings/schema.ts) and never trusts this alone.
 */
import { CATEGORY_IDS } from '../policy/schema.ts';
import { LANGUAGES, MAX_TERM_LENGTH, MAX_TERMS, SENSITIVITIES } from './schema.ts';

// Chrome's policy schema dialect knows type/properties/items/enum/title/description (no maxItems):
// lengths are checked by the extension itself (at most MAX_TERMS terms of MAX_TERM_LENGTH characters).
const termList = (description: string) => ({
  type: 'array',
  description: `${description} (At most ${MAX_TERMS} terms of ${MAX_TERM_LENGTH} characters.)`,
  items: { type: 'string' },
});

export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    sensitivity: {
      title: 'Sensitivity',
      description: 'How readily Second Look warns: strict, balanced or relaxed.',
      type: 'string',
      enum: [...SENSITIVITIES],
    },
    categories: {
      title: 'Categories',
      description: 'Finding categories turned on (true) or off (false). Listed categories are locked.',
      type: 'object',
      properties: Object.fromEntries(CATEGORY_IDS.map((id) => [id, { type: 'boolean' }])),
    },
    customTerms: termList('Internal project or system names that are always flagged as confidential.'),
    allowList: termList('Phrases that never flag.'),
    supervisorEmail: {
      title: 'Supervisor e-mail',
      description: 'Address used by "Ask my supervisor".',
      type: 'string',
    },
    learnedScorer: {
      title: 'Learned scorer',
      description:
        'true (default): the learned scorer adds findings the rules only half-saw; false: rules only, fewer false alarms.',
      type: 'boolean',
    },
    language: {
      title: 'Language',
      description: 'Interface language: auto (browser), en or fr.',
      type: 'string',
      enum: [...LANGUAGES],
    },
  },
} as const;
