/**
 * "Sources say": unnamed informants, the most common anonymous attribution in news
 * ("sources close to", "according to a source", "our sources say").
 */
import type { Rule } from '../engine/rule';
import { INFORMANT, OFFICIAL_MODIFIER, optional } from './fragments';

/** What an informant already introduced goes on to do: "two of the people said". */
const BACK_SAID_PAST = 'said|told|added|noted|explained|warned|cautioned|insisted|claimed|described|stressed|acknowledged|wrote|spoke';
const BACK_SAID = `[say|says|tell|tells|${BACK_SAID_PAST}]`;

/** The verb of a clause an outlet "understands": an auxiliary or a reporting verb ("the minister has", "aides told"). */
const UNDERSTOOD_VERB =
  '[will|would|has|have|had|is|are|was|were|could|can|may|might|should|must|did|does|plans|plan|planned|intends|intended|wants|wanted|expects|expected|<report>]';

/** A state (or a state's, "Ukraine has said") speaking after "allies of": no informant. */
const ALLIED_STATES = '<place> [have|has|had|also|have also|] [say|says|said|tell|told|insist|insisted|claim|claimed|believe|believed|fear|feared|argue|argued|describe|describes|described]';

export const anonymousSourceSources: readonly Rule[] = [
  {
    id: 'anonymous-source-sources-say',
    category: 'anonymous-source',
    name: 'Sources say',
    explanation:
      'The claim comes from people the outlet will not name. That can be justified, but the reader must trust the outlet’s judgement: look for how many sources there are, how they would know, and whether anyone confirms it on the record.',
    check: 'context',
    // Placed by a city or country ("a diplomatic source in Cairo said"): the place is part of the
    // match, so that the words after it must report. Not "coffee from sources in Brazil".
    patterns: ['[source|sources]', '[source|sources] [in|from] <place>'],
    window: 2,
    requireAfter: [
      '[say|says|said|tell|tells|told|cited by|quoted by|close to|familiar|privy to|with knowledge|indicate|indicated|insist|insisted|claim|claimed|suggest|suggested|reveal|revealed|add|added|confirm|confirmed|explain|explained|describe|described|believe|believed|in the|at the|within|inside|briefed|knowledgeable|speaking|who spoke|who asked|who requested|who declined|who were|who was]',
    ],
    rejectBefore: ['energy', 'power', 'renewable', 'water', 'groundwater', 'drinking', 'freshwater', 'food', 'protein', 'income', 'revenue', 'funding', 'open', 'light', 'heat', 'data', 'primary', 'secondary'],
    // A source of something in a country: "the main source in Kenya’s diet".
    rejectAfter: ['[in|from] <possessive>'],
    examples: {
      match: ['The phone will launch in March, according to supply chain sources cited by the outlet.', 'Law enforcement sources tell TMZ the dress was taken from her room.', 'Our sources say she told police it went missing on Wednesday.', 'A diplomatic source in Cairo said the proposal had been revised.', 'Sources privy to the talks said a deal was close.', 'Sources in Kyiv told Reuters the talks had stalled.',],
      noMatch: ['The energy sources cited by the report include wind and solar.', 'Journalists must be able to protect the identity of their sources.', 'Renewable sources said to supply a third of the grid are growing.', 'The main source in Kenya’s diet is maize.', 'The company imports coffee from sources in Brazil.', 'Timber from illegal sources in Indonesia was seized.', 'The river has its sources in Switzerland.', 'The company, which supplies 1.4 million homes from reservoirs and groundwater sources, insisted the bonuses were fair.'],
    },
  },
  {
    id: 'anonymous-source-sources-put',
    category: 'anonymous-source',
    name: 'Sources put the figure at',
    explanation:
      'Unnamed people of a trade or an institution give the number ("market sources put the hull value at around $18m"). Figures from people who will not be named are hard to check: look for the basis of the estimate and whether anyone gives one on the record.',
    check: 'context',
    // Sources of a trade or an office, not of history or of pollution: "historical sources put the
    // date of the battle at 1066", "other sources put the figure at 10,000" (chroniclers),
    // "radiation sources put the workers at risk", "local sources put the river at risk".
    patterns: [
      '[market|industry|trade|club|government|diplomatic|security|police|opposition|party|intelligence|senior|informed|well-placed|banking|shipping|insurance|official|palace|team|union|company|family|political] sources put',
    ],
    window: 1,
    requireAfter: ['[the|its|their|his|her|total|losses|damage|damages]'],
    examples: {
      match: ['Market sources put the hull value at around $18m.', 'Industry sources put the current cost of production at over Rs. 1,000.'],
      noMatch: ['Historical sources put the date of the battle at 1066.', 'Radiation sources put the workers at risk.', 'Sources put the matter to the minister, who declined to comment.'],
    },
  },
  {
    id: 'anonymous-source-one-of-them',
    category: 'anonymous-source',
    name: 'One of the people said',
    explanation:
      'Points back to unnamed sources introduced earlier ("two of the people said", "the person said"). Each such sentence still rests on them; count how many separate sources the article really has, and whether anyone confirms on the record.',
    check: 'context',
    patterns: [
      `[one|two|three|four|five|several|both|some|all|another|neither|none|each|most] of [the|those|these] ${INFORMANT} ${BACK_SAID}`,
      `according to [one|two|three|four|several|both|another|each] of [the|those|these] ${INFORMANT}`,
      // The pronoun points back to unnamed people just introduced ("diplomats from two Baltic
      // states ... one of them said"): still no name on the quote.
      `[one|two|three|several|both|some|another|neither|none|each] of them ${BACK_SAID}`,
      'according to [one|two|several|both|another|each] of them',
      // The definite back-reference to a single informant, in the past of a report. Not "the
      // people said", which can be a country's voters; not "the official said", which often
      // points back to a named one.
      `the [person|source|sources|insider|insiders] [${BACK_SAID_PAST}]`,
    ],
    window: 1,
    // A rule or a case, not a report: "if the person says no, stop".
    rejectBefore: ['if', 'when', 'whenever', 'unless', 'until', 'once'],
    // A passive participle: "the person said to be behind the attack", "two of the people told to
    // leave"; and a statement to the authorities, not to the reporter: "the person told police".
    // Nor another sense of "said": "one of them said goodbye", "said nothing"; nor an anecdote
    // inside someone's quote: "“One of them told me I’d never manage the hill.”"
    rejectAfter: ['to', 'police', 'officers', 'detectives', 'investigators', 'paramedics', 'the court', 'the jury', 'magistrates', 'goodbye', 'farewell', 'nothing', 'little', 'prayers', 'grace', 'me', 'us'],
    examples: {
      match: ['The deal was agreed on Friday, two of the people said.', 'One of the sources told the paper the price had been cut.', 'The talks could resume next week, the person said.', 'According to one of the officials, the plan was shelved.', 'Two diplomats were exasperated. “It is the same story every time,” one of them said.', 'The exemption was dropped, according to one of them.'],
      noMatch: [
        'One of them was taken to hospital.',
        'One of them said goodbye at the gate.',
        '“One of them told me I would never manage the hill,” she said.',
        'Two of the people were taken to hospital.',
        'One of the officials, Maria Lopez, resigned.',
        'The source of the leak is still unknown.',
        'The person said to be behind the attack was arrested on Monday.',
        'If the person says they feel dizzy, call an ambulance.',
        'The person told police he had been attacked.',
      ],
    },
  },
  {
    id: 'anonymous-source-according-to-source',
    category: 'anonymous-source',
    name: 'According to a source',
    explanation:
      'An "according to" that names nobody. Ask why the source is unnamed and how they could know; a named source can be checked, an unnamed one only trusted.',
    check: 'context',
    patterns: [
      // Any number of them, past and present: "according to eleven current and former employees".
      `according to [a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|multiple|unnamed|anonymous|informed|our|other|] [current and former|former and current|] ${optional(OFFICIAL_MODIFIER)} ${optional(OFFICIAL_MODIFIER)} ${INFORMANT}`,
      // The same in a report about a report: "The Post, citing three officials, reported".
      `[citing|cited|quoting|quoted] [a|an|one|two|three|four|several|multiple|unnamed|anonymous|] ${optional(OFFICIAL_MODIFIER)} ${optional(OFFICIAL_MODIFIER)} ${INFORMANT}`,
    ],
    window: 1,
    // "according to official data": a document, not a person.
    rejectAfter: ['data', 'figures', 'statistics', 'records', 'documents', 'estimates', 'results', 'numbers', 'report', 'reports', 'statement', 'statements', 'website', 'tallies', 'count', 'counts', 'sources'],
    examples: {
      match: [
        'According to a source, the deal is off.',
        'The strike was ordered in May, according to two senior officials.',
        'Staff worked 80-hour weeks, according to eleven current and former employees.',
        'The Washington Post, citing three officials, reported that the plan had been shelved.',
      ],
      noMatch: ['According to the Interior Ministry, the deal is off.', 'The economy grew by 3.6 percent, according to official data.', 'The paper, citing official figures, said the economy grew.'],
    },
  },
  {
    id: 'anonymous-source-close-to',
    category: 'anonymous-source',
    name: 'People close to',
    explanation:
      'Someone near the subject speaks without a name. Closeness suggests access, but also an interest: ask whose side the source is on.',
    check: 'context',
    patterns: ['close to'],
    window: 3,
    requireBefore: ['[person|people|those|someone|insider|insiders|friend|friends|associate|associates|aide|aides|figure|figures|individual|individuals|official|officials]'],
    requireAfter: [
      '[him|her|them|family|talks|negotiations|investigation|inquiry|matter|administration|president|campaign|company|government|leadership|decision|situation|thinking|king|queen|palace|kremlin|minister|star|singer|actor|actress|couple|case|team|club|player|board|prince|princess|chancellor|premier|' +
        'deal|bid|takeover|merger|transaction|sale|acquisition|owner|owners|firm|bank|ministry|coalition|federation|leader|candidate|prosecution|defence|defense|probe|process|discussions|regime|royals|manager|coach|chairman]',
      // A named person or body: "people close to Lavrov", "a source close to Downing Street".
      '<name>',
    ],
    // Near a place, not a person: "people close to Kyiv fled".
    rejectAfter: ['<place> [fled|were|are|was|is|had|have|has|live|lived|living|and|or]'],
    examples: {
      match: ['People close to the family said she had been unwell.', 'A person close to him said the talks had stalled.', 'Those close to the president say he is ready to quit.', 'People close to Lavrov say he is tired of the job.', 'Shares rose after people close to the deal said a bid was imminent.'],
      noMatch: ['Many people close to the border fled on foot.', 'Many people close to Kyiv fled on foot.'],
    },
  },
  {
    id: 'anonymous-source-allies-of',
    category: 'anonymous-source',
    name: 'Allies of the minister say',
    explanation:
      'The unnamed circle of a named person speaks for them ("allies of the former president", "associates of the chief executive"). They may know the person well, but also want to help them; ask who they are and why they will not be named.',
    check: 'context',
    patterns: [
      '[allies|associates|confidants|confidantes|loyalists|lieutenants|backers] of',
      // The circle named by its job: "aides to the president said".
      '[aides|advisers|advisors] to',
      // Known by knowing the subject: "people who know him say".
      '[people|those|friends|colleagues|someone|a person|one person] [who know|who knows|who knew|who have known|who has known|who had known|who work with|who worked with|who have worked with|who has worked with]',
    ],
    window: 6,
    requireAfter: ['[say|says|said|tell|told|insist|insisted|claim|claimed|believe|believed|fear|feared|argue|argued|describe|describes|described|privately|are said to|were said to]'],
    markThroughRequired: true,
    // "The allies of the king said ...": people already named; allied countries at a summit are not informants.
    rejectBefore: ['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'nato', 'western', 'european', 'regional'],
    // "Allies of Ukraine said ...": states speak in their own name; "allies of Ukraine's
    // president" are people again.
    rejectAfter: [ALLIED_STATES, '<place> and [the|] <place>'],
    examples: {
      match: ['Aides to the president said the trip was off.', 'Allies of the former president say he has no plans to step aside.', 'Associates of the chief executive said he was blindsided by the vote.', 'People who know him say he is a reluctant leader.', 'Allies of the prime minister said Britain would not back down.', 'Allies of Ukraine’s president say he will not resign.'],
      noMatch: ['Aides to the president were dismissed on Monday.', 'Allies of the former president gathered at his estate on Sunday.', 'The allies of the king said nothing more.', 'People who knew him gathered for the funeral.', 'Allies of Ukraine said they would send more weapons.', 'Allies of the United States have said they will join the talks.', 'Allies of Israel and the United States fear a wider war.'],
    },
  },
  {
    id: 'anonymous-source-ally-of',
    category: 'anonymous-source',
    name: 'An ally of the minister said',
    explanation:
      'One unnamed member of a named person’s circle speaks ("a close ally of the chancellor", "an aide to the president"). They may know the person well, but also want to help them; ask who it is and why they will not be named.',
    check: 'context',
    patterns: [
      '[a|an|one|another] [close|senior|longtime|long-time|former|] [ally|associate|confidant|confidante|loyalist|backer] of',
      '[a|an|one|another] [close|senior|longtime|long-time|former|] [aide|adviser|advisor] to',
    ],
    window: 6,
    requireAfter: ['[say|says|said|tell|told|insist|insisted|claim|claimed|believe|believed|fear|feared|argue|argued|describe|describes|described|privately]'],
    markThroughRequired: true,
    // A state speaks in its own name ("an ally of Britain said"). And a name in apposition may be
    // the ally's ("an aide to the minister, James Cleverly, said", "a close ally of Boris
    // Johnson, Nadine Dorries, said"): the named source is marked, not an unnamed one.
    // Nor is an aide who "was told to leave", "told to resign" or "said to be close to" anyone
    // telling anything; nor one "who told police" (the aide is the news).
    rejectAfter: [
      ALLIED_STATES,
      '[<name>|the <word>|the <word> <word>|his <word>|her <word>|their <word>], <name>,',
      '[was|is|has been|had been] [also|not|reportedly|allegedly|later|] told',
      '[told|said] to',
      'who [told|said]',
    ],
    examples: {
      match: ['An aide to the minister said the plan was dead.', 'A close ally of the chancellor told the paper she would stay.', 'A senior aide to the president told reporters the trip was off.'],
      noMatch: ['An aide to the minister was sacked on Monday.', 'An ally of Britain said it would send ships.', 'A close ally of Boris Johnson, Nadine Dorries, said he would return.', 'An aide to the minister, James Cleverly, said the plan was dead.'],
    },
  },
  {
    id: 'anonymous-source-familiar-with',
    category: 'anonymous-source',
    name: 'Familiar with the matter',
    explanation:
      'An unnamed person said to know the details. Ask how they know, why they will not be named, and whether the outlet found anyone to confirm it.',
    check: 'context',
    patterns: [
      '[familiar with|briefed on|with knowledge of|with direct knowledge of|with firsthand knowledge of|with first-hand knowledge of|with inside knowledge of|with detailed knowledge of|knowledgeable about]',
      // "People who have seen the report": access to a document, no name.
      '[who have seen|who has seen|who had seen|who saw|who have read|who has read|who had read|who have reviewed|who reviewed]',
      // The colloquial form: "people in the know say".
      'in the know',
    ],
    window: 3,
    requireBefore: [
      '[person|people|source|sources|someone|official|officials|individual|individuals|aide|aides|executive|executives|diplomat|diplomats|insider|insiders|those|others|one|two|three|several]',
    ],
    examples: {
      match: ['The bank plans to cut 500 jobs, people familiar with the matter said.', 'An official briefed on the talks said no deal was close.', 'Those familiar with the deal say it is dead.', 'Two people who have seen the draft said it runs to 90 pages.', 'People in the know say the show will not return.'],
      noMatch: ['She is familiar with the city’s history.', 'Few people were privy to the plan.', 'Those who want to be in the know should subscribe.'],
    },
  },
  {
    id: 'anonymous-source-has-learned',
    category: 'anonymous-source',
    name: 'Has learned',
    explanation:
      'The outlet presents information as its own discovery, usually from sources it does not name. Ask where it came from and whether others have confirmed it.',
    check: 'context',
    // An outlet is one: "TMZ has learned", "we have learned". Plural subjects are people
    // finding things out ("investigators have learned that the fire began in the kitchen").
    // "We can reveal": the same scoop formula, with the outlet as "we" ("tests can reveal" is no scoop).
    patterns: ['[has|we have|we’ve] [learned|learnt]', 'we can [now|today|exclusively|] reveal', 'can exclusively reveal'],
    window: 1,
    rejectBefore: ['i', 'he', 'she', 'they', 'you', 'who', 'people', 'children', 'students', 'everyone', 'one'],
    rejectAfter: ['to', 'how', 'from', 'about', 'lesson', 'lessons', 'a', 'the', 'his', 'her', 'their', 'its', 'of', 'what', 'why', 'when', 'much', 'more', 'nothing', 'something', 'little', 'english', 'new'],
    examples: {
      match: ['The gown was stolen from her hotel room, TMZ has learned.', 'The Post has learned that the deal collapsed on Friday.', 'The couple have split after six years of marriage, we can reveal.', 'The Sun can exclusively reveal that the star has quit.'],
      noMatch: ['A blood test can reveal the infection within hours.', 'She has learned to live with the pain.', 'The team has learned a lot since last season.', 'Investigators have learned that the fire began in the kitchen.'],
    },
  },
  {
    id: 'anonymous-source-outlet-understands',
    category: 'anonymous-source',
    name: 'The Times understands',
    explanation:
      'An outlet states what it "understands", the newsroom formula for information from sources it will not name. Ask who told it, and whether anyone has confirmed it on the record.',
    check: 'context',
    // Outlets only: generic nouns ("the paper understands that readers want...") are
    // as often the paper's own view as its sources'.
    patterns: ['[times|bbc|guardian|telegraph|post|journal|news|reuters|bloomberg|sky|itv|cnn|politico|axios|independent|mirror|sun|mail|express|ft|observer|standard|herald|sport|sports|athletic|espn|tmz|sunsport|talksport|mailonline|echo|gazette|chronicle|argus|inquirer|tribune] understands'],
    window: 4,
    // What it understands is a reported clause ("understands that ...", "understands the
    // minister will resign"), not an object: "the Mail understands her position".
    requireAfter: [
      'that',
      `[the|a|an|his|her|their|its|this|these|those|two|three|four|several|some|many|both] [<word>|<word> <word>] ${UNDERSTOOD_VERB}`,
      `[he|she|they|it|we] ${UNDERSTOOD_VERB}`,
      `<name> ${UNDERSTOOD_VERB}`,
    ],
    rejectAfter: ['why', 'how', 'what', 'the need', 'the importance', 'the risks', 'the pressure'],
    examples: {
      match: ['Sky Sports understands the bid was rejected.', 'SunSport understands the Blues have already agreed personal terms.', 'The Times understands that the deal is done.', 'The BBC understands the minister will resign on Monday.', 'BBC News understands Boris Johnson has written to the Speaker.', 'The Guardian understands two senior ministers told him to go.', 'The Gazette understands the club has agreed terms with the striker.',],
      noMatch: [
        'She understands that the deal is done.',
        'The paper understands why readers are angry.',
        'The Mail understands her position.',
        'Sky understands football better than anyone.',
        'The Post understands his frustration, wrote the editor.',
        'The News understands the concerns of readers.',
        'The paper understands that readers want shorter articles.',
        'The Guardian understands the frustration some readers have felt.',
      ],
    },
  },
  {
    id: 'anonymous-source-we-are-told',
    category: 'anonymous-source',
    name: 'We’re told',
    explanation:
      'Someone told the writer, but who? The passive hides the informant. Ask who told them and how that person would know.',
    check: 'context',
    patterns: ['[we’re|we are|i’m|i am|we’ve been|we have been|i’ve been|i have been] told'],
    window: 1,
    rejectAfter: ['to', 'by', 'off'],
    examples: {
      match: ['We’re told there is security footage cops are looking at.', 'I’m told the minister will resign on Monday.'],
      noMatch: ['We were told to leave the building by the police.', 'I have been told to stay at home.'],
    },
  },
];
