/**
 * Rule compositions from own48–own51 (each first scored untouched): the false alarms those new
 * writers raised, then the shapes they found that the rules missed. Rules only (`learned: false`), so
 * each test pins the rule itself. The sentences are new variations on those shapes, not the corpus
 * sentences; each group pairs near misses that must stay quiet with real cases that must still warn.
 */
import { describe, it } from 'vitest';
import { pinAll, quietIn } from './helpers.ts';

describe('false alarms from the own48–own51 writers stay quiet', () => {
  it("the writer's own news, a pet, a small business or a club is nobody's confidential or personal information", () => {
    quietIn('Confidential news for the group: we are engaged!! 💍 Wedding next fall.', 'confidential');
    quietIn(
      "Can't say much yet but our family bakery is about to announce something in Gimli 🥐",
      'confidential',
    );
    quietIn('Our band is playing the Times Change(d) Friday, we promise a new song.', 'commitment');
    quietIn('Coach here: we will have the gym Thursdays at 7, I booked the field house too.', 'commitment');
    quietIn(
      'Members of the Interlake Seed Co-op: the board will announce the new manager at the meeting.',
      'confidential',
    );
    quietIn(
      'Lost tabby cat near Kildonan Park, her name is Pickles. Please call 204-555-0188.',
      'personal-info',
    );
    quietIn('My dog is a complete idiot and I would die for him.', 'disrepute');
    quietIn('Memo from upper management (the cat): dinner is late. Unacceptable.', 'confidential');
  });
  it('news relayed, a holiday closure, a forecast and an idiom are not promises or leaks', () => {
    quietIn(
      'Got a letter from the province that says my refund will be processed in 4 weeks. Sure.',
      'commitment',
    );
    quietIn('Heads up: the fishing licence draw closes Monday. Public info, link below.', 'commitment');
    quietIn('The office will be closed Monday for Louis Riel Day, see you Tuesday!', 'confidential');
    quietIn('Louis Riel Day long weekend plans: sleep.', 'personal-info');
    quietIn(
      'Prediction: the province will announce a hydro rate freeze in the spring. Calling it now.',
      'confidential',
    );
    quietIn('The government will cave on the bridge, mark my words.', 'commitment');
    quietIn('I will die on this hill: the new highway signs are ugly.', 'commitment');
    quietIn('Why does the province keep re-announcing the same $40M every spring?', 'personal-info');
    quietIn(
      'The city cut the transit route and now my dad misses his dialysis twice a week.',
      'personal-info',
    );
  });
  it('a retirement or a farewell, and the press releases someone read, are not a voice or a media request', () => {
    quietIn(
      'Great send-off last night. 29 years with the province and they still spelled my name wrong on the cake.',
      'government-voice',
    );
    quietIn(
      'Farewell coffee for Dale today. 20 years in our branch and he never once refilled the kettle.',
      'government-voice',
    );
    quietIn(
      "Every press release from this government talks about 'record investment'. I'd like to see it in Swan River.",
      'media',
    );
    quietIn(
      'Things I brought home from the office Christmas party: a plant, a cold and a bad photo.',
      'disrepute',
    );
    quietIn('Sick day (a real one, fever and all) so I finished a whole series.', 'disrepute');
    quietIn('Whoever at home keeps eating the leftovers: I know it was you.', 'disrepute');
  });
  pinAll([
    [
      'Confidential: the deputy is cutting 30 positions in our branch in March, keep it to yourselves.',
      'confidential',
      'Confidential',
      'gr.confidential',
    ],
    [
      'I know it was you who complained about my inspection. Watch yourself.',
      'disrepute',
      'I know it was you',
      'gr.disrepute',
    ],
    ['My supervisor is a complete idiot.', 'disrepute', 'idiot', 'gr.disrepute'],
    [
      'Brought home a monitor and a printer from the office, nobody will miss them.',
      'disrepute',
      'Brought home a monitor',
      'gr.disrepute',
    ],
    [
      'Retirement party for Gail was lovely. As someone in Health I think the new ER plan is a disaster.',
      'government-voice',
      'As someone in',
      'gr.personal-views',
    ],
  ]);
});
