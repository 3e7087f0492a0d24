/**
 * Framings that keep a label at arm's length or pass judgement on a speaker:
 * "what Moscow describes as", "was described as", "what they believe to be",
 * "slammed", "scoffed", "parroted".
 */
import type { Rule } from '../engine/rule';

export const loadedVerbFraming: readonly Rule[] = [
  {
    id: 'loaded-verb-what-x-calls',
    category: 'loaded-verb',
    name: 'What X describes as',
    explanation:
      'Puts a label in someone else’s mouth to distance the writer from it, and so hints that it is wrong. Ask what the writer would call it, and on what evidence.',
    check: 'context',
    patterns: [
      '[describes|described|describe|characterizes|characterized|characterises|characterised|portrays|portrayed|frames|framed|paints|painted|casts|regards|regarded|sees|saw] as',
      '[calls|called|call|terms|termed|labels|labelled|labeled|dubs|dubbed|deems|deemed]',
      // "believed to be" and "thought to be" are hedge-believed-to-be's: the hidden believer.
      '[believes|believe|considers|consider|considered|thinks|think|perceives|perceive|perceived|imagines|imagine] to be',
    ],
    window: 5,
    requireBefore: ['what'],
    // "what is called the Moho" names a thing (the copula right after "what", not anywhere in the
    // window: "it was part of what he described as a purge"); "... a miracle by the doctors"
    // attributes the label in the passive (not "what aides describe as “sloppy bookkeeping” by
    // former staff", whose "by" goes on the label).
    rejectBefore: ['what [is|are|was|were|be|been]', 'what [<word>|<word> <word>] [be|been|being]', 'wanted', 'want', 'planned', 'decided', 'chose'],
    rejectAfter: ['[a|an|the] <word> by'],
    examples: {
      match: [
        'The prince was frustrated by what aides describe as “sloppy bookkeeping” by former staff.',
        'The project honours the troops in what Moscow describes as a critical phase of the conflict.',
        'The fact-checkers label what they believe to be fake news.',
        'A transaction, executed at what the corporation believes to be market value.',
        'It was part of what he described as a purge.',
      ],
      noMatch: [
        'Moscow describes the phase as critical.',
        'The boundary is what is called the Moho.',
        'Residents witnessed what can only be described as a massacre.',
        'What happened next was called a miracle by the doctors.',
        'The organizer did not know what Lorenz wanted to call the talk.',
      ],
    },
  },
  {
    id: 'loaded-verb-described-as',
    category: 'loaded-verb',
    name: 'Was described as',
    explanation:
      'A label attached by someone the sentence does not name. Ask who described it so, and whether the label is fair.',
    check: 'context',
    patterns: [
      '[was|were|is|are|been|being|has been|have been|had been] [largely|widely|often|variously|repeatedly|also|] [described|characterized|characterised|portrayed|depicted|billed|branded|framed|painted|dismissed|hailed|touted|labelled|labeled] as',
      // The perfect passive of naming verbs attaches a label ("has been called a masterpiece");
      // the simple "is called" only names a thing. The article keeps out "called off", "called to".
      '[has been|have been|had been] [largely|widely|often|variously|repeatedly|also|] [called|dubbed|branded|labelled|labeled|deemed] [a|an|the]',
    ],
    window: 4,
    rejectBefore: ['what'],
    rejectAfter: ['by'],
    examples: {
      match: [
        'A mass stranding that was described as “unprecedented” left the tribe scrambling.',
        'A conflict that has largely been framed as a Russian-led effort.',
        'The stadium has been called the ugliest in Europe.',
      ],
      noMatch: [
        'The strandings have been described as “heartbreaking” by the conservation department.',
        'The match has been called off because of snow.',
      ],
    },
  },
  {
    id: 'loaded-verb-would-have-us-believe',
    category: 'loaded-verb',
    name: 'Would have us believe',
    explanation:
      'Frames a position as an attempt to mislead before examining it. Look for the actual evidence against the position.',
    check: 'phrase',
    patterns: [
      '[would have|would like|wants|want|expects|expect|asks|ask] [us|you|readers|the public|voters|people|everyone] [to|] believe',
    ],
    examples: {
      match: ['The company would have us believe that prices will fall.', 'The minister wants voters to believe the cuts are painless.'],
      noMatch: ['Most voters believe the cuts are painful.'],
    },
  },
  {
    id: 'loaded-verb-slammed',
    category: 'loaded-verb',
    name: 'Slammed',
    explanation:
      'Headline verbs like "slammed", "blasted" or "hit out at" dramatise a disagreement. Look for what was actually said; it is often milder.',
    check: 'context',
    patterns: [
      '[slammed|slams|slamming|blasted|blasts|lashed out|lashes out|lashing out|hit out at|hits out at|ripped into|rips into|tore into|tears into|railed against|rails against|savaged|savages|excoriated|excoriates|hit back at|hits back at|hitting back at|fired back at|fires back at|lashed back at]',
    ],
    window: 2,
    rejectAfter: ['door', 'doors', 'shut', 'brakes', 'into', 'off', 'through', 'ball'],
    // "Blasts" the noun: explosions heard, counted or described.
    // "A door slamming": the noise, not the critic.
    rejectBefore: ['[a|the|his|her|their|car] [door|doors|gate|gates|lid]', 'heard', 'hear', 'hears', 'hearing', 'loud', 'powerful', 'huge', 'multiple', 'several', 'twin', 'two', 'three', 'four', 'more', 'further', 'series of', 'sound of'],
    examples: {
      match: ['Bill Gates slammed the decision as reckless.', 'The senator slammed the decision as reckless.', 'Union leaders hit out at the new contracts.', 'The manager fired back at his critics on Friday.', 'Senator blasts plan to close the hospital.'],
      noMatch: ['Neighbours described hearing shouting and a door slamming.', 'He slammed the door and left.', 'The car slammed into the barrier at high speed.', 'Residents said they heard blasts before dawn.', 'Two powerful blasts shook the port.'],
    },
  },
  {
    id: 'loaded-verb-which-x-calls',
    category: 'loaded-verb',
    name: 'Which X describes as',
    explanation:
      'A relative clause hands the label to someone else ("the group, which the government describes as terrorist"), keeping the writer’s distance from it. Ask what the group is by other accounts, and on what evidence the label rests.',
    check: 'phrase',
    // The labeller is an institution or a camp; "which is described as" (no labeller) is
    // loaded-verb-described-as's.
    patterns: [
      '[which|whom] [the|its|his|her|their|] [government|authorities|regime|ministry|police|company|critics|opponents|supporters|officials|army|military|party|state|administration|prosecutors|activists|<name>] [describe~|characterize~|characterise~|portray~|brand|brands|branded|label~|regard|regards|regarded|see|sees|consider|considers|considered|call|calls|called|term|terms|termed|dub|dubs|dubbed] [as|]',
    ],
    examples: {
      match: ['The group, which the government describes as a terrorist organisation, denied involvement.', 'The bill, which critics regard as a power grab, passed.', 'The strike, which Moscow called a provocation, killed two.'],
      noMatch: ['The group, which is described as moderate, denied involvement.', 'The resolution, which calls for a ceasefire, passed.'],
    },
  },
  {
    id: 'loaded-verb-styles-itself',
    category: 'loaded-verb',
    name: 'Describes itself as',
    explanation:
      'A self-description reported as a label ("the firm bills itself as the region’s leading provider"). The wording keeps the claim at arm’s length without testing it; look for whether anyone independent would describe it that way.',
    check: 'phrase',
    patterns: [
      '[describes|described|describe|describing|bills|billed|bill|billing|styles|styled|style|styling|markets|marketed|market|marketing|touts|promotes|promoted|portrays|portrayed|portray|brands|branded|pitches|pitched|fashions|fashioned] [itself|himself|herself|themselves] as',
    ],
    examples: {
      match: ['The firm describes itself as the region’s leading provider of solar panels.', 'He styled himself as the voice of the forgotten.', 'The app markets itself as a safer alternative.'],
      noMatch: ['The firm is the region’s largest provider of solar panels.', 'The company described its results as strong.'],
    },
  },
  {
    id: 'loaded-verb-downplayed',
    category: 'loaded-verb',
    name: 'Played down',
    explanation:
      '"Played down", "brushed aside" or "shrugged off" tell the reader that a response was evasive before saying what it was. Look for the actual words and judge them yourself.',
    check: 'context',
    patterns: ['[downplay~|play down|plays down|played down|playing down|brush~ aside|brush~ off|shrug~ off|wave~ away|waved aside|laugh~ off]'],
    window: 4,
    // What is played down is something said or feared ("played down reports of a rift"), not
    // a tackle shrugged off, hair brushed aside or a band playing down the road.
    requireAfter: [
      '[criticism|criticisms|concern|concerns|question|questions|claim|claims|report|reports|suggestion|suggestions|allegation|allegations|accusation|accusations|fears|doubts|calls|warnings|warning|talk|speculation|rumours|rumors|row|rift|dispute|threat|risk|risks|idea|significance|importance|impact|findings|incident|breach|problem|problems|issue|issues|prospect|danger|damage|scandal|comments|remarks|link|role|chances|need]',
    ],
    examples: {
      match: ['The chancellor’s team played down reports of a rift.', 'The minister brushed aside questions about the cost.', 'The company downplayed the breach.'],
      noMatch: ['The band played down the road from the hotel.', 'The striker shrugged off a tackle to score.'],
    },
  },
  {
    id: 'loaded-verb-branded',
    category: 'loaded-verb',
    name: 'Branded',
    explanation:
      '"Branded" reports a label stuck on someone or something ("branded the decision a betrayal") and lends it the force of a verdict. Ask who applied the label and what supports it.',
    check: 'context',
    patterns: ['[branded|branding]'],
    window: 1,
    // The label follows at once; "branded goods", "branded content" and "the branding" are marketing.
    requireAfter: ['[it|him|her|them|the|this|that|these|those|a|an|as|his|their|its|himself|herself|themselves|critics|opponents]'],
    rejectBefore: ['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'own', 'new', 'corporate'],
    examples: {
      match: ['Campaigners branded the decision a betrayal of rural communities.', 'The minister was branded a liar by his own party.', 'He has been branding his opponents as traitors.'],
      noMatch: ['Branded goods cost twice as much.', 'The company’s new branding is a red fox.'],
    },
  },
  {
    id: 'loaded-verb-scoffed',
    category: 'loaded-verb',
    name: 'Scoffed or whined',
    explanation:
      'Verbs like "scoffed", "whined" or "crowed" describe an attitude the writer attributes to the speaker. Ask whether the quote bears that reading out.',
    check: 'context',
    patterns: [
      '[scoffed|scoffs|sneered|sneers|whined|whines|whining|moaned|griped|grumbled|grumbles|crowed|gushed|gushes|ranted|huffed|fumed|bristled|smirked|carped|bleated|bemoaned|bemoans]',
    ],
    window: 1,
    // Physical senses: "oil gushed from the pipe", "the hills bristled with guns".
    rejectAfter: ['from', 'out', 'into', 'through', 'with', 'down', 'forth', 'up', 'across', 'onto'],
    examples: {
      match: ['“Nobody reads those reports,” he scoffed.', 'The owners whined about the new tax.'],
      noMatch: ['“Nobody reads those reports,” he said.', 'Oil gushed from the ruptured pipeline.'],
    },
  },
  {
    id: 'loaded-verb-parroted',
    category: 'loaded-verb',
    name: 'Parroted or peddled',
    explanation:
      'Casts a speaker as repeating or selling a line rather than holding a view. Look for whether the article shows the line is false.',
    check: 'phrase',
    patterns: ['[parroted|parroting|parrots|peddled|peddling|peddles|spouted|spouting|spouts|regurgitated|regurgitating|trumpeted|trumpeting]'],
    examples: {
      match: ['The channel parroted the government line.', 'He has been peddling conspiracy theories for years.'],
      noMatch: ['The channel repeated the government statement in full.'],
    },
  },
  {
    id: 'loaded-verb-refuted',
    category: 'loaded-verb',
    name: 'Refuted or debunked',
    explanation:
      '"Refuted" and "debunked" declare a dispute settled. Check that the article shows the refutation, not only the word; "denied" or "disputed" is neutral.',
    check: 'phrase',
    patterns: ['[refute~|debunk~|disprove~]'],
    examples: {
      match: ['The ministry refuted the allegations.', 'The claim was debunked by fact-checkers.'],
      noMatch: ['The ministry denied the allegations.'],
    },
  },
  {
    id: 'loaded-verb-insinuated',
    category: 'loaded-verb',
    name: 'Insinuated',
    explanation:
      '"Insinuated" accuses the speaker of implying something underhandedly. Ask what was actually said.',
    check: 'phrase',
    patterns: ['[insinuate~|intimate that|intimated that|intimates that]'],
    examples: {
      match: ['He insinuated that the judge was biased.', 'She intimated that a deal was close.'],
      noMatch: ['He said that the judge was biased.'],
    },
  },
];
