/**
 * Claims of proof and inevitability: "proves", "is bound to", "inevitably". Negated or
 * failed proof ("failed to prove", "hard to prove") is not certainty and is not marked.
 */
import type { Rule } from '../engine/rule';
import { alts } from './fragments';

/** What something turned out to be, in the words right after "proved". */
const TURNED_OUT =
  '[reliable|treacherous|dangerous|hazardous|lethal|fruitful|influential|misleading|inaccurate|insurmountable|unsustainable|robust|' +
  'stubborn|enduring|persistent|profitable|unprofitable|troublesome|contentious|divisive|formidable|tough|stable|unstable|adequate|sufficient|' +
  'worthwhile|worthless|reassuring|encouraging|disappointing|affordable|unaffordable|resistant|capable|incapable|unable|unwilling|reluctant|safe|unsafe|ideal|perfect|suitable|unsuitable|harmful|harmless]';

export const certaintyProof: readonly Rule[] = [
  {
    id: 'certainty-proves',
    category: 'certainty',
    name: 'Proves',
    explanation:
      'Evidence rarely proves; it supports. "Proves" claims the question is closed. Ask what exactly was shown, and what it does not show.',
    check: 'context',
    patterns: ['[prove|proves|proved|proving]'],
    window: 2,
    // A proof still to come is no claim that it is proved: "to prove the rent was fair", "nothing left to prove".
    rejectBefore: ['not', 'cannot', 'can’t', 'couldn’t', 'unable', 'failed', 'fail', 'fails', 'hard', 'difficult', 'impossible', 'yet', 'never', 'burden', 'try', 'trying', 'tried', 'must', 'has to', 'have to', 'needs', 'need', 'to'],
    // "proved popular", "proved difficult", "proved harder": turned out, not demonstrated.
    rejectAfter: [
      'difficult', 'popular', 'successful', 'costly', 'elusive', 'fatal', 'useful', 'impossible', 'challenging', 'hard',
      'easy', 'tricky', 'controversial', 'crucial', 'decisive', 'invaluable', 'problematic', 'unpopular', 'too', 'more',
      'less', 'to be', 'a', 'an', 'himself', 'herself', 'themselves', 'itself', 'yourself', 'myself', 'effective',
      'ineffective', 'insufficient', 'inadequate', 'disastrous', 'short-lived', 'lucrative', 'resilient', 'durable', 'wrong',
      'right', 'beneficial', 'helpful', 'essential', 'vital', 'key', 'pivotal', 'critical', 'instrumental', 'unfounded',
      'accurate', 'correct', 'prescient', 'premature', 'optimistic', 'slow', 'quick', 'expensive', 'deadly', 'unworkable', 'unreliable', 'inconclusive', 'complicated', 'awkward', 'painful',
      // A role the thing turned out to play: "the cranes proved the hit of the day".
      // (not "the star": "proved the star was the father" is a proof).
      'a hit', 'the hit', 'the highlight', 'the undoing', 'the making', 'the turning point', 'the catalyst', 'no match',
      // A proof of nothing claims nothing: "cattle bones prove nothing on their own".
      'nothing', 'anything',
      // Comparatives: "the sugar dispute proved harder".
      'harder', 'tougher', 'easier', 'trickier', 'costlier', 'cheaper', 'better', 'worse', 'stronger', 'weaker', 'slower', 'faster',
      'bigger', 'smaller', 'longer', 'shorter', 'higher', 'lower', 'greater', 'stickier', 'thornier', 'messier', 'riskier',
      'irresistible', 'fruitless', 'futile',
      // What something turned out to be: "the finance question proved the hardest to settle",
      // "Kane’s header proved the difference" (not "the most", "the worst": "proves the most
      // senior officials knew" is a proof).
      'temporary', 'permanent',
      'the hardest', 'the toughest', 'the trickiest', 'the thorniest', 'the easiest', 'the difference', 'the exception', 'the biggest', 'the greatest', 'the best', 'the least',
      // "A proving ground", "proving grounds for new weapons": a place for trials (not "prove the grounds").
      'ground', 'grounds for',
    ],
    // More of what something turned out to be, only right after the verb: "had proved reliable",
    // "have proved treacherous"; not "proves that stable government matters", "proves dangerous
    // drivers are getting away with it".
    // And the formula of a proof still to come: "innocent until proved guilty", "unless proved otherwise".
    rejectNext: [
      '[guilty|otherwise]',
      // Turned out, right after the verb: "proved kinder than forecast", "proved so profitable",
      // "have proved their worth again", "proved the hottest ticket in town" (not "proves so
      // clearly that", "proves its worth was overstated", "proves the hottest year was 2023").
      '[kinder|crueller|crueler] [than|to]', `so [${alts(TURNED_OUT)}|damaging|contagious]`,
      '[its|their|his|her] worth [again|once|time|during|under]', '[its|their|his|her] mettle', 'the hottest ticket',
      // A charge made out in court: "until something is proved against him" (not "proves against the odds").
      'against [him|her|them|all|both|each|any]',
      // A mining term: "proved and probable reserves".
      'and probable',
      `${TURNED_OUT}[.|,]`,
      `${TURNED_OUT} [in|for|to|on|at|with|as|and|but|after|when|than|over|during|against|because|since|so|enough|throughout|from|under|until|once|by]`,
    ],
    examples: {
      match: ['This proves its biggest critics were right.', 'The records prove the most senior officials knew.', 'Lawyers for the family say they can prove the police lied.', 'The Sydney experience should prove once and for all that there is no free market in safety.', 'The email proves he knew about the leak.', 'A DNA test proved the star was the father.', 'The record proves the hottest years have all come since 2015.', 'The results prove against the odds that the drug works.'],
      noMatch: ['It was far too early to prove anything.', 'He would publish the agreement to prove the rent was fair.', 'Tracing every affected woman has proved slow.', 'The cranes proved the hit of the day.', 'The scheme proved popular with drivers.', 'The sugar dispute proved harder to settle.', 'Cattle bones in a big building prove nothing on their own.', 'Prosecutors failed to prove he knew about the leak.', 'Its chorus proved irresistible to playlist editors.', 'The 2015 Games served as a proving ground for the venues.', 'The finance question proved the hardest to settle.', 'Kane’s header proved the difference.', 'The engines had proved reliable in 14 previous flights.', 'The mountain roads beyond have proved treacherous.', 'Waterlogged ground at the site proved ideal for preserving wood.', 'Everyone is innocent until proved guilty.', 'The mine has proved and probable reserves of 4.1 million tonnes.', 'The 1970s roof proved no match for the gusts.', '“Drones have proved their worth again today,” he said.', 'Until something is proved against him he is part of this squad.'],
    },
  },
  {
    id: 'certainty-bound-to',
    category: 'certainty',
    name: 'Is bound to',
    explanation:
      'States a forecast as a certainty. Ask what the prediction rests on and what could make it wrong.',
    check: 'context',
    patterns: ['[is|are|was|were|be] [bound|sure|certain|guaranteed|destined|doomed] to'],
    window: 1,
    rejectAfter: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'be bound'],
    examples: {
      match: ['The plan is bound to fail.', 'Prices are sure to rise after the tax.'],
      noMatch: ['The boat was bound to the jetty.'],
    },
  },
  {
    id: 'certainty-inevitably',
    category: 'certainty',
    name: 'Inevitably',
    explanation:
      'Presents an outcome as unavoidable. Ask who judged it so and on what grounds; "inevitable" outcomes often are not.',
    check: 'phrase',
    patterns: ['[inevitably|inevitable|inescapably|inescapable|unavoidably|invariably]'],
    examples: {
      match: ['The reforms will inevitably hurt the poor.', 'A recession is inevitable, the column argues.'],
      noMatch: ['The reforms could hurt the poor, the study found.'],
    },
  },
  {
    id: 'certainty-in-fact',
    category: 'certainty',
    name: 'In fact / indeed',
    explanation:
      '"In fact" and "indeed" present the writer’s correction or emphasis as settled. Often fair, so off by default; switch on when auditing opinion pieces.',
    check: 'phrase',
    defaultOn: false,
    patterns: ['[in fact|in reality|as a matter of fact|in truth|indeed]'],
    examples: {
      match: ['In fact, Lorenz was not the one running the machine.', 'The plan was, in reality, a tax rise.'],
      noMatch: ['The fact-checkers examined the plan.'],
    },
  },
];
