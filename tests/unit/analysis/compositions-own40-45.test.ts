/**
 * Rule compositions from own40–own45 (each first scored untouched): first the false alarms those new
 * writers raised, then the shapes they found that the rules missed. Rules only (`learned: false`), so
 * each test pins the rule itself. The sentences are new variations on those shapes, not the corpus
 * sentences; each group pairs near misses that must stay quiet with real cases that must still warn.
 */
import { describe, it } from 'vitest';
import { pinAll, quietIn } from './helpers.ts';

describe('false alarms from the own40–own45 writers stay quiet', () => {
  it('a bad commute, a private boss or a sports crowd is not contempt for the public', () => {
    quietIn('Traffic on the Perimeter was absolute shit this morning. Send coffee.', 'disrepute');
    quietIn('The weather in Thompson this week is pure garbage.', 'disrepute');
    quietIn('My manager at Tim Hortons is a clown, two weeks notice going in.', 'disrepute');
  });
  it("a private job, a volunteer group or the writer's own family is not the government's business", () => {
    quietIn(
      'My supervisor at the credit union says the Neepawa branch merges in March, not announced yet.',
      'confidential',
    );
    quietIn('Our community choir would love to chat with any media about the spring concert!', 'media');
    quietIn(
      "I'll get the tournament fees refunded by Friday, promise (team treasurer duties).",
      'commitment',
    );
    quietIn(
      "Our daughter's IEP meeting went great. So proud of this kid and her teachers at Ecole Lagimodière.",
      'personal-info',
    );
    quietIn("J'ai parlé à Radio-Canada de ma petite boutique à Saint-Boniface, merci à tous!", 'media');
    quietIn(
      'We at Little Sprouts Daycare are so happy to announce our new toddler room!',
      'government-voice',
    );
  });
  it('jokes dressed as documents and predictions dressed as promises stay quiet', () => {
    quietIn('TOP SECRET briefing for the group chat: wings at mine Saturday, bring chairs.', 'confidential');
    quietIn('Confidential memo to the girls: the cake is in my trunk, act natural.', 'confidential');
    quietIn('Confidential report: the dog ate a whole loaf of bread. Investigation ongoing.', 'confidential');
    quietIn('The province will fold on the nurses contract by summer, mark my words.', 'commitment');
    quietIn("The government is wrong about the Gimli ER and I'll keep saying it.", 'commitment');
    quietIn(
      'My New Year resolution: I will finish the Trans Canada Trail section this summer.',
      'commitment',
    );
    quietIn('Episode drops in June and I am terrified, thanks for listening everyone', 'confidential');
  });
  it('public notices, vendors, a crew told to call comms and a first day are not a voice for the government', () => {
    quietIn(
      'Dr. Baptiste at the Carman clinic is retiring after 30 years, card at the front desk.',
      'personal-info',
    );
    quietIn(
      'Council minutes from Monday are up on the RM website, the arena debate is wild.',
      'confidential',
    );
    quietIn('Source: I sell software to provinces, every RFP looks like this.', 'government-voice');
    quietIn(
      'First official day as a park interpreter at Spruce Woods!! Wish me luck with the snakes.',
      'government-voice',
    );
    quietIn(
      'Someone in my curling club works for the province and never says a word about work.',
      'government-voice',
    );
    quietIn(
      'Crew reminder: if a reporter shows up at the fire line, be polite and send them to the comms officer.',
      'media',
    );
  });
});

describe('what the own40–own45 writers showed still warns', () => {
  pinAll([
    ['My coworkers at the EIA office are absolute idiots.', 'disrepute', 'idiots', 'gr.disrepute'],
    ['The old guys on our highway crew are dinosaurs. Useless.', 'disrepute', 'dinosaurs', 'gr.disrepute'],
    [
      "Whoever asked in the Gimli group chat: yes, the bear alert line will be staffed 24/7 this season, we've got two extra officers.",
      'commitment',
      'will be staffed',
      'gr.on-behalf',
    ],
  ]);
});
