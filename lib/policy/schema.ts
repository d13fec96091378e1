import { z } from 'zod';

/** The finding categories every policy pack maps onto. Stable ids: settings, tests and the UI key on them. */
export const CATEGORY_IDS = [
  'confidential',
  'personal-info',
  'commitment',
  'government-voice',
  'media',
  'disclaimer',
  'disrepute',
  'account-identity',
] as const;
export const CategoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryIdSchema>;

export const SECTIONS = [
  'Policy statement',
  'General requirements',
  'Principles',
  'Responsibilities',
  'Definitions',
  'Compliance',
  'Related policies',
] as const;

/** Text in the pack's languages. English is required; French is shown when the UI is in French. */
export const LocalizedSchema = z.object({ en: z.string().min(1), fr: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedSchema>;

const id = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case words joined by - or .');

export const ActionSchema = z.object({
  id,
  kind: z.enum([
    'rephrase',
    'ask-supervisor',
    'forward-media',
    'protected-disclosure',
    'remove-identifier',
    'account-settings',
    'note',
  ]),
  label: LocalizedSchema,
  /** Optional contact id this action points to. */
  contact: id.optional(),
});
export type Action = z.infer<typeof ActionSchema>;

export const ClauseSchema = z.object({
  id,
  title: LocalizedSchema,
  /** The policy's own words, quoted exactly (English, as published). */
  quote: z.string().min(10),
  section: z.enum(SECTIONS),
  /** Heading inside the section, e.g. "Employees" under Responsibilities. */
  subsection: z.string().optional(),
  actions: z.array(id),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const CategorySchema = z.object({
  id: CategoryIdSchema,
  title: LocalizedSchema,
  /** Clause a finding of this category points at unless the detector names a more precise one. */
  clause: id,
  /** Why this matters, in plain language. */
  message: LocalizedSchema,
  /** What to do. */
  suggestion: LocalizedSchema,
  actions: z.array(id),
});
export type Category = z.infer<typeof CategorySchema>;

export const ContactSchema = z.object({
  id,
  name: LocalizedSchema,
  phone: z.string().optional(),
  tollFree: z.string().optional(),
  tty: z.string().optional(),
  email: z.string().email().optional(),
  note: LocalizedSchema.optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const RelatedActSchema = z.object({ id, title: z.string().min(3), note: LocalizedSchema });

export const PolicyPackSchema = z
  .object({
    id,
    name: LocalizedSchema,
    employer: z.string().min(2),
    effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: z.string().min(3),
    /** Email domains of this employer (government addresses that must not tie a personal account). */
    governmentEmailDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1),
    /** Names of the employer and its units, used to spot institutional self-reference and identity. */
    institutionNames: z.array(z.string().min(2)).default([]),
    clauses: z.array(ClauseSchema).min(1),
    categories: z.array(CategorySchema),
    actions: z.array(ActionSchema),
    contacts: z.array(ContactSchema),
    relatedActs: z.array(RelatedActSchema).default([]),
    /** Maintainers' notes: decisions taken when writing the pack (which domains and names, and why). */
    notes: z.array(z.string()).optional(),
  })
  .superRefine((pack, ctx) => {
    const clauseIds = new Set(pack.clauses.map((c) => c.id));
    const actionIds = new Set(pack.actions.map((a) => a.id));
    const contactIds = new Set(pack.contacts.map((c) => c.id));
    const dup = (ids: string[], what: string, list: string) => {
      const seen = new Set<string>();
      ids.forEach((i, n) => {
        if (seen.has(i))
          ctx.addIssue({ code: 'custom', path: [list, n, 'id'], message: `duplicate ${what} id "${i}"` });
        seen.add(i);
      });
    };
    dup(
      pack.clauses.map((c) => c.id),
      'clause',
      'clauses',
    );
    dup(
      pack.actions.map((a) => a.id),
      'action',
      'actions',
    );
    dup(
      pack.contacts.map((c) => c.id),
      'contact',
      'contacts',
    );
    dup(
      pack.categories.map((c) => c.id),
      'category',
      'categories',
    );
    const categoryIds = new Set(pack.categories.map((c) => c.id));
    for (const want of CATEGORY_IDS)
      if (!categoryIds.has(want))
        ctx.addIssue({ code: 'custom', path: ['categories'], message: `missing category "${want}"` });
    pack.categories.forEach((cat, n) => {
      if (!clauseIds.has(cat.clause))
        ctx.addIssue({
          code: 'custom',
          path: ['categories', n, 'clause'],
          message: `category "${cat.id}" points at unknown clause "${cat.clause}"`,
        });
      cat.actions.forEach((a, k) => {
        if (!actionIds.has(a))
          ctx.addIssue({
            code: 'custom',
            path: ['categories', n, 'actions', k],
            message: `category "${cat.id}" names unknown action "${a}"`,
          });
      });
    });
    pack.clauses.forEach((cl, n) => {
      cl.actions.forEach((a, k) => {
        if (!actionIds.has(a))
          ctx.addIssue({
            code: 'custom',
            path: ['clauses', n, 'actions', k],
            message: `clause "${cl.id}" names unknown action "${a}"`,
          });
      });
    });
    pack.actions.forEach((a, n) => {
      if (a.contact && !contactIds.has(a.contact))
        ctx.addIssue({
          code: 'custom',
          path: ['actions', n, 'contact'],
          message: `action "${a.id}" names unknown contact "${a.contact}"`,
        });
    });
  });
export type PolicyPack = z.infer<typeof PolicyPackSchema>;
export type PolicyPackInput = z.input<typeof PolicyPackSchema>;
