/**
 * Rule compositions from own56–own62 (each first scored untouched): the false alarms those writers
 * raised, then the shapes they found that the rules missed. Rules only (`learned: false` in `quietIn`),
 * so each test pins the rule itself. The sentences are new variations on those shapes, not the corpus
 * sentences; each group pairs near misses that must stay quiet with real cases that must still warn.
 */
import { describe, it } from 'vitest';
import { pinAll, quietIn } from './helpers.ts';

describe('false alarms from the own56 writer (a union steward) stay quiet', () => {
  it("the union's side of the table is not the employer's confidential information", () => {
    quietIn(
      "On the bargaining team this round, so I can't share anything from the table until our bulletin goes out.",
      'confidential',
    );
    quietIn(
      'Our local runs a grievance clinic Tuesdays. Free, confidential, coffee provided.',
      'confidential',
    );
    quietIn(
      "As an MGEU member I think the government's wage offer is a slap in the face to frontline staff.",
      'confidential',
    );
  });
  it('someone kept anonymous to be praised is not a leak', () => {
    quietIn(
      "Did a follow-up at a group home today, won't say which, and honestly the best run place I've seen. Kudos to that staff.",
      'confidential',
    );
  });
  it('a media request passed to Communications or declined is not taken up', () => {
    quietIn(
      'A Free Press reporter called about the jail lockdown. Passed it along to communications, as you do.',
      'media',
    );
    quietIn(
      "Reporters never call me, I just count ducks. Winnipeg Free Press, I'm available for nothing.",
      'media',
    );
    quietIn(
      "Ma sœur travaille à Radio-Canada. Elle m'a demandé mon avis sur le souper; j'ai dit pas de commentaire.",
      'media',
    );
    quietIn('Independent journalist here, writing for the Brandon Sun on drought. Farmers, DM me!', 'media');
  });
  it("a family member's job, an application for a provincial program, and a named reporter are not the writer's", () => {
    quietIn(
      'My ex works for the province in IT and still forgets every birthday. Typical.',
      'government-voice',
    );
    quietIn(
      "Last call to apply for the province's wildfire relief payment! Official page below, beware of scam texts.",
      'government-voice',
    );
    quietIn(
      "Reporter Jenna from CTV came to film my son's science fair today, he was thrilled.",
      'personal-info',
    );
    quietIn(
      "Our branch raised $2,000 for Marisol's surgery and she said we could share the good news: she's home!",
      'personal-info',
    );
  });
  it("a colleague's long lunches, a shop's guarantee and a word that only starts like a promise stay quiet", () => {
    quietIn('Meanwhile the lady in accounts takes three-hour lunches and nobody blinks.', 'disrepute');
    quietIn(
      'This is Carla from Prairie Roofing. We promise your shingles will be done by Friday or the tarp is on us.',
      'commitment',
    );
    quietIn(
      "Toured a care home today, cleanest kitchen I have seen and the best soup I've seen all year.",
      'commitment',
    );
    quietIn(
      'At the all-staff they went through the plan for the new intake form, slides and all.',
      'commitment',
    );
  });
});

describe('what the own56 fixes must still catch', () => {
  pinAll([
    // a leak to the union's group is still a leak
    [
      'Leaked the draft staffing plan to the union group chat before management told anyone. Oops.',
      'confidential',
      'Leaked the draft',
      'gr.confidential',
    ],
    // kept anonymous, but what is told is a failed inspection
    [
      "Not naming the plant, but the one east of Portage failed its boiler inspection twice and it's still running.",
      'confidential',
      'Not naming the',
      'gr.confidential',
    ],
    // a steward who hears the employer's plan in a meeting
    [
      "MGEU steward here. Can't say much but management just told us the Dauphin office is closing in March.",
      'confidential',
      "Can't say much",
      'gr.confidential',
    ],
    // a personnel decision about to happen
    [
      'No names, but our regional director is about to be let go over the audit findings.',
      'confidential',
      'is about to be let go',
      'gr.confidential',
    ],
    // "for the province" after the work the writer does
    [
      'I do drainage licensing for the province and honestly the new rules for farmers are way too lax.',
      'government-voice',
      'for the province',
      'gr.personal-views',
    ],
    // the writer is in the long lunch
    [
      'Took a three-hour lunch on the clock again, nobody at the office noticed lol',
      'disrepute',
      'three-hour lunch on the clock',
      'gr.disrepute',
    ],
    // an outlet, "no comment", then an invitation: the request is taken up after all
    ['CBC wants me on about the jail. I said no comment lol but DM me later 😉', 'media', 'CBC', 'gr.media'],
  ]);
});

