/**
 * Rule compositions from own66 (a working day told in detail) and own67 (risk said indirectly), each first
 * scored untouched: the false alarms those writers raised. Rules only (`learned: false` in `quietIn`), so
 * each test pins the rule itself. The sentences are new variations on those shapes, not the corpus
 * sentences; each group pairs near misses that must stay quiet with real cases that must still warn.
 */
import { describe, it } from 'vitest';
import { pinAll, quietIn } from './helpers.ts';

describe('years in a department are who the writer is, not the government speaking', () => {
  it('a work anniversary stays quiet', () => {
    quietIn(
      'Fifteen years at Vital Stats today. Still love stamping the first birth certificate of the year.',
      'government-voice',
    );
    quietIn('Twenty years in the branch and the coffee has never once been good.', 'government-voice');
  });
  pinAll([
    // the same years beside an opinion on a government matter
    [
      'Twenty years at Vital Stats and I can tell you the new fee is a mistake.',
      'government-voice',
      'Twenty years at Vital Stats',
      'gr.personal-views',
    ],
  ]);
});

describe("the writer's own family as the subject is theirs to share", () => {
  it('a parent or grandparent in the ER, in English or French, is not someone served', () => {
    quietIn('My dad waited 8 hours in the ER in Morden on Friday with a broken ankle.', 'personal-info');
    quietIn(
      'Mon grand-père de Saint-Malo, avec sa casquette verte, a fêté ses 90 ans hier. Son diabète est sous contrôle!',
      'personal-info',
    );
  });
  it("a relative's new government job is not the writer speaking", () => {
    quietIn(
      'Mon fils vient d’être engagé comme agent de conservation avec la Province! Tellement fier.',
      'government-voice',
    );
  });
  pinAll([
    // someone served, told by age and place, is still personal information
    [
      'My patient in bed 4 had a heart attack at 3am, the 80-year-old from Pilot Mound.',
      'personal-info',
      'My patient in bed 4',
      'gr.confidential',
    ],
    // the writer in the role, in French, still speaks for the government
    [
      'Je travaille comme agente de conservation avec la Province et je pense que la chasse devrait fermer.',
      'government-voice',
      'comme agente de conservation',
      'gr.personal-views',
    ],
  ]);
});

describe('a shop, minor sports, a foundation or a software company is not the government', () => {
  it('their closures, deadlines and numbers stay quiet', () => {
    quietIn(
      'Corydon Avenue Books will be closed Monday. We promise your special orders will be in Tuesday!',
      'commitment',
    );
    quietIn(
      'Reminder: Morden minor hockey registration closes Sunday, and we will cover fees for any family who asks.',
      'commitment',
    );
    quietIn(
      'Heads up, the Steinbach Foundation grant window closes at noon Friday. Get those forms in.',
      'commitment',
    );
    quietIn(
      "I do QA at a Brandon software company. Our churn numbers are confidential, but let's say I'm not worried.",
      'confidential',
    );
  });
  pinAll([
    // a provincial program's promise is still one
    [
      'Our crew will have your culvert fixed by Thursday, promise.',
      'commitment',
      'will have your',
      'gr.on-behalf',
    ],
  ]);
});

describe('a document heading on a joke, and paying someone back', () => {
  it('a memo or briefing note from or for home, a hobby or a shop is a joke in a document’s clothes', () => {
    quietIn('Internal memo from my 9 year old: screen time is a human right.', 'confidential');
    quietIn('Briefing note for my D&D group: bring chips, lich at 8.', 'confidential');
    quietIn('Internal report from our curling club: we lost again, the beer was good.', 'confidential');
  });
  it('the writer paying someone back is no promise of the government’s', () => {
    quietIn("I'll get your cheque to you Friday, Mike, thanks for fixing the fence.", 'commitment');
  });
  pinAll([
    // from a workplace, or no heading at all: still a document
    [
      'Internal memo from the deputy minister: the Dauphin office closes in June.',
      'confidential',
      'Internal memo',
      'gr.confidential',
    ],
    [
      'Briefing note I read today: they are moving rural EIA intake to phone only.',
      'confidential',
      'Briefing note',
      'gr.confidential',
    ],
  ]);
});

describe('an identifier behind a dotted keyword (own69)', () => {
  pinAll([
    [
      'P.H.I.N. 106 552 918, please call the unit back about your results.',
      'personal-info',
      '106 552 918',
      'related.phia',
    ],
  ]);
});

describe('false alarms from own68 (hard negatives) stay quiet', () => {
  it("a family's own care, a public document, a relayed promise and a request sent to Communications", () => {
    quietIn(
      "Our son's IEP review went great. His EA, Mr. Dueck, has been a blessing this year.",
      'personal-info',
    );
    quietIn(
      "Skimmed the minutes from the RM council meeting (they're posted on the municipal site) and the gravel budget is up again.",
      'confidential',
    );
    quietIn(
      "Le ministre dit qu'il va refaire le pont de Sainte-Agathe l'an prochain. On verra bien.",
      'commitment',
    );
    quietIn(
      "Sorry, can't comment on that one. You'd want to go through the department's communications team, they handle all media questions.",
      'media',
    );
  });
  pinAll([
    // someone served is still named; the writer's own promise is still one
    [
      "My client's son has an IEP meeting Friday, Ms. Lau says he's struggling with his ADHD.",
      'personal-info',
      'Ms. Lau',
      'gr.confidential',
    ],
  ]);
});
