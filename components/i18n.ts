/**
 * UI strings in English and French: a small typed dictionary rather than browser.i18n, because the
 * language follows the person's setting (auto = the browser's language), which browser.i18n cannot do.
 * Every key must exist in both languages (the type of `fr` enforces it).
 */
import type { UiLang } from '../lib/settings/schema.ts';

const en = {
  appName: 'Second Look',
  close: 'Close',
  // Indicator and panel (in the page)
  indicatorChecking: 'Second Look: checking this draft',
  indicatorClean: 'Second Look: nothing found in this draft',
  indicatorFoundOne: 'Second Look: 1 thing to look at before posting',
  indicatorFoundMany: 'Second Look: {n} things to look at before posting',
  indicatorInfoOnly: 'Second Look: {n} note(s) about this draft',
  indicatorError: 'Second Look could not check this draft',
  panelNothing: 'Nothing found in this draft.',
  panelError: 'Second Look could not check this draft. You can still post.',
  warning: 'Warning',
  note: 'Note',
  policyClause: 'Policy: {clause}',
  whatToDo: 'What to do:',
  youDecide: 'You decide. Second Look never changes your text.',
  // Dialog at submit
  dialogTitle: 'Before you post',
  dialogIntro: 'Second Look found something in this draft that may go against the social media policy.',
  findingsLabel: 'What Second Look found',
  editPost: 'Edit post',
  postAnyway: 'Post anyway',
  askSupervisor: 'Ask my supervisor',
  includeDraft: 'Include my draft in the e-mail',
  noSupervisor: 'No supervisor address is set yet: add one in Second Look’s settings.',
  mailSubject: 'Can I post this? (Second Look)',
  mailIntro:
    'Hello,\n\nBefore posting on {site}, Second Look pointed out the following. Could you tell me whether it is appropriate to post?',
  mailDraftHeading: 'My draft:',
  mailNoDraft: '(My draft is not included.)',
  mailFindingLine: '- {category} (policy: {clause})',
  // E-mail field
  emailWarningTitle: 'A government address on a personal account',
  // Popup
  statusWatchingOne: 'Watching 1 compose box',
  statusWatchingMany: 'Watching {n} compose boxes',
  statusNotRecognised: 'This page’s compose box was not recognised',
  statusInactive: 'Second Look is not active on this site.',
  statusNoPage: 'Open a social media site to use Second Look.',
  platformLabel: 'Site: {name}',
  enableSite: 'Enable Second Look on {host}',
  platformDetected: 'This looks like {name}.',
  enableExplain:
    'Your browser will ask to let Second Look read this site. Second Look checks drafts on your computer; nothing is sent anywhere.',
  enableDenied: 'Permission was not given. Second Look stays off on this site.',
  enabledReload: 'Enabled. Second Look is now watching this site.',
  markersTitle: 'Selector health',
  markerFound: 'found',
  markerMissing: 'not found',
  latestTitle: 'Latest warnings on this tab',
  latestNone: 'No warnings on this tab so far.',
  referenceTitle: 'Policy quick reference',
  referenceSource: 'Manitoba Public Service Commission, Social Media Policy (effective June 17, 2022)',
  contactsTitle: 'Contacts',
  phone: 'Phone',
  tollFree: 'Toll free',
  tty: 'TDD/TTY',
  email: 'E-mail',
  mediaRule:
    'Media requests for statements or interviews: forward them to the Communications and Engagement Division.',
  openOptions: 'Settings',
  managedNote: 'Some settings are set by your organisation.',
  problemsTitle: 'Some settings could not be used. Safe defaults apply instead:',
  problemNotObjectPersonal: 'Your saved settings could not be read.',
  problemNotObjectManaged: 'Your organisation’s policy for Second Look could not be read.',
  problemUnreadablePersonal: 'Your saved settings could not be read.',
  problemUnreadableManaged: 'Your organisation’s policy for Second Look could not be read.',
  problemInvalidPersonal: 'Your setting “{field}” is not valid.',
  problemInvalidManaged: 'Your organisation’s setting “{field}” is not valid.',
  problemUnknownPersonal: 'Unknown setting “{field}” was ignored.',
  problemUnknownManaged: 'Unknown setting “{field}” in your organisation’s policy was ignored.',
  // Options
  optionsTitle: 'Second Look settings',
  privacy:
    'Second Look checks drafts on this computer. Nothing is sent anywhere, drafts are never saved, and settings stay on this computer.',
  fieldSensitivity: 'Sensitivity',
  sensitivityStrict: 'Strict: warn about more, including borderline wording',
  sensitivityBalanced: 'Balanced (recommended)',
  sensitivityRelaxed: 'Relaxed: warn only when fairly sure',
  fieldLearned: 'Learned scorer',
  learnedScorer:
    'Also use the learned scorer: it catches more risky drafts, with a few more warnings that turn out to be fine',
  fieldCategories: 'What to check',
  fieldCustomTerms: 'Confidential terms',
  helpCustomTerms: 'Internal project or system names that should always be flagged. One per line.',
  fieldAllowList: 'Phrases never to flag',
  helpAllowList: 'One per line.',
  fieldSupervisorEmail: 'Supervisor’s e-mail',
  helpSupervisorEmail: 'Used by “Ask my supervisor”. Your draft is only included if you tick the box.',
  invalidEmail: 'This is not a valid e-mail address.',
  fieldLanguage: 'Language',
  languageAuto: 'Same as the browser',
  languageEn: 'English',
  languageFr: 'Français',
  fieldSites: 'Other sites',
  helpSites:
    'Second Look always watches the major platforms. Mastodon servers and other sites are added here or from the toolbar button.',
  sitesNone: 'No other sites yet.',
  removeSite: 'Remove {site}',
  addSiteLabel: 'Site address',
  addSite: 'Add site',
  addSiteInvalid: 'Enter a web address such as https://mastodon.social',
  lockedNote: 'Set by your organisation',
  save: 'Save',
  saved: 'Saved.',
  saveFailed: 'Could not save.',
  resetDefaults: 'Reset to defaults',
  errorsTitle: 'Recent problems',
  errorsNone: 'None.',
  errorsHelp: 'When a check fails, the post is let through and the problem is noted here (never the draft).',
  clearErrors: 'Clear',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  appName: 'Second regard',
  close: 'Fermer',
  indicatorChecking: 'Second regard : vérification du brouillon',
  indicatorClean: 'Second regard : rien à signaler dans ce brouillon',
  indicatorFoundOne: 'Second regard : 1 point à revoir avant de publier',
  indicatorFoundMany: 'Second regard : {n} points à revoir avant de publier',
  indicatorInfoOnly: 'Second regard : {n} remarque(s) sur ce brouillon',
  indicatorError: 'Second regard n’a pas pu vérifier ce brouillon',
  panelNothing: 'Rien à signaler dans ce brouillon.',
  panelError: 'Second regard n’a pas pu vérifier ce brouillon. Vous pouvez quand même publier.',
  warning: 'Avertissement',
  note: 'Remarque',
  policyClause: 'Politique : {clause}',
  whatToDo: 'Que faire :',
  youDecide: 'C’est vous qui décidez. Second regard ne modifie jamais votre texte.',
  dialogTitle: 'Avant de publier',
  dialogIntro:
    'Second regard a relevé dans ce brouillon un élément qui pourrait aller à l’encontre de la politique sur les médias sociaux.',
  findingsLabel: 'Ce que Second regard a relevé',
  editPost: 'Modifier la publication',
  postAnyway: 'Publier quand même',
  askSupervisor: 'Demander à mon superviseur',
  includeDraft: 'Joindre mon brouillon au courriel',
  noSupervisor:
    'Aucune adresse de superviseur n’est définie : ajoutez-en une dans les paramètres de Second regard.',
  mailSubject: 'Puis-je publier ceci? (Second regard)',
  mailIntro:
    'Bonjour,\n\nAvant de publier sur {site}, Second regard a relevé ce qui suit. Pourriez-vous me dire s’il convient de publier?',
  mailDraftHeading: 'Mon brouillon :',
  mailNoDraft: '(Mon brouillon n’est pas joint.)',
  mailFindingLine: '- {category} (politique : {clause})',
  emailWarningTitle: 'Une adresse gouvernementale sur un compte personnel',
  statusWatchingOne: 'Surveille 1 zone de rédaction',
  statusWatchingMany: 'Surveille {n} zones de rédaction',
  statusNotRecognised: 'La zone de rédaction de cette page n’a pas été reconnue',
  statusInactive: 'Second regard n’est pas actif sur ce site.',
  statusNoPage: 'Ouvrez un site de médias sociaux pour utiliser Second regard.',
  platformLabel: 'Site : {name}',
  enableSite: 'Activer Second regard sur {host}',
  platformDetected: 'Ce site semble être {name}.',
  enableExplain:
    'Votre navigateur vous demandera d’autoriser Second regard à lire ce site. Les brouillons sont vérifiés sur votre ordinateur; rien n’est envoyé.',
  enableDenied: 'L’autorisation n’a pas été accordée. Second regard reste désactivé sur ce site.',
  enabledReload: 'Activé. Second regard surveille maintenant ce site.',
  markersTitle: 'État des sélecteurs',
  markerFound: 'trouvé',
  markerMissing: 'introuvable',
  latestTitle: 'Derniers avertissements dans cet onglet',
  latestNone: 'Aucun avertissement dans cet onglet pour l’instant.',
  referenceTitle: 'Aide-mémoire de la politique',
  referenceSource:
    'Commission de la fonction publique du Manitoba, Politique sur les médias sociaux (en vigueur le 17 juin 2022)',
  contactsTitle: 'Personnes-ressources',
  phone: 'Téléphone',
  tollFree: 'Sans frais',
  tty: 'ATS',
  email: 'Courriel',
  mediaRule:
    'Demandes de déclaration ou d’entrevue des médias : transmettez-les à la Division des communications et de la mobilisation.',
  openOptions: 'Paramètres',
  managedNote: 'Certains paramètres sont définis par votre organisation.',
  problemsTitle: 'Certains paramètres sont inutilisables. Des valeurs par défaut sûres s’appliquent :',
  problemNotObjectPersonal: 'Vos paramètres enregistrés sont illisibles.',
  problemNotObjectManaged: 'La politique de votre organisation pour Second regard est illisible.',
  problemUnreadablePersonal: 'Vos paramètres enregistrés sont illisibles.',
  problemUnreadableManaged: 'La politique de votre organisation pour Second regard est illisible.',
  problemInvalidPersonal: 'Votre paramètre « {field} » n’est pas valide.',
  problemInvalidManaged: 'Le paramètre « {field} » de votre organisation n’est pas valide.',
  problemUnknownPersonal: 'Le paramètre inconnu « {field} » a été ignoré.',
  problemUnknownManaged:
    'Le paramètre inconnu « {field} » de la politique de votre organisation a été ignoré.',
  optionsTitle: 'Paramètres de Second regard',
  privacy:
    'Second regard vérifie les brouillons sur cet ordinateur. Rien n’est envoyé, les brouillons ne sont jamais enregistrés et les paramètres restent sur cet ordinateur.',
  fieldSensitivity: 'Sensibilité',
  sensitivityStrict: 'Stricte : avertir davantage, y compris pour les formulations limites',
  sensitivityBalanced: 'Équilibrée (recommandée)',
  sensitivityRelaxed: 'Souple : avertir seulement en cas de quasi-certitude',
  fieldLearned: 'Évaluateur appris',
  learnedScorer:
    "Utiliser aussi l'évaluateur appris : il repère plus de brouillons à risque, avec quelques avertissements de plus qui s'avèrent sans objet",
  fieldCategories: 'Éléments à vérifier',
  fieldCustomTerms: 'Termes confidentiels',
  helpCustomTerms: 'Noms de projets ou de systèmes internes à toujours signaler. Un par ligne.',
  fieldAllowList: 'Expressions à ne jamais signaler',
  helpAllowList: 'Une par ligne.',
  fieldSupervisorEmail: 'Courriel de votre superviseur',
  helpSupervisorEmail:
    'Utilisé par « Demander à mon superviseur ». Votre brouillon n’est joint que si vous cochez la case.',
  invalidEmail: 'Cette adresse courriel n’est pas valide.',
  fieldLanguage: 'Langue',
  languageAuto: 'Celle du navigateur',
  languageEn: 'English',
  languageFr: 'Français',
  fieldSites: 'Autres sites',
  helpSites:
    'Second regard surveille toujours les grandes plateformes. Les serveurs Mastodon et les autres sites s’ajoutent ici ou depuis le bouton de la barre d’outils.',
  sitesNone: 'Aucun autre site pour l’instant.',
  removeSite: 'Retirer {site}',
  addSiteLabel: 'Adresse du site',
  addSite: 'Ajouter le site',
  addSiteInvalid: 'Entrez une adresse Web comme https://mastodon.social',
  lockedNote: 'Défini par votre organisation',
  save: 'Enregistrer',
  saved: 'Enregistré.',
  saveFailed: 'Échec de l’enregistrement.',
  resetDefaults: 'Rétablir les valeurs par défaut',
  errorsTitle: 'Problèmes récents',
  errorsNone: 'Aucun.',
  errorsHelp:
    'Quand une vérification échoue, la publication passe et le problème est noté ici (jamais le brouillon).',
  clearErrors: 'Effacer',
};

const DICTS: Record<UiLang, Record<MessageKey, string>> = { en, fr };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: UiLang): Translate {
  const dict = DICTS[lang];
  return (key, vars) => {
    let s = dict[key] ?? en[key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** Every key, for tests. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
export const DICTIONARIES = DICTS;