describe('disrepute by frame, from own60 (misconduct and contempt in many shapes)', () => {
  it('the same frames about things, family or one’s own day stay quiet', () => {
    quietIn('My son has the attention span of a goldfish when it comes to homework, love him.', 'disrepute');
    quietIn("I'll swing by your desk Monday with the forms, no rush.", 'disrepute');
    quietIn(
      'My toddler cried at the store because the world does not revolve around him. Parenting!',
      'disrepute',
    );
    quietIn(
      'Called in sick Monday with a real fever, missed the golf tournament I paid for. Ugh.',
      'disrepute',
    );
    quietIn('Thank you taxpayers for the new rink in Dauphin, the kids love it.', 'disrepute');
    quietIn('Police seized a truckload of stolen copper near Selkirk this week, per the news.', 'disrepute');
    quietIn('The mouse trap worked: tapette à souris 1, souris 0.', 'disrepute');
  });
});

describe('what the disrepute frames catch', () => {
  pinAll([
    [
      'Our new ADM is dumber than a box of rocks and half as useful.',
      'disrepute',
      'dumber than a box of ',
      'gr.disrepute',
    ],
    [
      'My director has the people skills of a filing cabinet. Send help.',
      'disrepute',
      'the people skills of a filing cabinet',
      'gr.disrepute',
    ],
    [
      'That intake worker said I was rude. Must be exhausting being that clueless every single day.',
      'disrepute',
      'exhausting being that clueless',
      'gr.disrepute',
    ],
    [
      'A senior broke down at my wicket over her pension. Kept scrolling my phone till she left.',
      'disrepute',
      'Kept scrolling',
      'gr.disrepute',
    ],
    [
      'Next client who asks me to waive the fee is getting launched into the parking lot.',
      'disrepute',
      'Next client who asks me to waive the fee is getting launched',
      'gr.disrepute',
    ],
    [
      'To whoever parks in my spot: I have access to your personnel file. Think about it.',
      'disrepute',
      'I have access to your personnel file',
      'gr.disrepute',
    ],
    [
      "You haven't answered my texts all week. I know you read them.",
      'disrepute',
      'I know you read them',
      'gr.disrepute',
    ],
    [
      'Booked off sick Friday so I could hit the cabin early, the lake was glass 🛶',
      'disrepute',
      'Booked off sick Friday so I could hit the cabin',
      'gr.disrepute',
    ],
    [
      'Backed the plow truck into the salt shed and told the foreman it was black ice. It was my phone.',
      'disrepute',
      'Backed the plow truck into the salt shed and told the foreman it was black ice',
      'gr.disrepute',
    ],
    [
      'Confiscated two coolers of walleye at the landing today. Guess what’s for dinner 🐟',
      'disrepute',
      'Guess what’s for dinner',
      'gr.disrepute',
    ],
    [
      'Three days at a conference in Banff: one session, two golf rounds. Thanks taxpayers ⛳',
      'disrepute',
      'Thanks taxpayers',
      'gr.disrepute',
    ],
    [
      "Nouveau au bureau pis déjà une vraie tapette, on gage combien de semaines qu'il tient?",
      'disrepute',
      'tapette',
      'gr.disrepute',
    ],
  ]);
});

