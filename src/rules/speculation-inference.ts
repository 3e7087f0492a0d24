/**
 * Inferences and impressions presented in place of findings: "appears to", "seems",
 * "suggests that", "leaves me with the impression", "I presume", "it is possible that".
 */
import type { Rule } from '../engine/rule';

/** The verbs of an inference drawn from what came before: "which suggests", "a pattern that implies". */
const INFERS = '[suggests|suggested|suggest|indicates|indicated|indicate|implies|implied|imply]';

export const speculationInference: readonly Rule[] = [
  {
    id: 'speculation-appears-to',
    category: 'speculation',
    name: 'Appears to / seems to',
    explanation:
      'Reports an impression rather than a fact. Ask what the impression is based on and whether anyone has confirmed it.',
    check: 'phrase',
    patterns: [
      '[appear|appears|appeared|appearing|seem|seems|seemed|seeming] [to|like|as if|as though]',
      // The odds read from appearances: "their chances appear slim", "a deal seems unlikely". Words of
      // strength only with the odds before them: "the team appeared strong" is what was seen.
      '[appear|appears|appeared|seem|seems|seemed] [unlikely|likely|doubtful|inevitable|imminent]',
      '[chances|chance|prospects|prospect|odds|hopes|outlook] [appear|appears|appeared|seem|seems|seemed] [slim|remote|dim|bleak|good|strong|poor]',
    ],
    examples: {
      match: ['The feature appears to not be finished.', 'Nine months ago, the president seemed like a spent force.', 'Their chances appear slim in a divided Congress.'],
      noMatch: ['The president appeared in court on Monday.', 'The team appeared strong in the first half.', 'She appeared certain of her answer.'],
    },
  },
  {
    id: 'speculation-it-seems',
    category: 'speculation',
    name: 'It seems',
    explanation:
      'An impersonal impression: whose, and based on what? Look for the evidence behind it.',
    check: 'context',
    patterns: ['it [seems|seemed|appears|appeared|would seem|would appear|looks as if|looks as though|looks like]'],
    window: 1,
    // "what it looks like": a description, not an impression.
    rejectBefore: ['what', 'how', 'where', 'when'],
    examples: {
      match: ['It seems the talks have stalled.', 'It would appear that nobody read the report.'],
      noMatch: ['The talks stalled, both sides said.', 'This is a representation of what it looks like.'],
    },
  },
  {
    id: 'speculation-suggests',
    category: 'speculation',
    name: 'Suggests (inference)',
    explanation:
      'Draws an inference from something that does not state it. Ask whether the evidence supports that reading, and what else it might suggest.',
    check: 'context',
    // "Point to" is left out: "critics point to the cost" cites evidence rather than inferring.
    patterns: ['[suggest|suggests|indicate|indicates|imply|implies|hint at|hints at]'],
    window: 1,
    requireAfter: ['[that|a|an]'],
    // People who suggest are proposing, not inferring; "as its name suggests" is idiom.
    // Nor someone let or asked to propose: "the app lets them suggest a pick-up point".
    rejectBefore: ['as', 'i', 'we', 'you', 'he', 'she', 'they', 'them', 'us', 'me', 'him', 'who', 'to', 'not', 'would', 'might', 'may', 'could'],
    examples: {
      match: ['Early sketches suggest a focus on themes of sacrifice.', 'That opener suggests that the company is a good citizen.', 'The early results indicate that the drug works.', 'The figures imply that hiring has slowed.', 'The findings hint at a link between diet and mood.'],
      noMatch: ['But Uber, as its name suggests, is hierarchical.', 'They suggest a meeting on Monday.'],
    },
  },
  {
    id: 'speculation-evidence-suggests',
    category: 'speculation',
    name: 'The samples suggest',
    explanation:
      'Measurements or records are said to "suggest" or "indicate" a conclusion: a reading of the evidence, not a finding. Ask who read it that way and what else the same data would allow.',
    check: 'context',
    // With a clause of its own after the verb ("pollen samples suggest the land was open"),
    // which speculation-suggests (that / a / an after the verb) does not take.
    // Not "records indicate" or "test results indicate", which report what a document or a test
    // shows; "indicate" only of early readings, still open.
    // Not what messages or emails propose: "Emails suggested a meeting on Tuesday".
    patterns: [
      '[samples|findings|results|readings|measurements|scans|tests|traces|estimates|signs|clues|figures|numbers|statistics|outlooks|forecasts|projections|pattern|patterns|signal|signals|curve|trend|trends|timing|invoices|' +
        'data|swing|turnout] [suggest|suggests|suggested]',
      '[early|preliminary|initial|partial] [findings|results|readings|data|tests|estimates] [indicate|indicates|indicated]',
      '[preliminary|initial|early] [inspection|inspections|analysis|examination] [suggest|suggests|suggested]',
    ],
    // A proposal, not a reading: "the timing suggested by ministers", "the pattern suggested in the magazine".
    rejectNext: ['[by|in|to]'],
    // A rule for when, not a reading: "prices rise whenever the data suggests customers will pay".
    window: 2,
    rejectBefore: ['[whenever|when|if|unless]'],
    examples: {
      match: ['Pollen samples suggest the surrounding land was open grassland.', 'Preliminary inspection suggests the slip was caused by seepage.', 'Early readings indicate the leak has slowed.', 'Spring outlooks suggest little relief before harvest.', 'The signal suggests the planet has held on to its gases.', 'The data suggests hesitancy is rising fastest among young parents.', 'The 17-point swing suggests the party’s heartlands are far from secure.'],
      noMatch: ['Doctors suggest the patients rest for a week.', 'Court records indicate he pleaded guilty in 2015.', 'Test results indicate he was over the limit.', 'The timing suggested by ministers was rejected.', 'Fares rise whenever the data suggests customers will pay them.'],
    },
  },
  {
    id: 'speculation-points-to',
    category: 'speculation',
    name: 'The findings point to',
    explanation:
      'Evidence is said to "point to" a conclusion: an inference, not a finding. Ask whether the data support that reading or only allow it, and what else would explain them.',
    check: 'context',
    patterns: ['[point|points|pointed|pointing] to'],
    window: 6,
    // Only when the subject is evidence of some kind; "critics point to the cost" cites evidence
    // rather than drawing a conclusion from it.
    requireBefore: ['[results|findings|data|evidence|study|studies|research|figures|signs|indications|analysis|tests|samples|clues|trends|numbers|statistics|records|traces|indicators|scans|observations]'],
    requireAfter: ['[a|an]'],
    // Signs that show the way, not evidence: "road signs point to a detour".
    rejectBefore: ['[road|street|traffic|direction|directional|motorway|highway|exit] [sign|signs]'],
    examples: {
      match: ['The results, published in The Lancet, point to a link between pollution and dementia.', 'Early data points to a slowdown in hiring.', 'All the signs point to a recession.'],
      noMatch: ['Critics point to the cost of the scheme.', 'The study’s authors point to the hospital’s records for details.', 'Road signs point to a detour.'],
    },
  },
  {
    id: 'speculation-which-suggests',
    category: 'speculation',
    name: 'Which suggests',
    explanation:
      'The writer draws a conclusion from what came before ("shares fell, which suggests investors doubt the plan"). The step from fact to reading is the writer’s own; ask whether anyone with knowledge makes it, and what else could explain the facts.',
    check: 'phrase',
    patterns: [
      `[which|this|all of which|both of which|all this] [would|may|might|seems to|appears to|] ${INFERS}`,
      // A relative after a reading of events: "a pattern that suggests many never saw it" (not
      // "a plan that suggests cutting fees", "a sign that indicates the exit", "no evidence that suggests").
      `[pattern|patterns|trend|trends|picture|profile|shift|swing|sequence|timeline] that ${INFERS}`,
    ],
    examples: {
      match: ['Shares fell sharply, which suggests investors doubt the plan.', 'Turnout was low this year. This suggests voters have lost interest.', 'Half of them came after the warnings, a pattern that suggests many researchers never saw them.'],
      noMatch: ['The report suggests three ways to cut costs.', 'He said that suggested changes to the bill would be considered.', 'The council backed a plan that suggests cutting fees.', 'There is no evidence that suggests the vaccine causes autism.'],
    },
  },
  {
    id: 'speculation-impression',
    category: 'speculation',
    name: 'Gives the impression',
    explanation:
      'Offers an impression as if it were information. Ask what the impression rests on.',
    check: 'phrase',
    patterns: [
      '[gives|give|gave|giving|leaves|leave|left|leaving|creates|create|created|creating|conveys|conveyed] [me|us|you|one|the reader|readers|the public|] [with|] [the|an] impression that',
      '[my|the distinct|a distinct|the strong|a strong] impression [is|was|that]',
    ],
    examples: {
      match: ['His answer leaves me with the impression that he has persuaded nobody.', 'The speech gave the impression that a deal was close.'],
      noMatch: ['The painting made a deep impression on visitors.', 'She gave the impression of calm.'],
    },
  },
  {
    id: 'speculation-first-person-guess',
    category: 'speculation',
    name: 'I presume / I expect',
    explanation:
      'The writer guesses in the first person. Honest, but a guess: look for what it is based on before taking it as reporting.',
    check: 'phrase',
    patterns: [
      '[i|i’d|i would|i’m|i am] [fully|strongly|only|] [expect|presume|suspect|guess|imagine|reckon|assume|bet|wager|predict|suppose|gather|speculate|willing to bet]',
    ],
    examples: {
      match: ['And I presume there were legal issues.', 'I fully expect the software to change a lot.'],
      noMatch: ['I asked the company about the software.'],
    },
  },
  {
    id: 'speculation-i-think',
    category: 'speculation',
    name: 'I think / in my view',
    explanation:
      'Opinion markers. Fine in a column and common in quotes, so off by default; switch on to see where an article moves from reporting to opinion.',
    check: 'phrase',
    defaultOn: false,
    patterns: ['[i think|i believe|i feel|in my view|in my opinion|to my mind|i’d argue|i would argue]'],
    examples: {
      match: ['I think the deal is a mistake.', 'In my view, the reform came too late.'],
      noMatch: ['The minister thinks the deal is a mistake.'],
    },
  },
  {
    id: 'speculation-it-is-possible',
    category: 'speculation',
    name: 'It is possible that',
    explanation:
      'Raises a possibility without weighing it. Ask how probable it is and who thinks so.',
    check: 'context',
    // What can be done, not what may be so: "it is possible to book tickets online" (not "it is
    // possible to imagine the talks failing").
    rejectNext: ['to [book|buy|apply|travel|use|visit|order|watch|walk|drive|pay|register|access|download|contact|enter|park|stay|hire|join|borrow|rent|vote|cross|fly|ride|swim|climb|listen|stream|sign up|opt out]'],
    patterns: [
      '[it is|it’s|it was|it seems|it remains|it is also|it is still|it is quite|it is entirely|it is very|it is more|it is highly] [possible|conceivable|plausible|probable|likely|unlikely] [that|]',
      'there [is|was|’s] [a|every|] [good|strong|real|high|distinct|slim|small|fair|] [chance|possibility|likelihood|prospect] [that|of]',
      // Without "that", and as a risk: "there is a good chance the vote will pass", "a real risk that the talks fail".
      'there [is|was|’s] [a|every|] [good|strong|real|high|distinct|fair|decent|serious|growing] [chance|possibility|likelihood|risk|danger]',
      '[it is|it’s|it was] [not|hardly] [impossible|inconceivable|out of the question|unthinkable] [that|]',
      // A guess offered as one of several: "one possibility is that the letter was forged", "it could be that the data were wrong".
      '[one|another|a] [possibility|scenario] [is|was] that',
      // Not "it could be that simple": "that" must open a clause.
      '[it|this] [could|may|might] [well|also|] be that [the|a|an|he|she|they|we|it|there|some|his|her|their|its|this|these|those|people|officials]',
      '[raises|raised|raising|opens|opened|opening] [up|] the [possibility|prospect|spectre|specter]',
    ],
    examples: {
      match: [
        'It is likely that the lawyers involved will have nightmares.',
        'There is a real chance that the talks collapse.',
        'The leak raises the possibility that the vote was rigged.',
        'There is a good chance the vote will pass.',
        'It is not impossible that the vote will be delayed.',
        'One possibility is that the letter was forged.',
        'It could be that the data were wrong.',
      ],
      noMatch: ['It is possible to book tickets online.', 'The lawyers involved said they had nightmares.', 'It could be that simple.', 'One possibility, the committee decided, was to delay the vote.'],
    },
  },
  {
    id: 'speculation-not-ruled-out',
    category: 'speculation',
    name: 'Cannot be ruled out',
    explanation:
      'Keeps a possibility alive without any evidence for it: almost nothing can be ruled out. Ask whether anything points to it.',
    check: 'phrase',
    patterns: [
      '[cannot|can’t|can not|could not|couldn’t] be [entirely|completely|yet|] ruled out',
      '[did not|didn’t|would not|wouldn’t|refused to|declined to|has not|hasn’t|have not|haven’t] rule out',
    ],
    examples: {
      match: ['Sabotage cannot be ruled out, the report says.', 'The minister did not rule out further tax rises.'],
      noMatch: ['Investigators ruled out sabotage on Monday.'],
    },
  },
  {
    id: 'speculation-chances-are',
    category: 'speculation',
    name: 'Chances are',
    explanation:
      'An informal probability with nothing behind it. Look for a number, a model or a named forecaster.',
    check: 'phrase',
    patterns: ['[chances are|odds are|the odds are|in all likelihood|in all probability|all signs point to|all indications are|by all indications|the smart money]'],
    examples: {
      match: ['Chances are the bill will pass.', 'In all likelihood, the vote will be delayed.'],
      noMatch: ['The bill passed by 52 votes to 48.'],
    },
  },
  {
    id: 'speculation-almost-certainly',
    category: 'speculation',
    name: 'Almost certainly',
    explanation:
      'A confident forecast that stops short of a fact. Ask who makes it and what it rests on.',
    check: 'phrase',
    patterns: ['[almost|nearly|virtually|near|all but] [certainly|certain|sure|inevitable]'],
    examples: {
      match: ['The ship will almost certainly sink.', 'A deal is all but certain.'],
      noMatch: ['The ship sank on Tuesday.'],
    },
  },
  {
    id: 'speculation-speculation',
    category: 'speculation',
    name: 'Speculation that',
    explanation:
      'Reports guesses, not facts, often without saying whose. Ask who is speculating and whether anything supports it.',
    check: 'phrase',
    patterns: [
      '[speculation|speculate|speculates|speculated|speculating] [that|about|over|as to|whether]',
      // Speculation that grows before its subject: "speculation is mounting that the chancellor will resign".
      'speculation [is|was|has been|had been] [mounting|growing|rife|rampant|swirling|intensifying|increasing] [that|about|over|as to|whether|]',
      '[mounting|growing|intense|fevered|feverish|rife|widespread|renewed|fresh] speculation',
    ],
    examples: {
      match: ['There is speculation that the minister will resign.', 'Fans speculated about a reunion.', 'Speculation is mounting that the chancellor will resign.', 'The move fuelled fresh speculation about his future.'],
      noMatch: ['The minister resigned on Monday.', 'The fund made money from currency speculation.'],
    },
  },
];
