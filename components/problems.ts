import type { SettingsProblem } from '../lib/settings/schema.ts';
import type { MessageKey, Translate } from './i18n.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
  sensitivity: 'fieldSensitivity',
  categories: 'fieldCategories',
  customTerms: 'fieldCustomTerms',
  allowList: 'fieldAllowList',
  supervisorEmail: 'fieldSupervisorEmail',
  language: 'fieldLanguage',
};

/** One settings problem in plain words. */
export function problemText(p: SettingsProblem, t: Translate): string {
  const managed = p.source === 'managed';
  const labelKey = p.key ? FIELD_LABELS[p.key] : undefined;
  const field = labelKey ? t(labelKey) : (p.key ?? '');
  switch (p.code) {
    case 'not-an-object':
      return t(managed ? 'problemNotObjectManaged' : 'problemNotObjectPersonal');
    case 'unreadable':
      return t(managed ? 'problemUnreadableManaged' : 'problemUnreadablePersonal');
    case 'invalid-value':
      return t(managed ? 'problemInvalidManaged' : 'problemInvalidPersonal', { field });
    case 'unknown-key':
      return t(managed ? 'problemUnknownManaged' : 'problemUnknownPersonal', { field });
  }
}