describe('false alarms from own57–own62 stay quiet', () => {
  it('public events, posted minutes, a job posting and a politician quoted are public', () => {
    quietIn(
      'Our grief support circle meets at the Brandon library, room 3C, every other Tuesday. Everyone welcome.',
      'personal-info',
    );
    quietIn(
      "Minutes from Tuesday's parent council meeting are posted — they voted to keep the hot lunch program.",
      'confidential',
    );
    quietIn(
      'Job posting is live: Manitoba Health is hiring two lab techs in Thompson. Closes May 3.',
      'confidential',
    );
    quietIn(
      'Our MLA promised at the forum that the Swan River ER will reopen weekends by fall.',
      'commitment',
    );
  });
  it("a booking number, one's own family in a bed or at a daycare, a relative's job are not someone served", () => {
    quietIn('Booked my flu shot, confirmation 046 454 286. Now to actually show up.', 'personal-info');
    quietIn('Mom is in bed 7 at Deer Lodge now and she finally got the window seat.', 'personal-info');
    quietIn("The kid in room 2 at my son's daycare bit him again. Toddlers.", 'personal-info');
    quietIn(
      'My brother-in-law works as a conservation officer for the province and he is the calmest human alive.',
      'government-voice',
    );
  });
  it('private clinics, salons, insurers and a resolution are not the government', () => {
    quietIn('Our physio clinic will be closed Dec 24 to 27, back on the 28th!', 'confidential');
    quietIn(
      'Client night at the salon Thursday, 15% off all cuts, call 204-555-0142 to book.',
      'personal-info',
    );
    quietIn(
      "Hi Marj, Tom at Red River Mutual here — I'll make sure your hail claim gets a look by Friday.",
      'commitment',
    );
    quietIn('I will never again take the night bus home after a double shift.', 'commitment');
  });
});

describe('what the own57–own62 fixes must still catch', () => {
  pinAll([
    [
      'Client in room 6 at the Brandon detox is the mayor’s nephew, everyone welcome to guess which.',
      'personal-info',
      'Client in room 6 at the',
      'gr.confidential',
    ],
    [
      'Adjudicated your claim this morning, confirmation 046 454 286, SIN on file matches.',
      'personal-info',
      '046 454 286',
      'gr.confidential',
    ],
  ]);
});

describe('someone served, told apart by who they are and where (own62)', () => {
  it('an author, a coworker or one’s own grandpa stays quiet', () => {
    quietIn('Finished a memoir by a former inmate at Headingley. Hard read, worth it.', 'personal-info');
    quietIn('My grandpa at the Selkirk care home is 3 years sober today and proud of it!', 'personal-info');
    quietIn(
      'The retired coach from Dauphin who ran our minor hockey camp is turning 90, party Sunday!',
      'personal-info',
    );
  });
  pinAll([
    [
      'Fitted the retired curling coach from Neepawa for new hearing aids today, 60 dB loss in one ear.',
      'personal-info',
      'the retired curling coach from Neepawa',
      'gr.confidential',
    ],
    [
      'Home visit today: the toddler on Maryland with the cleft palate repair finally said her name!',
      'personal-info',
      'the toddler on Maryland',
      'gr.confidential',
    ],
    [
      'La petite de 7 ans de Lorette, celle avec l’implant cochléaire, a pleuré pendant tout le test.',
      'personal-info',
      'La petite de 7 ans de Lorette',
      'gr.confidential',
    ],
  ]);
});

describe('confidential information named by its record or its timing (own57–own62)', () => {
  it('public reports, a wedding embargo joke and tech talk stay quiet', () => {
    quietIn(
      'The auditor general report came out today and it was in the Free Press too. Worth a read.',
      'confidential',
    );
    quietIn('Minimum wage goes up October 1, says the province’s website. Budget accordingly!', 'commitment');
    quietIn(
      'Our draft strategy for the hockey club fundraiser is done, volunteers meet Tuesday!',
      'confidential',
    );
    quietIn('The new Zelda game doesn’t come out until May and I am not okay.', 'confidential');
  });
  pinAll([
    [
      'Heads up Brandon folks: the ER is losing 4 beds in January. It was in the staffing memo Friday.',
      'confidential',
      'It was in the staffing memo',
      'gr.confidential',
    ],
    [
      'From our internal intake data: 2,100 people waiting on home care in Westman. That number has never been published.',
      'confidential',
      'our internal intake data',
      'gr.confidential',
    ],
    [
      'Fun read in the senior leadership minutes today: the new payroll system won’t go live until 2028.',
      'confidential',
      'senior leadership minutes',
      'gr.confidential',
    ],
    [
      'Vendors, stop DMing me: the RFP evaluation is done and the award letter goes out the 9th.',
      'confidential',
      'RFP evaluation',
      'gr.confidential',
    ],
    [
      'The draft flood outlook I proofed puts Morris in the red zone. It won’t be released until next week.',
      'confidential',
      'draft flood outlook',
      'gr.confidential',
    ],
    [
      'Layoff list got sent to the wrong distribution list this morning. Oops.',
      'confidential',
      'Layoff list',
      'gr.confidential',
    ],
  ]);
});

