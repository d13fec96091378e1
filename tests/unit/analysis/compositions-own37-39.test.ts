/**
 * Rule compositions from own37–own39 (each first scored untouched): first the false alarms those new
 * writers raised, then the shapes they found that the rules missed. Rules only (`learned: false`), so
 * each test pins the rule itself. The sentences are new variations on those shapes, not the corpus
 * sentences; each group pairs near misses that must stay quiet with real cases that must still warn.
 */
import { describe, it } from 'vitest';
import { pinAll, quietIn } from './helpers.ts';

describe('false alarms from new writers stay quiet', () => {
  it('French "retard" is a delay, not a slur', () => {
    quietIn("Désolée pour le retard, l'autobus est resté pris dans la neige.", 'disrepute');
    quietIn('Deux heures de retard à cause du verglas, encore.', 'disrepute');
    quietIn('On accuse un gros retard sur les semis cette année.', 'disrepute');
  });
  it('"someone at the province" is who a citizen wants to reach, not who the writer is', () => {
    quietIn('Someone at the province should fix the lights at this intersection.', 'government-voice');
    quietIn('Been trying to get someone at Vital Statistics on the phone for a week.', 'government-voice');
  });
  it("misconduct at a private employer, or in a news story, is not the writer's conduct", () => {
    quietIn('Working from the lake all week, my firm is fully remote. Love a tech company.', 'disrepute');
    quietIn('Did you see that news story about the guard sleeping on shift? Unreal.', 'disrepute');
    quietIn(
      'Got a truck at auction that used to be a government vehicle lol, the decal ghost is still there',
      'disrepute',
    );
  });
  it("someone else's career and a retirement speak for nobody", () => {
    quietIn('My mom retired from the province after 30 years in Highways! So proud.', 'government-voice');
    quietIn(
      'Reminder: the Manitoba mental health line is 1-877-000-0000, call any time.',
      'government-voice',
    );
  });
  it('a reader of the news is not courting the media', () => {
    quietIn(
      'The Free Press paywall again. Anyone have a gift link for the piece on school funding?',
      'media',
    );
  });
  it('public pages, predictions and long memories are not inside knowledge or promises', () => {
    quietIn(
      "I've read the whole policy, here's the link to the official page if you want it.",
      'confidential',
    );
    quietIn("Worst flooding I have seen, honestly the worst I've seen it since 1997.", 'confidential');
    quietIn("I've watched this town go through three layoffs and two booms.", 'commitment');
    quietIn(
      'Manitoba Infrastructure just posted that the bridge deck will be done by Friday. Finally.',
      'commitment',
    );
    quietIn('Long day at the Steinbach Costco, my feet are done.', 'personal-info');
  });
  pinAll([
    ['Honestly what a retard, that caller.', 'disrepute', 'retard', 'gr.disrepute'],
    [
      'As someone in the department, I can tell you this cut is wrong.',
      'government-voice',
      'As someone in',
      'gr.personal-views',
    ],
    [
      "From someone who works in labour relations at the province: the union's offer is unreasonable.",
      'government-voice',
      'From someone who works',
      'gr.personal-views',
    ],
    [
      "Respectfully, the clinic closed weekends because we couldn't find locums. We've posted that job eleven times.",
      'government-voice',
      "We've posted that",
      'gr.personal-views',
    ],
  ]);
});

describe('government voice: defending the office from inside, without naming a role', () => {
  pinAll([
    [
      "Our department didn't 'cancel' the bursary, the intake just moved to spring.",
      'government-voice',
      "Our department didn't",
      'gr.personal-views',
    ],
    [
      "Listen, our office isn't 'doing nothing' about the outbreak, nobody has slept in days.",
      'government-voice',
      "our office isn't 'doing nothing",
      'gr.personal-views',
    ],
    [
      'Work in Conservation and honestly the new trapping rules are fair.',
      'government-voice',
      'Work in Conservation',
      'gr.personal-views',
    ],
    [
      'Speaking for the crew at Highways: we hate the detour as much as you do.',
      'government-voice',
      'Speaking for the crew at Highways',
      'gr.personal-views',
    ],
    [
      'Nobody on our end chose that, the new cap on the rent supplement came from way above us.',
      'government-voice',
      'Nobody on our end',
      'gr.personal-views',
    ],
    [
      "Correcting a rumour that's going around: the campground fees did not double. We'd have posted a notice if they had.",
      'government-voice',
      "We'd have posted",
      'gr.personal-views',
    ],
  ]);
  it('stays quiet on citizens, businesses and clubs saying the same', () => {
    quietIn("Returns are not our department, you'll have to call the manufacturer.", 'government-voice');
    quietIn(
      'Lots of folks asking why the rink is closed. We’re redoing the boards, sorry!',
      'government-voice',
    );
    quietIn('Speaking for everyone in my house: we are done with winter.', 'government-voice');
    quietIn('Our band was designed by three of us in a garage, now look at us.', 'government-voice');
  });
});

