/**
 * Named sources: the good case. These rules mark attributions that the engine's
 * attribution analysis (src/engine/attribution.ts) finds with a named person,
 * organisation or document as their source. The word lists (reporting verbs, titles,
 * organisation nouns) live in the language pack, src/engine/lang/en.ts.
 */
import type { Rule } from '../engine/rule';

const WHY_NAMED =
  'The claim is attributed to a source you can identify. That is what good sourcing looks like: ' +
  'you can check who this is, what they said elsewhere and whether they are in a position to know.';

export const namedSourceRules: Rule[] = [
  {
    id: 'named-source-said',
    category: 'named-source',
    name: 'Named source says',
    check: 'attribution',
    kinds: ['person', 'organization', 'document'],
    forms: ['subject-verb', 'verb-subject'],
    explanation: `${WHY_NAMED} Look for whether the quote is complete and whether the source has a stake in the story.`,
    examples: {
      match: [
        'Prime Minister Habib Essid said the attack had been planned for months.',
        '“We will not give up,” said chief inspector Jennifer Mattinson.',
        'Lavrov highlighted the two nations’ shared commitment.',
        'The Interior Ministry confirmed that three people had been arrested.',
      ],
      noMatch: ['Officials said the attack had been planned.', 'Critics say the plan will fail.', 'The United States is large.'],
    },
  },
  {
    id: 'named-source-according-to',
    category: 'named-source',
    name: 'According to a named source',
    check: 'attribution',
    kinds: ['person', 'organization', 'document'],
    forms: ['introducer'],
    explanation: `${WHY_NAMED} "According to" keeps the outlet at arm’s length: check whether it also confirmed the claim itself.`,
    examples: {
      match: [
        'The monument is in the planning stages, according to sculptor Alexei Chebanenko.',
        'Ten whales died, according to the New Zealand Department of Conservation.',
        'It repeated statements made by Russian Foreign Minister Sergey Lavrov in July.',
      ],
      noMatch: ['According to reports, the talks failed.', 'According to sources, the deal is off.', 'The bill was passed by the senate.'],
    },
  },
];