describe('false alarms from own63–own65 stay quiet', () => {
  it("one's own family's diagnosis, a shelter's pet, a credit union, a co-op, a parents' committee", () => {
    quietIn(
      'My mom Irene has dementia and lives at the seniors block in Beausejour. If you see her wandering call 204-555-0137.',
      'personal-info',
    );
    quietIn(
      'Case number 2025-0412 at the humane society is a one-eyed tabby named Pirate. Adopt him!',
      'personal-info',
    );
    quietIn(
      'Our office (Carman Credit Union) is moving to the new building in June, same great staff.',
      'confidential',
    );
    quietIn(
      'Just out of the staff meeting at the Co-op and we are getting a new deli counter!!',
      'confidential',
    );
    quietIn(
      'Comité de parents mardi 19 h: on parle du budget de la cantine. Confidentiel? Non, venez!',
      'confidential',
    );
  });
  it('a department relayed by email and a career wrapped up are not the writer speaking', () => {
    quietIn(
      'Manitoba Parks emailed everyone saying they are refunding the flooded seasonal sites. Check your inbox!',
      'commitment',
    );
    quietIn(
      'Just wrapped up 31 years with the province. Thanks to everyone at the Swan River office, what a ride.',
      'government-voice',
    );
  });
});

describe('what the own63–own65 fixes must still catch', () => {
  pinAll([
    [
      'Did intake for a 61 yr old from Altona with early Alzheimer’s today, his daughter works at the Co-op there.',
      'personal-info',
      '61 yr old',
      'gr.confidential',
    ],
  ]);
});

describe('French disrepute and health stories (own64)', () => {
  it('roadwork swearing, one’s own diagnosis, a nephew’s, a private firm stay quiet', () => {
    quietIn('Osti de construction sur Pembina, 40 minutes pour faire 3 km.', 'disrepute');
    quietIn(
      'Ma propre histoire : diagnostiquée à 51 ans, pis un an plus tard je cours des 5 km.',
      'personal-info',
    );
    quietIn(
      'Mon neveu Luc a reçu son diagnostic de diabète cette semaine. Il a 9 ans pis il est brave.',
      'personal-info',
    );
    quietIn(
      'Les résultats du sondage de notre cabinet comptable sont confidentiels, mais disons que le café gagne.',
      'confidential',
    );
    quietIn(
      'My manager at the packing plant says layoffs are coming, not public yet. Rough.',
      'confidential',
    );
  });
  pinAll([
    [
      'Ma nouvelle collègue, une vraie petite conne. Six mois pis elle brûle.',
      'disrepute',
      'petite conne',
      'gr.disrepute',
    ],
    [
      'Encore les mêmes BS au comptoir qui crient pour leur chèque 🙄',
      'disrepute',
      'les mêmes BS',
      'gr.disrepute',
    ],
    [
      'Le client qui m’a insulté au guichet: je sais où tu restes, c’est dans ton dossier.',
      'disrepute',
      'je sais où tu restes',
      'gr.disrepute',
    ],
    [
      'Mis le plein de mon truck perso avec la carte du ministère encore, personne vérifie.',
      'disrepute',
      'plein de mon truck perso avec la carte du ministère',
      'gr.disrepute',
    ],
    [
      'Trois jours que je « travaille de la maison » pis j’ai une app qui fait bouger ma souris pour Teams.',
      'disrepute',
      'bouger ma souris',
      'gr.disrepute',
    ],
    [
      'Aux inspections, les restos me donnent un repas gratis pis tout le monde est content.',
      'disrepute',
      'me donnent un repas gratis',
      'gr.disrepute',
    ],
  ]);
});

