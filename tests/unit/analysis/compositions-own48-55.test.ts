/**
 * Rule compositions from own48–own55 (each first scored untouched): the false alarms those new
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

describe('misconduct and contempt in the shapes the own48–own51 writers found', () => {
  it('the same words about a day off, a family lunch or a sports team stay quiet', () => {
    quietIn('3 hour lunch with my mom at the Forks, both of us off for the long weekend.', 'disrepute');
    quietIn('The Oilers are a bunch of clowns this year and I love it.', 'disrepute');
    quietIn('Police officer in Ohio caught sleeping in his cruiser, per the local paper.', 'disrepute');
    quietIn('Hit level 40 in Zelda last night on the couch, no regrets.', 'disrepute');
    quietIn('Ranking the best perogies in Winnipeg, part 2.', 'disrepute');
  });
  pinAll([
    [
      'Big thanks to Marco for badging me out at 4:30 while I was already on the highway to the lake.',
      'disrepute',
      'badging me out',
      'gr.disrepute',
    ],
    [
      'My bestie at the branch signs in for me at the Monday training so I can sleep in. Teamwork!',
      'disrepute',
      'signs in for me',
      'gr.disrepute',
    ],
    [
      'Spent the afternoon at the casino and logged it as a site visit. The expense system will never know.',
      'disrepute',
      'logged it as a site visit',
      'gr.disrepute',
    ],
    [
      "Pro tip: book 'research' in your calendar every Friday after lunch, nobody at the office checks.",
      'disrepute',
      "book 'research'",
      'gr.disrepute',
    ],
    [
      'Approved 25 building permits without reading them so I could catch the early ferry.',
      'disrepute',
      'Approved 25 building permits without reading them',
      'gr.disrepute',
    ],
    [
      'Filled out the water sample logs for the entire month on the first day, way faster.',
      'disrepute',
      'Filled out the water sample logs for the entire month',
      'gr.disrepute',
    ],
    [
      'The contractor slipped me a gift card after I passed his renovation. Steak night!',
      'disrepute',
      'contractor slipped me a gift card',
      'gr.disrepute',
    ],
    [
      'Forty minute nap in the back of the parks truck between campsite checks today.',
      'disrepute',
      'nap in the back of the parks truck',
      'gr.disrepute',
    ],
    [
      'The department half-ton is great for hauling my new patio set home from Costco.',
      'disrepute',
      'department half-ton is great for hauling',
      'gr.disrepute',
    ],
    [
      'Took the work iPad to Cuba to check email, watched movies the whole week.',
      'disrepute',
      'work iPad to Cuba',
      'gr.disrepute',
    ],
    [
      'Every morning at the licence counter it is a parade of geniuses who cannot read a sign.',
      'disrepute',
      'parade of geniuses',
      'gr.disrepute',
    ],
    [
      'Some families on my caseload should need a licence to have kids, honestly.',
      'disrepute',
      'should need a licence to have kids',
      'gr.disrepute',
    ],
    [
      'Our new director is what happens when a spreadsheet becomes self-aware.',
      'disrepute',
      'becomes self-aware',
      'gr.disrepute',
    ],
  ]);
});

describe('unreleased facts said through who said it and where (own48–own51)', () => {
  it('the same words about a wedding, a club or a library opening stay quiet', () => {
    quietIn('My wedding got pushed to 2027 because of the venue, ugh.', 'confidential');
    quietIn('Long day but we got the new community garden beds in on time. Come see!', 'confidential');
    quietIn('Heard it at the hockey meeting: the Jets jerseys are changing. Sad.', 'confidential');
  });
  pinAll([
    [
      'The Gimli ER reopening got pushed to 2028. Heard it in the managers meeting this morning.',
      'confidential',
      'Heard it in the managers meeting',
      'gr.confidential',
    ],
    [
      "The deputy literally said in the meeting that the Dauphin office is closing. Don't share.",
      'confidential',
      'deputy literally said in the meeting',
      'gr.confidential',
    ],
    [
      'Caught a peek at the tender scoring sheet for the Highway 6 paving contract, same outfit wins again.',
      'confidential',
      'Caught a peek at the',
      'gr.confidential',
    ],
    [
      'im not suposed to say but the Carberry office is merging into Brandon in June.',
      'confidential',
      'im not suposed to say',
      'gr.confidential',
    ],
    [
      'The Portage bridge repair got turned down internally last week, the province is not saying yet.',
      'confidential',
      'turned down internally',
      'gr.confidential',
    ],
  ]);
});

describe('commitments about things a park or a program delivers (own48–own51)', () => {
  it('a boat launch or a gate in a personal plan stays quiet', () => {
    quietIn("We'll be at the boat launch by 6, bring the cooler.", 'commitment');
    quietIn('The gate at my cousin’s farm will be open, just drive in.', 'commitment');
  });
  pinAll([
    [
      "Rest assured the park gates at Spruce Woods will be open till midnight for the meteor shower. I'll see to it.",
      'commitment',
      'will be open',
      'gr.on-behalf',
    ],
    [
      "Your dad's northern allowance goes up next month, I'll put it through myself tomorrow.",
      'commitment',
      'goes up',
      'gr.on-behalf',
    ],
  ]);
});

describe('false alarms from the own52–own55 writers stay quiet', () => {
  it('service clubs, minor sports, parish suppers, shops and clinics speak for themselves', () => {
    quietIn(
      'The Selkirk Rotary Club will cover the cost of every school breakfast this winter.',
      'commitment',
    );
    quietIn('The minor hockey association will cover ice fees for any family that asks.', 'commitment');
    quietIn(
      "Can't say much yet but our gym is getting a cold plunge. The owner swore me to secrecy!",
      'confidential',
    );
    quietIn(
      'We will have your eavestroughs cleaned by Friday, guaranteed. Book now for the fall!',
      'commitment',
    );
    quietIn('Our team at the credit union is about to announce a new youth account.', 'confidential');
    quietIn(
      'Moved! Dr. Anika Brandt, physiotherapist, now at 12-400 Main St. New bookings welcome.',
      'personal-info',
    );
  });
  it('citizens watching the government, retirees, scare words about the writer and garbage day stay quiet', () => {
    quietIn(
      'Prov Watch MB | tracking what the province says vs does | citizen-run, no affiliation',
      'account-identity',
      'profile',
    );
    quietIn(
      'Ancien fonctionnaire, retraité depuis 2020 | pêche | petits-enfants',
      'account-identity',
      'profile',
    );
    quietIn('The draft report for my master’s thesis is due and I have one paragraph.', 'confidential');
    quietIn('Budget day! Read the actual documents, they are all on the finance website.', 'confidential');
    quietIn('Met my landlord about the leaky roof. The outcome is confidential, lol.', 'confidential');
    quietIn('Some idiot (me) left the headlights on all night.', 'disrepute');
    quietIn('Reminder from the town: garbage pickup moves to Thursdays in March.', 'disrepute');
    quietIn("I'm going on a gardening podcast next week to talk about tomatoes!", 'media');
  });
  pinAll([
    [
      'Deputy Minister, Manitoba Agriculture | views my own',
      'account-identity',
      'Deputy Minister, Manitoba Agriculture',
      'def.personal',
      'profile',
    ],
    [
      "Got asked by a true crime podcast to talk about a case I worked in Corrections. I'll do it.",
      'media',
      'true crime podcast',
      'gr.media',
    ],
  ]);
});

describe('French misconduct, contempt and insider facts (own54)', () => {
  it('farm animals, a real sick day and a public closing stay quiet', () => {
    quietIn('Notre ferme a deux vaches laitières et une truie, venez les voir samedi!', 'disrepute');
    quietIn("J'ai callé malade hier, grosse grippe, je reste couchée.", 'disrepute');
    quietIn('Le Tim Hortons de la rue Provencher ferme le 31 mars, quelle tristesse.', 'confidential');
  });
  pinAll([
    ['Mon superviseur est un ostie de cave, je le dis.', 'disrepute', 'ostie de cave', 'gr.disrepute'],
    [
      'Les inspecteurs du bureau de Morden, une gang de lâches qui font rien.',
      'disrepute',
      'gang de lâches',
      'gr.disrepute',
    ],
    [
      "J'ai callé malade lundi pour aller à la pêche au lac Manitoba, le boss a rien vu.",
      'disrepute',
      'callé malade lundi pour aller',
      'gr.disrepute',
    ],
    [
      'Chus pas supposée en parler mais le bureau de Saint-Malo ferme le 30 juin.',
      'confidential',
      'ferme le 30',
      'gr.confidential',
    ],
    [
      "J'ai vu le staffing plan ce matin: aucun poste ouvert au ministère avant 2027.",
      'confidential',
      "J'ai vu le staffing plan",
      'gr.confidential',
    ],
  ]);
});

describe('the office explaining its own decision to the public (own52)', () => {
  it('a shop, a family or a club explaining itself stays quiet', () => {
    quietIn(
      "We'll refund your rental if it storms, that's our policy at Prairie Canoe Rentals.",
      'government-voice',
    );
    quietIn('We decided to sell the cottage this fall, the kids are all grown.', 'government-voice');
  });
  pinAll([
    [
      "@dale_r we waited for the second water sample before lifting the boil water advisory, that's why it took a week.",
      'government-voice',
      'we waited for',
      'gr.personal-views',
    ],
    [
      "@lucie_b nous avons choisi de reporter l'ouverture du parc provincial à cause de la crue.",
      'government-voice',
      'nous avons choisi',
      'gr.personal-views',
    ],
  ]);
});

describe('commitments told as what happens next (own52)', () => {
  it('a hedge on the promise still sets it aside', () => {
    quietIn('The grader might be going out Thursday to the washout on PR 340, no promises.', 'commitment');
    quietIn('My car gets fixed Thursday, finally.', 'commitment');
  });
  pinAll([
    [
      "Hi Bev, I passed it along and the grader's going out Friday to the washout on PR 340, so it should be passable by Sunday.",
      'commitment',
      "grader's going out",
      'gr.on-behalf',
    ],
    [
      '@fieldsy yep, the culvert on our road list gets replaced as soon as the frost is out, I promise.',
      'commitment',
      'gets replaced',
      'gr.on-behalf',
    ],
  ]);
});

describe('people told apart by a detail, and accounts tied to the job in new shapes (own53)', () => {
  it('a detail about someone with no job in view, or a hobby handle, stays quiet', () => {
    quietIn('The guy with the orange Subaru at Costco cut me off, lol.', 'personal-info');
    quietIn('The lady with the red hat at church sang beautifully today.', 'personal-info');
    quietIn('mb_hockey_mom', 'account-identity', 'profile');
  });
  pinAll([
    [
      'Again the fella with the blue Kubota parks across two stalls at the ag office, every single appointment.',
      'personal-info',
      'the fella with the blue Kubota',
      'gr.confidential',
    ],
    ['mbhwy_grader_dauphin', 'account-identity', 'mbhwy_grader_dauphin', 'def.personal', 'profile'],
    [
      '@infirmier.santemb.brandon',
      'account-identity',
      '@infirmier.santemb.brandon',
      'def.personal',
      'profile',
    ],
  ]);
});

describe('own50 and own55 shapes: agencies by name, disclaimers, media and contempt', () => {
  it('the same words in private life stay quiet', () => {
    quietIn('We ran a pool on which cousin would cry first at the wedding. I won $20.', 'disrepute');
    quietIn("Mes opinions sur la poutine sont strictement personnelles, mais j'ai raison.", 'disclaimer');
  });
  pinAll([
    [
      'On behalf of the Archives of Manitoba, thank you for coming to our open house!',
      'government-voice',
      'On behalf of the Archives of Manitoba',
      'gr.personal-views',
    ],
    [
      'not speaking for anyone but myself here but the line at the service centre was 2 hours',
      'disclaimer',
      'not speaking for anyone but myself',
      'gr.disclaimer',
    ],
    [
      'The farmers who call me about crop insurance are a bunch of entitled babies.',
      'disrepute',
      'bunch of entitled babies',
      'gr.disrepute',
    ],
  ]);
});
