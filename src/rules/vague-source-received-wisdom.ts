/**
 * Received wisdom and unnamed camps: "conventional wisdom", "the story goes", "one theory
 * holds", "few would argue", "in diplomatic circles", "a claim echoed by officials".
 */
import type { Rule } from '../engine/rule';

export const vagueSourceReceivedWisdom: readonly Rule[] = [
  {
    id: 'vague-source-conventional-wisdom',
    category: 'vague-source',
    name: 'Conventional wisdom',
    explanation:
      'Treats a view as common property, so nobody has to stand behind it. Ask whose wisdom, and whether the evidence bears it out.',
    check: 'phrase',
    patterns: ['[conventional|popular|common|received|accepted|folk] wisdom [holds|says|suggests|is|was|dictates|tells us|]'],
    examples: {
      match: ['Conventional wisdom holds that rates will fall.', 'The received wisdom in Washington is that the deal is dead.'],
      noMatch: ['The minister’s wisdom on rates was questioned by the bank.'],
    },
  },
  {
    id: 'vague-source-popular-belief',
    category: 'vague-source',
    name: 'Popular belief',
    explanation:
      'Invokes what people in general believe, without asking them. Look for a poll or a named holder of the view.',
    check: 'phrase',
    patterns: ['[popular|common|general|widespread|prevailing] [belief|perception|assumption|impression]'],
    examples: {
      match: ['Contrary to popular belief, the wall is not visible from space.', 'The common perception is that crime is rising.'],
      noMatch: ['Her belief in the project never wavered.'],
    },
  },
  {
    id: 'vague-source-story-goes',
    category: 'vague-source',
    name: 'The story goes',
    explanation:
      'Retells an account without its teller. Ask where the story comes from and whether anyone has checked it.',
    check: 'phrase',
    patterns: ['[the|this|that|one|as the] [story|tale|legend|narrative|myth|thinking|argument|theory|logic|reasoning] goes', '[legend|folklore|tradition|common sense|popular wisdom|conventional wisdom|received wisdom|gossip|word] has it'],
    examples: {
      match: ['The story goes that he wrote it in one night.', 'Legend has it that the bridge was built by the devil.', 'Word has it the singer will quit.'],
      noMatch: ['The story ran on the front page in 1998.'],
    },
  },
  {
    id: 'vague-source-word-is',
    category: 'vague-source',
    name: 'Word is',
    explanation:
      'Passes on talk without a teller ("Word is the chairman wants a younger manager"). Ask who is saying it, and whether anyone will say it on the record.',
    check: 'context',
    patterns: ['word [is|was]', 'the word [is|was] that'],
    window: 1,
    // Only at the head of the sentence: "the last word is mine", "their word is law" and
    // "the Greek word is logos" are about a word.
    rejectBefore: ['<word>'],
    // A message delivered, not talk passed on: "Word was sent to the king", "word was received on Monday".
    rejectAfter: ['used', 'derived', 'spelled', 'spelt', 'pronounced', 'from', 'a', 'an', 'often', 'rarely', 'also', 'not', 'in', 'of', 'sent', 'received', 'given', 'passed', 'brought', 'delivered'],
    examples: {
      match: ['Word is the chairman wants a younger manager.', 'The word is that the band will reunite next year.'],
      noMatch: ['The last word is his.', 'Word is derived from the Old English “word”.', 'Word was sent to the king that the army had fled.', 'Word was received on Monday that the ship had sunk.'],
    },
  },
  {
    id: 'vague-source-usually-told',
    category: 'vague-source',
    name: 'The story is usually told',
    explanation:
      'Leans on how a story is commonly told, not on who told it first. Look for the original account, and for versions that differ.',
    check: 'context',
    patterns: [
      '[is|was|are|were|has been|have been] [usually|often|commonly|generally|typically|widely|frequently|sometimes|most often|traditionally] told',
    ],
    window: 4,
    requireBefore: ['[story|stories|tale|tales|narrative|history|version|account|legend|myth]'],
    examples: {
      match: ['The story of chaos is usually told like this.', 'The tale was often told by sailors.'],
      noMatch: ['He is often told he looks like his father.'],
    },
  },
  {
    id: 'vague-source-one-theory-holds',
    category: 'vague-source',
    name: 'One theory holds',
    explanation:
      'Introduces an idea with no one behind it. Whose theory is it, and how is it regarded by people who study the question?',
    check: 'phrase',
    patterns: [
      '[one|another|a popular|a common|a prevailing|the prevailing|the dominant|the conventional|a widespread|a widely held|the popular] [idea|theory|view|argument|explanation|hypothesis|school of thought|line of thinking|thinking|belief|assumption|narrative] [holds|suggests|says|is that|has it]',
    ],
    examples: {
      match: ['One idea holds that early computers were marketed to boys.', 'Another theory is that the ship hit a mine.'],
      noMatch: ['Her theory was published in Nature in 2019.'],
    },
  },
  {
    id: 'vague-source-few-would-argue',
    category: 'vague-source',
    name: 'Few would argue',
    explanation:
      'Claims near-universal agreement without asking anyone. Ask who would in fact argue, and whether their view is given.',
    check: 'phrase',
    patterns: [
      '[few|no one|nobody|not many|not everyone|hardly anyone] would [argue|dispute|deny|disagree|question|doubt|contest|object]',
    ],
    examples: {
      match: ['Few would argue against catching criminals.', 'No one would dispute that the roads need repair.'],
      noMatch: ['Few would attend the meeting in the end.'],
    },
  },
  {
    id: 'vague-source-accounts',
    category: 'vague-source',
    name: 'Many accounts',
    explanation:
      'Rests on accounts that are not identified. Which accounts, by whom? Several accounts can still come from one source.',
    check: 'context',
    patterns: ['[many|most|several|numerous|popular|contemporary|some|other] accounts', '[by|in] [all|many|some|most|several|numerous] accounts'],
    window: 1,
    rejectAfter: ['were', 'are', 'was', 'have', 'had', 'belonging', 'linked', 'held', 'opened', 'closed', 'hacked', 'suspended', 'payable', 'receivable'],
    // Accounts on social media, not tellings: "reposted by several accounts" ("by" before
    // "several accounts" leaves the match to "by several accounts", checked in turn).
    rejectBefore: ['reposted', 'shared', 'posted', 'retweeted', 'followed', 'liked', 'amplified', 'by'],
    examples: {
      match: ['Many accounts, including the one in Gleick’s book, date the discovery to 1961.', 'By all accounts, the meeting was tense.'],
      noMatch: ['Many accounts were suspended for spreading spam.', 'The clip was later reposted by several accounts with large followings.'],
    },
  },
  {
    id: 'vague-source-circles',
    category: 'vague-source',
    name: 'In certain circles',
    explanation:
      'Attributes a view to a milieu rather than to people in it. Ask who in those circles holds it.',
    check: 'phrase',
    patterns: [
      '[political|diplomatic|military|intelligence|international|government|governmental|official|western|media|security|policy|expert|industry|opposition|ruling|royal|palace|court|kremlin|washington|conservative|liberal|religious|activist|certain|some|informed|well-informed|party|establishment] circles',
    ],
    examples: {
      match: ['The monument has sparked debate within Russian and international circles.', 'The idea is popular in Kremlin circles.'],
      noMatch: ['The birds flew in circles above the lake.', 'Chaos theory started to catch on in scientific circles.'],
    },
  },
  {
    id: 'vague-source-echoed-by',
    category: 'vague-source',
    name: 'Echoed by officials',
    explanation:
      'Says a claim is shared by a group without naming any member. Repetition by unnamed people is not confirmation; look for who exactly echoed it.',
    check: 'context',
    patterns: ['[echoed|shared|repeated|voiced|endorsed|backed|amplified] by'],
    window: 4,
    requireAfter: [
      '[many|some|others|officials|experts|critics|analysts|observers|politicians|lawmakers|commentators|activists|supporters|opponents|scientists|economists|residents|figures|voices|circles|members|groups]',
    ],
    examples: {
      match: [
        'Lavrov highlighted the commitment, a claim that has been echoed by Russian defense officials.',
        'The view is shared by many in the party.',
      ],
      noMatch: ['The demand was echoed by Chancellor Olaf Scholz on Monday.'],
    },
  },
  {
    id: 'vague-source-unnamed-institution',
    category: 'vague-source',
    name: 'A leading university',
    explanation:
      'Borrows the prestige of an institution without naming it. Which university, which journal, which court and which case? Without the name the reader cannot look it up.',
    check: 'phrase',
    patterns: [
      '[a|one|another|several] [leading|major|prestigious|top|well-known|renowned|respected|prominent|reputable|top-tier|major international] [university|universities|institute|institutes|research institute|think tank|think tanks|laboratory|lab|medical journal|scientific journal|journal|hospital|research centre|research center]',
      // The law as settled by courts nobody names: "the courts have held that ...", no case cited.
      '[the|] courts [have|had] [long|consistently|repeatedly|generally|also|] [held|ruled|found|concluded|decided|recognised|recognized|established]',
    ],
    examples: {
      match: ['A recent study at a leading university found the opposite.', 'The paper was rejected by a prestigious journal.', 'The courts have held that the definition includes a change of business.'],
      noMatch: ['A study at the University of Tokyo found the opposite.', 'The court ruled on Tuesday that the ban was lawful.'],
    },
  },
  {
    id: 'vague-source-consensus',
    category: 'vague-source',
    name: 'There is a consensus',
    explanation:
      'Asserts agreement without saying among whom or how it was measured. Look for the body or survey that establishes it.',
    check: 'phrase',
    patterns: [
      '[there is|there’s|there was] [a|now a|] [broad|growing|general|wide|widespread|emerging|overwhelming|] consensus',
      '[the|a] [broad|growing|general|wide|widespread|emerging|overwhelming] consensus [is|that|among]',
      // Many voices, none named: "a growing chorus of economists".
      '[a|the] [growing|increasing|swelling|rising|loud|loudening|] chorus of [<word>|] [critics|experts|economists|voices|analysts|scientists|doctors|politicians|lawmakers|legislators|mps|campaigners|activists|investors|commentators|observers|opponents|supporters|residents|parents|leaders|officials|academics|researchers|executives|bosses]',
      // The mood of a place or a group, passed on as a claim: "the feeling among fans is that",
      // "the view in Westminster is that", "word in the dressing room is that".
      '[the|] [feeling|view|mood|sense|belief|consensus|expectation|assumption|thinking|word|talk|buzz|rumour|rumor|gossip] [among|in|within|inside|across|around|at|on] [the|] [<word>|<word> <word>] [is|was] that',
    ],
    examples: {
      match: ['There is a growing consensus that the policy failed.', 'The broad consensus among economists is that rates will rise.', 'A growing chorus of economists is calling for a cut.', 'The feeling among fans is that the manager must go.', 'Word in the dressing room is that the captain wants out.'],
      noMatch: ['The committee failed to reach consensus on Friday.', 'The choir sang a chorus of the anthem.', 'A chorus of boos greeted the referee.', 'The view from the summit is stunning.'],
    },
  },
];