describe('disrepute: misconduct and contempt told casually', () => {
  pinAll([
    [
      'Gassed up my own truck on the fleet card again, nobody checks.',
      'disrepute',
      'Gassed up my own truck on the fleet card',
      'gr.disrepute',
    ],
    [
      'Need paper towels? Got three cases in the basement from work lol',
      'disrepute',
      'cases in the basement from work',
      'gr.disrepute',
    ],
    [
      "Passed four septic inspections today without leaving my truck. They're always fine.",
      'disrepute',
      'Passed four septic inspections today without leaving my truck',
      'gr.disrepute',
    ],
    [
      'If the lead tests fail again I just keep retesting them until they pass.',
      'disrepute',
      'retesting them until they pass',
      'gr.disrepute',
    ],
    [
      'Our regional director has the IQ of a fence post.',
      'disrepute',
      'the IQ of a fence post',
      'gr.disrepute',
    ],
    [
      "Half the callers today didn't even try to speak English.",
      'disrepute',
      "didn't even try to speak English",
      'gr.disrepute',
    ],
    [
      'He hinted a bottle of rye would speed things along with his permit, so I said sure.',
      'disrepute',
      'would speed things along',
      'gr.disrepute',
    ],
    [
      "Told the landlord exactly what I'd do to his car if he called me again.",
      'disrepute',
      "exactly what I'd do to his car",
      'gr.disrepute',
    ],
  ]);
  it('stays quiet on the same words about private life', () => {
    quietIn('My grandpa has the patience of a saint and the IQ of a genius.', 'disrepute');
    quietIn('Filled up my car with the points card, saved 10 cents a litre.', 'disrepute');
    quietIn(
      'Got three boxes of old photos in the basement from my mom, sorting them this weekend.',
      'disrepute',
    );
  });
});

describe('confidential: what is not public yet, said in passing', () => {
  pinAll([
    [
      "The audit on the northern airports came back rough. It won't be posted until after the session.",
      'confidential',
      "won't be posted until",
      'gr.confidential',
    ],
    [
      'Heard at exec yesterday the Dauphin office is folding into Brandon.',
      'confidential',
      'at exec yesterday',
      'gr.confidential',
    ],
    [
      'Forwarded the board minutes on the ER closure to a reporter at the Free Press. People deserve to know.',
      'confidential',
      'Forwarded the board minutes on the ER closure to a reporter',
      'gr.confidential',
    ],
  ]);
  it('stays quiet on a private employer or a public schedule', () => {
    quietIn(
      "Our credit union is merging with Altona's, it won't be announced until next week.",
      'confidential',
    );
  });
});

describe('commitment: a service promised in plain words', () => {
  pinAll([
    [
      "Dauphin parents, heard you. We're adding a second bus on the Ochre River route from Monday, you have my word.",
      'commitment',
      "We're adding",
      'gr.on-behalf',
    ],
    [
      'Checked with my supervisor: the Sprague ferry runs till October 30 this year, count on it.',
      'commitment',
      'runs till October 30',
      'gr.on-behalf',
    ],
    [
      "Pas d'inquiétude, on va passer dans votre rang demain avant 8h avec la niveleuse, je m'en occupe.",
      'commitment',
      'on va passer',
      'gr.on-behalf',
    ],
  ]);
  it('stays quiet on private plans and citizens describing a service', () => {
    quietIn("We're adding a second bus to our church trip, sign up by Sunday!", 'commitment');
    quietIn('The ferry runs till October 30 most years, then the ice road opens.', 'commitment');
  });
});

describe('more shapes from own37–39: disclaimers, spaced addresses, misconduct, clients, outlets', () => {
  pinAll([
    ['#ViewsAreMyOwn #Brandon #Budget', 'disclaimer', '#ViewsAreMyOwn', 'gr.disclaimer'],
    [
      'Writing as myself, not as a civil servant: the new dog park is great.',
      'disclaimer',
      'Writing as myself, not as a civil servant',
      'gr.disclaimer',
    ],
    ['pat.lee @ gov.mb.ca', 'account-identity', 'pat.lee @ gov.mb.ca', 'def.personal', 'email'],
    [
      'Put the work P-card down at Walmart for the staff lunch and a few personal things, who checks',
      'disrepute',
      'P-card down at Walmart for the staff lunch and a few personal things',
      'gr.disrepute',
    ],
    [
      'Tap in at the front door, out the back by noon. Nobody knows you left.',
      'disrepute',
      'Nobody knows you left',
      'gr.disrepute',
    ],
    [
      'That guy who yelled at me at the counter better watch his back.',
      'disrepute',
      'better watch his back',
      'gr.disrepute',
    ],
    [
      'Pembina Valley Online wants a quote from someone in Agriculture about the drought aid. I said yes.',
      'media',
      'Pembina Valley Online',
      'gr.media',
    ],
  ]);
  it('stays quiet on the same words elsewhere', () => {
    quietIn('Not as a public servant but as a mom: please slow down in school zones.', 'government-voice');
    quietIn('Nobody knows you left the party early, relax.', 'disrepute');
    quietIn('I read Pembina Valley Online every morning with my coffee.', 'media');
  });
});
