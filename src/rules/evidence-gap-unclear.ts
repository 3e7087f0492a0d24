/**
 * Admissions that something is not known: "it is unclear", "remains unknown",
 * "remains elusive". "It is clear" is the reverse (and a certainty marker).
 */
import type { Rule } from '../engine/rule';

const BE = '[is|are|was|were|remains|remain|remained|still|becomes|became|seems|seemed|it’s|that’s|isn’t]';

export const evidenceGapUnclear: readonly Rule[] = [
  {
    id: 'evidence-gap-unclear',
    category: 'evidence-gap',
    name: 'It is unclear',
    explanation:
      'An honest admission that a fact is not known. Note what is missing, and whether the rest of the article leans on it anyway.',
    check: 'phrase',
    patterns: [
      `${BE} [still|also|now|largely|even|not yet|so far|as yet|] [unclear|uncertain]`,
      'unclear [whether|if|how|why|what|when|who|where|exactly]',
    ],
    examples: {
      match: [
        'Specific details about the scope of their participation remain unclear.',
        'It is unclear whether there will be a further merger.',
        'The project’s timeline is also uncertain.',
      ],
      noMatch: ['It is clear that the merger will go ahead.'],
    },
  },
  {
    id: 'evidence-gap-not-clear',
    category: 'evidence-gap',
    name: 'It was not clear',
    explanation:
      'The writer could not establish something. Look for whether the gap is filled later, or left for the reader to fill with a guess.',
    check: 'phrase',
    patterns: [
      '[is|was|are|were|remains|remained|it’s|isn’t|wasn’t|aren’t|weren’t] not [yet|immediately|entirely|fully|always|exactly|] clear',
      '[is|was|are|were|remains|remained|it’s] [still|] far from clear',
      '[isn’t|wasn’t|aren’t|weren’t] [yet|immediately|entirely|fully|always|exactly|] clear',
    ],
    examples: {
      match: ['It was not immediately clear what caused the blast.', 'It isn’t clear who gave the order.', 'It is far from clear whether the truce will hold.'],
      noMatch: ['It was clear what caused the blast.'],
    },
  },
  {
    id: 'evidence-gap-unknown',
    category: 'evidence-gap',
    name: 'Remains unknown',
    explanation:
      'A fact the article cannot supply. Ask whether anyone knows it, and who is in a position to say.',
    check: 'phrase',
    patterns: [
      '[is|are|was|were|remains|remain|remained] [still|largely|currently|as yet|also|] unknown',
      '[little|nothing|not much|very little] is [yet|] known',
      // Science's way of saying it: "the mechanism is poorly understood".
      '[is|are|was|were|remains|remain|remained] [still|] [poorly|little|not well|not fully|only partly|only partially|incompletely|not yet fully|not yet] understood',
    ],
    examples: {
      match: ['The number of casualties remains unknown.', 'Little is known about the new group.', 'How the drug works is poorly understood.', 'The long-term effects are not yet fully understood.'],
      noMatch: ['An unknown number of people were hurt.', 'The risks are well understood by regulators.'],
    },
  },
  {
    id: 'evidence-gap-may-never-be-known',
    category: 'evidence-gap',
    name: 'May never be known',
    explanation:
      'Says a fact may stay unknown for good ("the cause may never be known", "the death toll may never be established"). Ask who has looked, what evidence is missing, and who says it cannot be found.',
    check: 'context',
    patterns: ['[may|might] never be [known|established|determined]'],
    window: 1,
    // Fame or standing, not a fact: "may never be known outside Japan", "might never be
    // established as a regular at the club".
    rejectNext: ['[as|outside|beyond|among]'],
    examples: {
      match: ['The cause of the crash may never be known.', 'The exact death toll may never be established, the coroner said.'],
      noMatch: ['The band may never be known outside Japan.', 'The young striker may never be established as a regular at the club.'],
    },
  },
  {
    id: 'evidence-gap-nobody-knows',
    category: 'evidence-gap',
    name: 'Nobody knows',
    explanation:
      'Says outright that a fact is not known to anyone. Note what is missing, and whether the article then fills the gap with a guess.',
    check: 'context',
    patterns: ['[nobody|no one|no-one] [yet|really|] [knows|knew|can say|could say|can tell|could tell|is sure|was sure]'],
    window: 2,
    // The question that is open: "nobody knows how many", "no one knew exactly when". Not "nobody
    // knows the city better", praise rather than a gap.
    requireAfter: ['[how|whether|why|what|when|who|where|if|which|exactly|for sure|for certain|yet]'],
    // "No one knew what to do": helplessness, not a missing fact.
    // "No one knew who she was": a story's turn (a stranger's identity), not a missing fact.
    rejectAfter: ['[how|whether|why|what|when|who|where|which] to', 'who [he|she|i|we|you]'],
    examples: {
      match: ['Nobody knows exactly how many doses were wasted.', 'No one knew whether the dam would hold.'],
      noMatch: ['Nobody knows the city better than she does.', 'No one knew what to do when the alarm sounded.', 'No one knew who she was until the police arrived.'],
    },
  },
  {
    id: 'evidence-gap-not-known',
    category: 'evidence-gap',
    name: 'It is not known',
    explanation:
      'States plainly that a fact is not known. Note whether later sentences treat the unknown as settled.',
    check: 'context',
    patterns: [
      '[it is|it was|it’s|it remains|is|are|was|were|remains|remain|remained] not [yet|immediately|publicly|precisely|exactly|fully|] known',
      '[isn’t|wasn’t|aren’t|weren’t] [yet|immediately|publicly|precisely|exactly|fully|] known',
      // A cause or link looked for and not found: "the study could not establish a cause".
      // ("Failed to find the cause ... until Tuesday" is a delay: "failed to" only with "establish".)
      '[could not|couldn’t|cannot|can’t|was unable to|were unable to|has been unable to|have been unable to] [establish|determine|pinpoint|identify|find] [a|the|any|its] [cause|causes|link|causal link|connection|motive|source|reason]',
      'failed to establish [a|the|any|its] [cause|causes|link|causal link|connection|motive|source|reason]',
      // Not known for sure, which the other senses of "for" below are not: "it is not known for certain if".
      '[it is|it was|it’s|it remains|is|are|was|were|remains|remain|remained|isn’t|wasn’t|aren’t|weren’t] not [yet|] known for [certain|sure]',
    ],
    window: 1,
    // Another sense: "not known for his patience", "was not known to police", "not known as".
    rejectAfter: ['for', 'to', 'as', 'by'],
    examples: {
      match: [
        'It is not known how many people were on board.',
        'It was not immediately known who fired first.',
        'Whether the two attacks are linked is not known.',
        'The exact number of casualties was not immediately known.',
        'It is not known for certain if the two men met.',
        'The cluster was statistically significant, but the study could not establish a cause.',
      ],
      noMatch: ['It is known that twelve people were on board.', 'The man was not known to police.', 'He is not known for his patience.'],
    },
  },
  {
    id: 'evidence-gap-remains-elusive',
    category: 'evidence-gap',
    name: 'Remains elusive or a mystery',
    explanation:
      'Admits that an explanation or fact has not been found. Look for what is known, and beware of stories that fill the gap.',
    check: 'phrase',
    patterns: [
      '[remains|remain|remained|is still|are still] [elusive|a mystery|unexplained|unanswered|unsolved|murky|opaque|shrouded in mystery|shrouded in secrecy|an open question]',
    ],
    examples: {
      match: ['Concrete information on why whales strand remains elusive.', 'The motive for the attack remains a mystery.'],
      noMatch: ['The motive for the attack was revenge, the court found.'],
    },
  },
  {
    id: 'evidence-gap-questions-remain',
    category: 'evidence-gap',
    name: 'Questions remain',
    explanation:
      'Flags open questions without always saying what they are. Look for the specific facts still missing.',
    check: 'phrase',
    patterns: ['[questions|doubts] [remain|remained|linger|lingered|persist|persisted|remain unanswered]'],
    examples: {
      match: ['Questions remain about who authorised the raid.', 'Doubts persist over the official account.'],
      noMatch: ['The inquiry answered the remaining questions about the raid.'],
    },
  },
];
