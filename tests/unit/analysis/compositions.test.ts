/**
 * Rule compositions added from the misses of corpora own8–own10 (each first scored untouched). Rules only
 * (`learned: false`), so each test pins the rule itself: the text, the category, the exact words and the
 * clause. Each group ends with near misses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type CategoryId } from '../../../lib/analysis/index.ts';
import { expectFinding, quietIn } from './helpers.ts';

const rulesOnly = { options: { learned: false } } as const;

describe('government-voice: insider claims, department replies and sign-offs', () => {
  it('flags "I\'d know, I work the file" after a defence of the province', () => {
    expectFinding(
      "Replying to @ratepayer: the province isn't sitting on the audit, it's in normal review. I'd know, I work the file.",
      'government-voice',
      "the province isn't sitting on",
      'gr.personal-views',
      rulesOnly,
    );
  });
  it('flags a specialised inspector introducing an opinion on the rules', () => {
    expectFinding(
      'Speaking as a livestock inspector, the new feedlot rules are way too soft.',
      'government-voice',
      'Speaking as a livestock inspector',
      'gr.personal-views',
      rulesOnly,
    );
  });
  it('flags a department answering complaints and signing off as its crew', () => {
    expectFinding(
      "We've heard your concerns about the ferry schedule and we're reviewing our summer practices. — MTI crew",
      'government-voice',
      "We've heard your concerns",
      'gr.personal-views',
      rulesOnly,
    );
  });
  it('flags speaking on behalf of "notre direction"', () => {
    expectFinding(
      'Au nom de notre direction, merci aux bénévoles de Saint-Jean-Baptiste!',
      'government-voice',
      'Au nom de notre direction',
      'gr.personal-views',
      rulesOnly,
    );
  });
  it('flags "I draft these regulations for a living" before an opinion on them', () => {
    expectFinding(
      'I draft these regulations for a living, and the new snowmobile trail rules are reasonable.',
      'government-voice',
      'I draft these regulations',
      'gr.personal-views',
      rulesOnly,
    );
  });
  it('stays quiet on a home inspector, a business apology and a relative who works for the province', () => {
    quietIn('As a home inspector, I think buyers should always get the attic checked.', 'government-voice');
    quietIn(
      "We're so sorry about the delays on patio orders this week, thanks for your patience!",
      'government-voice',
    );
    quietIn('For anyone asking, the clinic opens at 8 and the parking is free.', 'government-voice');
  });
});

describe('disrepute: falsified records, drinking at work, snooping, abuse of power, mockery', () => {
  it('flags overtime logged under a label in quotes', () => {
    expectFinding(
      'Logged 6 hrs of OT for "culvert monitoring". Monitored it from my deck with a beer.',
      'disrepute',
      'Logged 6 hrs of OT for "',
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('flags drinking over lunch and going back to the grader', () => {
    expectFinding(
      'Three beers at the Legion over lunch and then back to driving the grader. Living the dream',
      'disrepute',
      'beers at the Legion over lunch',
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('flags looking up a relative’s boyfriend in the court registry', () => {
    expectFinding(
      "Looked up my sister's new boyfriend in the court registry at work. Yikes.",
      'disrepute',
      "Looked up my sister's new boyfriend in the court registry",
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('flags keeping a caller on hold to punish her', () => {
    expectFinding(
      'Let her sit on hold a little longer than necessary because she was rude to me.',
      'disrepute',
      'a little longer than necessary',
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('flags mocking a client', () => {
    expectFinding(
      "Client told me she can't afford groceries while holding a new iPhone. Sure Jan 🙄",
      'disrepute',
      'Sure Jan',
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('flags a work van in a disabled spot, a prank on a colleague with hearing aids and a threat at the counter', () => {
    expectFinding(
      'lol parked the province van in the handicap spot at the mall for an hour, nobody tickets a gov van',
      'disrepute',
      'parked the province van in the handicap',
      'gr.disrepute',
      rulesOnly,
    );
    expectFinding(
      'The new clerk wears hearing aids so we mumble on purpose at huddles to see what she does',
      'disrepute',
      'on purpose at huddles to see what she',
      'gr.disrepute',
      rulesOnly,
    );
    expectFinding(
      'if that landlord shows up at my wicket again I swear he is leaving in an ambulance',
      'disrepute',
      'leaving in an ambulance',
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('flags lying to a supervisor about an appointment, in French', () => {
    expectFinding(
      "J'ai dit à ma superviseure que j'avais un rendez-vous, en fait j'étais au golf",
      'disrepute',
      "J'ai dit à ma superviseure que j'avais un rendez-vous, en fait",
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('stays quiet on a beer after work, a sure-Jan about a friend and "these people" about politicians', () => {
    quietIn('Two beers on the patio after work with the crew. Good week.', 'disrepute');
    quietIn(
      'Parked in the accessible spot with my mom’s placard, she was with me the whole time.',
      'disrepute',
    );
    quietIn('My sister says she will be on time this year. Sure Jan', 'disrepute');
    quietIn("The premier's presser today was kind of a mess, no? Who's advising these people", 'disrepute');
  });
});

describe('personal-info: people pointed at from the job', () => {
  it('flags telling someone their brother came through detox intake', () => {
    expectFinding(
      "@marnie_k your brother came through our detox intake last night, he's alright",
      'personal-info',
      'your brother came through our detox intake',
      'gr.confidential',
      rulesOnly,
    );
  });
  it('flags a tenant by unit number', () => {
    expectFinding(
      "Tenant in 212 at the Gateway housing block still hasn't paid and the unit smells.",
      'personal-info',
      'Tenant in 212',
      'gr.confidential',
      rulesOnly,
    );
  });
  it('stays quiet on a dog at the park and a character in a film', () => {
    quietIn('Guess who came in today? The fluffiest golden retriever at the dog park 🐕', 'personal-info');
    quietIn('The guy from Sharknado showed up in my feed again lol', 'personal-info');
  });
});

describe('commitment, confidential, media, disclaimer and account-identity', () => {
  it('flags backdating a deductible for the reader', () => {
    expectFinding(
      "Don't stress, we'll backdate your Pharmacare deductible to April.",
      'commitment',
      "'ll backdate your",
      'gr.on-behalf',
      rulesOnly,
    );
  });
  it('flags a shouted "yes we are grading it tomorrow" to the people on a road', () => {
    expectFinding(
      'TO EVERYONE ON ROAD 12E: YES WE ARE GRADING IT TOMORROW.',
      'commitment',
      'ARE GRADING',
      'gr.on-behalf',
      rulesOnly,
    );
  });
  it('flags "la province va vous rembourser"', () => {
    expectFinding(
      'Oui, la province va vous rembourser le montant au complet.',
      'commitment',
      'va vous rembourser',
      'gr.on-behalf',
      rulesOnly,
    );
  });
  it('stays quiet on a citizen being sure the province will cave', () => {
    quietIn('Pretty sure the province will cave and fund the arena eventually, they always do', 'commitment');
  });
  it('flags "can\'t say much but the investigation found"', () => {
    expectFinding(
      "Can't say much but the investigation into the Brandon fire found the alarm was disabled by staff.",
      'confidential',
      "Can't say much",
      'gr.confidential',
      rulesOnly,
    );
  });
  it('flags a branch’s own costing of a program', () => {
    expectFinding(
      "Our branch did the costing on the daycare expansion and it doesn't hold up past year two.",
      'confidential',
      'Our branch did the costing',
      'gr.confidential',
      rulesOnly,
    );
  });
  it('flags answering a magazine writer about provincial lab delays, and courting reporters', () => {
    expectFinding(
      "Got an email from a Maclean's writer researching provincial lab delays. Should I reply?",
      'media',
      "Maclean's",
      'gr.media',
      rulesOnly,
    );
    expectFinding(
      "Reporters covering the privatization file: I've been in the room. Coffee's on me.",
      'media',
      'Reporters',
      'gr.media',
      rulesOnly,
    );
  });
  it('reads "≠" as "not": a disclaimer written with it, and one in French', () => {
    expectFinding(
      'Views expressed ≠ views of employer. Perogy enthusiast',
      'disclaimer',
      'Views expressed ≠ views of employer',
      'gr.disclaimer',
      { ...rulesOnly, severity: 'info' },
    );
    expectFinding(
      "Mes propos n'engagent que moi.",
      'disclaimer',
      "Mes propos n'engagent que moi",
      'gr.disclaimer',
      {
        ...rulesOnly,
        severity: 'info',
      },
    );
  });
  it('flags a personal account with a dot added to a work signature, and a CO handle', () => {
    expectFinding(
      'just added my insta @lake.life.jo to my work email signature 🌱',
      'account-identity',
      'added my insta @lake.life.jo to my work email signature',
      'gr.cross-promote',
      rulesOnly,
    );
    expectFinding('@kat_CO_manitoba', 'account-identity', '@kat_CO_manitoba', 'def.personal', {
      ...rulesOnly,
      field: 'profile',
    });
  });
});

describe('hard negatives from own12 and own13', () => {
  it('stays quiet on a possessive, a promise to stop posting, a picket line, a sister’s new job and one’s own case number', () => {
    for (const [text, category] of [
      [
        "Ted, you can check your road's plowing priority on the province's online map. It's public",
        'commitment',
      ],
      ["I promise I'll stop posting about the flood now. Last one from our porch.", 'commitment'],
      [
        "Yes I'm a public servant, yes I'm on the picket line, no I will not be answering work questions.",
        'government-voice',
      ],
      [
        'Congratulations to my sister on her new job as a policy analyst with the province! So proud of you',
        'government-voice',
      ],
      [
        'Former provincial employee here. I now run a small consulting business helping farms.',
        'government-voice',
      ],
      [
        "My case number is 2024-00987 and I've called four times. Anyone else waiting this long on disability?",
        'personal-info',
      ],
    ] as const) {
      quietIn(text, category);
      expect(
        analyze(text).filter((f) => f.category === category && f.severity === 'warning'),
        `${text} (with the learned scorer)`,
      ).toEqual([]);
    }
  });
});

describe('compositions from own11–own13', () => {
  const cases: [string, CategoryId, string, string][] = [
    [
      'Got caught punching in for my buddy at the depot again, supervisor just laughed.',
      'disrepute',
      'punching in for my buddy',
      'gr.disrepute',
    ],
    [
      'Put the groceries on the purchase card again. Nobody audits a $150 charge.',
      'disrepute',
      'Put the groceries on the purchase card',
      'gr.disrepute',
    ],
    [
      "Pulled over my ex's new boyfriend for a routine check on the lake road today.",
      'disrepute',
      'Pulled over my ex',
      'gr.disrepute',
    ],
    [
      'Slept a solid two hours on nights in the dispatch centre last night lol',
      'disrepute',
      'Slept a solid two hours on nights',
      'gr.disrepute',
    ],
    [
      "I'm a Manitoba civil servant and I think the premier's handling of the contract has been cowardly.",
      'government-voice',
      "I'm a Manitoba civil servant",
      'gr.personal-views',
    ],
    [
      "Ken, just to clarify the department's position: the closure is about spawning, not politics.",
      'government-voice',
      "clarify the department's position:",
      'gr.personal-views',
    ],
    [
      "As someone who's worked in Manitoba Conservation for 19 years, let me be clear: crews did not abandon the town.",
      'government-voice',
      "As someone who's worked in Manitoba",
      'gr.personal-views',
    ],
    [
      'The files on my desk today: 2023-01455 (custody) and 2024-00812 (child support). Heavy week.',
      'personal-info',
      '2023-01455',
      'gr.confidential',
    ],
    [
      "Evacuees at the arena: we'll have everyone home by Sunday. Pinky swear",
      'commitment',
      "we'll have",
      'gr.on-behalf',
    ],
    [
      'The modelling our branch ran shows the ring dike needs to go up two feet.',
      'confidential',
      'modelling our branch ran',
      'gr.confidential',
    ],
    [
      'For the folks asking about the courthouse tender: only two bids came in and one was $9M over.',
      'confidential',
      'only two bids came in',
      'gr.confidential',
    ],
    [
      "To the reporter from the Herald who e-mailed me: yes, I'll meet you at the Tim's at 10.",
      'media',
      'reporter',
      'gr.media',
    ],
    [
      "Whoever runs that watchdog blog, I have some documents on the parking contract you'd love.",
      'media',
      'blog',
      'gr.media',
    ],
    [
      "Changed my Facebook display name to 'Karen from MB Health Links' so callers can find me",
      'account-identity',
      "my Facebook display name to 'Karen from MB Health Links'",
      'def.personal',
    ],
    [
      "Signing up for this new app with my gov.mb.ca address so I don't lose it",
      'account-identity',
      'Signing up for this new app with my gov.mb.ca address',
      'def.personal',
    ],
  ];
  for (const [text, category, words, clause] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, rulesOnly);
    });
  it('stays quiet on near misses', () => {
    quietIn("file 2024-00456 — that's my small claims case, finally got a hearing date", 'personal-info');
    quietIn('Order 2024-00812 shipped today, tracking says Friday.', 'personal-info');
    quietIn('What a shit day. Car won’t start and I spilled coffee on my laptop', 'disrepute');
    quietIn(
      'Journalism students at the U of M are looking for people to interview about their first apartment',
      'media',
    );
    quietIn("Your school's plowing schedule is on the division website.", 'commitment');
  });
});

describe('French compositions (own14)', () => {
  const cases: [string, CategoryId, string, string][] = [
    [
      "Comme fonctionnaire au Secrétariat, j'peux vous dire que le gouvernement voit ce projet d'un bon œil.",
      'government-voice',
      'Comme fonctionnaire',
      'gr.personal-views',
    ],
    [
      "Nous autres, au ministère, on considère que les critiques de l'opposition sont exagérées.",
      'government-voice',
      'Nous autres, au ministère',
      'gr.personal-views',
    ],
    [
      "Au nom de notre direction, je tiens à dire que l'article du journal déforme complètement notre programme.",
      'government-voice',
      'Au nom de notre direction',
      'gr.personal-views',
    ],
    [
      'Les gens de La Broquerie, le ponceau sur le chemin 52 va être remplacé la semaine prochaine, la province s’en occupe.',
      'commitment',
      'va être remplacé',
      'gr.on-behalf',
    ],
    [
      'on va couvrir les frais de traduction pour votre AGA cette année, pas besoin de refaire une demande',
      'commitment',
      'on va couvrir',
      'gr.on-behalf',
    ],
    [
      'Bonne nouvelle pour votre subvention du festival : vous allez recevoir le chèque vendredi.',
      'commitment',
      'vous allez recevoir',
      'gr.on-behalf',
    ],
    [
      'Congé de maladie demain 🤧 (traduction : pêche sur glace avec mes chums)',
      'disrepute',
      'Congé de maladie demain 🤧 (',
      'gr.disrepute',
    ],
    [
      "J'ai acheté mon BBQ avec la carte d'achat du bureau, ils vérifient jamais rien.",
      'disrepute',
      "avec la carte d'achat du bureau",
      'gr.disrepute',
    ],
    [
      'Si le gars de la réception me parle encore sur ce ton-là, j’lui casse la gueule.',
      'disrepute',
      'casse la gueule',
      'gr.disrepute',
    ],
    [
      "Le procès-verbal de la réunion avec le ministre hier, wow. C'est tout ce que j'vais dire.",
      'confidential',
      'procès-verbal',
      'gr.confidential',
    ],
    [
      "Les mises à pied au Secrétariat sont confirmées à l'interne pour le 1er avril.",
      'confidential',
      "confirmées à l'interne",
      'gr.confidential',
    ],
    [
      'NIPS 611 270 845 — on a ses résultats de labo mais aucune adresse à jour.',
      'personal-info',
      '611 270 845',
      'related.phia',
    ],
    [
      "Un youtubeur de Saint-Pierre m'a demandé de parler de mon travail à la Conservation pour sa chaîne.",
      'media',
      'youtubeur',
      'gr.media',
    ],
  ];
  for (const [text, category, words, clause] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, rulesOnly);
    });
  it('notes French disclaimers', () => {
    expectFinding(
      "Je m'exprime en mon nom personnel : le festival était mieux l'an passé.",
      'disclaimer',
      "Je m'exprime en mon nom personnel",
      'gr.disclaimer',
      { ...rulesOnly, severity: 'info' },
    );
    expectFinding(
      'Ce compte est personnel. Mes publications reflètent pas la position de mon ministère.',
      'disclaimer',
      'Ce compte est personnel',
      'gr.disclaimer',
      { ...rulesOnly, severity: 'info' },
    );
  });
  it('recognises French job titles at a department in a bio', () => {
    expectFinding(
      'Agente de probation – Justice Manitoba | maman | Saint-Pierre-Jolys',
      'account-identity',
      'Agente de probation – Justice Manitoba',
      'def.personal',
      { ...rulesOnly, field: 'profile' },
    );
  });
  it('stays quiet on listening to an interview on Radio-Canada', () => {
    quietIn(
      "J'ai écouté l'entrevue du ministre à Radio-Canada ce matin. Intéressant, mais peu de détails.",
      'media',
    );
    quietIn('On va couvrir le BBQ avec une bâche si il pleut samedi!', 'commitment');
  });
});

describe('subtle cases and jurisdiction traps (own15)', () => {
  const cases: [string, CategoryId, string, string][] = [
    [
      "Saw your post about the deer on 59. I'll get the fencing request bumped up, a crew should be out soon.",
      'commitment',
      "I'll get",
      'gr.on-behalf',
    ],
    [
      "Tell your mom her PharmaCare deductible gets reset, I've got her covered",
      'commitment',
      'gets reset',
      'gr.on-behalf',
    ],
    [
      'people keep asking me at the rink so here it is: we are NOT closing the Souris office.',
      'government-voice',
      'we are NOT closing the',
      'gr.personal-views',
    ],
    [
      'Update from our crew: the fire east of Bissett is 60% contained and we expect the evac order to lift Thursday.',
      'government-voice',
      'Update from our crew',
      'gr.personal-views',
    ],
    [
      'When you work the front counter at Vital Stats you see how broken the ID rules are.',
      'government-voice',
      'When you work the front counter at Vital Stats',
      'gr.personal-views',
    ],
    [
      'Someone in Finance let slip which taxes go up in the spring budget.',
      'confidential',
      'let slip',
      'gr.confidential',
    ],
    [
      'Heard two ADMs in the elevator: the Portage office is moving to Brandon.',
      'confidential',
      'Heard two ADMs',
      'gr.confidential',
    ],
    [
      'Had to sit in on a visit today for the Kowalski kids from Oakbank. Their dad showed up drunk again.',
      'personal-info',
      'the Kowalski kids from Oakbank',
      'gr.confidential',
    ],
    [
      'Had a client cry at my desk today and I genuinely did not care.',
      'disrepute',
      'genuinely did not care',
      'gr.disrepute',
    ],
    [
      'If you want to pass your site inspection, bring snacks for the inspector 😉',
      'disrepute',
      'bring snacks for the inspector',
      'gr.disrepute',
    ],
    [
      '@Katie_Journo sure, happy to be background for your piece on park fees.',
      'media',
      '@Katie_Journo',
      'gr.media',
    ],
    [
      'Made my personal twitter pic the bison crest off our branch letterhead. Looks official now lol',
      'account-identity',
      'bison crest off our branch letterhead',
      'def.personal',
    ],
  ];
  for (const [text, category, words, clause] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, rulesOnly);
    });
  it('notes disclaimers that name what the employer did not do', () => {
    expectFinding(
      "These are personal reflections. My employer didn't approve, review or even see them.",
      'disclaimer',
      'These are personal reflections',
      'gr.disclaimer',
      { ...rulesOnly, severity: 'info' },
    );
  });
  it('stays quiet on federal and city staff, a relative’s job, a police alert and a landlord joke', () => {
    quietIn('Federal government employee here: the new pay system is somehow worse.', 'government-voice');
    quietIn('City of Brandon parks crew here: the spray pad opens June 1.', 'government-voice');
    quietIn('Proud wife of a corrections officer 💙 | Stony Mountain', 'account-identity', 'profile');
    quietIn(
      'Posting the Manitoba RCMP alert: missing 15 y/o from Selkirk, please call with any info',
      'personal-info',
    );
    quietIn("'Your application is approved' — said no Winnipeg landlord ever", 'commitment');
    quietIn(
      "We'll have the driveway graded by Thursday! Finally found a guy with a skid steer.",
      'commitment',
    );
    quietIn("Why do y'all want Nicki to be pregnant so bad", 'personal-info');
  });
});

describe('platform formats (own16)', () => {
  it('flags a Nova Scotia government address in an e-mail field and a provincial handle written as one word', () => {
    expectFinding('jason.macneil@gov.ns.ca', 'account-identity', 'jason.macneil@gov.ns.ca', 'def.personal', {
      ...rulesOnly,
      field: 'email',
    });
    expectFinding(
      'provincialcorrections_jay',
      'account-identity',
      'provincialcorrections_jay',
      'def.personal',
      { ...rulesOnly, field: 'profile' },
    );
  });
  it('flags a TikTok handle added to an @gov.mb.ca signature and a statement in the department’s name', () => {
    expectFinding(
      'Just added my TikTok handle to my @gov.mb.ca email signature, free promo!!',
      'account-identity',
      'added my TikTok handle to my @gov.mb.ca email signature',
      'gr.cross-promote',
      rulesOnly,
    );
    expectFinding(
      "Statement: the Department of Natural Resources regrets the confusion caused by yesterday's map.",
      'government-voice',
      'Statement:',
      'gr.personal-views',
      rulesOnly,
    );
  });
  it('flags writing off an overpayment and filling a boat on the work gas card', () => {
    expectFinding(
      "you won't have to pay back the overpayment, I'll just write it off on my end",
      'commitment',
      "won't have to pay",
      'gr.on-behalf',
      rulesOnly,
    );
    expectFinding(
      'Filled the boat up on the work gas card this weekend. they never audit it',
      'disrepute',
      'Filled the boat up on the work gas card',
      'gr.disrepute',
      rulesOnly,
    );
  });
  it('stays quiet on a future public servant and a brother’s new job', () => {
    quietIn('Poli sci student @ UManitoba | future public servant? 🤞', 'account-identity', 'profile');
    quietIn(
      'My brother just got hired as a conservation officer in The Pas!! So proud of him',
      'government-voice',
    );
  });
});

describe('quoted lines and private promises (own19)', () => {
  it('never flags a quoted line, but lets it set the topic of the answer', () => {
    quietIn(
      '> As a government employee I think the rebate is a mistake\nDo you though? Source?',
      'government-voice',
    );
    quietIn('> EIA people are lazy\nThat is a gross thing to say about your neighbours.', 'disrepute');
    expectFinding(
      "> will the Selkirk office stay open?\nNope. Can't say much but it closes in June, we were told today.",
      'confidential',
      "Can't say much",
      'gr.confidential',
      rulesOnly,
    );
  });
  it('stays quiet on promises to family and for a private business', () => {
    quietIn("I'll put your cheque in the mail tomorrow Mom, promise!", 'commitment');
    quietIn(
      "I drive for a private snow removal outfit and we'll have your lot cleared by 7am, guaranteed",
      'commitment',
    );
  });
});

describe('compositions from own17 and own19', () => {
  const cases: [string, CategoryId, string, string][] = [
    [
      'slept in the truck most of my night patrol on Hwy 6, nobody checks lol',
      'disrepute',
      'slept in the truck',
      'gr.disrepute',
    ],
    [
      "bought a new air fryer on the purchase card, technically it's for the staff room",
      'disrepute',
      'bought a new air fryer on the purchase card',
      'gr.disrepute',
    ],
    [
      "@MarkP keep talking and I'll make sure your permit application sits at the bottom of the pile for a year",
      'disrepute',
      "I'll make sure your permit application sits",
      'gr.disrepute',
    ],
    [
      "Twelve years prosecuting in Thompson and I can tell you Friday's acquittal was the correct result.",
      'government-voice',
      'years prosecuting in',
      'gr.personal-views',
    ],
    [
      "Our branch worked really hard on the new online licence renewal and we think it's a big improvement!",
      'government-voice',
      'Our branch worked really hard on',
      'gr.personal-views',
    ],
    [
      "Petite correction : le gouvernement n'a jamais dit que l'école allait fermer.",
      'government-voice',
      'Petite correction',
      'gr.personal-views',
    ],
    [
      "we'll have that culvert on Rd 36N swapped out before spring melt, no more flooded driveways for you guys",
      'commitment',
      "we'll have",
      'gr.on-behalf',
    ],
    [
      'Not gonna say much but anyone watching the outlet channel contract should know the preferred bidder is local.',
      'confidential',
      'Not gonna say much',
      'gr.confidential',
    ],
    [
      "the audit team found stuff in our region's vehicle logs that would make your jaw drop.",
      'confidential',
      'audit team found',
      'gr.confidential',
    ],
    [
      'anybody covering the Thompson jail story? I have documents. inbox is open',
      'media',
      'anybody covering the',
      'gr.media',
    ],
    [
      'pro tip: put your TikTok in your gov email signature. got 40 new followers off one budget memo lol',
      'account-identity',
      'put your TikTok in your gov email signature',
      'gr.cross-promote',
    ],
  ];
  for (const [text, category, words, clause] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, rulesOnly);
    });
  it('notes "sharing/liking ≠ my employer"', () => {
    expectFinding(
      "sharing/liking ≠ my employer agreeing with it, just so we're clear.",
      'disclaimer',
      'sharing/liking ≠ my employer',
      'gr.disclaimer',
      { ...rulesOnly, severity: 'info' },
    );
  });
  it('stays quiet on a secret Santa, a store launch and grading one’s own driveway', () => {
    quietIn(
      'Keeping my Secret Santa identity confidential until the office party Friday 🎅🤫',
      'confidential',
    );
    quietIn(
      'The new store location is confidential until the lease is signed but Brandon friends, get excited',
      'confidential',
    );
    quietIn(
      "we're going to grade our own driveway this weekend since the RM won't. who's got a tractor",
      'commitment',
    );
  });
});

describe('very short drafts (own21)', () => {
  const cases: [string, CategoryId, string, string][] = [
    [
      "cabinet said no to the Carman rink money. won't be public till after the by-election",
      'confidential',
      'cabinet said no',
      'gr.confidential',
    ],
    [
      "the wait-list numbers we track internally are like double what's on the website. just saying",
      'confidential',
      'we track internally',
      'gr.confidential',
    ],
    [
      'we WILL fix the potholes on PR 340 before harvest. hold me to that',
      'commitment',
      'WILL fix the',
      'gr.on-behalf',
    ],
    [
      'Derek M. from Thompson — your EIA got reinstated, check your account Monday',
      'commitment',
      'got reinstated',
      'gr.on-behalf',
    ],
    [
      "@WpgSun that's not what the regulation says. the branch's view is that it only applies to new builds",
      'government-voice',
      "the branch's view is",
      'gr.personal-views',
    ],
    ['new hire is obviously a diversity hire and it shows', 'disrepute', 'diversity hire', 'gr.disrepute'],
    [
      "stamped 40 files without reading a single one, it's friday baby",
      'disrepute',
      'stamped 40 files without reading a single one',
      'gr.disrepute',
    ],
    [
      "quoted in the Sun today re: highway crews, didn't even run it by my boss",
      'media',
      'quoted in the Sun',
      'gr.media',
    ],
  ];
  for (const [text, category, words, clause] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, rulesOnly);
    });
  it('notes "n\'engage que moi" and stays quiet on a church roof tender and mum\'s secret', () => {
    expectFinding("Avis perso, n'engage que moi.", 'disclaimer', "n'engage que moi", 'gr.disclaimer', {
      ...rulesOnly,
      severity: 'info',
    });
    quietIn(
      'Just got the tender results for our church roof: three bids and the cheapest one is from my cousin.',
      'confidential',
    );
    quietIn("keep this between us but mom's selling the cottage", 'confidential');
  });
});

describe('a question to others is not a disclaimer', () => {
  it('"anyone else having this issue?" is not "I speak for no one else"', () => {
    expect(
      analyze(
        "Client's SIN is 130 692 544 and the system still won't take it, anyone else having this issue?",
      ).map((f) => f.category),
    ).toEqual(['personal-info']);
    expectFinding(
      "I don't speak for anyone else, just me.",
      'disclaimer',
      'for anyone else',
      'gr.disclaimer',
      { severity: 'info' },
    );
  });
});

describe('government voice and disrepute (own20)', () => {
  const cases: [string, CategoryId, string, string][] = [
    [
      "We don't plow that road because it's a municipal road, not a provincial one. Call your RM.",
      'government-voice',
      "We don't plow that",
      'gr.personal-views',
    ],
    [
      'Folks, the student aid delay is on the federal side, not ours. We sent everything over on time.',
      'government-voice',
      'is on the federal side',
      'gr.personal-views',
    ],
    [
      'On a bien lu vos commentaires sur le bureau. Nous maintenons notre décision.',
      'government-voice',
      'On a bien lu vos commentaires',
      'gr.personal-views',
    ],
    [
      'Flashed my government ID and the cop let me off with a warning. Pays to know people',
      'disrepute',
      'Flashed my government ID',
      'gr.disrepute',
    ],
    [
      'tipped off my buddy about the surprise inspection at his shop next week. what are friends for',
      'disrepute',
      'tipped off my buddy',
      'gr.disrepute',
    ],
    [
      'Put in for mileage to Dauphin for a meeting that was on Teams. Gas money is gas money.',
      'disrepute',
      'Put in for mileage to Dauphin for a meeting that was on Teams',
      'gr.disrepute',
    ],
    [
      "Lied on the incident report so my partner wouldn't get written up.",
      'disrepute',
      'Lied on the incident report',
      'gr.disrepute',
    ],
    [
      'Waived the inspection fee for the cute guy at the garage lol',
      'disrepute',
      'Waived the inspection fee for the cute',
      'gr.disrepute',
    ],
  ];
  for (const [text, category, words, clause] of cases)
    it(`${category}: ${text.slice(0, 60)}`, () => {
      expectFinding(text, category, words, clause, rulesOnly);
    });
  it('stays quiet on a citizen explaining the same things', () => {
    quietIn(
      'The city does not plow that road, it is an RM road. Call your RM office, they were helpful for me.',
      'government-voice',
    );
    quietIn('Put in for mileage to the tournament, the club reimburses drivers. Thanks team!', 'disrepute');
  });
});
