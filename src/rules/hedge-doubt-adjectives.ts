/**
 * Adjectives that put a label in doubt: "the alleged gunman", "the perceived alliance",
 * "the so-called peace plan". The same words as verbs ("he alleged that", "perceived by")
 * are another matter, so the neighbours decide.
 */
import type { Rule } from '../engine/rule';

/** Words before an adjective use: a determiner, possessive, number or preposition. */
const BEFORE_ADJECTIVE = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'two', 'three', 'four', 'five', 'several', 'many', 'some', 'of', 'for', 'over', 'with', 'about', 'on',
  'against', 'after', 'by', 'and', 'or', 'took', 'taking', 'into', 'from', 'to', 'all', 'any', 'other',
  // "the retailer’s apparent indifference", "the group’s alleged leader".
  '<possessive>',
];

export const hedgeDoubtAdjectives: readonly Rule[] = [
  {
    id: 'hedge-alleged',
    category: 'hedge',
    name: 'Alleged (adjective)',
    explanation:
      'Labels a person or act as accused but not proven. That is proper while a case is open; check that the article says who makes the accusation and where it stands.',
    check: 'context',
    patterns: ['alleged'],
    window: 2,
    requireBefore: BEFORE_ADJECTIVE,
    // The verb ("alleged that", "alleged to have", "alleged in court", "alleged by prosecutors"),
    // its word right after it: a second word leaves room for the noun ("alleged remarks to a co-worker").
    rejectAfter: ['that <word>', 'to <word>', 'in <word>', 'by <word>'],
    examples: {
      match: ['The alleged gunman was arrested on Friday.', 'He denied any role in the alleged fraud.', 'A tip about Pruitt’s alleged remarks to a co-worker was ignored.'],
      noMatch: ['Prosecutors alleged that he hid the money abroad.', 'The company is alleged by regulators to have lied.'],
    },
  },
  {
    id: 'hedge-suspected',
    category: 'hedge',
    name: 'Suspected (adjective)',
    explanation:
      'Names something as suspected, not established: "suspected diet pills", "a suspected militant". Look for who suspects it and what test or finding would settle it.',
    check: 'context',
    patterns: ['suspected'],
    window: 1,
    rejectBefore: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'he', 'she', 'they', 'we', 'i', 'who', 'police', 'also', 'had', 'has', 'have'],
    // After a noun, "suspected of" still hedges: "three drug makers suspected of colluding".
    rejectAfter: ['that', 'to', 'by'],
    examples: {
      match: ['A woman who took suspected diet pills has died.', 'Police arrested a suspected smuggler at the border.', 'The agency is investigating three drug makers suspected of colluding on prices.'],
      noMatch: ['He was suspected of fraud for years.', 'Investigators suspected that the fire was arson.'],
    },
  },
  {
    id: 'hedge-purported',
    category: 'hedge',
    name: 'Purported',
    explanation:
      'Treats a document, person or fact as claimed to be what it is said to be. Ask who vouches for it and whether anyone independent has examined it.',
    check: 'phrase',
    patterns: ['[purported|purports|purport]'],
    examples: {
      match: ['The purported memo was posted on a forum.', 'The book purports to reveal state secrets.'],
      noMatch: ['The memo was released by the ministry on Monday.'],
    },
  },
  {
    id: 'hedge-supposed',
    category: 'hedge',
    name: 'Supposed (adjective)',
    explanation:
      'Casts doubt on a label ("the supposed cure") without saying why. Look for the evidence on both sides.',
    check: 'context',
    patterns: ['supposed'],
    window: 1,
    requireBefore: BEFORE_ADJECTIVE,
    rejectAfter: ['to'],
    examples: {
      match: ['The supposed cure was sold online.', 'Nobody has seen the supposed witness.'],
      noMatch: ['The train was supposed to arrive at noon.'],
    },
  },
  {
    id: 'hedge-apparent',
    category: 'hedge',
    name: 'Apparent (adjective)',
    explanation:
      'Labels something by how it looks, not by what has been established: "an apparent suicide". Look for the official finding or the source of the label.',
    check: 'context',
    patterns: ['apparent'],
    window: 1,
    requireBefore: BEFORE_ADJECTIVE,
    rejectBefore: ['heir'],
    examples: {
      match: ['The apparent suicide shocked the town.', 'Police are investigating an apparent arson attack.', 'The retailer’s apparent indifference has hurt sales.'],
      noMatch: ['It became apparent that the plan had failed.', 'The prince is heir apparent to the throne.'],
    },
  },
  {
    id: 'hedge-reported',
    category: 'hedge',
    name: 'Reported (adjective)',
    explanation:
      'Describes an event as reported rather than established: "the reported sighting", "a reported 200 deaths". Ask who reported it and whether anyone has confirmed it.',
    check: 'context',
    patterns: ['reported'],
    window: 1,
    requireBefore: ['[the|a|an|this|these|those|its|their|his|her|of|over|about|after|amid|despite]'],
    rejectAfter: ['by', 'to', 'that', 'in', 'on', 'at', 'from', 'it', 'the', 'a', 'an', 'earlier', 'last', 'this', 'for', 'as', 'with', 'and', 'or'],
    examples: {
      match: ['Officials are investigating the reported sighting of a wolf.', 'The storm caused a reported 200 deaths.'],
      noMatch: ['The company reported a loss.', 'The theft was reported to police on Monday.'],
    },
  },
  {
    id: 'hedge-perceived',
    category: 'hedge',
    name: 'Perceived (adjective)',
    explanation:
      'Describes how something is seen, not what it is: "the perceived alliance". Ask who perceives it, and whether the thing itself is documented.',
    check: 'context',
    patterns: ['perceived'],
    window: 1,
    requireBefore: BEFORE_ADJECTIVE,
    rejectAfter: ['by', 'as', 'that', 'it', 'the', 'a', 'an'],
    examples: {
      match: ['The monument reinforces the perceived alliance between the two states.', 'Voters punished the party for its perceived arrogance.'],
      noMatch: ['The move was perceived by allies as a threat.', 'She perceived a change in his tone.'],
    },
  },
  {
    id: 'hedge-presumed',
    category: 'hedge',
    name: 'Presumed / reputed (adjective)',
    explanation:
      'Labels something as assumed, not established: "the presumed killer". Look for what the presumption rests on and who makes it.',
    check: 'context',
    // "The reputed mob boss": known by reputation only, the same distance.
    patterns: ['[presumed|reputed]'],
    window: 1,
    requireBefore: BEFORE_ADJECTIVE,
    rejectAfter: ['innocent', 'to', 'that'],
    examples: {
      match: ['The presumed killer fled the country.', 'Police found the body of the presumed victim.', 'The reputed mob boss was arrested at his home.'],
      noMatch: ['Every defendant is presumed innocent until proven guilty.', 'He is reputed to be the richest man in the province.'],
    },
  },
  {
    id: 'hedge-self-styled',
    category: 'hedge',
    name: 'Self-styled',
    explanation:
      'Says a title was given by its bearer, not earned or recognised. Ask whether anyone independent confirms the role or expertise.',
    check: 'phrase',
    patterns: ['self-[styled|proclaimed|appointed|described|declared|professed]'],
    examples: {
      match: ['A self-styled expert on vaccines spoke at the rally.', 'The self-proclaimed leader of the group was detained.'],
      noMatch: ['The elected leader of the group was detained.'],
    },
  },
  {
    id: 'hedge-so-called',
    category: 'hedge',
    name: 'So-called (distancing)',
    explanation:
      'Used before a contested label, "so-called" signals that the writer does not accept it. Ask what the thing should be called instead and who disputes the label. (Introducing a technical term is not marked.)',
    check: 'context',
    patterns: ['so-called'],
    window: 2,
    requireAfter: [
      '[expert|experts|journalist|journalists|scientist|scientists|news|friend|friends|ally|allies|leader|leaders|' +
        'president|government|regime|state|republic|peace|reform|reforms|deal|victory|elite|elites|evidence|facts|' +
        'proof|independent|moderate|moderates|rebels|freedom|fighters|liberation|democracy|election|referendum|' +
        'authorities|mainstream|investigation|journalism|science|research|cure|miracle|truth|charity|volunteers|' +
        'war|terrorists|militants|patriots|activists|experts’|protection|security|humanitarian|ceasefire|truce|' +
        'referendum|court|trial|justice|people’s|popular|genocide|invasion|occupation|operation]',
    ],
    examples: {
      match: ['Fighters of the so-called Islamic State claimed the attack.', 'The so-called experts were never named.'],
      noMatch: [
        'Providers must store so-called ‘metadata’ for two years.',
        'Remain Co. will become a so-called investment company.',
      ],
    },
  },
  {
    id: 'hedge-this-so-called',
    category: 'hedge',
    name: 'This so-called …',
    explanation:
      'Pointing at a thing already in the story as "this so-called …" puts its label at arm’s length: the writer uses the name without accepting it. Ask who gave it that name and what it really is.',
    check: 'phrase',
    // A demonstrative points back in contempt ("this so-called community benefit"); "the
    // so-called gig economy" brings in a term, and is marked only with scare quotes (below).
    patterns: ['[this|that|these|those] so-called'],
    examples: {
      match: ['“This so-called community benefit is a bribe,” she said.', 'These so-called reforms cut nothing.'],
      noMatch: ['Workers in the so-called gig economy have few rights.'],
    },
  },
  {
    id: 'hedge-the-so-called-quoted',
    category: 'hedge',
    name: 'The so-called “…”',
    explanation:
      '"The so-called" with the label in quotation marks holds the label at a distance twice over: the writer will not call it that in their own words. Ask who uses the label and what the thing is called by those who dispute it.',
    check: 'context',
    patterns: ['the so-called'],
    window: 1,
    // Scare quotes right after it: "the so-called “war on motorists”"; not "the so-called
    // triple lock" or "the so-called Excalibur portfolio", terms brought in plainly.
    requireAfter: ['[“|‘|"]<word>'],
    examples: {
      match: ['Then there is the so-called “war on motorists”.', 'The so-called “review” of ministerial travel was never published.'],
      noMatch: ['The government will keep the so-called triple lock on pensions.', 'A quarter of the assets is held in the so-called Excalibur portfolio.'],
    },
  },
];
