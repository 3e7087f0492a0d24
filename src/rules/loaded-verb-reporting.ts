/**
 * Reporting verbs that judge what they report (Wikipedia's "synonyms for said"):
 * "claimed" casts doubt, "admitted" and "conceded" imply guilt or error, "insisted"
 * implies resistance. "Said" would report the same words neutrally.
 */
import type { Rule } from '../engine/rule';
import { CLAIMED_AS_WON } from './fragments';

/** What a group claims responsibility for: "claimed the bombing". */
const ATTACK = '[attack|attacks|bombing|bombings|killing|killings|assault|shooting|raid|kidnapping|abduction|blast|ambush|massacre|hijacking]';
/** What is conceded in a contest, not in an argument: "conceded defeat", "conceded a penalty". */
const CONCEDED_CONTEST = ['defeat', 'goal', 'goals', 'election', 'race', 'penalty', 'penalties', 'try', 'tries', 'runs', 'wicket', 'wickets', 'ground', 'points', 'seat', 'match', 'set', 'game', 'title', 'possession', 'frame', 'frames'];

/** How and when a claim of responsibility was made: "claimed the attack in a statement", "… saying". */
const CLAIM_PHRASE = 'in a statement|in a video|in an online|on its|on telegram|via|through|saying|which|that killed|that left|for|with|last|this';

/**
 * Where a statement was made, put between the verb and its clause: "conceded on a call with
 * analysts that", "insisted on air that", "admitted in an interview with the BBC that",
 * "boasted in her State of the City address last month that". The closing "that" keeps
 * "insisted on paying" and "conceded a goal" out.
 */
const FORUM_NOUN =
  '[call|interview|briefing|statement|conference|hearing|meeting|podcast|programme|program|show|post|speech|appearance|broadcast|court|parliament|letter|' +
  'address|remarks|keynote|rally|debate|op-ed|essay|column|tweet|memo|email|newsletter|filing|memoir|book|video|session|summit|forum|event|lecture|sermon|testimony|town hall|' +
  'website|blog|release|press release|report|prospectus|manifesto|brochure|guide|advert|advertisement]';
/**
 * Where and when, between the forum and the clause: "last month", "on Tuesday", "earlier this
 * year", "in New York in May".
 */
const FORUM_TIME = '[last <word>|this <word>|earlier this <word>|on <word>|in <word>|in <word> <word>|in <word> in <word>|in <word> <word> in <word>|in <word> on <word>|]';
const FORUM =
  `[on|in|during|at] [air|camera|television|tv|radio|social media|instagram|facebook|twitter|tiktok|youtube|linkedin|[a|an|the|his|her|their|its|] [<word>|<word> <word>|<word> of the <word>|<word> of <word>|] ${FORUM_NOUN}] ` +
  `[with [reporters|analysts|journalists|investors|the press|<word>|the <word>]|] ${FORUM_TIME} that`;

/** Words ending in s before "claim" that are no plural subject: "his claim that", "a serious claim". */
const NOT_PLURAL = ['this', 'his', 'its', 'was', 'has', 'is', 'as', 'us', 'thus', 'plus', 'across', 'less', 'unless', 'whereas', 'business', 'class', 'witness', 'serious', 'various', 'previous', 'dubious', 'spurious', 'numerous', 'famous', 'outrageous', 'ridiculous', 'damages', 'expenses', 'benefits', 'rights', 'news'];

/** What a fire or a flood takes, counted: "claimed 14 homes", "claimed hundreds of acres". */
const TAKEN_BY_FIRE = '[<number>|dozens of|hundreds of|thousands of] [homes|houses|buildings|properties|structures|acres|hectares]';

