/**
 * Statements that evidence is missing, thin or was never produced. "There is evidence"
 * and "officials confirmed" are the reverse and are not marked.
 */
import type { Rule } from '../engine/rule';
import { INFORMATION } from './fragments';

/** What evidence would have to be to settle a claim (alternatives, no brackets): "no good evidence", "no robust clinical evidence". */
const QUALITY =
  'good|strong|compelling|convincing|robust|persuasive|meaningful|definitive|sound|substantial|sufficient|significant|actual|verifiable|documented|published|peer-reviewed|empirical|systematic|clinical|statistical|medical|forensic|scientific|credible|reliable|solid|hard|real|direct|concrete|conclusive|clear|firm|independent|consistent|high-quality';

/** Papers a person shows at a desk, after "proof of": "proof of identity", "proof of immunity". */
const PAPERS_OF =
  '[identity|id|age|address|residence|residency|immunity|immunisation|immunization|vaccination|insurance|citizenship|income|employment|eligibility|ownership|purchase|payment|status]';

export const evidenceGapNoEvidence: readonly Rule[] = [
  {
    id: 'evidence-gap-no-evidence',
    category: 'evidence-gap',
    name: 'No evidence',
    explanation:
      'Says outright that evidence is missing. Note whose claim lacks it and who looked: an absence reported by investigators weighs more than one asserted in passing.',
    check: 'phrase',
    patterns: [
      // With what the evidence would have to be, once or twice: "no hard evidence", "no good
      // evidence", "no strong scientific evidence".
      `no [such|further|new|supporting|corroborating|public|physical|documentary|${QUALITY}|] [${QUALITY}|] [evidence|proof]`,
      '[not a shred|not a scrap|not a single piece|not one piece] of [evidence|proof]',
      // The same absence as a missing clue: "there is no indication yet of what caused the fire".
      // Only with "there is": "he gave no indication he would resign" is a person's silence.
      '[there is|there was|there’s|there has been|there had been] [still|yet|as yet|so far|] no [clear|immediate|firm|official|obvious|] indication',
    ],
    examples: {
      match: ['There is no evidence that the vaccine causes autism.', 'Investigators found no hard evidence of sabotage.', 'There is no good evidence of that in people.', 'There is no strong scientific evidence that the diet works.', 'There is no indication yet of what caused the blackout.', 'There was still no clear indication of how the fire started.'],
      noMatch: ['There is evidence that the vaccine prevents severe illness.', 'There is good evidence that the vaccine prevents severe illness.', 'The minister gave no indication that she would resign.', 'There is every indication that the plan is working.'],
    },
  },
  {
    id: 'evidence-gap-little-evidence',
    category: 'evidence-gap',
    name: 'Little evidence',
    explanation:
      'Admits that the support for a claim is thin. Ask what evidence there is, and whether the article still presents the claim as settled.',
    check: 'phrase',
    patterns: [
      // With what the evidence would have to be, as for "no evidence": "little good evidence".
      `[little|scant|scarce|thin|insufficient|slim|flimsy|meagre|meager|sparse|weak|inconclusive] [public|${QUALITY}|] [evidence|proof]`,
      '[is|are|was|were|remain|remains|remained|proved|proved to be|have been|has been] [still|largely|so far|] inconclusive',
      // The thinness said after the noun: "evidence for the claim is thin", "data on the issue is limited".
      '[evidence|proof] [for|on|of|supporting|behind|about] [the|this|that|such|these|its|his|her|their|any] [<word>|<word> <word>] [is|are|was|were|remains|remain|remained] [still|] [thin|scant|limited|sparse|sketchy|lacking|patchy|scarce|flimsy]',
      // Not "limited" for data, which is also a phone allowance ("data on the plan is limited to 5GB").
      'data [on|about] [the|this|that|such|these|its|his|her|their|any] [<word>|<word> <word>] [is|are|was|were|remains|remain|remained] [still|] [scarce|sparse|patchy|lacking|thin|scant|sketchy]',
    ],
    examples: {
      match: ['There is scant evidence that the policy worked.', 'A report concluded that there was little good evidence that phones improved learning.', 'Critics say the case rests on flimsy proof.', 'The tests were inconclusive.', 'Evidence for the claim is thin.', 'Data on the long-term effects remain scarce.'],
      noMatch: ['There is strong evidence that the policy worked.', 'Evidence for the claim is strong.', 'Data on the new plan is limited to 5GB a month.'],
    },
  },
  {
    id: 'evidence-gap-without-evidence',
    category: 'evidence-gap',
    name: 'Without evidence',
    explanation:
      'A claim was made without support. The article is right to say so; check that it does not repeat the claim elsewhere as fact.',
    check: 'context',
    patterns: [
      'without [providing|offering|citing|giving|presenting|showing|producing|] [any|] [evidence|proof|details|examples|documentation|specifics|substantiation]',
    ],
    // A paper someone must show, not support for a claim: "pupils without proof of immunity".
    rejectNext: [`of ${PAPERS_OF}`],
    examples: {
      match: ['He said, without evidence, that the vote was rigged.', 'She repeated the charge without offering any proof.', 'He was sacked without proof of wrongdoing.'],
      noMatch: ['He presented evidence that the vote was rigged.', 'Students without proof of immunity may stay home for 21 days.', 'Voters without proof of identity were turned away.'],
    },
  },
  {
    id: 'evidence-gap-lack-of',
    category: 'evidence-gap',
    name: 'Lack of transparency or evidence',
    explanation:
      'Points to information that is absent or withheld. Ask who holds it and what it would show if it were released.',
    check: 'phrase',
    patterns: [
      '[lack|absence|dearth|paucity|scarcity] of [any|] [independent|detailed|reliable|official|credible|hard|concrete|photographic|documentary|public|verifiable|clear|solid|direct|] [transparency|evidence|proof|documentation|data|information|details|clarity|disclosure|confirmation|corroboration|verification|reports|records|accountability|openness]',
      // The same as a verb: "the transmission of results lacked transparency".
      // (Not papers someone lacks: "voters lacking proof of identity", "migrants who lacked documentation".)
      '[lacked|lacks|lacking] [any|] [transparency|corroboration|verification|accountability|openness]',
    ],
    examples: {
      match: [
        'Others question the lack of transparency surrounding the project.',
        'Observers said the transmission of results lacked transparency.',
        'The absence of detailed reports or photographic documentation has led to skepticism.',
      ],
      noMatch: ['The ministry published detailed reports and photographs.'],
    },
  },
  {
    id: 'evidence-gap-not-provided',
    category: 'evidence-gap',
    name: 'Has not provided evidence',
    explanation:
      'Someone made a claim but has not backed it up. Until the evidence appears, treat the claim as that party’s assertion.',
    check: 'phrase',
    patterns: [
      `[has not|have not|had not|did not|does not|do not|has never|have never|hasn’t|haven’t|hadn’t|didn’t|doesn’t|don’t|has yet to|have yet to|failed to] [provide|provided|offer|offered|present|presented|produce|produced|show|shown|showed|give|given|gave|release|released|publish|published|share|shared|supply|supplied|cite|cited] [any|a shred of|a single piece of|] [concrete|hard|direct|credible|public|solid|detailed|independent|documentary|supporting|further|] ${INFORMATION}`,
      // Figures of a named kind held back: "did not provide rostering figures", "has not released
      // its data". Not with "do not" or "don't", which are advice ("do not share your details"),
      // nor "does not share", a stated policy ("WhatsApp does not share user data with Facebook").
      `[has not|have not|had not|did not|has never|have never|hasn’t|haven’t|hadn’t|didn’t|has yet to|have yet to|failed to] [provide|provided|release|released|publish|published|share|shared|supply|supplied|give|given|gave] <word> [figures|data|numbers|statistics|records|details]`,
      `[does not|doesn’t] [provide|release|publish|supply|give] <word> [figures|data|numbers|statistics|records|details]`,
      // The negation on the subject: "neither side has provided proof", "nobody has offered evidence".
      `[neither|neither side|neither party|none of them|nobody|no one] [has|have|had] [yet|ever|] [provided|offered|presented|produced|shown|given|released|published|shared|supplied|cited] [any|a shred of|a single piece of|] [concrete|hard|direct|credible|public|solid|detailed|independent|documentary|supporting|further|] ${INFORMATION}`,
    ],
    examples: {
      match: [
        'The government has not provided concrete evidence of the troops’ involvement.',
        'The company failed to produce any documents supporting its account.',
        'Neither side has provided proof.',
        'Nobody has offered any evidence for the claim.',
        'Northbound did not provide rostering figures when asked.',
      ],
      noMatch: ['WhatsApp does not share user data with Facebook.', 'The government has provided concrete evidence of the troops’ involvement.', 'Both sides have provided evidence to the court.', 'Do not share your details with callers.'],
    },
  },
  {
    id: 'evidence-gap-anecdotal',
    category: 'evidence-gap',
    name: 'Anecdotal evidence',
    explanation:
      'Stories from individuals, not systematic data. They can illustrate a trend but cannot establish it; look for figures that do.',
    check: 'phrase',
    patterns: ['[anecdotal [evidence|reports|accounts|data]|anecdotally]'],
    examples: {
      match: ['The link rests on anecdotal evidence from three clinics.', 'Anecdotally, more families are leaving the city.'],
      noMatch: ['Census data show more families are leaving the city.'],
    },
  },
  {
    id: 'evidence-gap-nothing-to-suggest',
    category: 'evidence-gap',
    name: 'Nothing to suggest',
    explanation:
      'Says that nothing supports a possibility. Ask who looked, and how thoroughly, before reading it as a clean bill.',
    check: 'phrase',
    patterns: ['nothing to [suggest|indicate|show|support]'],
    examples: {
      match: ['There is nothing to suggest the two fires are linked.', 'Police said they had found nothing to indicate foul play.'],
      noMatch: ['Police said the evidence suggests the two fires are linked.'],
    },
  },
  {
    id: 'evidence-gap-no-independent-study',
    category: 'evidence-gap',
    name: 'No independent study',
    explanation:
      'Nobody outside the parties has checked the point: no independent study, assessment or audit. Claims on either side rest on their own figures; look for who could carry one out.',
    check: 'context',
    patterns: ['no [independent|official|published] [study|studies|assessment|assessments|analysis|audit|survey]'],
    window: 1,
    // What the study would be of, or that it exists (not "no official study guide", "no
    // independent study would change her mind").
    requireAfter: ['[of|into|on|has|have|had|was|were|exists|exist|yet]'],
    examples: {
      match: ['No independent study of the basin’s water balance has been published.', 'There has been no independent assessment of the scheme.'],
      noMatch: ['There is no official study guide for the exam.', 'Jones said no independent study would change her mind.', 'No independent study space is left in the library.'],
    },
  },
];
