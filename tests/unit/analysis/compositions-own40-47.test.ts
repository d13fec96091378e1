/**
 * Rule compositions from own40–own47 (each first scored untouched): first the false alarms those new
 * writers raised, then the shapes they found that the rules missed. Rules only (`learned: false`), so
 * each test pins the rule itself. The sentences are new variations on those shapes, not the corpus
 * sentences; each group pairs near misses that must stay quiet with real cases that must still warn.
 */
import { describe, it } from 'vitest';
import { pinAll, quietIn } from './helpers.ts';

describe('false alarms from the own40–own47 writers stay quiet', () => {
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
  it("own46: the budget read on the website, a rink committee, a mom's driveway, a CBC film crew stay quiet", () => {
    quietIn(
      'Read the budget highlights on the government website tonight. Nothing for the rink.',
      'confidential',
    );
    quietIn('Minutes from the last parent council meeting are up on the school website.', 'confidential');
    quietIn('Heard on CJOB the province is closing some Liquor Marts. Hope ours is fine.', 'confidential');
    quietIn("I'll have the snowblower fixed by Saturday so Mom's driveway gets done.", 'commitment');
    quietIn('There is a film crew from CBC shooting in Souris this week, so exciting!', 'media');
    quietIn(
      'As someone who works at Canadian Tire, I can tell you nobody is buying snowblowers yet.',
      'government-voice',
    );
    quietIn(
      "I've been at the department for 25 years as of today, they gave me a pin and a cake!",
      'government-voice',
    );
  });
  it('own47: an NDA at an agency, a thesis, a nonprofit grant, "Lesson learned" stay quiet', () => {
    quietIn("Signed an NDA for a new client so I can't say who, but the rebrand is fire.", 'confidential');
    quietIn(
      "Sent the final draft of my thesis to my committee. It's confidential till the defence!",
      'confidential',
    );
    quietIn('Our team at the nonprofit just found out we lost our grant. Brutal day.', 'confidential');
    quietIn("Client meeting went sideways today. My fault, I didn't prep. Lesson learned.", 'personal-info');
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

describe('misconduct told casually, in shapes the own40–own47 writers found', () => {
  it('the same words about home, family or a private job stay quiet', () => {
    quietIn("Don't tell my husband but I bought another plant.", 'disrepute');
    quietIn('Nobody checks the fridge at home, the cake is gone.', 'disrepute');
    quietIn('Took the kids to the lake in the minivan, nobody noticed the dog came too.', 'disrepute');
    quietIn('Drove my half-ton to the beer store on the way home.', 'disrepute');
    quietIn('Two beers on the patio after my shift, love summer.', 'disrepute');
    quietIn('Called in sick today, the flu is brutal. Soup and naps.', 'disrepute');
    quietIn('By checked I mean I looked at the recipe twice, the cake still flopped.', 'disrepute');
    quietIn('Off the record, my chili beats my sister-in-law’s. Don’t tell her.', 'disrepute');
  });
  pinAll([
    [
      "Called in sick Friday with a 'sore throat' and spent it on the dock at Falcon Lake.",
      'disrepute',
      "Called in sick Friday with a '",
      'gr.disrepute',
    ],
    [
      'Drove the MTI half-ton to the beer store on the way home, saves me a trip lol',
      'disrepute',
      'Drove the MTI half-ton to the beer store',
      'gr.disrepute',
    ],
    [
      'Took home a box of toner and two monitors from the branch, nobody uses them anyway',
      'disrepute',
      'Took home a box of toner',
      'gr.disrepute',
    ],
    [
      'Filled up the boat with the department Visa for my family trip to Lake of the Woods.',
      'disrepute',
      'department Visa for my family',
      'gr.disrepute',
    ],
    [
      'Logged the afternoon as a site inspection, if anyone asks it was the Rosser site.',
      'disrepute',
      'if anyone asks it was',
      'gr.disrepute',
    ],
    [
      'His application is now living in my bottom drawer until he learns some manners.',
      'disrepute',
      'application is now living in my bottom drawer',
      'gr.disrepute',
    ],
    [
      'The callers who phone every day: I let it ring. Every time.',
      'disrepute',
      'I let it ring',
      'gr.disrepute',
    ],
    [
      'If that guy from the hearing comes near my office again, I know who you are buddy.',
      'disrepute',
      'I know who you are',
      'gr.disrepute',
    ],
    [
      'Half the clients at my counter are here for a handout with the same sob story.',
      'disrepute',
      'here for a handout',
      'gr.disrepute',
    ],
    [
      'Les clients du bureau de Portage sont des crétins, je leur parle comme à des enfants.',
      'disrepute',
      'sont des crétins',
      'gr.disrepute',
    ],
    [
      'Slept through most of my night shift in the guard booth again, nobody checks.',
      'disrepute',
      'Slept through most of my night shift in the guard booth',
      'gr.disrepute',
    ],
    [
      'Inspected 20 culverts today. And by inspected I mean I drove past them with the window down.',
      'disrepute',
      'by inspected I mean',
      'gr.disrepute',
    ],
    [
      'Called in sick the second Monday in a row. Not sick. Just tired of it.',
      'disrepute',
      'Called in sick the second Monday in a row',
      'gr.disrepute',
    ],
    [
      "Don't tell my supervisor, but I ran the highway grader over to my cousin's place for a driveway job.",
      'disrepute',
      "Don't tell my supervisor",
      'gr.disrepute',
    ],
  ]);
});

describe('a role named, then an opinion on government business', () => {
  it('a role without a government topic, another government or a milestone stays quiet', () => {
    quietIn('Federal government employee here: the new pay system is somehow worse.', 'government-voice');
    quietIn(
      'Finished my 25th year as a conservation officer today. Grateful for this crew.',
      'government-voice',
    );
    quietIn("I'm a Crown prosecutor and a mom of three, send coffee.", 'government-voice');
    quietIn('The staffing levels are going to get someone hurt, says the union.', 'commitment');
  });
  pinAll([
    [
      'Probation officer at Brandon, and I can tell you the new bail rules are naive.',
      'government-voice',
      'Probation officer at Brandon',
      'gr.personal-views',
    ],
    [
      "I'm a Crown prosecutor and the government's new bail approach is naive.",
      'government-voice',
      "I'm a Crown prosecutor",
      'gr.personal-views',
    ],
    [
      '15 years as a provincial correctional officer. The government’s new use-of-force policy is wrong.',
      'government-voice',
      '15 years as a provincial correctional officer',
      'gr.personal-views',
    ],
    [
      'Senior analyst at Finance, my honest take: the budget forecast is fantasy.',
      'government-voice',
      'Senior analyst at Finance',
      'gr.personal-views',
    ],
    [
      'The minister nailed it today. Proud to work for this government.',
      'government-voice',
      'Proud to work for this government',
      'gr.personal-views',
    ],
  ]);
});

describe('inside the department without saying so: tenure, signatures, the department explaining itself', () => {
  it('the same shapes from a shop or a private job stay quiet', () => {
    quietIn('We hear you on the wait times at our Boston Pizza, staffing is tight.', 'government-voice');
    quietIn(
      'Three years on the front counter at Canadian Tire and honestly the new return policy is a cash grab.',
      'government-voice',
    );
    quietIn("We put them on so the patio doesn't flood, you're welcome", 'government-voice');
  });
  pinAll([
    [
      'Nine years on the Vital Stats counter and honestly the new fee schedule is a cash grab.',
      'government-voice',
      'Nine years on the Vital Stats counter',
      'gr.personal-views',
    ],
    [
      "I've been with the Wildfire Service eleven years and the fire ban is the right call.",
      'government-voice',
      "I've been with the Wildfire Service eleven years",
      'gr.personal-views',
    ],
    [
      'Travaillant au gouvernement provincial, je trouve que la nouvelle politique est mal pensée.',
      'government-voice',
      'Travaillant au gouvernement',
      'gr.personal-views',
    ],
    [
      'Being on the inside at Infrastructure: the Portage overpass is safe, the critics are wrong.',
      'government-voice',
      'Being on the inside at Infrastructure',
      'gr.personal-views',
    ],
    [
      'The province thanks every volunteer who sandbagged in Morris this week — Dana, EMO',
      'government-voice',
      '— Dana, EMO',
      'gr.personal-views',
    ],
    [
      'We DID consult the RMs on the drainage plan. I sat in half those meetings myself.',
      'government-voice',
      'We DID consult',
      'gr.personal-views',
    ],
    [
      "The reason your EIA cheque was short is the March adjustment, it's in our policy manual.",
      'government-voice',
      'The reason your EIA cheque was short',
      'gr.personal-views',
    ],
  ]);
});

describe('inside knowledge before it is public, told without the word "confidential"', () => {
  it('a new job, a roof contract, a council vote or a family secret stay quiet', () => {
    quietIn("Can't say where the new job is yet but it comes with a parking spot.", 'confidential');
    quietIn('City council approved the budget today, taxes up 3%.', 'confidential');
    quietIn('The contract for our new roof got signed today!', 'confidential');
    quietIn("Embargoed till Friday: my sister's wedding date. You heard it here first!", 'confidential');
  });
  pinAll([
    [
      'Embargoed till 9am but the flood outlook says the Red crests two feet higher than the public forecast.',
      'confidential',
      'Embargoed',
      'gr.confidential',
    ],
    [
      'The audit of the Dauphin garage is not getting released. I have the PDF.',
      'confidential',
      'I have the PDF',
      'gr.confidential',
    ],
    [
      "We finalized the new campsite fees this afternoon, up 30%. No idea when they'll tell the public.",
      'confidential',
      "No idea when they'll tell the public",
      'gr.confidential',
    ],
    [
      "Réunion d'équipe ce matin: le bureau de Morris ferme en juin. Rien d'officiel encore, gardez ça pour vous.",
      'confidential',
      "Rien d'officiel encore",
      'gr.confidential',
    ],
  ]);
});

describe("someone served, pointed at by an agency's file code or a date of birth next to a duty", () => {
  it('orders, warranty claims and a birth year in sports talk stay quiet', () => {
    quietIn('Order 2024-00123 shipped today', 'personal-info');
    quietIn('Claim 2024-PN-5517 for my dishwasher got approved.', 'personal-info');
    quietIn('Born March 2 1979 in Dauphin, the best year for the Habs', 'personal-info');
  });
  pinAll([
    [
      'Court today: the accused in CI-23-01-44518 was late again.',
      'personal-info',
      'CI-23-01-44518',
      'gr.confidential',
    ],
    [
      'File MB-CFS-2291-0447 is going home to his kokum in Norway House tomorrow.',
      'personal-info',
      'File MB-CFS-2291-0447',
      'gr.confidential',
    ],
    [
      'DOB March 2 1979, lives above the pawn shop, called the after-hours line six times tonight.',
      'personal-info',
      'March 2 1979',
      'gr.confidential',
    ],
  ]);
});

describe('personal accounts tied to the job in odd shapes, and media taken up in plain words', () => {
  it('look-alike domains, a town, a reporter seen on the street stay quiet', () => {
    quietIn('info@govmbca.net', 'account-identity', 'email');
    quietIn('raj.patel@gov.mb.ca.mailer.net', 'account-identity', 'email');
    quietIn('j.nguyen@govmb.ca', 'account-identity', 'email');
    quietIn('Headingley born and raised | hockey mom', 'account-identity', 'profile');
    quietIn('Saw the Manitoba government logo on the new highway signs, looks nice', 'account-identity');
    quietIn('Just saw a reporter doing a live hit in front of the Legislature in -30. Respect.', 'media');
    quietIn(
      'UK civil servant here, visiting family in Winnipeg. Your politics are so polite!',
      'government-voice',
    );
  });
  pinAll([
    ['hadley.mcrae@gov,mb.ca', 'account-identity', 'hadley.mcrae@gov,mb.ca', 'def.personal', 'email'],
    ['s.nguyen@gov.mbca', 'account-identity', 's.nguyen@gov.mbca', 'def.personal', 'email'],
    [
      'cpl_corrections_headingley',
      'account-identity',
      'cpl_corrections_headingley',
      'def.personal',
      'profile',
    ],
    ['crown_atty_lisa', 'account-identity', 'crown_atty_lisa', 'def.personal', 'profile'],
    [
      'Brandon courthouse clerk by day, polka DJ by night',
      'account-identity',
      'courthouse clerk',
      'def.personal',
      'profile',
    ],
    [
      "J'ai mis le logo du gouvernement du Manitoba comme photo de profil sur mon Facebook perso.",
      'account-identity',
      'logo du gouvernement du Manitoba',
      'def.personal',
    ],
    [
      'Did a live hit on CJOB this morning about the parks booking crash. My boss doesn’t know yet',
      'media',
      'CJOB',
      'gr.media',
    ],
    [
      'Free Press called the ranger station looking for a comment on the bear thing so I gave her one.',
      'media',
      'Free Press called',
      'gr.media',
    ],
  ]);
});

describe('promises to a member of the public about a service, in plain words', () => {
  it("a movie, a landlord's reno and a barber stay quiet", () => {
    quietIn('The new Marvel movie will be released by Friday, can’t wait', 'commitment');
    quietIn('My landlord says the reno will be done by June, sure', 'commitment');
    quietIn("I'll do it on the spot, said my barber about the beard trim", 'commitment');
  });
  pinAll([
    [
      'Madame Roy, je vous promets que votre certificat de naissance sera prêt mardi.',
      'commitment',
      'je vous promets',
      'gr.on-behalf',
    ],
    [
      "Sandbags at your place on 75 by 6am, I'm on the emergency team.",
      'commitment',
      'Sandbags at your place',
      'gr.on-behalf',
    ],
  ]);
});

describe('what the own40–own47 writers showed still warns', () => {
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