describe('said sideways by analysts, IT and communications staff (own65)', () => {
  it('the same frames in private life stay quiet', () => {
    quietIn('My kid napped in the back of the car the whole drive to Gimli.', 'disrepute');
    quietIn('I built the spreadsheet for our curling league last week, finally.', 'confidential');
    quietIn('Hypothetically, if a raccoon got into the garage, who do I call?', 'confidential');
    quietIn(
      'Currently at the Forks with the kids, the branch of the river is frozen solid.',
      'government-voice',
    );
  });
  pinAll([
    [
      'Confession: I log overtime for the nightly backups that the cron job actually does.',
      'disrepute',
      'log overtime for the nightly backups that the cron job actually does',
      'gr.disrepute',
    ],
    [
      'Pro tip: badge in at 8 and go sit in your car till 10, nobody checks.',
      'disrepute',
      'badge in at 8 and go sit in your car',
      'gr.disrepute',
    ],
    [
      'Someone left the cabinet submission binder on the printer on 3 and now I know about the new levy.',
      'confidential',
      'left the cabinet submission binder on the printer',
      'gr.confidential',
    ],
    [
      'Hypothetically, if a certain department’s payroll system had been breached for a month, would you want to know?',
      'confidential',
      'Hypothetically, if a ',
      'gr.confidential',
    ],
    [
      'Hi, I’m the one who drafted the regulations for the e-bike rebate. The province never promised rural coverage.',
      'government-voice',
      'I’m the one who drafted the ',
      'gr.personal-views',
    ],
    [
      'Finally added my Bluesky @jo.bsky.social to my gov.mb.ca email signature so stakeholders can find me.',
      'account-identity',
      'added my Bluesky @jo.bsky.social to my gov.mb.ca email signature',
      'gr.cross-promote',
    ],
  ]);
});

describe('quoted slogans, other jurisdictions and news about leaks (own56–own65)', () => {
  it('stay quiet', () => {
    quietIn(
      'Bought my dad a mug that says "Trust me, I\'m a public servant" and he loves it.',
      'government-voice',
    );
    quietIn(
      'Conservation officer here (Saskatchewan, not MB). Best bug spray for the north?',
      'government-voice',
    );
    quietIn('CBC has a leaked copy of the hydro rate memo?! Reading it on my break.', 'media');
    quietIn('The Brandon Sun interviewed our hockey coach about the playoff run, so proud!', 'media');
  });
  pinAll([
    [
      'Conservation officer here. The new walleye limits are a mistake, trust me.',
      'government-voice',
      'Conservation officer here',
      'gr.personal-views',
    ],
    [
      'Nobody at Manitoba Families supports the feds’ plan. Take it from someone with a desk there.',
      'government-voice',
      'Manitoba Families supports',
      'gr.personal-views',
    ],
  ]);
});

describe('the office answering the public as "we" (own61)', () => {
  it('a shop answering its customers stays quiet', () => {
    quietIn(
      'People keep asking why custom orders take six weeks. We make every one by hand!',
      'government-voice',
    );
    quietIn("We don't post our prices online, call the store for a quote.", 'government-voice');
  });
  pinAll([
    [
      'People keep asking why licence renewals take six weeks. We process every one by hand because the system is from 2003.',
      'government-voice',
      'We process',
      'gr.personal-views',
    ],
  ]);
});

describe('hobbies, farm producers, snow-clearing contracts and a brother’s diagnosis (own61)', () => {
  it('stay quiet', () => {
    quietIn(
      'I rate coffee shops for fun on my blog and the new health placards confuse me as a customer.',
      'disrepute',
    );
    quietIn('The minister keeps "engaging with producers" while our dugouts are cracked mud.', 'media');
    quietIn(
      'Our crew will have your driveway cleared by 7am every snow day. Residential contracts still open!',
      'commitment',
    );
    quietIn(
      'My little brother just got diagnosed with type 1 diabetes at 12. Tips from other parents?',
      'personal-info',
    );
  });
  pinAll([
    ['A CBC producer asked me to come on about the jail, happy to do it.', 'media', 'CBC', 'gr.media'],
  ]);
});
