/**
 * Adverbs of probability (Hyland's hedges): "probably", "possibly", "perhaps",
 * "maybe", "potentially". Each turns a statement into a guess.
 */
import type { Rule } from '../engine/rule';

export const speculationAdverbs: readonly Rule[] = [
  {
    id: 'speculation-probably',
    category: 'speculation',
    name: 'Probably',
    explanation:
      'A probability judgement with no stated basis. Ask whose judgement it is and what it rests on.',
    check: 'phrase',
    patterns: ['[probably|presumably]'],
    examples: {
      match: ['Remain Co. will probably just sit there, returning cash.', 'The fire was presumably started by a cigarette.'],
      noMatch: ['The fire was started by a cigarette, the inquest found.'],
    },
  },
  {
    id: 'speculation-possibly',
    category: 'speculation',
    name: 'Possibly / perhaps / maybe',
    explanation:
      'Opens a possibility without weighing it. Ask how likely it is, and whether the article later treats it as fact.',
    check: 'context',
    patterns: ['[possibly|perhaps|maybe|conceivably]'],
    window: 1,
    // "Could not possibly", "can’t possibly": emphasis, not a guess.
    rejectBefore: ['not', 'cannot', 'can’t', 'couldn’t'],
    // Before a number it approximates a quantity ("maybe one sheet of paper") rather than guessing.
    rejectAfter: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'dozens', 'twenty', 'thirty', 'forty', 'fifty', 'a hundred', 'hundreds', 'a thousand', 'thousands', 'half'],
    examples: {
      match: ['Yahoo faces a tax bill, possibly a substantial one.', 'Or maybe they are just greedy.'],
      noMatch: ['It is possible to book tickets online.', 'He would come in with maybe one yellow sheet of paper.', 'The team could not possibly have known.'],
    },
  },
  {
    id: 'speculation-potentially',
    category: 'speculation',
    name: 'Potentially',
    explanation:
      'Describes what could happen as if it were a property of the present. Ask how likely it is and who says so.',
    check: 'phrase',
    patterns: ['potentially'],
    examples: {
      match: ['The chemical is potentially lethal.', 'The leak potentially exposed millions of records.'],
      noMatch: ['The leak exposed millions of records.'],
    },
  },
];
