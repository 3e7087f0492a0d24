/**
 * Adverbs with which a writer reports a claim while keeping their distance from it
 * (Wikipedia's "expressions of doubt"; hedge cues of the CoNLL-2010 annotation).
 */
import type { Rule } from '../engine/rule';

export const hedgeDistancingAdverbs: readonly Rule[] = [
  {
    id: 'hedge-allegedly',
    category: 'hedge',
    name: 'Allegedly',
    explanation:
      'Says a claim has been made without saying it is true, and often without saying who made it. Look for the person or document behind the allegation and whether anyone has tested it.',
    check: 'phrase',
    patterns: ['allegedly'],
    examples: {
      match: ['The mayor allegedly took bribes from two contractors.', 'Soldiers who allegedly fought near Kursk were honoured.'],
      noMatch: ['Prosecutors charged the mayor with taking bribes from two contractors.'],
    },
  },
  {
    id: 'hedge-reportedly',
    category: 'hedge',
    name: 'Reportedly',
    explanation:
      'Passes on what someone else reported without naming the report. Ask which outlet or document first said so, and whether this outlet checked it.',
    check: 'phrase',
    patterns: ['reportedly'],
    examples: {
      match: ['The company is reportedly celebrating the new law.', 'Drivers are reportedly underpaid.'],
      noMatch: ['The company reported a loss of $2 billion.'],
    },
  },
  {
    id: 'hedge-purportedly',
    category: 'hedge',
    name: 'Purportedly',
    explanation:
      'Presents something as claimed rather than established. Find out who makes the claim and what would confirm it.',
    check: 'phrase',
    patterns: ['purportedly'],
    examples: {
      match: ['A video purportedly shows the launch.', 'The letter was purportedly written by the general.'],
      noMatch: ['The video shows the launch from two angles.'],
    },
  },
  {
    id: 'hedge-supposedly',
    category: 'hedge',
    name: 'Supposedly',
    explanation:
      'Signals that the writer doubts what follows without saying why. Look for the evidence either way, and who holds the view being doubted.',
    check: 'phrase',
    patterns: ['supposedly'],
    examples: {
      match: ['The pills were supposedly safe.', 'The talks were supposedly secret.'],
      noMatch: ['The talks were held in secret, three officials said on the record.'],
    },
  },
  {
    id: 'hedge-ostensibly',
    category: 'hedge',
    name: 'Ostensibly',
    explanation:
      'Suggests that the stated reason is not the real one, without showing the real one. Ask what evidence supports the hinted motive.',
    check: 'phrase',
    patterns: ['[ostensibly|ostensible]'],
    examples: {
      match: ['The trip was ostensibly a family visit.', 'The ostensible reason for the delay was the weather.'],
      noMatch: ['The trip was a family visit, his office said.'],
    },
  },
  {
    id: 'hedge-apparently',
    category: 'hedge',
    name: 'Apparently',
    explanation:
      'Reports what seems to be the case without saying how the writer knows. Ask what the impression rests on: a document, a witness, a guess?',
    check: 'phrase',
    patterns: ['[apparently|evidently]'],
    examples: {
      match: ['The gunman apparently acted alone.', 'The cause was evidently a faulty cable.'],
      noMatch: ['The gunman acted alone, the police said after reviewing the footage.'],
    },
  },
  {
    id: 'hedge-seemingly',
    category: 'hedge',
    name: 'Seemingly',
    explanation:
      'Marks an impression rather than a finding. Look for what the impression is based on before taking it as fact.',
    check: 'phrase',
    patterns: ['seemingly'],
    examples: {
      match: ['The plan was seemingly abandoned in May.', 'A seemingly endless queue formed outside.'],
      noMatch: ['The plan was abandoned in May, according to the minutes.'],
    },
  },
  {
    id: 'hedge-arguably',
    category: 'hedge',
    name: 'Arguably',
    explanation:
      'Offers a judgement as debatable without saying who argues it. Ask whose argument this is and what speaks against it.',
    check: 'phrase',
    patterns: ['arguably'],
    examples: {
      match: ['She was arguably the first programmer of the project.', 'It is arguably the worst drought in a century.'],
      noMatch: ['She argued that the drought was the worst in a century.'],
    },
  },
  {
    id: 'hedge-reputedly',
    category: 'hedge',
    name: 'Reputedly',
    explanation:
      'Rests a statement on reputation, that is on what people say, not on a source. Look for who vouches for it.',
    check: 'phrase',
    patterns: ['[reputedly|reputed to]'],
    examples: {
      match: ['The house is reputedly haunted.', 'He is reputed to be the richest man in the province.'],
      noMatch: ['He is a reputable dealer with forty years in the trade.'],
    },
  },
  {
    id: 'hedge-putative',
    category: 'hedge',
    name: 'Putative',
    explanation:
      'Calls something generally assumed, without saying by whom or on what grounds. Ask what the assumption rests on.',
    check: 'phrase',
    patterns: ['[putative|putatively]'],
    examples: {
      match: ['The putative father refused a test.', 'The species is putatively extinct.'],
      noMatch: ['The father agreed to a test.'],
    },
  },
];
