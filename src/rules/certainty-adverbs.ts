/**
 * Boosters (Hyland): adverbs that assert certainty instead of showing it — "clearly",
 * "undoubtedly", "obviously", "of course". The manner senses ("clearly visible",
 * "speak clearly") are not marked.
 */
import type { Rule } from '../engine/rule';

export const certaintyAdverbs: readonly Rule[] = [
  {
    id: 'certainty-clearly',
    category: 'certainty',
    name: 'Clearly / plainly',
    explanation:
      '"Clearly" tells the reader a point is beyond dispute instead of showing why. Look for the evidence; if it were clear, it would not need saying.',
    check: 'context',
    patterns: ['[clearly|plainly]'],
    window: 1,
    // Manner and perception senses: "clearly visible", "speak clearly", "as clearly as".
    // "Does not clearly address": negated, the adverb measures how well something is done; it asserts nothing.
    rejectBefore: ['speak', 'speaks', 'spoke', 'speaking', 'see', 'saw', 'seen', 'hear', 'heard', 'out', 'ring', 'rings', 'rang', 'sing', 'sings', 'sang', 'sung', 'shine', 'shines', 'shone', 'danced', 'played', 'performed', 'think', 'thinks', 'write', 'writes', 'wrote', 'written', 'explain', 'explains', 'explained', 'state', 'stated', 'communicate', 'as', 'more', 'less', 'very', 'so', 'most', 'read', 'enunciate', 'remember', 'remembered', 'mark', 'marked', 'label', 'labelled', 'labeled', '[not|never|don’t|doesn’t|didn’t|isn’t|wasn’t|aren’t|weren’t|won’t|wouldn’t|cannot]'],
    rejectAfter: ['visible', 'audible', 'marked', 'labelled', 'labeled', 'defined', 'written', 'seen', 'heard', 'legible', 'displayed', 'signposted', 'lit', 'identifiable', 'identified', 'shown', 'explained', 'stated', 'printed', 'as', 'enough', 'recognisable', 'recognizable', 'readable', 'outlined', 'set', 'spelled', 'spelt', 'laid',
      // Memory and perception: "she clearly remembers the day".
      'remember', 'remembers', 'remembered', 'recall', 'recalls', 'recalled', 'see', 'sees', 'hear', 'hears',
      // Manner of telling: "visitors are clearly told to stay on the paths".
      'told', 'tells', 'said', 'says', 'worded', 'communicated', 'instructed',
      // "Plainly dressed", "a plainly furnished room".
      'dressed', 'furnished', 'decorated', 'clad', 'built', 'designed'],
    // Closing its sentence, the adverb tells how something was done ("the image shows the rim of
    // the basin clearly", "he spoke slowly and clearly"): the judgement "clearly" comes before
    // what it judges. (A closing "..., clearly." is rare in news and is given up for this.)
    requireAfter: ['<word>'],
    examples: {
      match: ['The deal was clearly signed under pressure.', 'Apple’s goal for the headset is clearly to get developers building for it.', 'The minister was clearly wrong.', 'The scheme plainly failed the people it was meant to help.'],
      noMatch: ['Her voice rings out clearly over a single organ chord.', 'The image, released on Friday, shows the rim of the Caloris basin clearly.', 'The crater is clearly visible from space.', 'I could see the text just as clearly as the photos.', 'She clearly remembers the day the war began.', 'The rules are clearly set out on the website.', 'She was plainly dressed in a grey coat.', 'The opinion does not clearly address data shared with apps.', 'Check for payments you don’t clearly recognise.'],
    },
  },
  {
    id: 'certainty-undoubtedly',
    category: 'certainty',
    name: 'Undoubtedly',
    explanation:
      'Declares that no doubt is possible, which is itself a claim. Ask what evidence rules the doubt out.',
    check: 'phrase',
    patterns: ['[undoubtedly|undeniably|indisputably|unquestionably|incontrovertibly|irrefutably|inarguably|indubitably|doubtless]'],
    examples: {
      match: ['It was undoubtedly the worst storm in memory.', 'The reforms are undeniably popular.'],
      noMatch: ['Some doubt that it was the worst storm in memory.'],
    },
  },
  {
    id: 'certainty-obviously',
    category: 'certainty',
    name: 'Obviously',
    explanation:
      'Presents a point as self-evident, which discourages the reader from asking for evidence. Ask for it anyway.',
    check: 'phrase',
    patterns: ['[obviously|it is obvious|it’s obvious|it was obvious|it seems obvious]'],
    examples: {
      match: ['The plan is obviously unworkable.', 'It is obvious that the talks have failed.'],
      noMatch: ['The plan has obvious flaws, the auditors wrote.'],
    },
  },
  {
    id: 'certainty-certainly',
    category: 'certainty',
    name: 'Certainly',
    explanation:
      '"Certainly" and "definitely" assert confidence without support. Check what the certainty rests on.',
    check: 'context',
    patterns: ['[certainly|definitely|surely|decidedly]'],
    window: 1,
    // "almost certainly" is a forecast, handled as speculation.
    rejectBefore: ['almost', 'nearly', 'near', 'virtually', 'not', 'most', 'but'],
    examples: {
      match: ['And that certainly applies here.', 'It’s certainly not a ride-sharing service.'],
      noMatch: ['The ship will almost certainly sink.', 'Slowly but surely, the team improved.'],
    },
  },
  {
    id: 'certainty-of-course',
    category: 'certainty',
    name: 'Of course',
    explanation:
      'Treats a point as something everyone already accepts. Ask whether it really is common ground, and for whom.',
    check: 'context',
    patterns: ['of course'],
    window: 1,
    rejectBefore: ['change', 'matter', 'part', 'rules', 'end', 'rest', 'length', 'side', 'completion', 'duration', 'middle', 'start', 'first', 'second', 'third', 'main', 'kind', 'type', 'sort', 'holes', 'hole', 'record', 'par',
      // A route: "a 500-metre stretch of course" (words that rarely close a clause before ", of course").
      'stretch', 'stretches'],
    examples: {
      match: ['Of course, the butterfly effect is only a metaphor.', 'The risks, of course, were known.'],
      noMatch: ['The ship made a sudden change of course.', 'Runners rejoined it where a 500-metre stretch of course doubles back.'],
    },
  },
  {
    id: 'certainty-conclusively',
    category: 'certainty',
    name: 'Conclusively',
    explanation:
      'Claims a question has been settled for good. Look for who settled it and how; few questions in the news are closed for ever.',
    check: 'context',
    patterns: ['[conclusively|definitively|categorically|unequivocally|once and for all|beyond dispute]'],
    window: 1,
    // The force of someone's denial or condemnation, reported: "categorically denied the claims",
    // "said the claims were categorically untrue". Nothing is settled by it.
    rejectAfter: [
      '[deny|denies|denied|denying|reject|rejects|rejected|rejecting|refute|refutes|refuted|dismiss|dismissed|dismisses|untrue|false|wrong|condemn|condemns|condemned|condemning|oppose|opposes|opposed|rule|ruled|rules|refuse|refused|refuses]',
    ],
    examples: {
      match: ['The test conclusively shows he was there.', 'This should prove once and for all that it is unsafe.'],
      noMatch: ['The test suggests he was there.', 'The company categorically denied the allegations.', 'A spokesman said the claims were “categorically untrue”.'],
    },
  },
  {
    id: 'certainty-patently',
    category: 'certainty',
    name: 'Patently',
    explanation:
      'Words like "patently" or "self-evidently" put a claim beyond argument by decree. Look for the argument.',
    check: 'phrase',
    patterns: ['[patently|manifestly|self-evidently|self-evident|demonstrably|plainly false|plainly wrong|plainly true]'],
    examples: {
      match: ['The claim is patently false.', 'The case for reform is self-evident.'],
      noMatch: ['The claim was shown to be false by the audit.'],
    },
  },
];
