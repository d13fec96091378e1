/**
 * Rule compositions added from the misses of own22 and own23 (both first scored untouched). Rules only
 * (`learned: false`), so each test pins the rule itself: the text, the category, the exact words and the
 * clause. The sentences are new variations on the shapes that were missed, not the corpus sentences.
 * Each group ends with near misses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/index.ts';
import { type Case, expectFinding, pinAll, quietIn } from './helpers.ts';

const rulesOnly = { options: { learned: false } } as const;

describe('disrepute: favours, padded hours, gifts from the inspected, lies and contempt', () => {
  const cases: Case[] = [
    [
      'Lied to the inspector about the freezer temps, paperwork looks perfect now.',
      'disrepute',
      'Lied to the inspector',
      'gr.disrepute',
    ],
    [
      'Billed 12 hours overtime for the storm, worked about 5 lol',
      'disrepute',
      'Billed 12 hours overtime for the storm, worked about 5 lol',
      'gr.disrepute',
    ],
    [
      'Approved the supplier invoice for 80 hours they never worked.',
      'disrepute',
      'for 80 hours they never worked',
      'gr.disrepute',
    ],
    [
      "Bumped my neighbour's renewal up the queue. Family first, friends second 😇",
      'disrepute',
      'Family first',
      'gr.disrepute',
    ],
    [
      'Put a new barbecue on the office purchase card and nobody even asked',
      'disrepute',
      'nobody even asked',
      'gr.disrepute',
    ],
    [
      'Opened the gate with the campground keys after hours for my buddies. Best perk of the job.',
      'disrepute',
      'Best perk of the job',
      'gr.disrepute',
    ],
    [
      'Got hockey tickets from the company we are auditing lol',
      'disrepute',
      'tickets from the company we are auditing',
      'gr.disrepute',
    ],
    [
      'Every caller who swears at me goes on hold for fun after that.',
      'disrepute',
      'for fun',
      'gr.disrepute',
    ],
    [
      'Stopped at the liquor store in the government truck on my way back, nobody blinked',
      'disrepute',
      'liquor store in the government truck',
      'gr.disrepute',
    ],
    [
      'I just told the lineup the system was down so I could leave at 4:30',
      'disrepute',
      'told the lineup the system was down so',
      'gr.disrepute',
    ],
    [
      'Ran the plate through the registry at work to find out who my ex is seeing now',
      'disrepute',
      'registry at work to find out who my',
      'gr.disrepute',
    ],
    [
      'Anyone from that union who applies here, their resume ends up at the bottom of the pile',
      'disrepute',
      'ends up at the bottom of the pile',
      'gr.disrepute',
    ],
    [
      'Screenshot of the email a client sent us this morning, the spelling 😂',
      'disrepute',
      'Screenshot of the email a client sent',
      'gr.disrepute',
    ],
    [
      "Your son isn't failing because of me, he's failing because he's lazy.",
      'disrepute',
      "because he's lazy",
      'gr.disrepute',
    ],
    [
      'The director is a walking disaster and the whole floor knows it',
      'disrepute',
      'walking disaster',
      'gr.disrepute',
    ],
    [
      'People who line up at the welfare office are the dregs of this city',
      'disrepute',
      'dregs',
      'gr.disrepute',
    ],
    [
      'Told the man at the counter to learn to speak English before coming back',
      'disrepute',
      'learn to speak English',
      'gr.disrepute',
    ],
    [
      'Those refugee families at the intake desk are a drain on taxpayers',
      'disrepute',
      'are a drain on taxpayers',
      'gr.disrepute',
    ],
    [
      'The guy who yelled at my wicket got the slowest renewal of his life. Oops.',
      'disrepute',
      'slowest renewal of his life',
      'gr.disrepute',
    ],
    [
      'I know where the man who complained about me works. Just saying.',
      'disrepute',
      'I know where the man who complained about me works',
      'gr.disrepute',
    ],
    [
      "Coworker is suddenly on 'stress leave' the week of the audit, sure",
      'disrepute',
      "on 'stress leave'",
      'gr.disrepute',
    ],
    [
      "She'll fail her inspection again next month, she knows why.",
      'disrepute',
      'fail her inspection again',
      'gr.disrepute',
    ],
  ];
  pinAll(cases);
  it('stays quiet on the same words about private life', () => {
    quietIn('My parents are taking me to the Jets game for my birthday!', 'disrepute');
    quietIn('The contractor sent me a quote for the deck, yikes.', 'disrepute');
    quietIn('The best perk of the job is the sunsets over the lake.', 'disrepute');
    quietIn('My socks always end up at the bottom of the laundry basket.', 'disrepute');
    quietIn('We lost the game but had so much fun. Family first this weekend!', 'disrepute');
    quietIn('Our landlord promised the furnace would be fixed by Friday. Place your bets.', 'commitment');
  });
});

describe('confidential: plans, drafts and meetings stated plainly', () => {
  const cases: Case[] = [
    [
      'Dauphin ER goes to days-only in April. Schedules already drafted.',
      'confidential',
      'Schedules already drafted',
      'gr.confidential',
    ],
    [
      'Four of our seven intake workers are getting reassigned to Thompson in May. Nobody in Flin Flon knows yet.',
      'confidential',
      'are getting reassigned',
      'gr.confidential',
    ],
    [
      "Yesterday's steering committee: the Morden clinic is not getting its CT scanner.",
      'confidential',
      "Yesterday's steering committee",
      'gr.confidential',
    ],
    [
      'The highways review recommends closing the Carman yard. Saw the draft.',
      'confidential',
      'recommends closing',
      'gr.confidential',
    ],
    [
      "Spent the morning softening the minister's answer on the flood buyouts so it skips the overrun.",
      'confidential',
      "softening the minister's answer",
      'gr.confidential',
    ],
    [
      "Cabinet said no to the daycare fee cut this morning, so don't hold your breath.",
      'confidential',
      'Cabinet said no',
      'gr.confidential',
    ],
    [
      'Grading the provincial grade 12 English exams and the essay prompt is recycled from 2019.',
      'confidential',
      'Grading the provincial grade 12 English exams',
      'gr.confidential',
    ],
    [
      "The fish hatchery review came back and it's bad. Can't wait for it to go public.",
      'confidential',
      "Can't wait for it to go public",
      'gr.confidential',
    ],
    [
      "Officially the surgery backlog is 300. On our screen it's 700.",
      'confidential',
      'Officially the surgery backlog is',
      'gr.confidential',
    ],
    [
      "Petite info de l'intérieur : le bureau de Sainte-Anne perd son poste de conseillère.",
      'confidential',
      "de l'intérieur",
      'gr.confidential',
    ],
  ];
  pinAll(cases);
  it('stays quiet on business news, a new house and public announcements', () => {
    quietIn(
      'The new store location is confidential until the lease is signed. Stay tuned, Brandon!',
      'confidential',
    );
    quietIn('Contract signed!! We officially own a tiny bungalow in Transcona.', 'confidential');
    quietIn('Nobody in my family knows yet but I got the job! Telling them Sunday.', 'confidential');
    quietIn('Bought our cottage lot, lease is signed and the dock goes in next month.', 'confidential');
  });
});

describe('commitment and government voice: offices on it, waived fees, French department voice', () => {
  const cases: Case[] = [
    [
      '@laketrailer forget the late fee on your campsite, consider it waived',
      'commitment',
      'consider it waived',
      'gr.on-behalf',
    ],
    [
      'Carberry parents: the school bus problem will be fixed by Wednesday, our branch is on it.',
      'commitment',
      'will be fixed',
      'gr.on-behalf',
    ],
    [
      'From the cottage owners group: the boat launch at Clear Lake will be repaired before the long weekend, I sign the work orders.',
      'commitment',
      'will be repaired',
      'gr.on-behalf',
    ],
    [
      'I told the folks at the hall the culvert would be replaced by Friday.',
      'commitment',
      'replaced by Friday',
      'gr.on-behalf',
    ],
    [
      'Le ministère tient à préciser que les frais ne changeront pas.',
      'government-voice',
      'Le ministère tient à préciser',
      'gr.personal-views',
    ],
  ];
  pinAll(cases);
  it('stays quiet on a personal promise and a friend asking', () => {
    quietIn('I told my kids we would go to the lake by Friday.', 'commitment');
    quietIn('Consider it done, bro, I will bring the chips Saturday.', 'commitment');
    quietIn(
      'Le ministère a annoncé hier les nouveaux frais (lien dans les commentaires).',
      'government-voice',
    );
  });
});

describe('own24: the writer places themself in a department and explains its rules; French promises', () => {
  const cases: Case[] = [
    [
      'we (Manitoba Agriculture) suggest testing your well every spring, it saves a lot of trouble',
      'government-voice',
      'we (Manitoba Agriculture)',
      'gr.personal-views',
    ],
    [
      "Road questions again. I'm at the Highways regional office. Provincial highways are ours, the rest go to your RM.",
      'government-voice',
      "I'm at the Highways regional office",
      'gr.personal-views',
    ],
    [
      'Permit folks: we assign the hunting draws by lottery, the outfitters have no say. (I work for the department)',
      'government-voice',
      'we assign',
      'gr.personal-views',
    ],
    [
      'I work in the Fisheries branch, so let me explain the new walleye limits.',
      'government-voice',
      'I work in the Fisheries branch',
      'gr.personal-views',
    ],
    [
      'Je travaille à Santé Manitoba et notre position, c’est que les cliniques restent ouvertes.',
      'government-voice',
      'Je travaille à Santé Manitoba',
      'gr.personal-views',
    ],
    [
      "Les réparations sur la 201 seront terminées avant l'hiver, je vous le promets, je travaille sur le chantier.",
      'commitment',
      'seront terminées',
      'gr.on-behalf',
    ],
    [
      'If you register him this week he is guaranteed a spot in the fall program, I will hold it myself.',
      'commitment',
      'is guaranteed',
      'gr.on-behalf',
    ],
    [
      'I do intake at the detox unit and I can guarantee you a bed next week.',
      'commitment',
      'guarantee you a bed',
      'gr.on-behalf',
    ],
  ];
  pinAll(cases);
  it('stays quiet on private-sector rules, a question about a claim and towns read as names', () => {
    quietIn('I work at Safeway and we don’t allow dogs in the store, sorry.', 'government-voice');
    quietIn(
      'I work in the accounting office and our policy is no refunds after 30 days.',
      'government-voice',
    );
    quietIn("No, I can't tell you if your claim is approved over Messenger, call the office.", 'commitment');
    quietIn('Le gâteau sera fini avant la fête, promis!', 'commitment');
    quietIn('Drove past the Brandon arena and then south of Morris to the farm.', 'personal-info');
  });
});

describe('own26 and own27: French misconduct, threats, disclaimers and titles; offices speaking as a team', () => {
  const cases: Case[] = [
    [
      "Pris le van du ministère pour déménager ma sœur en fin de semaine, personne va s'en rendre compte",
      'disrepute',
      'van du ministère pour',
      'gr.disrepute',
    ],
    [
      'Mon gestionnaire est un vrai incompétent, tout le bureau le sait.',
      'disrepute',
      'un vrai incompétent',
      'gr.disrepute',
    ],
    [
      "J'ai dormi deux heures pendant mon quart au poste de contrôle.",
      'disrepute',
      "J'ai dormi deux heures pendant mon quart",
      'gr.disrepute',
    ],
    [
      '@voisin la prochaine fois que tu cries au comptoir tu vas le regretter',
      'disrepute',
      'tu vas le regretter',
      'gr.disrepute',
    ],
    [
      'Les gens au bureau de Dauphin, c’est des BS qui veulent juste profiter du système',
      'disrepute',
      'c’est des BS',
      'gr.disrepute',
    ],
    [
      'Malade aujourd’hui (lire: au chalet avec les gars) merci les contribuables',
      'disrepute',
      'Malade aujourd’hui (',
      'gr.disrepute',
    ],
    [
      'Park by my work zone one more time and I swear I will slash your tires',
      'disrepute',
      'I will slash your',
      'gr.disrepute',
    ],
    [
      'Keep complaining about my office and see what happens when your permit lands on my desk.',
      'disrepute',
      'see what happens when your permit lands on my desk',
      'gr.disrepute',
    ],
    [
      "Did a 'site visit' at my brother's cottage and billed 3 days mileage.",
      'disrepute',
      'billed 3 days mileage',
      'gr.disrepute',
    ],
    [
      "Put a new smoker on the purchasing card, nobody's gonna notice.",
      'disrepute',
      'Put a new smoker on the purchasing card',
      'gr.disrepute',
    ],
    [
      'Some of you clerks at the Selkirk office need to learn how to do your damn jobs.',
      'disrepute',
      'learn how to do your damn jobs',
      'gr.disrepute',
    ],
    ['Mes vues m’appartiennent, évidemment.', 'disclaimer', 'Mes vues m’appartiennent', 'gr.disclaimer'],
    [
      '(opinions perso, pas celles de mon employeur) le café du bureau est imbuvable',
      'disclaimer',
      'opinions perso, pas celles de mon employeur',
      'gr.disclaimer',
    ],
    [
      'agente de conservation | Parcs Manitoba | Gimli',
      'account-identity',
      'agente de conservation',
      'def.personal',
      'profile',
    ],
    [
      'On behalf of the wildfire crew in Thompson, please stop flying drones over the fire line.',
      'government-voice',
      'On behalf of the wildfire crew',
      'gr.personal-views',
    ],
    [
      'Pour rétablir les faits : le ministère n’a jamais annoncé la fermeture du bureau de Sainte-Anne.',
      'government-voice',
      'Pour rétablir les faits',
      'gr.personal-views',
    ],
    [
      "Our branch reviewed it and we're confident the new culvert standards are safe.",
      'government-voice',
      "Our branch reviewed it and we're confident",
      'gr.personal-views',
    ],
    [
      'Our lab got told to sit on the water test results until after the long weekend.',
      'confidential',
      'told to sit on the water',
      'gr.confidential',
    ],
    [
      "Jpeux pas en dire bcp mais notre ministère s'en va vers une grosse restructuration.",
      'confidential',
      'Jpeux pas en dire bcp',
      'gr.confidential',
    ],
    [
      "Ton dossier d'aide à l'emploi est accepté, le premier versement rentre le 15.",
      'commitment',
      'est accepté',
      'gr.on-behalf',
    ],
  ];
  pinAll(cases);
  it('stays quiet on bakeries, private promises and jokes', () => {
    quietIn('Accepting this ribbon on behalf of my entire bakery crew!', 'government-voice');
    quietIn('My views on pineapple pizza are my own and my kids disagree.', 'disclaimer');
    quietIn('Je suis malade aujourd’hui, je reste au lit avec du bouillon.', 'disrepute');
    quietIn("Le dossier de ma fille à l'université est accepté, trop fière!", 'commitment');
  });
});

describe('own25: shortcuts, favours, deception and contempt from burnt-out staff; leaks stated plainly', () => {
  const cases: Case[] = [
    [
      'Neighbour asked me to bump his dad up the home care waitlist. Done.',
      'disrepute',
      'bump his dad up the home care waitlist',
      'gr.disrepute',
    ],
    [
      "Marked 'left message' on a whole stack of callbacks I never made.",
      'disrepute',
      "Marked 'left message' on a whole stack of callbacks",
      'gr.disrepute',
    ],
    [
      'Took the 30 minute patch job and bill 5 hours at double time, easy money.',
      'disrepute',
      'bill 5 hours at double time',
      'gr.disrepute',
    ],
    [
      'Told the lady her licence would be ready Monday just to get her off the phone.',
      'disrepute',
      'just to get her off the phone',
      'gr.disrepute',
    ],
    [
      'If the same guy calls again I just let it ring till he gives up.',
      'disrepute',
      'let it ring till he gives up',
      'gr.disrepute',
    ],
    [
      "My boss thinks I'm doing field checks, I'm at the beach.",
      'disrepute',
      "boss thinks I'm doing field checks",
      'gr.disrepute',
    ],
    [
      "Did a 'routine inspection' at my uncle's garage. Passed, didn't even open the hood.",
      'disrepute',
      "Passed, didn't even open",
      'gr.disrepute',
    ],
    [
      'The vendor dropped off a bottle of whisky after we picked their quote.',
      'disrepute',
      'vendor dropped off a bottle of whisky',
      'gr.disrepute',
    ],
    [
      'Pulled the new clerk’s overtime history from the payroll system to see if she pads it.',
      'disrepute',
      'Pulled the new clerk’s overtime history from the payroll system to see',
      'gr.disrepute',
    ],
    [
      "Gave my cousin a heads up that we're doing fishing licence checks at the dock Saturday.",
      'disrepute',
      "Gave my cousin a heads up that we're",
      'gr.disrepute',
    ],
    [
      'Idiots, the whole lot of them. Every inmate on the range.',
      'disrepute',
      'Idiots, the whole lot of them',
      'gr.disrepute',
    ],
    ['th3 cl13nts @t my d3sk r p@r@s1t3s', 'disrepute', 'p@r@s1t3s', 'gr.disrepute'],
    // a phrase that starts with a quote mark matches after a space too (the old \\b before it never did)
    [
      "Did a 'site visit' at my brother's cottage all weekend.",
      'disrepute',
      "a 'site visit' at my brother's cottage",
      'gr.disrepute',
    ],
    ["She's 'working' from home again, aka the lake.", 'disrepute', "'working' from home", 'gr.disrepute'],
    [
      'Spent the afternoon redacting the FIPPA request on cabinet travel. Oh boy.',
      'confidential',
      'redacting the FIPPA request',
      'gr.confidential',
    ],
    [
      'Hint for the corrections officer competition: the interview questions are all about use of force.',
      'confidential',
      'the interview questions are',
      'gr.confidential',
    ],
    [
      "A certain deputy minister got a golden handshake. You'll never see it in the news.",
      'confidential',
      'A certain deputy minister',
      'gr.confidential',
    ],
    [
      'Reply to @kaylee_204: I processed your EIA application this morning, congrats on the pregnancy!',
      'personal-info',
      'Reply to @kaylee_204',
      'gr.confidential',
    ],
  ];
  pinAll(cases);
  it('stays quiet on the same words in private life', () => {
    quietIn('Bumped my brother up the list for Sunday dinner, he brings the pie.', 'disrepute');
    quietIn("My boss thinks I'm doing great, annual review went well!", 'disrepute');
    quietIn('Heads up to my contractor buddies, the lumber sale at the yard is on.', 'confidential');
    quietIn("@jlamb I'll call you after my shift, promise! Want to hear about the trip.", 'personal-info');
    quietIn('Mail me at kim@example.ca or j@ne.ca for the recipe', 'disrepute');
    quietIn("The minister's announcement was vague. What does 'review' even mean?", 'confidential');
    quietIn("It's getting cold, the lake is freezing over.", 'confidential');
  });
});

describe('own29: beds and rooms, PHINs in odd groups, plain leaks from health and justice; jokes in a memo’s clothes', () => {
  const cases: Case[] = [
    [
      'Bed 9 on 3 West is a 88yo retired teacher from Carman who keeps asking for her cat.',
      'personal-info',
      'Bed 9 on 3 West',
      'gr.confidential',
    ],
    [
      'My pt in 14C finally got his knee done, he has waited since 2022.',
      'personal-info',
      'My pt in 14C',
      'gr.confidential',
    ],
    [
      'The PHIN on the requisition says 1234 56 789 and it keeps bouncing, IT please fix',
      'personal-info',
      '1234 56 789',
      'related.phia',
    ],
    [
      'Heard at the nurses station that Grace ER goes to urgent care in the spring. Announcement isn’t until May.',
      'confidential',
      'Heard at the nurses station',
      'gr.confidential',
    ],
    [
      'Crown is dropping the charges in the Gimli fraud file, just waiting on paperwork.',
      'confidential',
      'just waiting on paperwork',
      'gr.confidential',
    ],
    [
      'Opioid calls downtown were up 40% per our internal dashboard, not published yet.',
      'confidential',
      'internal dashboard',
      'gr.confidential',
    ],
    [
      'Bought my son’s cleats on the work p-card, nobody audits that anyway.',
      'disrepute',
      'Bought my son’s cleats on the work p-card',
      'gr.disrepute',
    ],
    [
      'Played Wordle through the entire budget briefing, nobody noticed.',
      'disrepute',
      'Played Wordle through the entire budget briefing',
      'gr.disrepute',
    ],
    [
      'A news TikTok asked me to go live and explain the new fishing regs since I’m a CO.',
      'media',
      'news TikTok',
      'gr.media',
    ],
    [
      'No, that’s not how we calculate the rent supplement. I work there, it is based on income.',
      'government-voice',
      'we calculate',
      'gr.personal-views',
    ],
    [
      'nothing i post represents the org i work for, ok?',
      'disclaimer',
      'nothing i post represents the org',
      'gr.disclaimer',
    ],
    [
      "@maria_p your grant's a sure thing, the panel loved it. Letter comes in two weeks.",
      'commitment',
      "'s a sure thing",
      'gr.on-behalf',
    ],
  ];
  pinAll(cases);
  it('stays quiet on the writer as patient, hotels, memos to family and public launches', () => {
    quietIn('Patient (me) in bed 4 at Grace, appendix out, going home tomorrow 😅', 'personal-info');
    quietIn(
      'Room 214 at the Fort Garry Hotel, anyone at the conference want to meet for drinks?',
      'personal-info',
    );
    quietIn('Internal memo to myself: stop buying coffee at the drive-thru.', 'confidential');
    quietIn('Briefing note to my husband: the furnace is making The Noise again.', 'confidential');
    quietIn('Think tank life: our broadband report drops Tuesday! Come to the launch.', 'confidential');
    quietIn('A local podcast asked me to talk about my quilting business, so nervous!', 'media');
    quietIn(
      'The jury convicted the man in the Portage fraud case today, it was all over the news.',
      'personal-info',
    );
  });
});

describe('own28: insider credentials in political arguments, contempt in the heat of it; citizens, reporters and cities stay quiet', () => {
  const cases: Case[] = [
    [
      'Having processed hundreds of these housing applications, I can tell you the new cap is a mistake.',
      'government-voice',
      'Having processed hundreds',
      'gr.personal-views',
    ],
    [
      'In my unit we see the fallout of the rent changes every day, so spare me the press release.',
      'government-voice',
      'In my unit we see',
      'gr.personal-views',
    ],
    [
      '@voter22 I literally administer the pharmacare program and the deductible change is fair.',
      'government-voice',
      'I literally administer the pharmacare program',
      'gr.personal-views',
    ],
    [
      'Excited to represent Manitoba Agriculture at the grain summit next week!',
      'government-voice',
      'Excited to represent Manitoba Agriculture',
      'gr.personal-views',
    ],
    [
      "Highways' position has always been that the bypass is a provincial road.",
      'government-voice',
      "Highways' position has always been",
      'gr.personal-views',
    ],
    [
      'Yes, the department has seen the petition. No, it will not change the decision.',
      'government-voice',
      'the department has seen the',
      'gr.personal-views',
    ],
    [
      'Clients who whine about the wait should try working for a living.',
      'disrepute',
      'should try working for a living',
      'gr.disrepute',
    ],
    [
      'Signed off on an inspection I didn’t actually do, the owner seemed fine.',
      'disrepute',
      'Signed off on an inspection I didn’t actually do',
      'gr.disrepute',
    ],
    [
      'Signed off on my neighbour’s septic test even though it failed.',
      'disrepute',
      'Signed off on my neighbour’s',
      'gr.disrepute',
    ],
    [
      'The refugee families at our intake office are always late and always rude.',
      'disrepute',
      'refugee families at our intake office are always',
      'gr.disrepute',
    ],
    [
      'My whole unit is getting moved to Steinbach and nobody has told the clients.',
      'confidential',
      'My whole unit is getting moved',
      'gr.confidential',
    ],
    [
      'Newsletter editor asked me to write a column about my job as a provincial meat inspector.',
      'media',
      'Newsletter editor',
      'gr.media',
    ],
  ];
  pinAll(cases);
  it('stays quiet on citizens, reporters, city crews and flat tires', () => {
    quietIn('The provincial daycare plan is a joke and the Premier should be ashamed.', 'disrepute');
    quietIn('The province will have to pay for this eventually, mark my words.', 'confidential');
    quietIn(
      'City of Winnipeg water and waste here: we know about the advisory, crews are on it.',
      'government-voice',
    );
    quietIn("Quelle journée, j'ai crevé un pneu sur la 59 et il pleut.", 'disrepute');
    quietIn('Federal public servant, ESDC Winnipeg. Birder.', 'account-identity');
    quietIn('So proud to represent Manitoba at nationals next week! Go team!', 'government-voice');
    expect(
      analyze("I'm a reporter at the Free Press. If you waited a year for surgery, my DMs are open.").filter(
        (f) => f.category === 'media',
      ),
    ).toEqual([]);
  });
});

describe('own31: long posts — private employers, businesses and churches, order numbers, festivals and hobby interviews', () => {
  it('sets a private employer, a business or a church aside, for the rules and for the learned scorer', () => {
    for (const text of [
      'Can’t say much, but our company is going through a “restructuring” and a bunch of us got let go today. Not announced yet.',
      'Hamper update from the volunteers at our church! We will deliver all 140 hampers by December 20, promise.',
      'HIRING: our private practice in St. Vital needs two RNs. Call 204-555-0176 to apply.',
      'Now booking spring cleanups! Prairie Lawn & Garden will have your yard done within a week.',
    ])
      expect(
        analyze(text).filter((f) => f.severity === 'warning'),
        text,
      ).toEqual([]);
  });
  it('still warns when the same post leaks government business', () => {
    expectFinding(
      'Can’t say much, but the Dauphin EIA office is getting merged into Brandon in April. Staff haven’t been told.',
      'confidential',
      'is getting merged',
      'gr.confidential',
      rulesOnly,
    );
  });
  it('reads order numbers, festivals and bakeries as what they are', () => {
    quietIn(
      'Pizza order #4471 from the place on Ellice is 90 minutes late, third call now.',
      'personal-info',
    );
    quietIn(
      'At the Forks for Festival du Voyageur with the kids, the sculptures are amazing!',
      'personal-info',
    );
    quietIn(
      'Avis à notre clientèle : la Boulangerie du Vieux-Saint-Boniface sera fermée lundi. 204-555-0148',
      'personal-info',
    );
  });
  it('keeps hobby interviews and reporters at a festival out of media', () => {
    quietIn('The Carillon did an interview with me about my backyard beekeeping, so embarrassing!', 'media');
    quietIn('There were reporters everywhere at the Forks, CBC was filming the sculptures.', 'media');
    quietIn('A reporter from CTV visited my daughter’s grade 3 class today to talk about the news.', 'media');
  });
});

describe('own30: very short drafts in chat shorthand', () => {
  const cases: Case[] = [
    [
      '@jo_b yeah ur school is on the list. they just havent told parents yet',
      'confidential',
      'they just havent told parents yet',
      'gr.confidential',
    ],
    [
      'pssst the new clinic in morden? delayed 2 yrs. ppl will find out in the fall',
      'confidential',
      'ppl will find out in',
      'gr.confidential',
    ],
    [
      'tell ur dad his top up is coming, i put it thru this morning',
      'commitment',
      'top up is coming',
      'gr.on-behalf',
    ],
    [
      'if the grader doesnt come by noon dm me and ill send a truck myself',
      'commitment',
      'ill send a truck',
      'gr.on-behalf',
    ],
    [
      'as an mb health employee i think the new triage rules are garbage',
      'government-voice',
      'as an mb health employee',
      'gr.personal-views',
    ],
    [
      'mb gov here lol, yes the new plates are legit, we approved the design',
      'government-voice',
      'mb gov here',
      'gr.personal-views',
    ],
    [
      'recorded an ep w a true crime podcast about a case i worked. drops fri',
      'media',
      'true crime podcast',
      'gr.media',
    ],
    ['journalist friends: i have the memo. u know where to find me', 'media', 'journalist', 'gr.media'],
    [
      "(my own opinion, not work's) the ice road season will be short",
      'disclaimer',
      "my own opinion, not work's",
      'gr.disclaimer',
    ],
    [
      'slept 2 hrs in the plow truck behind the shop lol nobody noticed',
      'disrepute',
      'slept 2 hrs in the plow truck',
      'gr.disrepute',
    ],
    [
      'watched netflix the whole shift at the desk, taxpayers paying me to binge',
      'disrepute',
      'watched netflix the whole shift',
      'gr.disrepute',
    ],
    [
      'gave my buddy a pass on his overlimit, what are friends for',
      'disrepute',
      'gave my buddy a pass',
      'gr.disrepute',
    ],
    ['@highwaycrew_mti_dauphin', 'account-identity', '@highwaycrew_mti_dauphin', 'def.personal', 'profile'],
  ];
  pinAll(cases);
  it('spells shorthand out without touching e-mail addresses, capitals or "ill" meaning sick', () => {
    quietIn('c.wong@gov.bc.ca sent me the bc ferries schedule', 'commitment');
    quietIn('I was ill all week, u know how it is', 'commitment');
    quietIn('the province better fix hwy 6 before winter or im moving', 'commitment');
    quietIn("'Your application has been approved!' — said no landlord ever", 'commitment');
  });
});

describe('own31 and own32: handles in posts, outlet handles, departments speaking, other languages; jokes and look-alike domains', () => {
  const cases: Case[] = [
    [
      'New TikTok page just dropped with all my grader videos, follow me at @MBHighwaysOperatorSam',
      'account-identity',
      '@MBHighwaysOperatorSam',
      'def.personal',
    ],
    [
      'Added my bakery Instagram (@sam.bakes) to my work email signature, free advertising!',
      'account-identity',
      'Instagram (@sam.bakes) to my work email signature',
      'gr.cross-promote',
    ],
    [
      'From our end at Employment Standards: no, the minimum wage is not going down.',
      'government-voice',
      'From our end at Employment Standards',
      'gr.personal-views',
    ],
    [
      'Official word from our office: the park gates open May 15.',
      'government-voice',
      'Official word from our office',
      'gr.personal-views',
    ],
    [
      "I'm going on CJOB tomorrow at 7 to talk about why our branch is short-staffed.",
      'media',
      'CJOB',
      'gr.media',
    ],
    [
      '@kim_freep saw your call-out about the remand centre. I work there, happy to chat, DM me',
      'media',
      '@kim_freep',
      'gr.media',
    ],
    [
      'Crypto mining rig is running on the work laptop overnight, free power lol',
      'disrepute',
      'mining rig is running on the work laptop',
      'gr.disrepute',
    ],
    [
      'Just saw the bids for the Dauphin courthouse reno. The winner is $2M under everyone else.',
      'confidential',
      'Just saw the bids',
      'gr.confidential',
    ],
    [
      'Promise you this: nobody on our caseload is losing their rent supplement this winter.',
      'commitment',
      'nobody on our caseload is losing',
      'gr.on-behalf',
    ],
    [
      'Meine Meinung, nicht die meines Arbeitgebers: the Gimli beach is better.',
      'disclaimer',
      'Meine Meinung, nicht die meines Arbeitgebers',
      'gr.disclaimer',
    ],
  ];
  pinAll(cases);
  it('stays quiet on joke titles, relatives starting a job, look-alike domains and a reporter asking', () => {
    for (const [text, field] of [
      ['Ministry of Silly Walks, Deputy Minister (self-appointed) 🎩', 'profile'],
      ['Armchair premier. I yell at question period on TV.', 'profile'],
      ['raj.patel@gov.mb.ca.mailer.net', 'email'],
    ] as const)
      expect(
        analyze(text, { field }, { learned: false }).filter((f) => f.category === 'account-identity'),
        text,
      ).toEqual([]);
    quietIn('Proud of my daughter who just started as a conservation officer up north!', 'government-voice');
    quietIn(
      'Reporter here 👋 looking to talk with parents affected by the bus route changes. DM me',
      'media',
    );
  });
});

describe('own33: hard negatives that look risky, and the subtle cases among them', () => {
  const cases: Case[] = [
    [
      'The decision to close the Carman office was made for good reasons and we stand by it.',
      'government-voice',
      'and we stand by it',
      'gr.personal-views',
    ],
    [
      'I write policy for Manitoba Education, so here is what the new funding formula means.',
      'government-voice',
      'I write policy for Manitoba Education',
      'gr.personal-views',
    ],
    [
      'Put extra toner on the work purchase card and sold it on Marketplace lol',
      'disrepute',
      'sold it on Marketplace',
      'gr.disrepute',
    ],
    [
      "Used my work login to look up my ex's new address. Small province.",
      'disrepute',
      'Used my work login to look up',
      'gr.disrepute',
    ],
    [
      'Les gens sur l’aide sociale sont juste paresseux, je le vois au bureau.',
      'disrepute',
      'sont juste paresseux',
      'gr.disrepute',
    ],
    [
      "Notes from today's deputy's meeting: hiring freeze starts the 1st, no exceptions for term staff.",
      'confidential',
      "today's deputy's meeting",
      'gr.confidential',
    ],
    [
      'The shortlist for the Selkirk bridge tender is down to two firms.',
      'confidential',
      'shortlist for the',
      'gr.confidential',
    ],
  ];
  pinAll(cases);
  it('stays quiet on renovations, fitness trackers, surprise parties, moves, public reports and bands', () => {
    for (const text of [
      'The contract for our kitchen reno finally came in under budget. Miracle on Maryland St.',
      "Dad's recovering well after his bypass at St. B. Thank you to the cardiac nurses!",
      "Case number 2024-00912 on my hail damage claim and still nobody's called me back.",
      'Public notice: the Hwy 59 twinning work starts May 6. Detour maps are on the province’s road info page.',
      'Media inquiries for the fall tour: booking@prairiefirerock.ca',
      'The annual report is out and public, and I’m proud of the wetlands chapter our team wrote.',
      'Shhh, planning a surprise retirement party for Donna in payroll. Don’t tell her!',
      "Can't share details but I just signed the lease on my first apartment!!",
      "I'm a freelance journalist looking to talk to Manitobans who waited a year for surgery.",
      "Not announced yet but we're moving to Brandon this summer! Jake got a job at the plant.",
      'Internal report from my Fitbit: I walked 4 steps today. Management is concerned.',
    ])
      expect(
        analyze(text).filter((f) => f.severity === 'warning'),
        text,
      ).toEqual([]);
  });
});

describe('own34: back offices — tenders, bargaining, HR systems, payroll and IT', () => {
  const cases: Case[] = [
    [
      "I'll make sure the Carman contractor gets the paving tender, he's my brother-in-law.",
      'disrepute',
      "gets the paving tender, he's my brother",
      'gr.disrepute',
    ],
    [
      'Gave myself admin rights on the payroll system so I could see what everyone makes.',
      'disrepute',
      'Gave myself admin',
      'gr.disrepute',
    ],
    [
      'Napped in the supply room for an hour and nobody noticed.',
      'disrepute',
      'Napped in the supply room',
      'gr.disrepute',
    ],
    [
      'If he reply-alls me again I swear I will find out where he parks.',
      'disrepute',
      'I will find out where he parks',
      'gr.disrepute',
    ],
    [
      'Two people on the interview panel told me the internal candidate already has the job.',
      'confidential',
      'on the interview panel',
      'gr.confidential',
    ],
    [
      "The bargaining mandate is 2% a year, that's all they're authorized to offer.",
      'confidential',
      'bargaining mandate',
      'gr.confidential',
    ],
    [
      'Re: the dead laptops at the Selkirk branch, we’ll have all 20 replaced by end of month.',
      'commitment',
      'we’ll have',
      'gr.on-behalf',
    ],
    [
      'Semi-official answer from someone in Agriculture: yes, the deadline is firm.',
      'government-voice',
      'Semi-official answer from someone in Agriculture',
      'gr.personal-views',
    ],
  ];
  pinAll(cases);
  it('reads a public budget as public and a promise to publish as a secret kept', () => {
    quietIn(
      'Just read the 2024 Manitoba budget (it’s public, page 47): highway capital is up 12%.',
      'confidential',
    );
    expectFinding(
      "The draft of the new report card template drops the behaviour section. The plan is to announce it in May; I'll share my thoughts once it's public.",
      'confidential',
      'draft of the new report',
      'gr.confidential',
      rulesOnly,
    );
  });
});

describe('own35: replies under a quoted post', () => {
  it('warns on the reply that takes up a quoted media request, never on the quote itself', () => {
    const text =
      '> Global wants someone from the highways branch to talk about the bridge closure\nI can do it, my manager is away anyway';
    const f = analyze(text, { field: 'post' }, { learned: false }).find((x) => x.category === 'media');
    expect(f?.text).toBe('I can do it');
    expect(f?.clause).toBe('gr.media');
    quietIn(
      '> Global wants someone from the highways branch to talk about the bridge closure\nhope they find someone, it was a mess',
      'media',
    );
  });
  const cases: Case[] = [
    [
      '> is it true they are killing the program?\nno, the department is reviewing it, that is all',
      'government-voice',
      'the department is reviewing it',
      'gr.personal-views',
    ],
    [
      '> Is my farm eligible for the top-up?\nyou are in, I looked it up and your cheque goes out next week',
      'commitment',
      'cheque goes out',
      'gr.on-behalf',
    ],
    [
      '> trick to passing the audit?\nwe just backdate the inspection logs the week before',
      'disrepute',
      'backdate the inspection logs',
      'gr.disrepute',
    ],
    [
      "> Mon chèque n'est pas arrivé\nEnvoie-moi ton numéro de dossier, je le fais sortir demain matin.",
      'commitment',
      'le fais sortir',
      'gr.on-behalf',
    ],
  ];
  pinAll(cases);
});

describe('answering the public as "we" about government business', () => {
  pinAll([
    [
      "Lots of folks asking why Hwy 10 is down to one lane. We're redoing the culvert north of Swan River.",
      'government-voice',
      "We're redoing",
      'gr.personal-views',
    ],
    [
      'Why does everyone assume we sit on permits? Drainage licences take weeks because we check every one.',
      'government-voice',
      'because we check every',
      'gr.personal-views',
    ],
    [
      "> is the northern outlet channel going ahead?\nyes, that's where we've landed, announcement in the spring",
      'government-voice',
      "that's where we've landed",
      'gr.personal-views',
    ],
  ]);
  it('stays quiet on a business or a club answering as "we"', () => {
    quietIn(
      'Lots of folks asking why the rink is closed. We’re redoing the boards this week, sorry!',
      'government-voice',
    );
    quietIn('Why does everyone assume we sit on the fence? Our book club picks by vote.', 'government-voice');
  });
});

describe('insults aimed at a person, and shortcuts nobody audits', () => {
  pinAll([
    [
      "Dear coworker who keeps eating my lunch: you're as dumb as you look.",
      'disrepute',
      'as dumb as you look',
      'gr.disrepute',
    ],
    ['the clerks on 3rd r such b!tches, not one will cover my shift', 'disrepute', 'b!tch', 'gr.disrepute'],
    [
      'Put my new winter tires on the purchase card. They’ll never audit it.',
      'disrepute',
      'Put my new winter tires on the purchase card',
      'gr.disrepute',
    ],
  ]);
  it('stays quiet on pets and surprises', () => {
    quietIn('My dog is as dumb as he looks but I love him', 'disrepute');
    quietIn("Hid the birthday cake in the garage, they'll never know!", 'disrepute');
  });
});

describe('closures stated plainly, in English and French', () => {
  pinAll([
    [
      "c'est pas encore annoncé mais ils ferment le bureau de Sainte-Rose en juin",
      'confidential',
      'ferment le bureau',
      'gr.confidential',
    ],
    [
      "yeah 2 of the 4 field offices are merging, it's been decided since march",
      'confidential',
      "it's been decided",
      'gr.confidential',
    ],
  ]);
});

describe('own36: departments explaining "why" as "we", and misconduct told casually', () => {
  pinAll([
    [
      'My comments are full of people calling the measles clinic overreach. It isn’t. We run it because the outbreak is real.',
      'government-voice',
      'We run it',
      'gr.personal-views',
    ],
    [
      'Friendly reminder that our regs only cover commercial flocks, the city bylaw is separate.',
      'government-voice',
      'our regs only cover',
      'gr.personal-views',
    ],
    [
      "Booked off 'sick' for the Bombers game again, my supervisor hasn't clued in.",
      'disrepute',
      "Booked off 'sick'",
      'gr.disrepute',
    ],
    [
      'Bought a kettle on the branch purchase card and coded it "staff supplies".',
      'disrepute',
      'coded it "',
      'gr.disrepute',
    ],
    [
      'Printed all 90 of my wedding invitations on the office colour printer.',
      'disrepute',
      'Printed all 90 of my wedding invitations on the office colour printer',
      'gr.disrepute',
    ],
    [
      'Took the department drone out to film my cousin’s wedding on the lake.',
      'disrepute',
      'Took the department drone out to film',
      'gr.disrepute',
    ],
    [
      'Our new manager is a walking memo with the brains of a gopher.',
      'disrepute',
      'with the brains of a gopher',
      'gr.disrepute',
    ],
  ]);
  it('stays quiet on sick days, citizens, grandmas and retirees', () => {
    quietIn('Called in sick today, actually sick, fever of 39.', 'disrepute');
    quietIn("The minister's announcement today is a joke. $5M across 137 municipalities?", 'disrepute');
    quietIn('The Free Press interviewed my grandma about the 1950 flood!', 'media');
    quietIn(
      'Lawyer friends: is it normal for a Crown attorney not to return calls? Asking for my cousin’s case.',
      'disrepute',
    );
    expect(
      analyze('Retired after 31 years with the province, now a full-time grandpa and curler', {
        field: 'profile',
      }).filter((f) => f.category === 'account-identity'),
    ).toEqual([]);
  });
});
