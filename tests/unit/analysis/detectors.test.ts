/** One block per detector: the text, the category, the exact words (span) and the clause. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/index.ts';
import { expectFinding, expectQuiet } from './helpers.ts';

describe('one more of each, from a later corpus round', () => {
  it('commitment, media, disclaimer and disrepute in everyday wording', () => {
    expectFinding(
      "@gimli_gran we'll grade your road Thursday and put calcium down for the dust, sorry it took so long",
      'commitment',
      "'ll grade your",
      'gr.on-behalf',
    );
    expectFinding(
      'Any journos covering the Lake Dauphin water story? I have the inspection timeline if you want it.',
      'media',
      'journos',
      'gr.media',
    );
    expectFinding(
      'Not an official statement, just me: love the new paved shoulder on Hwy 59',
      'disclaimer',
      'Not an official statement',
      'gr.disclaimer',
      { severity: 'info' },
    );
    expectFinding(
      "If that protester at the Leg touches my car one more time I swear I'll run him over",
      'disrepute',
      "I swear I'll run him over",
      'gr.disrepute',
    );
    expectQuiet('We’ll take your order at the window, thanks for waiting');
  });
});

describe('hard negatives from citizens, jokes and the past', () => {
  it('stays quiet on relayed news, a citizen’s anger, a real sick day, a retired title and a joke file number', () => {
    expectQuiet('CBC is reporting the province is closing the Gillam clinic. Awful decision for the north.');
    expectQuiet('This government is a joke. Cut the ferries then act surprised when towns empty out.');
    expectQuiet('Called in sick today and I really am sick, fever and chills, stay away');
    expectQuiet('Retired civil servant, now full-time gardener and grandpa 🌻', 'profile');
    expectQuiet('Case #2024-00881 of me locking my keys in the car. Fourth time this year 🔑');
  });
});

describe('confidential (gr.confidential)', () => {
  it('flags an internal document about a public-sector matter', () => {
    expectFinding(
      'The confidential briefing note on the Brandon clinic closure landed on my desk today.',
      'confidential',
      'confidential briefing',
      'gr.confidential',
    );
  });
  it('flags a hint of secrecy next to the writer’s workplace', () => {
    expectFinding(
      "Can't share details but our branch is about to cancel the rural transit grant. Not announced yet.",
      'confidential',
      "Can't share details",
      'gr.confidential',
    );
  });
  it('stays quiet on personal secrets and jokes', () => {
    expectQuiet("Confidential to my besties: we're expecting! 🍼");
    expectQuiet('Confidentially, I think the Jets will win the cup this year');
    expectQuiet("Can't say much yet but something exciting is coming to my Etsy shop 👀");
    expectQuiet('Internal memo from my 3 year old: nap time is cancelled indefinitely');
  });
  it('flags a decision taken at an internal table, and news held back, next to a public-sector subject', () => {
    expectFinding(
      'Heads up, the rural ambulance plan was decided at Treasury Board yesterday and the base in Erickson is done.',
      'confidential',
      'decided at Treasury Board',
      'gr.confidential',
    );
    expectFinding(
      'The water advisory for Lake Dauphin is being held till after the long weekend, the samples came back bad in our lab.',
      'confidential',
      'being held till',
      'gr.confidential',
    );
    expectQuiet("Internal use only! my grandma's secret perogy recipe");
  });
  it('flags the writer having written or heard it at work, not reading what was published', () => {
    expectFinding(
      'I typed the memo myself, four positions are getting cut from the Portage lab.',
      'confidential',
      'I typed the memo',
      'gr.confidential',
    );
    expectFinding(
      'Heard it at our regional meeting: the overnight ER in Swan River closes next month.',
      'confidential',
      'Heard it at our regional meeting',
      'gr.confidential',
    );
    expectQuiet(
      "Just read the budget summary the province posted this morning, the renters' credit goes up next year.",
    );
    expectQuiet('Heard it at the hockey rink: the Zamboni guy is retiring next month.');
    expectQuiet('Got a form letter back from my MLA about the Hwy 10 potholes, useless');
  });
  it('flags teasers about a coming public-sector decision and insider comparisons with what was announced', () => {
    expectFinding(
      "wait till u see what's in thursday's budget for daycare. that's all im saying 🤐",
      'confidential',
      'wait till u see',
      'gr.confidential',
    );
    expectFinding(
      "The consultant estimate for the outlet came in at double what was announced. It's sitting on a desk.",
      'confidential',
      'double what was announced',
      'gr.confidential',
    );
    expectQuiet("Wait till you see my sister's wedding dress, that's all I'm saying");
    expectQuiet('I like what they announced today for the new hospital');
  });
  it('flags a draft that crossed the writer’s desk and internal reports in French', () => {
    expectFinding(
      'Draft of the new EIA rate table crossed my desk today. Singles get a bump, couples nothing.',
      'confidential',
      'crossed my desk',
      'gr.confidential',
    );
    expectFinding(
      'Le rapport interne sur les délais en santé mentale est terrible, on est loin des cibles du ministère.',
      'confidential',
      'rapport interne',
      'gr.confidential',
    );
    expectQuiet("L'évaluation interne de mon club de lecture: trop de romans policiers");
  });
  it('flags what the writer typed up, sat in on or can’t wait for the public to learn', () => {
    expectFinding(
      "Typing up the minister's speaking notes for Thursday and trying hard not to tell my neighbour her clinic is finally getting the new wing",
      'confidential',
      "Typing up the minister's speaking notes",
      'gr.confidential',
    );
    expectFinding(
      'Got to sit in on the parks planning meeting and now I know which campgrounds are going reservation-only next year',
      'confidential',
      'sit in on',
      'gr.confidential',
    );
    expectQuiet('These views of the sunset at Grand Beach are all mine, nobody else showed up');
  });
  it('adds the protected-disclosure route when the post alleges wrongdoing', () => {
    const [f] = analyze("I'm not supposed to say this but the contract for the new jail was rigged.");
    expect(f?.category).toBe('confidential');
    expect(f?.suggestion).toMatch(/protected disclosure/i);
  });
});

describe('personal-info', () => {
  it('flags a named care-home resident with a health detail, not a police appeal shared', () => {
    expectFinding(
      'Happy 90th to Mrs. Olga Hnatiuk, our sweetest resident at the Selkirk PCH! The dementia is getting worse but she still sings.',
      'personal-info',
      'Mrs. Olga Hnatiuk',
      'gr.confidential',
    );
    expectQuiet('The RCMP are looking for a missing teen from Split Lake, please share their post');
  });
  it('flags a person the reader is meant to recognise, and clients in French', () => {
    expectFinding(
      'Jail intake today included a certain former councillor from Gimli, no names but you know who you are',
      'personal-info',
      'no names but',
      'gr.confidential',
    );
    expectFinding(
      'Anyone know a Rosa Flett from Norway House? She missed dialysis again and her phone is out of service',
      'personal-info',
      'Rosa Flett',
      'gr.confidential',
    );
    expectQuiet("My sister's ex is the worst, you know who you are lol");
  });
  it('leaves the writer’s own claim number alone', () => {
    expectQuiet('Case number for my own insurance claim is 2024-00456 and they still cannot find it');
  });
  it('flags a health registration number written "Health reg", and leaves dates alone as addresses', () => {
    expectFinding(
      'Health reg 482913 keeps getting rejected at the pharmacy, the poor man was at my desk twice',
      'personal-info',
      '482913',
      'related.phia',
    );
    expectQuiet('The hearing is on 19 October at the courthouse, his case is finally moving');
  });
  it('flags someone else’s file number and a child in care described by age and a health detail', () => {
    expectFinding(
      "@dan_r your dad's file is 2023-00981, I checked and it's on hold till he sends the forms",
      'personal-info',
      'file is 2023-00981',
      'gr.confidential',
    );
    expectFinding(
      'Placed a 14 yo from Selkirk in a group home tonight, mom relapsed again',
      'personal-info',
      '14 yo',
      'gr.confidential',
    );
    expectQuiet('My 12 yo has ADHD and we just started meds, any tips?');
    expectQuiet('my 7-year-old has anxiety about school');
  });
  it('flags a story about one identified member of the public met through the job', () => {
    expectFinding(
      'Rough shift. A lady named Doris Flett, 84, fell at home in Selkirk and broke her hip, lay there two days before we got to her.',
      'personal-info',
      'Doris Flett, 84,',
      'gr.confidential',
    );
    expectFinding(
      "My 2 o'clock, Mr. Petrenko on Pritchard, has stopped eating again and the daughter won't call back.",
      'personal-info',
      'Mr. Petrenko',
      'gr.confidential',
    );
    expectQuiet('Met a guy named Steve at the gym who had knee surgery, great chat');
    expectQuiet('Mrs. Olson next door had a heart attack, sending prayers');
  });
  it('flags a Luhn-valid SIN with its keyword (gr.confidential)', () => {
    expectFinding(
      "Client's SIN is 046 454 286, can someone in payroll fix the file?",
      'personal-info',
      '046 454 286',
      'gr.confidential',
    );
  });
  it('flags a PHIN with its keyword under PHIA', () => {
    expectFinding(
      'PHIN 987654321 — if this is you, call the clinic, your results are in',
      'personal-info',
      '987654321',
      'related.phia',
    );
  });
  it('flags a named patient with a health detail', () => {
    expectFinding(
      'Patient in bed 4 at Grace, Mrs. Kowalski, refused her meds again.',
      'personal-info',
      'Mrs. Kowalski',
      'gr.confidential',
    );
  });
  it('flags a case detail without a name', () => {
    expectFinding(
      'Just did intake for a 16 year old girl from Norway House, third overdose this year',
      'personal-info',
      '16 year old',
      'gr.confidential',
    );
  });
  it("flags a client's phone number (libphonenumber-js) but not a business's", () => {
    expectFinding(
      'My client is fleeing abuse, her cell is 204-555-0142, please check on her',
      'personal-info',
      '204-555-0142',
      'gr.confidential',
    );
  });
  it('does not flag friends, public figures or numbers without context', () => {
    expectQuiet('Congrats to my friend Sarah Thompson on her new job!');
    expectQuiet('Order #123456789 shipped today, tracking says Friday');
    expectQuiet('Saw Ed Sheeran in concert, what a night');
    expectQuiet('Call the Prairie Bakery at 204-555-0142 for cake orders');
  });
});

describe('commitment (gr.on-behalf)', () => {
  it('counts any public-sector subject as what is promised, in English and French', () => {
    expectFinding(
      '@SwanRiverStar the boil water advisory will be lifted by Friday, guaranteed',
      'commitment',
      'will be lifted',
      'gr.on-behalf',
    );
    expectFinding(
      "Your appeal is going to be successful, I've seen the file. Relax and enjoy the holidays.",
      'commitment',
      'is going to be successful',
      'gr.on-behalf',
    );
    expectFinding(
      "Promis, les chemins autour de Saint-Malo seront nivelés d'ici jeudi.",
      'commitment',
      'seront nivelés',
      'gr.on-behalf',
    );
    expectQuiet('The government will do whatever the polls tell them to, as always.');
    expectQuiet('Big announcement: we’re getting married!! 💍');
  });
  it('flags the writer fixing someone’s file or facility on the government’s behalf', () => {
    expectFinding(
      "@dan_k that's our mistake, I'll get the suspension off your licence tomorrow",
      'commitment',
      "I'll get",
      'gr.on-behalf',
    );
    expectFinding(
      "re: the Birds Hill washrooms, they'll be open by May long, I'll make sure of it",
      'commitment',
      "'ll be open",
      'gr.on-behalf',
    );
    expectQuiet('I’ll be there by 7, I promise babe');
    expectQuiet("Tell your mom I'll fix her bike tomorrow, don't worry about it");
    expectQuiet('@jess I’ll get your jersey back to you tomorrow');
  });
  it('flags an approval announced to the people it concerns, and a caseworker vouching for a file', () => {
    expectFinding(
      'Cattle producers in the Interlake: your drought payment has been approved in full, cheques go out next week.',
      'commitment',
      'has been approved',
      'gr.on-behalf',
    );
    expectFinding(
      "I process these applications every day and yours will go through, I'll see it through myself.",
      'commitment',
      'will go through',
      'gr.on-behalf',
    );
    expectQuiet('Your Amazon order is approved for return, refund in 5 days');
    expectQuiet('Congrats! your mortgage is approved, the bank will send the papers');
  });
  it('flags a promise of a public service to a member of the public', () => {
    expectFinding(
      "Don't worry, we'll get your driveway culvert replaced by Friday, promise.",
      'commitment',
      "we'll get",
      'gr.on-behalf',
    );
  });
  it('flags the government committed by the writer, in French too', () => {
    expectFinding(
      "Ne vous inquiétez pas, le gouvernement va rembourser les frais de garderie, c'est promis.",
      'commitment',
      'va rembourser',
      'gr.on-behalf',
    );
  });
  it('stays quiet on personal promises, predictions and relayed news', () => {
    expectQuiet('We will win the game tonight!');
    expectQuiet("I promise I'll never eat that much poutine again");
    expectQuiet("I'm going to commit to cooking at home more this month");
    expectQuiet('The city will never fix this intersection, I swear');
    expectQuiet('Our team will host the pancake breakfast on Saturday, all welcome');
    expectQuiet('The province announced it will cover insulin pumps starting in April.');
  });
});

describe('government-voice (gr.personal-views)', () => {
  it('flags a department speaking in the third person and "<department> here"', () => {
    expectFinding(
      'Speaking as one of the prosecutors in this province, people have no idea how soft sentencing has become.',
      'government-voice',
      'Speaking as one of the prosecutors',
      'gr.personal-views',
    );
    expectFinding(
      'Manitoba Justice considers the new bail rules a success, and the data will bear that out.',
      'government-voice',
      'Manitoba Justice considers',
      'gr.personal-views',
    );
    expectFinding(
      'People in the comments: Conservation here. Feeding deer in town is illegal and yes we will be ticketing.',
      'government-voice',
      'Conservation here',
      'gr.personal-views',
    );
    expectQuiet('The conservation here is amazing, so many birds');
  });
  it('flags "we at <department>", a job "here" and a long tenure introducing an opinion', () => {
    expectFinding(
      "We at Conservation want to remind everyone that a moose licence doesn't give you the right to cross private land",
      'government-voice',
      'We at Conservation',
      'gr.personal-views',
    );
    expectFinding(
      "policy analyst at Families here. the new child benefit formula is the fairest we've ever had, full stop.",
      'government-voice',
      'policy analyst at Families here',
      'gr.personal-views',
    );
    expectQuiet('We at Conservation College loved the field trip');
  });
  it('flags a department named the short way, French roles and setting the record straight', () => {
    expectFinding(
      'As a wildfire crew member with the province I can confirm the Sprague fire was human-caused.',
      'government-voice',
      'As a wildfire crew member with the province',
      'gr.personal-views',
    );
    expectFinding(
      "I'm in Families and I can tell you the new funding model is the right call.",
      'government-voice',
      "I'm in Families and I",
      'gr.personal-views',
    );
    expectFinding(
      'Comme employé du gouvernement, je peux vous dire que cette réforme est une erreur.',
      'government-voice',
      'Comme employé du gouvernement',
      'gr.personal-views',
    );
    expectQuiet('As a crew member with the Jets grounds team I can confirm the ice is great');
    expectQuiet("I'm in Parks and Rec at the city and love it");
    expectQuiet('Setting the record straight: my mom makes better perogies than yours');
  });
  it('flags a public-sector job introducing an opinion, and a spokesperson’s voice', () => {
    expectFinding(
      "As a CO at the Brandon jail, the public has no idea how bad staffing is and this government doesn't care.",
      'government-voice',
      'As a CO',
      'gr.personal-views',
    );
    expectFinding(
      'Speaking as a Finance employee: the new budget rules are a mess.',
      'government-voice',
      'Speaking as a Finance employee',
      'gr.personal-views',
    );
    expectFinding(
      'The department takes these flooding concerns seriously and is reviewing options.',
      'government-voice',
      'The department takes these flooding concerns seriously',
      'gr.personal-views',
    );
    expectQuiet('As a CO2 sensor nerd, I think the new thermostat is great');
    expectQuiet("As a sheriff's kid, I was never once able to sneak in after curfew.");
    expectQuiet("Correcting the record: it was my idea to adopt the cat, not my partner's");
  });
  it('flags the writer defending a public body’s decision as "we"', () => {
    expectFinding(
      'The delay on your permit isn’t on us, it’s the new software the province bought.',
      'government-voice',
      'isn’t on us',
      'gr.personal-views',
    );
    expectQuiet('Please read our FAQ before messaging the bakery about gluten');
    expectQuiet('Not our fault the Jets lost, we cheered loud');
  });
  it('flags an opinion tied to a government role', () => {
    expectFinding(
      'As a Manitoba Justice employee, I think the bail reform is a mess.',
      'government-voice',
      'As a Manitoba Justice employee',
      'gr.personal-views',
    );
  });
  it('flags French', () => {
    expectFinding(
      "En tant qu'employé du gouvernement du Manitoba, je pense que cette politique est une erreur.",
      'government-voice',
      "En tant qu'employé du gouvernement du Manitoba",
      'gr.personal-views',
    );
  });
  it('flags speaking for a unit', () => {
    expectFinding(
      'Our branch thinks the new fee schedule is a disaster.',
      'government-voice',
      'Our branch thinks',
      'gr.personal-views',
    );
  });
  it('stays quiet on churches, public announcements and citizens', () => {
    expectQuiet('The minister at my church gave a lovely sermon.');
    expectQuiet('Sharing the Manitoba Health update: flu shots are now available at pharmacies.');
    expectQuiet('The government should fix this highway, it is a disgrace');
    expectQuiet('Our department store trip was a bust, nothing on sale');
    expectQuiet('Finished my 20th year as a corrections officer today. Grateful for the crew.');
  });
});

describe('media (gr.media)', () => {
  it('flags interviews with local papers, radio and podcasts about the job', () => {
    expectFinding(
      'CBC reached out about the remand centre lockdown, doing a phone interview at 3.',
      'media',
      'CBC',
      'gr.media',
    );
    expectFinding(
      'Agreed to let the Gimli Spectator interview me about the new fishing regs on the lake.',
      'media',
      'the Gimli Spectator',
      'gr.media',
    );
    expectQuiet('My cousin is doing an interview with a youtuber about her bakery, so proud');
    expectQuiet('Listening to a podcast episode about true crime on my commute');
  });
  it('flags sending notes to a named paper’s reporter and going on air, even without "I"', () => {
    expectFinding(
      'Sending the Brandon Sun reporter my notes on the bridge inspection backlog tonight.',
      'media',
      'the Brandon Sun',
      'gr.media',
    );
    expectFinding(
      'On air with CJOB tomorrow morning about the snowplow shortage on provincial highways.',
      'media',
      'CJOB',
      'gr.media',
    );
    expectQuiet("Brandon Sun reporter covered our kid's hockey tournament, great photos");
  });
  it('flags answering a media request about a public matter', () => {
    expectFinding(
      '@CBCManitoba happy to give you a quote on the hospital staffing story, DM me',
      'media',
      '@CBCManitoba',
      'gr.media',
    );
  });
  it('flags across sentences', () => {
    expectFinding(
      'A Free Press reporter emailed me about the audit. I will call her back tonight.',
      'media',
      'Free Press',
      'gr.media',
    );
  });
  it('stays quiet when the writer is not the source', () => {
    expectQuiet("Reporter at my kid's school interviewed the class about recycling, so cute");
    expectQuiet('Saw the premier on CTV news tonight, interesting interview');
  });
});

describe('disclaimer (gr.disclaimer, info)', () => {
  it('recognises disclaimers in other words, in French and obfuscated', () => {
    for (const [text, words] of [
      ['IMO only, not an official position of anyone I work for', 'official'],
      ['Avis : je m’exprime à titre personnel et non au nom de mon employeur.', 'titre personnel'],
      ['v i e w s   m y   o w n', 'v i e w s   m y   o w n'],
    ] as const)
      expectFinding(text, 'disclaimer', words, 'gr.disclaimer', { severity: 'info' });
  });
  it('notes a disclaimer gently', () => {
    expectFinding(
      "Opinions are my own, not my employer's.",
      'disclaimer',
      'Opinions are my own',
      'gr.disclaimer',
      { severity: 'info' },
    );
  });
  it('is not fooled by "my views on cilantro"', () => {
    expect(analyze('My views on cilantro are my own: it tastes like soap')).toEqual([]);
  });
});

describe('disrepute (gr.disrepute)', () => {
  it('flags power trips, threats to find where someone lives and work gear at a buddy’s party', () => {
    expectFinding(
      'Wrote a stack of tickets at the beach today, mostly to the city folks who annoyed me lol',
      'disrepute',
      'who annoyed me',
      'gr.disrepute',
    );
    expectFinding(
      "If the union rep messages me one more time I'm gonna find out where she lives lol",
      'disrepute',
      'find out where she lives',
      'gr.disrepute',
    );
    expectFinding(
      "Brought the work drone to my buddy's stag, sick footage",
      'disrepute',
      "to my buddy's",
      'gr.disrepute',
    );
    expectQuiet('Got three speeding tickets this year, the photo radar people love me');
  });
  it('flags insults in French, fake sick days and looking people up in the system', () => {
    expectFinding(
      'Ma gestionnaire est complètement incompétente, une vraie idiote.',
      'disrepute',
      'incompétente',
      'gr.disrepute',
    );
    expectFinding(
      "Calling in 'sick' Friday so I can go to the lake, third time this month",
      'disrepute',
      "Calling in 'sick' Friday so I can go to the lake",
      'gr.disrepute',
    );
    expectFinding(
      "Ran my neighbour's new tenant through the system at work lol",
      'disrepute',
      "Ran my neighbour's new tenant through the system",
      'gr.disrepute',
    );
    expectQuiet('Filled up my own truck at the Co-op, gas is brutal');
  });
  it('flags bragging about bending what the job entrusts: a false log entry, a favour from the plate registry', () => {
    expectFinding(
      "Took the work truck to my cottage for the long weekend, logged it as 'site visit' lol",
      'disrepute',
      'Took the work truck to my',
      'gr.disrepute',
    );
    expectFinding(
      'Ran a plate for my buddy so he could find out where his ex lives',
      'disrepute',
      'for my buddy',
      'gr.disrepute',
    );
    expectQuiet('Family fishing day at Lake Winnipeg, caught my limit of walleye!');
    expectQuiet('Worked OT all weekend so my family could go to the lake, worth it');
    expectQuiet('Picked up a birthday cake for my sister on the way home from my shift');
  });
  it('flags insults aimed at the people the writer serves', () => {
    expectFinding(
      "The people we serve at the counter are idiots, half of them can't even read.",
      'disrepute',
      'idiots',
      'gr.disrepute',
    );
  });
  it('flags misconduct at work', () => {
    expectFinding(
      'Took the government truck to the lake again this weekend, perks of the job',
      'disrepute',
      'Took the government truck to the lake',
      'gr.disrepute',
    );
  });
  it('stays quiet on swearing at traffic or at oneself', () => {
    expectQuiet('This traffic is garbage lol');
    expectQuiet("I'm such an idiot, locked my keys in the car again");
  });
});

describe('account-identity (def.personal, gr.cross-promote)', () => {
  it('recognises political staff titles and role handles written with underscores', () => {
    expectFinding(
      'Executive Assistant to the Minister of Families | yoga | pugs',
      'account-identity',
      'Executive Assistant to the Minister of Families',
      'def.personal',
      { field: 'profile' },
    );
    expectFinding('the_pas_crown_attorney', 'account-identity', 'the_pas_crown_attorney', 'def.personal', {
      field: 'profile',
    });
    expectQuiet('Minister of Snacks at my house | mom of 3', 'profile');
  });
  it('recognises courts, branches and correctional centres in a bio, and unit handles', () => {
    expectFinding(
      "Court clerk, Court of King's Bench Winnipeg. Coffee first.",
      'account-identity',
      "clerk, Court of King's Bench",
      'def.personal',
      { field: 'profile' },
    );
    expectFinding('MB_Infrastructure_Dave', 'account-identity', 'MB_Infrastructure_Dave', 'def.personal', {
      field: 'profile',
    });
    expectQuiet('Teacher in Brandon. Coffee and chaos.', 'profile');
    expectQuiet('Librarian at the Brandon Public Library 📚', 'profile');
  });
  it('recognises departments written the short way, in French, and handles with an acronym', () => {
    expectFinding(
      'Highway Maintenance Supervisor @ MB Transportation & Infrastructure',
      'account-identity',
      'Supervisor @ MB Transportation',
      'def.personal',
      { field: 'profile' },
    );
    expectFinding('jpark_MBcorrections', 'account-identity', 'jpark_MBcorrections', 'def.personal', {
      field: 'profile',
    });
    expectFinding(
      "Conseillère en politiques | ministère de l'Éducation du Manitoba",
      'account-identity',
      "Conseillère en politiques | ministère de l'Éducation",
      'def.personal',
      { field: 'profile' },
    );
  });
  it('flags a government email in an email field', () => {
    expectFinding('tom.ng@gov.mb.ca', 'account-identity', 'tom.ng@gov.mb.ca', 'def.personal', {
      field: 'email',
    });
    expectFinding('  LEAH.M@GOV.MB.CA ', 'account-identity', 'LEAH.M@GOV.MB.CA', 'def.personal', {
      field: 'email',
    });
    expectFinding('a.b@hc-sc.gc.ca', 'account-identity', 'a.b@hc-sc.gc.ca', 'def.personal', {
      field: 'email',
    });
  });
  it('flags a job title at the government in a bio, and a government handle', () => {
    expectFinding(
      'Policy Analyst @ Manitoba Agriculture | hockey | coffee',
      'account-identity',
      'Policy Analyst @ Manitoba Agriculture',
      'def.personal',
      {
        field: 'profile',
      },
    );
    expectFinding('mb_justice_sarah', 'account-identity', 'mb_justice_sarah', 'def.personal', {
      field: 'profile',
    });
  });
  it('flags a personal account in a government email signature', () => {
    expectFinding(
      'Just added my Twitter handle to my work email signature, follow me!',
      'account-identity',
      'added my Twitter handle to my work email signature',
      'gr.cross-promote',
    );
  });
  it('stays quiet on personal bios and addresses', () => {
    expectQuiet('Dad, runner, coffee snob', 'profile');
    expectQuiet('Nurse | mom of 3 | Winnipeg', 'profile');
    expectQuiet('tom.ng@gmail.com', 'email');
    expectQuiet('info@mbchamber.mb.ca', 'email');
    expectQuiet('Department of Anthropology, U of Manitoba | PhD candidate', 'profile');
  });
});
