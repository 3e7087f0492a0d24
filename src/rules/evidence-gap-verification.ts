/**
 * Admissions that a claim could not be checked: "could not be independently verified",
 * "unconfirmed", "has not been peer-reviewed". "Officials confirmed" is the reverse.
 */
import type { Rule } from '../engine/rule';

const CHECKED = '[verified|confirmed|corroborated|substantiated|authenticated|replicated|reproduced|validated]';
/** What a claim needs before it is a fact: "has not been established", "was never proven". */
const SHOWN = '[established|proven|proved|demonstrated|determined]';
const CHECK = '[verify|confirm|corroborate|substantiate|authenticate]';

export const evidenceGapVerification: readonly Rule[] = [
  {
    id: 'evidence-gap-could-not-be-verified',
    category: 'evidence-gap',
    name: 'Could not be verified',
    explanation:
      'The outlet says it could not check the claim. It may still be true, but for now it rests entirely on whoever made it.',
    check: 'phrase',
    patterns: [
      `[could not|cannot|can not|can’t|couldn’t|has not|have not|had not|hasn’t|haven’t|hadn’t|was not|were not|wasn’t|weren’t|is not|are not] [be|been|yet been|] [independently|immediately|yet|officially|fully|] ${CHECKED}`,
      `[has not|have not|had not|hasn’t|haven’t|hadn’t|has never|have never|had never] [yet|] been [independently|scientifically|conclusively|clearly|definitively|firmly|officially|yet|] ${SHOWN}`,
      `[could not|cannot|can not|can’t|couldn’t] [yet|] be [independently|scientifically|conclusively|clearly|definitively|firmly|immediately|yet|] ${SHOWN}`,
      // "Not shown to work": the claim's evidence has not been produced.
      '[has not|have not|had not|hasn’t|haven’t|hadn’t|has never|have never|was not|were not] [yet|] been [clearly|conclusively|convincingly|scientifically|] [shown|demonstrated|proven|proved|found] to',
      // "Checked" alone is too common ("the bags were not checked"): only with "independently".
      '[could not|cannot|can not|can’t|couldn’t|has not|have not|had not|was not|were not|is not|are not] [be|been|] independently [checked|assessed|tested|examined|audited|reviewed]',
      // The adverb after the verb: "the claims could not be checked independently".
      '[could not|cannot|can not|can’t|couldn’t|has not|have not|had not|was not|were not|is not|are not] [be|been|yet been|] [checked|verified|confirmed|corroborated|assessed] independently',
    ],
    examples: {
      match: [
        'The footage could not be independently verified.',
        'The death toll has not been confirmed by the health ministry.',
        'The findings have not been replicated.',
        'The authenticity of the letter has not been established.',
        'A link to the mine has never been proven.',
        'It could not be determined who fired first.',
        'The casualty figures cannot be independently checked.',
        'The device has not been shown to reduce crashes.',
        'The claims could not be checked independently.',
      ],
      noMatch: ['Officials confirmed the death toll on Tuesday.', 'The cause has been established by the coroner.', 'The figures were checked independently by auditors.'],
    },
  },
  {
    id: 'evidence-gap-origin-not-traced',
    category: 'evidence-gap',
    name: 'Its origin could not be traced',
    explanation:
      'Nobody could find where a claim, post or document came from. Without its origin the reader cannot weigh who stands behind it.',
    check: 'context',
    patterns: ['[could not|cannot|can not|can’t|couldn’t|has not|have not|had not|hasn’t|haven’t|was not|were not] [be|been|yet been|] [traced|tracked down|pinned down|attributed]'],
    window: 5,
    // Only where it came from: "the missing hiker could not be traced" is a search, not a source.
    requireBefore: ['[origin|origins|source|sources|author|authors|authorship|sender|senders|creator|creators|provenance|originator]'],
    examples: {
      match: ['Its origin could not be traced.', 'The source of the leaked memo has not been traced.'],
      noMatch: ['The missing hiker could not be traced.', 'The source of the river was traced in 1858.'],
    },
  },
  {
    id: 'evidence-gap-none-could-be-verified',
    category: 'evidence-gap',
    name: 'None could be verified',
    explanation:
      'The negation sits on the subject ("neither account", "none of the claims", "no casualty figures") but the meaning is the same: nothing here could be checked. Weigh every such claim as one side’s word.',
    check: 'context',
    patterns: [`[could|can|has|have|had|was|were|is|are] [be|been|yet been|] [independently|immediately|yet|officially|publicly|fully|yet publicly|] ${CHECKED}`],
    window: 4,
    requireBefore: ['[neither|none|nor|no]'],
    // "Verified as fit", "confirmed as captain": another sense.
    rejectAfter: ['as'],
    examples: {
      match: ['Neither account could be independently verified.', 'None of the claims could be verified by the BBC.', 'Neither side has publicly confirmed the terms.'],
      noMatch: ['Both accounts could be independently verified.', 'The toll was confirmed by the ministry.', 'No new coach has been confirmed as successor yet.'],
    },
  },
  {
    id: 'evidence-gap-unable-to-verify',
    category: 'evidence-gap',
    name: 'Unable to verify',
    explanation:
      'The writer tried to check the claim and failed. Weigh it as unconfirmed, and look for later reporting that settles it.',
    check: 'phrase',
    patterns: [
      '[unable|not able|no way|not been able|never been able|not yet been able] to [independently|immediately|] [verify|confirm|corroborate|substantiate|authenticate]',
      // Nobody could: "no one has been able to confirm the report".
      '[no one|nobody|none] [has|have|had|was|were] [yet|ever|] [been able|able] to [independently|] [verify|confirm|corroborate|substantiate|authenticate]',
      `[could not|couldn’t|cannot|can’t|did not|didn’t] [independently|immediately] ${CHECK}`,
      // What could not be checked, as a clause: "The Record could not verify that the nurse exists".
      `[could not|couldn’t] ${CHECK} [that|whether|if]`,
      // The adverb at the end: "The Circuit could not verify that account independently".
      `[could not|couldn’t|did not|didn’t] ${CHECK} [the|that|this|those|these|its|their|his|her] [<word>|] [<word>|] [<word>|] [<word>|] independently`,
      // The outlet in the first person, adverb or not: "We could not verify that.", "We cannot
      // verify the footage" (not the press office's "We cannot confirm the details of individual cases").
      `we [could not|couldn’t] [independently|immediately|] ${CHECK}`,
      'we [cannot|can’t|can not] [independently|] [verify|corroborate|substantiate|authenticate]',
    ],
    examples: {
      match: ['Reuters was unable to verify the account.', 'The BBC could not independently confirm the report.', 'The BBC has not been able to verify the video.', 'No one has been able to confirm the report.', 'He says he was paid in cash. We could not verify that.', 'We cannot verify the footage.', 'The Circuit could not verify that account independently.', 'Reuters could not verify the authenticity of the footage independently.', 'The Record could not verify that the nurse exists.'],
      noMatch: ['“We cannot confirm the details of individual cases,” a Home Office spokesman said.', 'Reuters was able to verify the account with two witnesses.', 'No one was able to attend the meeting.', 'The organizer, unable to check back with him, wrote his own title.'],
    },
  },
  {
    id: 'evidence-gap-unverified',
    category: 'evidence-gap',
    name: 'Unverified or unconfirmed',
    explanation:
      'Labels a claim as not checked or not proven. Ask what would confirm it and whether the article treats it with matching caution.',
    check: 'phrase',
    patterns: ['[unverified|unconfirmed|unsubstantiated|uncorroborated|unproven|unproved|unsourced|unattributed]'],
    examples: {
      match: ['Unconfirmed reports spoke of dozens of casualties.', 'Its promise of safety remains unproven.'],
      noMatch: ['Officials confirmed dozens of casualties.'],
    },
  },
  {
    id: 'evidence-gap-impossible-to-verify',
    category: 'evidence-gap',
    name: 'Impossible to verify',
    explanation:
      'Says the claim cannot be checked, often because access is restricted. Read it as one side’s account until someone independent can look.',
    check: 'phrase',
    patterns: ['[impossible|difficult|hard|not possible] to [independently|] [verify|confirm|corroborate|substantiate|authenticate|check|prove]'],
    examples: {
      match: ['Casualty figures are impossible to verify.', 'Such claims are hard to confirm from outside the country.'],
      noMatch: ['Casualty figures are easy to verify from hospital records.'],
    },
  },
  {
    id: 'evidence-gap-not-peer-reviewed',
    category: 'evidence-gap',
    name: 'Not peer-reviewed',
    explanation:
      'A study other scientists have not yet checked. Its findings may change; look for independent researchers’ comments on it.',
    check: 'phrase',
    patterns: [
      'not [yet|been|yet been|been yet|] peer-reviewed',
      '[yet to be|never] peer-reviewed',
      // "has not yet been published in a peer-reviewed journal": the same gap, spelled out.
      '[not|never|yet to be] [yet|] [been|] [published|appeared] in a peer-reviewed',
    ],
    examples: {
      match: ['The study has not been peer-reviewed.', 'The results have not yet been published in a peer-reviewed journal.'],
      noMatch: ['The study was published in a peer-reviewed journal.'],
    },
  },
  {
    id: 'evidence-gap-preprint',
    category: 'evidence-gap',
    name: 'Preprint',
    explanation:
      'A preprint is a study posted before other scientists have checked it. Its findings may change; look for whether the article says so, and for independent researchers’ comments.',
    check: 'context',
    patterns: ['[a|the] [new|recent|] preprint'],
    window: 2,
    // Where the study is the named source of a claim ("according to a preprint posted by
    // researchers at ..."), the attribution is the finding; and "the preprint server medRxiv"
    // names a website, not a study.
    rejectBefore: ['according to'],
    rejectAfter: ['[server|servers|site|sites|website|repository|repositories|archive|platform|platforms]'],
    examples: {
      match: ['The results were posted in a preprint last week.', 'The team described the variant in a new preprint.'],
      noMatch: [
        'A cheap drug may speed recovery, according to a preprint posted by researchers at the University of Bologna.',
        'The preprint server medRxiv says on every paper that it should not guide clinical practice.',
        'The study was published in a peer-reviewed journal.',
      ],
    },
  },
  {
    id: 'evidence-gap-yet-to-be-confirmed',
    category: 'evidence-gap',
    name: 'Yet to be confirmed',
    explanation:
      'Something is still awaiting confirmation. Treat it as provisional and look for the follow-up.',
    check: 'context',
    patterns: [
      'yet to be [confirmed|verified|proven|proved|established|determined|ascertained|explained|released|published|made public|disclosed|identified|substantiated|corroborated|tested|announced]',
      // The active form: "investigators have yet to establish a motive".
      '[has|have|had|are|is|was|were] yet to [confirm|verify|prove|establish|determine|explain|disclose|substantiate|corroborate|produce evidence|provide evidence|offer evidence|publish|release]',
    ],
    window: 1,
    // Untried, not unconfirmed: "the rocket has yet to prove itself in flight".
    rejectAfter: ['itself', 'himself', 'herself', 'themselves'],
    examples: {
      match: ['The cause of the fire has yet to be determined.', 'The identity of the victims is yet to be released.', 'Investigators have yet to establish a motive.'],
      noMatch: ['The cause of the fire was determined on Monday.', 'The rocket has yet to prove itself in flight.'],
    },
  },
];
