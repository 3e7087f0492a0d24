/**
 * Impersonal attributions: "it is said", "it is widely believed", "it could be argued",
 * "questions have been raised". The grammar itself removes the source.
 */
import type { Rule } from '../engine/rule';

/** "it is", "it has long been", "it was widely" ... */
const IT_BE =
  '[it [is|was|has been|had been|is being|was being|has long been|has often been|has sometimes been|has also been|has repeatedly been|has widely been]|it’s [been|long been|often been|also been|]] [often|widely|commonly|generally|sometimes|also|now|frequently|once|repeatedly|previously|increasingly|popularly|]';

export const vagueSourceImpersonal: readonly Rule[] = [
  {
    id: 'vague-source-it-is-said',
    category: 'vague-source',
    name: 'It is said / it has been suggested',
    explanation:
      'A claim with the claimant removed by the grammar. Ask who said, suggested or claimed it; unless the sentence names them, the reader cannot check.',
    check: 'conditional',
    patterns: [
      `${IT_BE} [said|claimed|alleged|argued|reported|suggested|rumoured|rumored|asserted|maintained|contended|speculated|whispered|stated|mentioned|noted|hinted|posited]`,
      // The newsroom formula for news that arrives without a teller: "it has emerged that".
      'it [has|had] [now|since|also|] emerged',
    ],
    satisfiedBy: ['named-source', 'link'],
    examples: {
      match: ['It has been suggested that the fire was deliberate.', 'It’s been alleged that he took bribes.', 'It’s said that the city never sleeps.', 'It is often said that the city never sleeps.', 'It has emerged that the minister knew of the leak.'],
      noMatch: ['It was reported by the Interior Ministry that the fire was deliberate.'],
    },
  },
  {
    id: 'vague-source-it-is-believed',
    category: 'vague-source',
    name: 'It is believed',
    explanation:
      'States a belief without a believer. Ask who believes it and on what evidence; "it is believed" can hide a single unnamed official.',
    check: 'conditional',
    patterns: [
      `${IT_BE} [believed|thought|felt|held|understood|assumed|accepted|feared|hoped|estimated|known|agreed|recognised|recognized|suspected|presumed|hypothesised|hypothesized|theorised|theorized]`,
      // The reporter's unnamed informants, only with what was learnt: "It is learnt that the
      // minister will resign" (not "it is learnt behaviour", "it was learnt by heart").
      `${IT_BE} [reliably|authoritatively|] [learnt|learned] that`,
    ],
    satisfiedBy: ['named-source', 'link'],
    examples: {
      match: ['It is believed the men crossed the border at night.', 'It is widely thought that the talks will fail.', 'It is suspected that the fire was started deliberately.', 'It’s been hypothesised that the virus jumped from bats.', 'It is learnt that the minister will resign next week.'],
      noMatch: ['It is believed the men crossed the border at night, Inspector Jennifer Mattinson said.', 'It is learnt behaviour, not instinct.', 'It was learnt by heart by generations of schoolchildren.'],
    },
  },
  {
    id: 'vague-source-it-was-gathered',
    category: 'vague-source',
    name: 'It was gathered',
    explanation:
      'The West African newsroom formula for what a reporter picked up from people it does not name ("It was gathered that the papers had been distributed"). Ask who told the paper, and whether anyone confirms it on the record.',
    check: 'context',
    patterns: [`${IT_BE} [reliably|] gathered that`],
    window: 1,
    // What was gathered is a clause with a subject of its own, not a time: "It was gathered that
    // some of the papers had been distributed" (not "It was gathered that summer from the hedgerows").
    requireAfter: ['[the|a|an|some|many|several|most|no|none|two|three|four|his|her|their|its|this|these|those|there|he|she|they|it|<name>]'],
    examples: {
      match: ['It was gathered that some of the misprinted papers had already been distributed.', 'It was gathered that the governor will present the budget on Tuesday.'],
      noMatch: ['It was gathered that summer from the hedgerows.', 'The harvest was gathered that week.'],
    },
  },
  {
    id: 'vague-source-widely-held',
    category: 'vague-source',
    name: 'Widely believed',
    explanation:
      'Claims broad agreement without showing it. How wide, and among whom? Look for a survey or named holders of the view.',
    check: 'phrase',
    patterns: [
      '[widely|commonly|generally|popularly|broadly|universally] [believed|thought|held|accepted|assumed|regarded|considered|seen|viewed|reported|acknowledged|recognized|recognised|understood|agreed|interpreted|perceived]',
      // Reception without a receiver: "widely criticised", "widely praised".
      'widely [criticised|criticized|condemned|praised|derided|ridiculed|mocked|panned|lauded|hailed|welcomed|blamed|credited|feared|touted|described|dismissed]',
    ],
    examples: {
      match: ['The plan is widely regarded as a failure.', 'The theory was commonly accepted until the 1990s.', 'The budget was widely criticised as unfair.', 'The move was widely interpreted as a snub.'],
      noMatch: ['The plan was widely publicised in the local press.', 'The newspaper is widely read in the north.', 'A widely cited 2019 study found the drug worked.'],
    },
  },
  {
    id: 'vague-source-could-be-argued',
    category: 'vague-source',
    name: 'It could be argued',
    explanation:
      'Raises an argument without anyone making it, often the writer’s own view in disguise. Ask who argues it.',
    check: 'phrase',
    patterns: [
      'it [could|can|might|may|has to|must|should] be [argued|said|claimed|contended|suggested|noted]',
      'one [could|can|might|may|would] [argue|say|claim|contend|suggest]',
    ],
    examples: {
      match: ['It could be argued that the bank acted too late.', 'One might say the reform was overdue.'],
      noMatch: ['The governor argued that the bank acted too late.'],
    },
  },
  {
    id: 'vague-source-there-are-those',
    category: 'vague-source',
    name: 'There are those who say',
    explanation:
      'Invokes unnamed people who hold a view, usually to introduce it without owning it. Ask who they are.',
    check: 'phrase',
    patterns: [
      'there [are|were|is] [those|some|many|people|others|plenty|critics|skeptics|sceptics|someone] who [say|said|believe|believed|think|thought|argue|argued|claim|claimed|feel|felt|insist|contend|suggest|question|see|view|maintain|doubt|fear|worry|would say|would argue]',
    ],
    examples: {
      match: ['There are those who say the war was unavoidable.', 'There are many who believe the report was buried.'],
      noMatch: ['There are those who were injured in the blast.'],
    },
  },
  {
    id: 'vague-source-questions-raised',
    category: 'vague-source',
    name: 'Questions have been raised',
    explanation:
      'Suggests doubts exist without saying whose they are or how serious. Ask who raised them and on what grounds.',
    check: 'phrase',
    patterns: [
      '[questions|concerns|doubts] [have been|has been|had been|were|are being|were being|have also been|have repeatedly been] [raised|voiced|expressed]',
      // The same doubts asked, cast or aired: "questions have been asked about his role", "doubts have been cast on the figures".
      '[questions|concerns|doubts|fears|suspicions|objections|alarm|criticism] [have been|has been|had been|were|was|are being|were being|have also been|have repeatedly been] [asked about|asked over|cast on|cast over|aired|sounded|expressed|voiced]',
      'there [are|were|have been|had been] [growing|mounting|widespread|renewed|serious|] [fears|concerns|doubts|suggestions|claims|accusations] that',
    ],
    examples: {
      match: ['Questions have been raised about the contract.', 'Concerns were voiced over the cost.', 'There are growing fears that the dam could burst.', 'Questions have been asked about his role in the deal.', 'Doubts have been cast on the official figures.', 'Fears have been expressed that the plant is unsafe.'],
      noMatch: ['The auditor raised questions about the contract in her report.', 'The questions went to the minister in writing.', 'The doubts that the auditor cast on the figures were answered.', 'Doubts have been cast aside by the new evidence.', 'Questions were asked in the exam about the war.'],
    },
  },
  {
    id: 'vague-source-calls-grow',
    category: 'vague-source',
    name: 'Growing calls for',
    explanation:
      'Reports a demand ("growing calls for an inquiry", "there have been calls for him to resign") without saying who makes it or how many they are. Ask who is calling: a party, a campaign group, a few voices online?',
    check: 'context',
    patterns: [
      '[growing|mounting|increasing|renewed|widespread|repeated] calls for',
      'there [are|were|have been|has been|had been] [growing|mounting|increasing|renewed|widespread|repeated|] calls for',
      'calls [are|were|have been|had been] [growing|mounting] [louder|] for',
    ],
    window: 2,
    // Telephone calls: "the helpline received growing calls for advice", "calls for help".
    rejectBefore: ['[received|receives|receive|receiving|took|takes|answered|answers|handled|fielded|logged|made]'],
    rejectAfter: ['help', 'advice', 'assistance', 'an ambulance', 'information', 'service', 'support'],
    examples: {
      match: ['There are growing calls for an independent inquiry.', 'There have been calls for the event to be cancelled.', 'Calls are growing for the minister to resign.'],
      noMatch: ['The union called for an independent inquiry.', 'The helpline took 300 calls for help overnight.', 'The helpline received growing calls for advice.'],
    },
  },
];