export const loadedVerbReporting: readonly Rule[] = [
  {
    id: 'loaded-verb-claimed',
    category: 'loaded-verb',
    name: 'Claimed',
    explanation:
      '"Claimed" instead of "said" hints that the statement is doubtful, without showing why. Ask whether the article gives evidence against it, or only the word.',
    check: 'context',
    patterns: ['[claimed|claiming]'],
    // Six words: room for "the attack on Kabul airport." and its full stop.
    window: 6,
    // Other senses: "claimed responsibility", "claimed the title", "claimed 40 lives", "the lives it claimed".
    // Expenses claimed, right after the verb: "is alleged to have claimed rent on the flat" (not
    // "claimed the rent was too high", a claim).
    // What a fire or a flood took: "claimed 14 homes, authorities said" (not "claimed 40 homes had
    // been flooded", a claim).
    rejectNext: ['[rent|mileage]', `${TAKEN_BY_FIRE}[.|,]`, `${TAKEN_BY_FIRE} [and|in|on|across|since|before|after|during|by|overnight|last|as|that|this|at|along|within|when|while|between|near]`],
    rejectAfter: [
      'responsibility', 'credit', 'victory', 'lives', 'life', 'asylum', 'ownership', 'title', 'titles', 'trophy', 'prize',
      'seat', 'seats', 'gold', 'silver', 'bronze', 'medal', 'medals', 'crown', 'championship', 'cup', 'throne', 'benefits',
      'compensation', 'damages', 'refund', 'territory', 'land', 'victims', 'win', 'spot', 'place', 'pole', 'award',
      'awards', 'honours', 'honors', 'record', 'scalp', 'wickets',
      // An award won, with its article: "claimed the Grammy", "claimed a Bafta" (not "claimed the Oscars were rigged").
      '[the|a|an|his|her|their|its] [grammy|oscar|emmy|bafta|grand slam|treble]',
      // A thing won, with its owner's word before it ("claimed his fourth wicket", "claimed a
      // Michelin star"); not "claimed the star was a bully", a claim about someone.
      '[a|his|her|their|its] [<word>|] [wicket|star]',
      // Points in a table: "Rovers have claimed just two points from their last six games".
      '[just|only] [one|two|three|four|five|six|<number>] [points|wins|victories|goals]',
      // An award by its category: "claimed best new artist at the Brit Awards".
      'best [new|actor|actress|film|picture|director|album|song|newcomer|supporting|female|male|original]',
      // "Claim" as apply for: "claimed a tax deduction", "claimed expenses".
      'deduction', 'deductions', 'expenses', 'allowance', 'allowances', 'relief', 'rebate', 'rebates', 'reimbursement', 'payout', 'exemption', 'tax credit', 'tax credits', 'tax break', 'tax breaks',
      // Ordinals and prizes of the "won" sense: "claimed his third Golden Boot", "claimed her maiden win".
      // A due, claimed by whoever is entitled: "the allowance can be claimed by anyone over 65".
      'by [anyone|everyone|those|<number>]', 'tickets', 'rewards', 'subsidies', 'payments', 'pension', 'pensions', 'grant', 'grants',
      'overtime', 'bonus', 'bonuses', 'winnings', 'jackpot', 'prize money',
      'boot', 'belt', 'jersey', 'podium', 'stage', 'lead',
      // An award named after its winner, often past the window's end: "claimed the league’s young player of the year award".
      '[player|players|footballer|rookie|newcomer|goalkeeper|athlete] of',
      // An award of a period, capitalised: "claimed the National Chef of the Year title" (not
      // "claimed the winner of the series had cheated").
      '<name> of the [Year|Decade|Season|Month|Tournament|Series]',
      // What a player takes home from a match: "claimed the match ball", "claimed a point", "claimed a share of the lead".
      'match ball', 'a point', 'all three points', 'the points', 'a share of', 'a draw', 'a hat-trick', 'a brace', 'bragging rights', 'top spot', 'a wicket', 'a bonus point',
      // The wire's "claimed the attack" (responsibility for it): the attack, or the attack and
      // where it was ("the attack on Kabul airport"), ends the clause or a claim phrase follows.
      // Not "claimed the attack on his home was staged": there a clause goes on about the attack.
      ...['', ' [in|on|at|against|near|from|by] <word>', ' [in|on|at|against|near|from|by] <word> <word>'].flatMap((where) => [
        `[the|an|a|both|two|several] ${ATTACK}${where}[.|,]`,
        `[the|an|a|both|two|several] ${ATTACK}${where} [${CLAIM_PHRASE}]`,
      ]),
    ],
    // A taker that is no speaker: "a late frost has already claimed much of the blossom".
    rejectBefore: ['lives', 'life', 'territory', 'land', 'responsibility', 'victims', 'seat', 'seats', 'title', 'frost', 'fire', 'fires', 'flood', 'floods', 'storm', 'blaze', 'drought', 'disease', 'virus', 'war', 'cancer'],
    examples: {
      match: ['The tenant claimed the rent was too high.', 'He claimed 40 homes had been flooded.', 
        'The former nanny claimed the star was a bully.',
        'Emery retweeted an article by New York magazine that claimed Trump relied on lies.',
        'The senator claimed much of the money had been wasted.',
        'The company slashes rates while claiming drivers don’t need a union.',
        'He claimed the attack was staged by the army.',
        'He claimed the attack on his home was politically motivated.',
        'Moscow claimed the bombing at the market was carried out by Ukraine.',
        'She claimed the government had failed its first test.',
        'She claimed the player had been abused by fans.',
      ],
      noMatch: ['Mr Whitlow is alleged to have claimed rent on the flat.', 'The wildfire has claimed 14 homes, authorities said.', 'The 48-year-old, who claimed the National Chef of the Year title in 2009, closed the restaurant.', 
        'Rovers have claimed just two points from their last six games.',
        'The TV chef, who claimed a Michelin star for the restaurant in 2016, said nothing.',
        'Brack had claimed his fourth wicket of the innings.',
        'Vance, who claimed best new artist at the Brit Awards, has not released a record since.',
        'The group claimed responsibility for the attack.',
        'He claimed the trophy in 2019.',
        'The flood claimed 40 lives.',
        'A late frost has already claimed much of the blossom.',
        'He has since claimed the city’s “most improved” award twice.',
        'The striker claimed his second Golden Boot in three seasons.',
        'He claimed travel expenses for the trip.',
        'The winger claimed the Dutch league’s young player of the year award.',
        'The striker claimed the match ball after scoring three.',
        'The visitors claimed a point with a late equaliser.',
        'The virus has cost many lives, some of them claimed by the first wave.',
        'The Islamic State group claimed the attack in a statement.',
        'An armed group claimed the bombing.',
        'The militants claimed the attack, saying it targeted soldiers.',
        'The Taliban claimed the attack on Kabul airport.',
        'The Taliban claimed the attack on the checkpoint, which killed six soldiers.',
        'The allowance can be claimed by anyone over 65.',
        'Residents claimed their free tickets at the town hall.',
        'She claimed her first Olympic medal in Paris.',
      ],
    },
  },
  {
    id: 'loaded-verb-claims',
    category: 'loaded-verb',
    name: 'Claims that',
    explanation:
      '"X claims that" casts doubt on what X says without showing why. Look for evidence either way; if there is none, "says" would be the fair verb.',
    check: 'context',
    // A clause straight after the verb is the same: "the prosecution claims the two men planned it".
    patterns: ['claims [that|to|the|he|she|they|it|there|his|her|their|its|we|i]'],
    window: 1,
    // The verb has a subject: "Claims that the vaccine is unsafe do not stand up" opens with the noun.
    requireBefore: ['<word>'],
    // "Cancer claims the lives of ...", "claims the title": the other senses of the verb.
    rejectAfter: CLAIMED_AS_WON,
    // The noun: "the claims that", "insurance claims to".
    rejectBefore: [
      'the', 'these', 'those', 'such', 'insurance', 'false', 'unfounded', 'baseless', 'his', 'her', 'their', 'its', 'our',
      'my', 'your', 'any', 'no', 'similar', 'new', 'earlier', 'previous', 'recent', 'of', 'and', 'or', 'to', 'about', 'on',
      'for', 'over', 'against', 'with', 'amid', 'despite', 'disputed', 'denied', 'rejected', 'dismissed', 'made', 'some',
      'many', 'unsubstantiated', 'dubious', 'competing', 'territorial', 'legal', 'are', 'were', 'repeated', 'what', 'which', 'all',
      'compensation', 'damages', 'benefit', 'benefits', 'expenses', 'injury', 'pension', 'asylum', 'warranty', '<number>', '<possessive>',
    ],
    examples: {
      match: ['Uber claims that its driver rating system is more efficient.', 'The site claims to have a million users.', 'The prosecution claims the two men planned the robbery.'],
      noMatch: ['The insurance claim was rejected.', 'He dismissed claims that he had lied.', 'The fund’s claims that it beat the market were confirmed.', 'Cancer claims the lives of 10,000 people a year.', 'Insurers paid 300 claims the week after the storm.', 'Claims that the vaccine is unsafe do not stand up.',],
    },
  },
  {
    id: 'loaded-verb-plural-claim',
    category: 'loaded-verb',
    name: 'They claim that',
    explanation:
      '"Claim" casts doubt on what a group says without showing why ("the mayor’s opponents claim the scheme is a tax"). Look for evidence either way; if there is none, "say" would be the fair verb.',
    check: 'context',
    patterns: ['claim [that|the|he|she|they|it|there|his|her|their|its|we]'],
    window: 1,
    // A plural subject just before: "opponents claim", "posts claim"; or a pronoun or an adverb
    // of a verb ("they falsely claim", "posts on X and Facebook falsely claim"). The noun has a determiner or adjective there instead
    // ("the claim that", "a false claim").
    // A plural placed by a country ends on the place: "reports in Brazil claim that", "officials in Kyiv claim".
    requireBefore: ['<plural>', '[they|we|you|i|also|now|still|often|falsely|wrongly|repeatedly]', '[and|or] <name>', '<place>'],
    rejectBefore: NOT_PLURAL,
    // The other senses: "fans claim the title", "residents claim the allowance".
    rejectAfter: [...CLAIMED_AS_WON, 'allowance', 'benefit', 'benefits', 'refund', 'rebate', 'compensation', 'expenses', 'money', 'cash', 'land', 'asylum', 'ownership', 'responsibility', 'reward', 'rewards', 'prizes', 'points', 'subsidy', 'subsidies', 'payment', 'payments', 'pension', 'pensions', 'relief', 'discount', 'discounts', 'bonus', 'place', 'spot', 'allowances', 'refunds'],
    examples: {
      match: ['The mayor’s opponents claim the scheme is a tax on working people.', 'The posts claim that the ban starts in May.', 'Posts shared on X and Facebook falsely claim that the ban starts in May.', 'They falsely claim that the vaccine alters DNA.', 'Newspapers in Spain claim that the coach has resigned.'],
      noMatch: ['Brazil claim the title for a sixth time.', 'His claim that the vote was rigged was rejected.', 'Pensioners claim the allowance every winter.', 'Rebels claim responsibility for the attack.', 'Users claim their rewards in the app.', 'Under the rules, UK and EU citizens claim their pensions at 66.'],
    },
  },
  {
    id: 'loaded-verb-admitted',
    category: 'loaded-verb',
    name: 'Admitted',
    explanation:
      '"Admitted" implies the speaker owned up to something bad or long denied. Check whether the statement really was a concession, or ordinary speech framed as one.',
    check: 'context',
    // The bare infinitive is left out: "nobody will admit this" reports no statement.
    patterns: ['[admitted|admits|admitting]'],
    window: 2,
    // Hospital, school and membership senses.
    // "Every admitted student": the participle as an adjective.
    // "The students admitted through the scheme": a participle after those let in.
    // "Settled without admitting wrongdoing": the settlement's formula, no concession made.
    rejectBefore: ['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'getting', 'every', 'newly', 'students', 'pupils', 'applicants', 'without'],
    // Admission, not confession: "admitted to hospital", "admitted 40 new pupils", "has admitted
    // its first 120 tenants" (letting people in: a number or a first intake).
    // Let in: "the count admitted only accredited journalists", "the theatre admits latecomers"
    // (not "admitted only that mistakes were made", a concession).
    rejectAfter: ['only [accredited|registered|invited|ticket|ticketed|members|residents|pupils|children|adults|women|men]', 'latecomers', 'hospital', 'to the hospital', 'to a hospital', 'to care', 'to nursing', 'into', 'intensive care', 'patients', 'students', 'to the bar', 'as a member', 'to the university', 'to university', 'to school', 'entry', 'visitors', 'no one', '<number>', 'pupils', 'applicants', 'refugees', 'migrants', 'members', 'new',
      '[its|their] first', '[its|their|the] <number>',
      // "The hospital admitted two of them overnight", "students admitted through the scheme".
      '[two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands] of', '[two|three|four|five|six|seven|eight|nine|ten|eleven|twelve] [people|children|babies|dogs|cats|animals|horses|men|women|inmates|prisoners]', '[its|their|the|more|some] [tenants|residents|guests|women|girls|boys|children|inmates|prisoners|detainees|recruits|cadets|trainees|delegates|fans|spectators|people]',
      // A plea in court, not a concession in speech: "admitted two counts of fraud", "admitted manslaughter".
      '[one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|a|a single|the] [count|counts|charge|charges|offence|offences|offense|offenses]',
      'manslaughter', 'murder', 'fraud', 'assault', 'theft', 'burglary', 'robbery', 'arson', 'stalking', 'harassment', 'causing', 'possession', 'possessing', 'breaching', 'perverting', 'dangerous driving', 'careless driving', 'drink-driving', 'drink driving', 'drug offences'],
    // A hospital by its name, past the window: "admitted to Kadoma General Hospital with leg
    // injuries" (not "admitted to the hospital inquiry that", a confession to its inquiry).
    rejectNext: [
      'to [the|a|] [<word>|<word> <word>|<word> <word> <word>] [hospital|infirmary|clinic|hospice][.|,]',
      'to [the|a|] [<word>|<word> <word>|<word> <word> <word>] [hospital|infirmary|clinic|hospice] [with|in|on|at|after|for|and|where|following|overnight|suffering|last|early|late]',
    ],
    examples: {
      match: ['She admitted to the hospital inquiry that she had altered the notes.', 'The minister admitted the evidence was weak.', 'The minister admitted only that mistakes had been made.', 'Many patients admitted they had skipped doses.', 'The minister admitted through his lawyer that he had lied.', 
        'President Barack Obama has admitted that his failure to pass gun laws was his greatest frustration.',
        'The Government has effectively admitted as much.',
        'The bank admitted its failings in a statement on Friday.',
      ],
      noMatch: ['Two other miners were pulled out alive and admitted to Kadoma General Hospital with leg injuries.', 'She admitted three counts of fraud at the crown court.', 'He admitted causing death by dangerous driving.', 'She was admitted to hospital with burns.', 'The new block on Pier Street has admitted its first 120 tenants.', 'The college admitted its first women in 1970.', 'He was admitted to the bar in 1990.', 'The ward admitted 20 patients overnight.', 'Nobody in the cabinet will admit this.', 'The academy admitted 120 cadets in September.', 'The vice-chancellor said every admitted student had earned their place.', 'The count admitted only accredited journalists.', 'The theatre admits latecomers only at the interval.', 'Seven workers walked out, and the hospital admitted two of them overnight.', 'None of the students admitted through the scheme has been named.', 'His clinic has admitted six dogs since September.', 'The bank settled without admitting wrongdoing.'],
    },
  },
  {
    id: 'loaded-verb-grudgingly',
    category: 'loaded-verb',
    name: 'Grudgingly admitted, quick to point out',
    explanation:
      'An adverb tells the reader how to take the statement ("grudgingly acknowledged", "was quick to point out") before they read it. Look at what was said and judge its tone yourself.',
    check: 'context',
    patterns: [
      '[forced|compelled|obliged] to [admit|concede|acknowledge|confess]',
      '[grudgingly|reluctantly|belatedly|sheepishly|ruefully] [acknowledged|acknowledges|acknowledging|admitted|admits|conceded|concedes|accepted that|accepts that|confessed]',
      // Eagerness framed as spin: "the company was quick to point out that no one was hurt".
      '[was|were|is|are|has been|have been|had been] [quick|swift|eager|at pains] to [point out|stress|insist|deny|dismiss|defend|blame|claim|note|reject|emphasise|emphasize|distance]',
    ],
    window: 2,
    // Giving up a contest, not admitting a point: "was forced to concede defeat", "reluctantly conceded the election".
    rejectAfter: CONCEDED_CONTEST,
    examples: {
      match: ['The minister was forced to admit that the scheme had failed.', 'He grudgingly acknowledged that mistakes had been made.', 'The company was quick to point out that no one was hurt.', 'Officials were at pains to stress that the plant was safe.'],
      noMatch: ['He acknowledged that mistakes had been made.', 'Firefighters were quick to reach the scene.', 'The incumbent was forced to concede defeat.', 'She reluctantly conceded the election on Wednesday.'],
    },
  },
  {
    id: 'loaded-verb-conceded',
    category: 'loaded-verb',
    name: 'Conceded',
    explanation:
      '"Conceded" frames a statement as a reluctant admission of the other side’s point. Ask whether the speaker saw it that way, or the writer did.',
    check: 'context',
    patterns: ['concede~', `concede~ ${FORUM}`],
    window: 3,
    // The contest's noun right after, with its article or count: "conceded a late goal", "conceded
    // two penalties"; not any "a" that follows ("conceded that a small number of journeys").
    // Goals let in, counted by how often and when: "United conceded twice in the second half"
    // (not "conceded that twice as many", "conceded once again that").
    rejectAfter: [
      `[a|an|the|his|her|their|its|two|three|four|<number>|] [late|early|first|second|soft|stoppage-time|] [${CONCEDED_CONTEST.join('|')}]`,
      '[a|an] corner',
      '[once|twice|[two|three|four|five|six|<number>] times] [in|before|after|during|against|inside|within]',
    ],
    // A candidate who has "not conceded" or "refused to concede" has not given up the race;
    // no statement is being framed.
    rejectBefore: ['not', 'never', 'yet to', 'refused to', 'refuses to', 'refusing to', 'declined to', 'hasn’t', 'haven’t', 'hadn’t', 'didn’t', 'won’t', 'wouldn’t'],
    examples: {
      match: ['The minister conceded that the target would be missed.', 'His office conceded that a small number of journeys had been booked in error.', 'Conceding the point, he said the data were incomplete.', 'Delgado conceded on a call with analysts that inventory was high.'],
      noMatch: ['The candidate conceded defeat on Tuesday night.', 'The visitors conceded a late goal.', 'United conceded two penalties.', 'The incumbent had not conceded by midnight.', 'She has refused to concede, citing irregularities.', 'United conceded twice in the second half.', 'City conceded three times before half-time.', 'The side conceded a corner.'],
    },
  },
  {
    id: 'loaded-verb-insisted',
    category: 'loaded-verb',
    name: 'Insisted',
    explanation:
      '"Insisted" suggests the speaker holds a line against doubt or evidence. Look for what they insisted against, and whether "said" would be fairer.',
    check: 'context',
    // "On" a day is when, not what is demanded: "Pell insisted on Tuesday that ...".
    patterns: ['insist~', `insist~ ${FORUM}`, 'insist~ on [monday|tuesday|wednesday|thursday|friday|saturday|sunday]'],
    window: 1,
    rejectAfter: ['on', 'upon'],
    examples: {
      match: ['But he insisted progress had been made.', 'The company insists that its drivers are safe.', 'A radio host insisted on air that the ban was coming.', 'She insisted in an interview with the BBC that she had done nothing wrong.', 'Pell insisted on Tuesday that he had done nothing wrong.', 'Last night he insisted on Instagram that he had been badly advised.'],
      noMatch: ['She insisted on paying for the meal.', 'He insisted on a recount.'],
    },
  },
  {
    id: 'loaded-verb-maintained',
    category: 'loaded-verb',
    name: 'Maintained that',
    explanation:
      '"Maintained" implies a position held in the face of challenge. Ask what the challenge is and whether the article presents it.',
    check: 'phrase',
    patterns: [
      'maintain~ [that|his innocence|her innocence|their innocence]',
      // Held over time or in a forum before the clause: "maintained throughout the trial that",
      // "has maintained in interviews that". Not "maintained the roads".
      'maintain~ [throughout|during|at|in|since|from|until|till] [the|his|her|their|its|a|] [<word>|<word> <word>] that',
      '[maintained|has maintained|have maintained|had maintained] [all along|for years|for decades|for months|since then|ever since|repeatedly|consistently|publicly|privately] that',
      // The clause without "that": "he maintained he was at home", "she maintains the money was a loan".
      'maintain~ [he|she|they|we|i|it] [was|were|is|are|had|has|have|did|had not|did not|never|would|could]',
      // One noun only: "maintained the house he was born in" keeps the house.
      'maintain~ [the|his|her|their|its] <word> [was|were|is|are|had been|has been|have been|did not|had not|never]',
    ],
    examples: {
      match: ['The trust maintained until 2022 that staffing was safe.', 'He has always maintained that he was at home.', 'She maintains her innocence.', 'He maintained throughout the trial that his managers knew.', 'She maintained she had never seen the letter.', 'The firm maintains the payments were legal.'],
      noMatch: ['The council maintains the roads in the district.', 'The team maintained its lead throughout the second half.', 'He maintained the house he was born in.'],
    },
  },
  {
    id: 'loaded-verb-touted',
    category: 'loaded-verb',
    name: 'Touted',
    explanation:
      '"Touted" casts the speaker as a salesperson and their claim as promotion. Check the claim on its merits.',
    check: 'context',
    patterns: ['tout~'],
    window: 1,
    rejectBefore: ['ticket', 'a', 'the'],
    examples: {
      match: ['The mayor touted the scheme as a success.', 'The firm is touting its new drug as a breakthrough.'],
      noMatch: ['A ticket tout was arrested outside the stadium.'],
    },
  },
  {
    id: 'loaded-verb-boasted',
    category: 'loaded-verb',
    name: 'Boasted',
    explanation:
      '"Boasted" or "bragged" mocks the claim as self-praise. Ask whether the claim itself is true, which the verb does not tell you.',
    check: 'phrase',
    // With what is boasted of, or with where it was said first: "boasted in her State of the
    // City address last month that". Not "the city boasts a fine museum", which only has one.
    // Or when, before the clause: "had boasted in January that", "boasted last week that".
    patterns: ['[boast~|brag~] [that|of|about|to|how]', `[boast~|brag~] ${FORUM}`, '[boast~|brag~] [in|on|last|this|earlier this] <word> that'],
    examples: {
      match: ['The firm had boasted in January that its rocket was ready.', 'The government team boasted of concessions in the new bill.', 'He bragged that nobody could touch him.', 'Kell boasted in her State of the City address last month that 4,000 homes had been delivered.', 'The chief executive bragged on a call with analysts that demand was off the charts.', 'The company boasted on its website that sales had doubled.', 'He boasted at a sports business conference in New York in May that football was undervalued.'],
      noMatch: ['The city boasts a fine museum.', 'The city boasts in its brochure a fine museum.'],
    },
  },
  {
    id: 'loaded-verb-confessed',
    category: 'loaded-verb',
    name: 'Confessed',
    explanation:
      '"Confessed" frames a statement as an admission of guilt. Outside a courtroom, ask whether that framing is the speaker’s or the writer’s.',
    check: 'phrase',
    patterns: ['confess~ [that|to being|to having|to feeling|he|she|they|i|we|it|there]'],
    examples: {
      match: ['The coach confessed that he had lost faith.', 'She confessed to feeling relieved.', 'The minister confessed he had not read the report.'],
      noMatch: ['The suspect signed a confession on Monday.'],
    },
  },
  {
    id: 'loaded-verb-asserted',
    category: 'loaded-verb',
    name: 'Asserted',
    explanation:
      '"Asserted" underlines that something is only stated. Look for whether the assertion is checked anywhere in the story.',
    check: 'phrase',
    patterns: ['assert~ [that|without]'],
    examples: {
      match: ['The lawyer asserted that the evidence was planted.', 'He asserts without proof that the vote was rigged.'],
      noMatch: ['The army asserted control over the capital.'],
    },
  },
  {
    id: 'loaded-verb-is-adamant',
    category: 'loaded-verb',
    name: 'Is adamant',
    explanation:
      'Describes the speaker’s stubbornness rather than their statement. Ask what they are adamant about and what argues against it.',
    check: 'phrase',
    patterns: ['[is|was|are|were|remains|remained|has been|have been|seemed] [equally|still|] adamant', 'adamantly'],
    examples: {
      match: ['The minister is adamant the changes are needed.', 'Residents adamantly oppose the plan.'],
      noMatch: ['The minister said the changes are needed.'],
    },
  },
  {
    id: 'loaded-verb-revealed',
    category: 'loaded-verb',
    name: 'Revealed / pointed out',
    explanation:
      'Verbs like "revealed" or "pointed out" present what someone said as established truth. Off by default because they are often fair; switch on when auditing copy.',
    check: 'phrase',
    defaultOn: false,
    patterns: ['[revealed|reveals|pointed out|points out|noted that|notes that] [that|]'],
    examples: {
      match: ['The minister revealed that the plan had failed.', 'As critics pointed out, the plan had failed.'],
      noMatch: ['The minister said the plan had failed.'],
    },
  },
];
