/**
 * Passive attributions that hedge a statement about someone or something: "is said to",
 * "is believed to", "is thought to". The passive hides who says, believes or thinks it.
 */
import type { Rule } from '../engine/rule';

/** "is", "were not", "are all", "is widely" ...: the verb "to be" and what may stand after it. */
const BE_ADVERB = '[not|also|all|still|now|widely|generally|commonly|originally|often|sometimes|usually|traditionally|popularly|largely|broadly|universally|]';
const BE = `[is|are|was|were|be|been|being|isn’t|aren’t|wasn’t|weren’t] ${BE_ADVERB}`;
const BE_NOT_BEING = `[is|are|was|were|be|been|isn’t|aren’t|wasn’t|weren’t] ${BE_ADVERB}`;

export const hedgePassiveAttribution: readonly Rule[] = [
  {
    id: 'hedge-is-said-to',
    category: 'hedge',
    name: 'Is said to',
    explanation:
      'Reports a claim while leaving out who says it. Ask who said so, and whether the writer could confirm it.',
    check: 'phrase',
    patterns: [`${BE} said to`],
    examples: {
      match: ['The minister is said to favour an early election.', 'The painting was said to be worth millions.'],
      noMatch: ['The minister said to reporters that he favours an early election.'],
    },
  },
  {
    id: 'hedge-is-believed-to',
    category: 'hedge',
    name: 'Is believed to',
    explanation:
      'States what someone believes without saying who, so the reader cannot weigh the belief. Look for the believer (police, doctors, the family?) and what the belief rests on.',
    check: 'phrase',
    patterns: [
      `${BE} believed to`,
      // The casualty-report form: "the man is believed dead", "three are feared drowned". Not
      // "feared dead", the fixed phrase of a death toll still being counted, which the gold leaves.
      `${BE} [believed|thought|presumed] [dead|killed|drowned|kidnapped|abducted|trapped]`,
      `${BE} feared [killed|drowned|kidnapped|abducted|trapped]`,
    ],
    examples: {
      match: [
        'The tablets were believed to contain DNP.',
        'At least 40 people are believed to have died.',
        'The injuries were not believed to be life-threatening.',
        'Three climbers are believed dead after the avalanche.',
        'Five miners are feared trapped after the collapse.',
      ],
      noMatch: ['Police believe the tablets contained DNP.', 'At least 41 people are feared dead after the boat capsized.'],
    },
  },
  {
    id: 'hedge-is-thought-to',
    category: 'hedge',
    name: 'Is thought to',
    explanation:
      'A belief without a believer: the passive hides who thinks so and why. Look for the expert or study behind it.',
    check: 'phrase',
    patterns: [
      `${BE} thought to`,
      // The believers only counted, not named: "he is thought by some to have been an informer".
      `${BE} [thought|believed|said|considered|reputed|rumoured|rumored] by [some|many|others|most|a few] to`,
    ],
    examples: {
      match: ['Navigational errors are all thought to contribute to strandings.', 'The manuscript is thought to date from 1450.', 'He is thought by some to have been an informer.'],
      noMatch: ['The team thought to bring spare batteries.', 'He is thought by his doctors to be recovering well.'],
    },
  },
  {
    id: 'hedge-believed-to-be',
    category: 'hedge',
    name: 'Believed to be (without "is")',
    explanation:
      'The same hidden believer as "is believed to", in a shorter form: "the man, believed to be in his 40s", "hackers thought to be linked to the state". Ask who believes it and on what grounds.',
    check: 'context',
    patterns: [
      '[thought|presumed|suspected] to [be|have]',
      // With any verb, where no subject could do the believing: "a syndicate believed to operate
      // out of the Baltic states" (not "thought": "the team thought to bring spare batteries").
      '[believed|understood|alleged|reputed|rumoured|rumored] to <word>',
      // The shortest form, in casualty reports: "the man is believed dead", "two feared drowned".
      '[believed|thought|presumed|reported] [dead|killed|drowned|kidnapped|abducted|trapped]',
      'feared [killed|drowned|kidnapped|abducted|trapped]',
    ],
    window: 1,
    // A subject who does the believing ("he thought to have ...") is not a hidden one.
    rejectBefore: ['i', 'we', 'you', 'he', 'she', 'they', 'who', 'never', 'not', 'be', 'is', 'are', 'was', 'were', 'been', 'being'],
    examples: {
      match: ['A betting syndicate believed to operate out of the Baltic states has been linked to the matches.', 'The man, believed to be in his 40s, was taken to hospital.', 'Hackers thought to be linked to a state group stole the data.', 'Two fishermen, feared drowned, were found alive.'],
      noMatch: ['He never thought to have the brakes checked.', 'At least 41 feared dead after migrant boat capsizes.'],
    },
  },
  {
    id: 'hedge-said-to-be',
    category: 'hedge',
    name: 'A thing said to be',
    explanation:
      'The reduced passive of "is said to": "an initial loan said to be on the table". Someone says so, but the sentence does not say who; ask who is saying it and how they know.',
    check: 'context',
    patterns: ['said to [be|have]'],
    window: 4,
    // Only after a noun brought in by "with" or "including": elsewhere "said" may be a speaker's
    // verb giving advice ("Mum always said to be kind").
    requireBefore: ['[with|including] [a|an|the|its|his|her|their|] [<word>|] <word>'],
    examples: {
      match: ['It is likely to be restructured, with an initial loan said to be on the table.', 'The haul, including a painting said to have belonged to a duke, was seized.'],
      noMatch: ['Her mother always said to be kind to strangers.', 'She said to be careful on the roads.'],
    },
  },
  {
    id: 'hedge-is-understood-to',
    category: 'hedge',
    name: 'Is understood to',
    explanation:
      'A newsroom formula for information from sources the outlet will not name. Treat it as an anonymous claim and look for confirmation on the record.',
    check: 'phrase',
    patterns: [`${BE} understood to`],
    examples: {
      match: ['The club is understood to have rejected the offer.', 'Both men are understood to be negotiating.'],
      noMatch: ['The club confirmed in a statement that it had rejected the offer.'],
    },
  },
  {
    id: 'hedge-is-reported-to',
    category: 'hedge',
    name: 'Is reported to',
    explanation:
      'Relays what has been reported somewhere without naming the report. Ask which report, and whether it was confirmed.',
    check: 'context',
    patterns: [`${BE} reported to`],
    window: 1,
    // Reported to someone, a complaint made: "he had been reported to administrators", "was reported to police".
    // Reported to someone, a body by name too ("were not reported to NHS England").
    rejectAfter: ['[the|a|an|his|her|their|its|him|them|me|us|police|authorities|administrators|officials|staff|managers|teachers|prosecutors|regulators|social services|<possessive>|<name>]'],
    examples: {
      match: ['The singer is reported to have cancelled the tour.', 'Dozens were reported to be missing.'],
      noMatch: ['The singer cancelled the tour, her label announced.', 'The student had been reported to administrators last spring.', 'The theft was reported to police on Monday.'],
    },
  },
  {
    id: 'hedge-is-alleged-to',
    category: 'hedge',
    name: 'Is alleged to',
    explanation:
      'Attributes an act to someone as an accusation or a suspicion, without saying who accuses or suspects. Check for the accuser and the status of the case.',
    check: 'phrase',
    patterns: [`${BE} [alleged|suspected] to`],
    examples: {
      match: ['He is alleged to have stolen the funds.', 'The officers were alleged to have beaten him.', 'The racket is suspected to have been running since 2022.'],
      noMatch: ['Prosecutors say he stole the funds.'],
    },
  },
  {
    id: 'hedge-is-considered',
    category: 'hedge',
    name: 'Is considered / regarded as',
    explanation:
      'Presents a judgement as if it were common ground without saying whose judgement it is. Ask who considers it so, and on what grounds.',
    check: 'context',
    // "Is being considered" is under consideration, no judgement: "a boycott is also being considered".
    patterns: [`${BE} [regarded as|seen as|viewed as|deemed]`, `${BE_NOT_BEING} considered`],
    window: 3,
    // "would be considered" is hypothetical, not a judgement passed on.
    rejectBefore: ['would', 'could', 'might', 'may', 'will', 'should', 'to'],
    rejectAfter: ['by', 'for'],
    examples: {
      match: ['Monis was considered mentally unstable.', 'The bill is regarded as the toughest in Europe.', 'Dueling is often considered an inferior form of combat.', 'The reform is considered vital if the NHS is to cope.', 'He is being seen as a liability.'],
      noMatch: [
        'The bill is regarded as the toughest by lawyers who have read it.',
        'She was considered for the post.',
        'A marking boycott is also being considered if no agreement is reached.',
        'She had no idea her photo would be considered controversial.',
      ],
    },
  },
  {
    id: 'hedge-rumoured',
    category: 'hedge',
    name: 'Rumoured',
    explanation:
      'A rumour is a claim nobody stands behind. Look for anyone who will confirm it on the record.',
    check: 'context',
    patterns: ['[rumoured|rumored|rumours|rumors|rumour|rumor|rumour has it|rumor has it]'],
    window: 3,
    // A rumour since confirmed is no longer one: "the rumours were confirmed by the club".
    // Rumours as a phenomenon, not a claim the story passes on: "rumours like this spread
    // faster than we can check them", "rumours travel fast online".
    rejectAfter: [
      '[was|were|has been|have been|had been|is now|are now|was later|were later] [officially|finally|] confirmed', '[proved|proven|turned out to be] [true|correct|right|accurate]',
      'like [this|these|that|those|it|them]', 'such as [this|these]', 'and misinformation', 'and disinformation', 'and conspiracy',
      '[spread|spreads|travel|travels|move|moves] [quickly|fast|faster|rapidly|easily|online|like]',
    ],
    // The rumours as the topic someone was asked about, not passed on: "declined to comment on
    // the rumours", "responded to the rumours on Instagram".
    rejectBefore: ['[comment|commented|commenting|respond|responded|responding|react|reacted|reacting|reply|replied|replying|questions|asked|addressed|address|addressing] [on|to|about|] [the|these|those]'],
    examples: {
      match: ['The actor is rumoured to be joining the cast.', 'Rumors of a merger lifted the shares.', 'Rumours spread that the king had died.', 'Asked on Monday, the coach said rumours of a rift were exaggerated.'],
      noMatch: ['The actor announced that she is joining the cast.', 'The rumours were confirmed by the club on Thursday.', 'The chief executive declined to comment on the rumours during the earnings call.', 'The singer responded to the rumours on Instagram.', 'Rumours like this spread faster than we can check them.', 'Rumours travel fast in a small town.', 'The course teaches pupils to spot rumours and misinformation.'],
    },
  },
  {
    id: 'hedge-if-true',
    category: 'hedge',
    name: 'If true',
    explanation:
      'Reports a claim while admitting it has not been established. Check whether the article ever establishes it.',
    check: 'phrase',
    patterns: ['if [true|accurate|confirmed|verified|proven|substantiated|correct]'],
    examples: {
      match: ['If true, the reports would mark a major escalation.', 'The claims, if confirmed, would end his career.'],
      noMatch: ['It is true that the reports mark a major escalation.'],
    },
  },
  {
    id: 'hedge-claimed-to',
    category: 'hedge',
    name: 'Is claimed to',
    explanation:
      'A claim whose claimant has been left out. Ask who claims it and whether they gain from it.',
    check: 'phrase',
    patterns: [`${BE} claimed to`],
    examples: {
      match: ['The supplement is claimed to reverse ageing.', 'The fighters were claimed to be volunteers.'],
      noMatch: ['The maker claims the supplement reverses ageing, without evidence.'],
    },
  },
];
