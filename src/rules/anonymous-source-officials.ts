/**
 * Unnamed officials and the formulas that grant anonymity: "a senior official said",
 * "officials said", "spoke on condition of anonymity", "not authorized to speak publicly".
 */
import type { Rule } from '../engine/rule';
import { alts, INFORMANT, OFFICIAL_MODIFIER, optional } from './fragments';

/** Politicians who speak without a name: "one cabinet minister told the BBC", "a senior Tory MP said". */
const POLITICIAN = 'minister|ministers|mp|mps|mep|meps|msp|msps|mla|mlas|td|tds|backbencher|backbenchers|lawmaker|lawmakers|legislator|legislators|senator|senators|congressman|congresswoman|peer|peers|councillor|councillors|whip|whips';

/** A party's member, described by up to two words: "one senior Tory", "a House Republican", "a lifelong Democrat". */
const PARTY_MEMBER = '[a|an|one|another] [<word>|<word> <word>|] [tory|democrat|republican|conservative]';

/** What an unnamed official does in the sentence. "Confirmed" is left out on purpose: see SPEC. */
const SAID =
  // The perfect only of plain reporting verbs: "officials have long warned" ("have claimed" may be
  // money, "have conceded" defeat, "have insisted" on an audit).
  '[said|say|says|told|tell|tells|[have|has|had] [long|repeatedly|also|since|previously|already|privately|] [said|warned|stressed|suggested|indicated]|[wrote|writes] [that|in]|added|noted|put it|explained|warned|insisted|claimed|believe|believed|suggested|indicated|acknowledged|conceded|stressed|described|speaking|who spoke|who asked|who requested|who declined|' +
  // A hope voiced, not a plan: "officials hope the visit will help", not "officers hope to trace the car".
  '[hope|hoped|hopes] [that|the|it|this|he|she|they|we|there|its|their]|' +
  'fear|feared|fears|expect|expected|admit|admitted|privately|reportedly|are said to|were said to|are understood to|were understood to|[point|points|pointed] out that|' +
  // The present of a stance held on the record's behalf: "officials insist the city has enough grain".
  // Not "officials insist on passports", a demand.
  '[insist|insists] [that|the|there|it|he|she|they|we|this|its|their|his|her|no|nothing|all|every]|[maintain|maintains|maintained] that|claim|claims|warn|warns|stress|stresses|acknowledge|acknowledges|concede|concedes]';

/** After the comma of an appositive that explains the anonymity: "a senior official, speaking on condition of anonymity". */
const WHO_UNNAMED =
  '[speaking|who spoke|who asked|who requested|who declined|who insisted|who demanded|who was not|who is not|who were not|who are not|who did not|who would not]';

/**
 * An unnamed person, then the aside that withholds the name: "Two former members of the
 * women’s team, who asked not to be identified", "said one Western diplomat in the Gulf, who was
 * not authorised to speak publicly". The mark takes in the person, from the article on.
 */
const UNNAMED_BEFORE_ASIDE =
  '[a|an|one|another|two|three|four|five|several] [<word>|<word> <word>|<word> <word> <word>] ' +
  // What places them, short: "of the women’s team", "in the Gulf", "familiar with the program"
  // (not "a hearing on Tuesday the victim, who ...": no article after "a" runs on to the person).
  '[[of|in|at|from|on|with|for|close to|familiar with|involved in] [[the|a|an|his|her|their|its] [<word>|<word> <word>|<word> <word> <word>]|<word>|<word> <word>]|], who';

const OFFICIAL_NOUN = `[official|officials|diplomat|diplomats|aide|aides|staffer|staffers|adviser|advisers|advisor|advisors|negotiator|negotiators|officer|officers|${POLITICIAN}]`;

/**
 * Up to three modifiers, "a senior U.S. defense official"; or a camp or a unit no list foresees,
 * as any word, before an official or an aide ("a senior Kessler aide", "one county emergency
 * official") or before a listed modifier ("a brigade staff officer"). Not any word right before
 * "adviser" or "officer": "a financial adviser", "a loan officer" hold no office. Three forms,
 * each a pattern of its own, so that each is found from its noun (as one alternation its
 * first word, "a", was the rarest word left to find it by).
 */
const UNNAMED_OFFICIALS = [
  `${optional(OFFICIAL_MODIFIER)} ${optional(OFFICIAL_MODIFIER)} ${optional(OFFICIAL_MODIFIER)} ${OFFICIAL_NOUN}`,
  `${optional(OFFICIAL_MODIFIER)} <word> [official|officials|diplomat|diplomats|aide|aides|staffer|staffers]`,
  `${optional(OFFICIAL_MODIFIER)} <word> ${OFFICIAL_MODIFIER} ${OFFICIAL_NOUN}`,
];

export const anonymousSourceOfficials: readonly Rule[] = [
  {
    id: 'anonymous-source-official-said',
    category: 'anonymous-source',
    name: 'An official said',
    explanation:
      'A statement from an official who is not named. Officials speak for institutions that can be asked on the record; look for why this one is anonymous and whether the institution confirms.',
    check: 'phrase',
    patterns: [
      // A contrast set off by commas does not part them: "A European official, however, said".
      ...UNNAMED_OFFICIALS.flatMap((official) => [
        `[a|an|one|another|two|three|four|several|some] ${official}[, however,|, though,|, meanwhile,|, in turn,|] ${SAID}`,
        `[a|an|one|another|two|three|four|several|some] ${official}, ${WHO_UNNAMED}`,
      ]),
      `[officials|diplomats|aides|staffers|officers|ministers|deputies|troopers] ${SAID}`,
      // Also "investigators said" (not "police said" or "prosecutors said", which in news copy
      // stand for a body the story has named; nor "authorities said", often a named body's kind,
      // "tax authorities"; what investigators believe is vague-source-investigators-believe's).
      'investigators [said|say|says]',
      // Unnamed "figures", people by rank or camp ("senior figures say", "party figures fear");
      // not "industry" or "official figures", which are statistics.
      '[senior|leading|prominent|key|party|club|tory|labour|conservative|democratic|republican|opposition|establishment|backbench|westminster|whitehall|hollywood|football] figures [say|said|says|told|tell|insist|insisted|fear|feared|believe|believed|claim|claimed|privately|are said to|were said to]',
      // One unnamed figure of rank, the British formula: "a senior Labour figure said", "a senior
      // figure in the party told the BBC". A name in apposition breaks it ("..., John Smith, said").
      `[a|an|one|another] [senior|leading|prominent|key|well-placed|high-ranking|influential|veteran] [<word>|] figure [${alts(SAID)}|[in|at|within|inside|close to|on] [the|his|her|their|its] [<word>|<word> <word>] ${SAID}]`,
      // An organisation's official, unnamed: "a Hamas official told AFP", "an Apple executive said".
      `[a|an|one|another|two|three|four|several|some] <name> ${optional(OFFICIAL_MODIFIER)} [official|officials|diplomat|diplomats|aide|aides|staffer|staffers|adviser|advisers|negotiator|negotiators|executive|executives|commander|commanders] ${SAID}`,
      // A body named by a name and a word: "one Pacific island negotiator said", "a Downing Street aide said".
      `[a|an|one|another] <name> <word> [official|diplomat|aide|negotiator] ${SAID}`,
    ],
    examples: {
      match: [
        'A senior official said the strike had been approved in May.',
        'One government whip said the size of the rebellion was survivable.',
        'A European official, however, said the junta had been largely absent.',
        'Officials said the road would reopen on Friday.',
        'Industry officials have warned that stricter limits would worsen a pilot shortage.',
        'The outbreak may have begun in the intensive care unit, investigators said.',
        'A senior police officer said the man was armed.',
        'A US official said the talks would resume.',
        'Two U.K. diplomats told the paper the envoy had been recalled.',
        'One senior Russian military official told the agency the drills would continue.',
        'An intelligence officer, who was not authorised to brief the press, described the raid.',
        'Royal aides are said to be alarmed by the interview.',
        'A Hamas official told AFP that the group had accepted the proposal.',
        'One cabinet minister told the BBC the leader was finished.',
        'Senior figures say the leader has lost the room.',
        'An Apple executive said the phone would ship in March.',
        '“We came here to close the gap,” one Pacific island negotiator said.',
        'A senior Labour figure said the leader had lost the room.',
        'A senior figure in the party told the BBC the leader had a month.',
        'Officials insist the reservoirs are full.',
        'Officials maintain that the dam is safe.',
        'One aide put it bluntly: the campaign is out of money.',
        'A senior Kessler aide said the internal numbers were steadier.',
        'One county emergency official said rescue crews could not reach the island.',
        'A brigade staff officer said the battalion was at 60 per cent of its strength.',
        'One SNP MSP said the budget would not pass.',
        'A Tory MP wrote in the Telegraph that the leader had a month.',
        'A DUP MLA said the protocol had to go.',
        'A Green councillor said the scheme had been rushed.',
      ],
      noMatch: ['A financial adviser says savers should not panic.', 'A loan officer said the bank had tightened its rules.', 'Officers hope to speak to anyone who was in the area.', 'Officials insist on seeing passports at the border.', 'Officials maintain the roads in winter.', 'Official figures say unemployment fell in May.', 'Officials confirmed the road would reopen on Friday.', 'Foreign Minister Sergey Lavrov said the road would reopen.', 'A senior official, Ahmed Khan, said the vote had been rigged.', 'A Hamas official was killed in the strike.', 'A leading figure in the movement, Anna Berg, said the march would go ahead.', 'A senior figure in the party was sacked on Monday.'],
    },
  },
  {
    id: 'anonymous-source-party-member',
    category: 'anonymous-source',
    name: 'A senior Tory said',
    explanation:
      'A member of a party speaks without a name. Party members speak for a faction with an interest in the story; ask which faction, and whether anyone says it on the record.',
    check: 'context',
    // A capitalised party word after an article is no name ("a senior Tory said" is not a
    // person called Tory); only with a verb of saying ("a Tory claim that", "a Republican
    // expected to back him", "a Democrat conceded the race" are no sources).
    patterns: [`${PARTY_MEMBER} [said|says|added|wrote|writes|put it]`],
    window: 1,
    // A hedge, not a speaker: "a Republican said to be close to Trump", "said to harbour
    // ambitions" ("said to reporters", "put it to me" are speech). Not adding to something or
    // writing a text: "added to the pressure", "added his voice", "wrote a bill". Nor words said,
    // not reported: "said a prayer", "said a few words".
    rejectNext: [
      'to [be|have|harbour|harbor|favour|favor|oppose|back|want|support|hold|own|lead|run]',
      'to [the|his|her|their] [pressure|chorus|criticism|calls|list|number|doubts|row|voices]',
      'by',
      '[his|her|their] [voice|voices|name|names|weight|support]',
      '[a|an] [<word>|] [bill|law|amendment|provision|clause|book|column|prayer]',
      'the foreword',
      '[a|an] few words',
    ],
    examples: {
      match: ['One senior Tory said the leader was toast.', 'A Tory said a deal was close.', 'A House Republican said the vote would be close.', 'A Tory wrote in the Telegraph that the leader had a month to save his job.', '“It is over,” one Tory added.', 'As one Tory put it to me, the party is in a hole.'],
      noMatch: ['Republican Senator Mitt Romney said the bill was dead.', 'Labour dismissed a Tory claim that it would raise taxes.', 'Voters elected a Republican expected to back the president.', 'In Ohio, a Democrat conceded the race.', 'The seat went to a Republican said to be close to the president.', 'A senior Tory added to the pressure on the prime minister.', 'A Republican wrote a bill to ban the app.', 'A Republican said a few words at the funeral.', 'A Democrat added her voice to calls for an inquiry.'],
    },
  },
  {
    id: 'anonymous-source-party-member-told',
    category: 'anonymous-source',
    name: 'A senior Tory told the paper',
    explanation:
      'A member of a party tells a reporter something without being named. Party members speak for a faction with an interest in the story; ask which faction, and whether anyone says it on the record.',
    check: 'context',
    patterns: [`${PARTY_MEMBER} [told|tells]`],
    window: 1,
    // Told what to do, not telling: "a Tory told to apologise", "a Republican told by the whips";
    // nor a tale told: "a Republican told a lie about the election".
    rejectNext: ['to', 'by', '[a|another] [<word>|] [lie|joke|story|tale]', '[lies|jokes|stories|tales]'],
    examples: {
      match: ['A veteran Democrat told the paper the bill was dead.', 'A senior Tory told a newspaper the leader had a month.'],
      noMatch: ['A Tory told to apologise for his remarks has refused.', 'A Republican told by the whips to vote no has refused.', 'A Republican told a lie about the election, the lawsuit says.', 'A Tory tells a different story.'],
    },
  },
  {
    id: 'anonymous-source-said-official',
    category: 'anonymous-source',
    name: 'Said one official',
    explanation:
      'The wire’s inverted attribution, with no name at the end of it: "the deal is off, said one official". Ask why the official is unnamed and whether the institution says the same on the record.',
    check: 'context',
    // The day may close the sentence: "..., said a senior official on Tuesday."
    patterns: [
      ...UNNAMED_OFFICIALS.map((official) => `[said|says|added] [a|an|one|another|two|three|several] ${official} [on [monday|tuesday|wednesday|thursday|friday|saturday|sunday]|]`),
      // The same pointing back to informants already introduced: "..., said one of the people."
      `[said|says|added] [[one|two|three|both|another] of [the|those] ${INFORMANT}|the [person|source|sources]]`,
      // Anyone known by a former post, which makes the open role a person's: "..., said a former ZipKid engineer."
      // Also placed by where they worked: "..., said a former colleague at the institute."
      `[said|says|added] [a|an|one|another|two|three|several] former [<word> at [the|a|an|his|her|their|its] [<word> <word>|<word>]|<word> <word> <word>|<word> <word>|<word>|<word> of <word>]`,
    ],
    window: 1,
    // Only the inverted order, where the quote or clause comes first: "..., said one official"
    // and "“...,” said a senior official" (the comma sits before a closing quote). Without it
    // "he said three officials resigned" tells what was said about them.
    requireBefore: ['<word>,'],
    // And nothing of the official's own after the noun: the sentence ends, or an aside on the
    // anonymity follows. "Said two officials, John Doe and Mary Roe, were" names them.
    requireAfter: ['[.]', '[,] [who|speaking|asking|adding|requesting|declining]'],
    examples: {
      match: [
        'The deal is off, said one senior official.',
        'The talks collapsed, said a Western diplomat, who asked not to be named.',
        '“It is over,” said a senior official.',
        '“She was in the lab every day,” said a former colleague at the institute.',
        'The army has pulled back, said one Western diplomat, speaking on condition of anonymity.',
        'The talks will resume, said a senior official on Tuesday.',
        'The deal is close, said one of the people.',
        'The talks have stalled, said the person, who asked not to be identified.',
        'The plant was never safe, said a former ZipKid engineer.',
      ],
      noMatch: [
        'Police said one official had been arrested.',
        'The deal is off, said Nadia Calviño, the economy minister.',
        'He said three officials resigned last week.',
        'The mayor said several officials attended the ceremony.',
        'She said an official from the embassy visited.',
        'Police said one officer who was injured is in hospital.',
        'The minister said two officials, John Doe and Mary Roe, were suspended.',
        'He said the person had been arrested on Monday.',
        'The plant was never safe, said a former engineer, John Doe.',
      ],
    },
  },
  {
    id: 'anonymous-source-officials-in',
    category: 'anonymous-source',
    name: 'Officials in the capital said',
    explanation:
      'Unnamed officials placed by where they work ("officials in Kyiv", "diplomats at the UN"). The place lends weight but not a name; ask who exactly, and whether their institution says the same on the record.',
    check: 'context',
    patterns: [
      '[officials|diplomats|aides|staffers|officers|negotiators|executives|bankers|insiders|figures|voices] [in|at|from|within|inside|with|involved in|working on|working for|who have seen|who saw|who attended|who were briefed]',
    ],
    window: 6,
    // Every tense: wire copy says "officials in Kyiv said", analysis "voices in the industry warn".
    requireAfter: ['[said|say|says|told|tell|tells|added|adds|warn|warns|warned|believe|believes|believed|fear|fears|feared|describe|describes|described|claim|claims|claimed|insist|insists|insisted|confirmed|acknowledged|acknowledge|acknowledges|caution|cautions|cautioned|questioned|question|questions|urged|urge|urges|[call|calls|called|calling] for]'],
    markThroughRequired: true,
    // "Said prayers", "said goodbye": not a statement.
    // Nor what was done to them: "officials at the bank were questioned by police".
    rejectAfter: ['prayers', 'goodbye', 'farewell', 'grace', 'mass', '[were|was|been|being|are|is] questioned'],
    // Prosecutors, investigators and lawyers speak for a named institution ("prosecutors in San Francisco say"): left out.
    // Determiners point back to people already named; quantifiers make a vague group.
    // Also those a state sends home: "Iran is likely to respond by expelling Danish diplomats from Tehran".
    rejectBefore: ['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'many', 'most', 'some', 'few', 'several', 'expel', 'expels', 'expelled', 'expelling', 'summoned'],
    examples: {
      match: [
        'Officials in Moscow said the drone had been shot down.',
        'Diplomats at the United Nations said a vote was unlikely this week.',
        'Bankers involved in the sale told the paper the price had been agreed.',
        'Senior figures in the union are said to be furious.',
        'Voices within the party have called for a change of leader.',
        'Voices in the industry warn of job losses.',
      ],
      noMatch: ['Officials from both countries will meet in Geneva next week.', 'The officials in Moscow said nothing more.', 'Officials in the town said prayers for the victims.', 'Executives at the bank were questioned by police on Monday.', 'Iran is likely to respond by expelling Danish diplomats from Tehran, Western diplomats say.'],
    },
  },
  {
    id: 'anonymous-source-official-at',
    category: 'anonymous-source',
    name: 'An officer at the scene said',
    explanation:
      'One unnamed official placed only by where they were ("a coastguard officer at the scene", "an official at the embassy"). Being there gives access, but the reader cannot tell who it was or check the account; look for the service’s on-the-record statement.',
    check: 'context',
    patterns: [
      ...UNNAMED_OFFICIALS.map((official) => `[a|an|one|another] ${official} [at|in|on|inside|outside|near|from|with|within]`),
    ],
    window: 6,
    requireAfter: ['[said|says|told|tells|added|described|recalled|warned|insisted|claimed|estimated]'],
    markThroughRequired: true,
    // What happened to the official, told by another ("an officer at the scene was injured,
    // police said"), a name in apposition ("an officer at the scene, Sgt Ann Lee, said"), or
    // the official as someone spoken to ("he told an official at the embassy").
    rejectAfter: ['[was|were|had been] [injured|killed|hurt|arrested|detained|found|taken|sacked|suspended|fired|attacked|shot|stabbed|treated|praised|named]', '<name>,'],
    rejectBefore: ['told', 'to', 'asked', 'met', 'by', 'with', 'called', 'contacted'],
    examples: {
      match: ['A coastguard officer at the scene said two boats had sunk.', 'An official at the embassy told reporters the visas had been cancelled.', 'One police officer on the cordon said the building was unsafe.'],
      noMatch: ['A police officer at the scene was injured, the force said.', 'She told an official at the embassy that her passport was stolen.', 'A fire officer at the scene, Station Manager Ann Lee, said the blaze was out.'],
    },
  },
  {
    id: 'anonymous-source-anonymity',
    category: 'anonymous-source',
    name: 'On condition of anonymity',
    explanation:
      'The source asked not to be named. Good outlets say why; ask whether the reason is convincing and whether the claim is the kind that needs a name behind it.',
    check: 'phrase',
    patterns: [
      '[on|under] [the|] condition [of|that he|that she|that they] [anonymity|not be named|not be identified]',
      // The same told as what was agreed, by someone speaking: "speaking on condition that he was
      // not named" (not "the donor gave the money on condition that he was not named").
      '[speaking|spoke|talking|talked|who spoke] [on|under] [the|] condition that [he|she|they|his name|her name|their names] [was|were|would|is|are] not [be|] [named|identified|published]',
      '[requested|requesting|asked for|asking for|granted|demanded|insisted on|was granted|were granted|pleaded|pleading] anonymity',
      // The name kept back, by the person or by law, of someone speaking: "who asked for his name
      // to be withheld, said", "who cannot be named for legal reasons, said" (not "The boy, who
      // cannot be named for legal reasons, was given a referral order", "The donor asked for his
      // name to be withheld from the plaque").
      'who asked for [his|her|their] [name|names] to be withheld[,|] [said|says|told|tells]',
      'who [cannot|can not|could not] [legally|] be [named|identified] [for legal reasons|][,|] [said|says|told|tells|gave evidence]',
      '[spoke|speaking|talked|talking|commented|writing|wrote|posting|gave evidence|giving evidence|testified|testifying] anonymously',
    ],
    examples: {
      match: ['The officer spoke on condition of anonymity.', 'One, now in his forties, who asked for his name to be withheld, said the coach was cruel.', 'The boy’s mother, who cannot be named for legal reasons, said he was terrified.', 'A witness who cannot be identified for legal reasons gave evidence from behind a screen.', 'One pig farmer, speaking on condition that he was not named, said vets were reluctant.', 'A diplomat, who requested anonymity, described the talks.', 'A senior INEC official who pleaded anonymity told our correspondent that the printer was at fault.', 'One care home manager, who gave evidence anonymously, told the review she had begged for tests.'],
      noMatch: ['The donor gave the money without asking for publicity.', 'The boy, who cannot be named for legal reasons, was given a referral order.'],
    },
  },
  {
    id: 'anonymous-source-not-named',
    category: 'anonymous-source',
    name: 'Asked not to be named',
    explanation:
      'The speaker’s name is withheld at their request. Ask why, and how the reporter knows this person is who they are said to be.',
    check: 'context',
    patterns: [
      '[asked|asking|declined|declining|refused|refusing|did not want|didn’t want|did not wish|didn’t wish|does not wish|preferred|wished] [not|] to be [named|identified|quoted by name]',
      `${UNNAMED_BEFORE_ASIDE} [asked|declined|refused|did not want|didn’t want|did not wish|didn’t wish|preferred] [not|] to be [named|identified|quoted by name]`,
      // The wire formula that points back to unnamed informants and withholds them in one go:
      // "..., the people said, asking not to be identified because the plans are private".
      '[the|both] [people|person|sources|source|officials|official|executives|insiders] [said|says|added|told <word>], [asking|who asked|requesting|who requested|declining|who declined] [not|] to be [named|identified]',
      // The request as a clause: "who asked that her name not be used", "asked that he not be identified".
      '[asked|asking|requested|requesting] that [his|her|their] [name|names|identity|identities|full name|surname] [not be [used|published|given|printed|disclosed|revealed|made public]|be withheld]',
      '[asked|asking|requested|requesting] that [he|she|they] not be [named|identified]',
      '[gave|give|gives|giving] [his|her|their] [name|first name] only as',
      '[declined|refused|did not want|didn’t want] to [give|provide|share|reveal] [his|her|their] [full|last|] name',
      '[did not|didn’t|would not|wouldn’t|without] [give|giving] [his|her|their] [full|last|] name',
      // A partial identity instead of a name: "who gave only his call sign", "identified only by her first name".
      '[gave|give|gives|giving|provided|offered|used|would give|would only give] only [his|her|their|a] [first name|first names|surname|last name|call sign|callsign|call-sign|nom de guerre|nickname|given name|initials|first initial]',
      '[identified|named|known] only [by|as] [his|her|their] [first name|first names|surname|last name|call sign|callsign|call-sign|nom de guerre|nickname|given name|initials|first initial]',
    ],
    window: 2,
    // A stage or pen name, not a source's anonymity: "who used only her first name on stage".
    rejectAfter: ['[on stage|onstage|professionally|as a performer|as an artist|as a singer|as a writer|in her act|in his act|in print]'],
    examples: {
      match: [
        'Two former members of the women’s team, who asked not to be identified because they still work in college sports, said the scheme was an open secret.',
        'One man, who gave his name only as Ahmed, said his house was destroyed.', 'A colleague, who did not wish to be named, described him as brilliant.', 'A resident, who asked not to be named, said the water was brown.', 'One driver, who declined to give his name, said fares had doubled.', 'A spokesperson, who did not give their name, said the review was under way.', 'A commander, who gave only his call sign, said the unit had lost half its vehicles.', 'One nurse, identified only by her first name, described the night.', 'A relative, who asked that her name not be used, said the family was devastated.', 'A guard, who requested that he not be identified, said the cells were full.', 'The cuts will fall hardest on sales, the people said, asking not to be identified because the plans are private.'],
      noMatch: ['The resident was named in court documents.', 'The commander gave his full name and rank.', 'The victim, who was not named, was 34.', 'The singer, who used only her first name on stage, left the band.', 'The family asked that their privacy be respected.'],
    },
  },
  {
    id: 'anonymous-source-not-authorized',
    category: 'anonymous-source',
    name: 'Not authorized to speak',
    explanation:
      'The usual reason given for anonymity. It explains the secrecy but says nothing about the source’s knowledge; look for what the source is in a position to know.',
    check: 'context',
    patterns: [
      '[not|un] [authorized|authorised|cleared|permitted] to [speak|discuss|talk|comment|brief|disclose] [publicly|on the record|to the media|to reporters|to the press|about|on|]',
      '[unauthorized|unauthorised] to [speak|discuss|talk|comment]',
      `${UNNAMED_BEFORE_ASIDE} [was|were|is|are] not [authorized|authorised|cleared|permitted] to [speak|discuss|talk|comment|brief] [publicly|on the record|to the media|to reporters|to the press|]`,
    ],
    // The reason given for an anonymity already marked is part of that one signal: "spoke on
    // condition of anonymity because they were not authorized to discuss the inquiry", "according
    // to a person briefed on the incident who was not authorized to discuss it", whose introducer
    // marks the source (not "Two City Hall officials who were not authorized to discuss it said",
    // "according to a police officer who was not authorized", whose mark this is).
    window: 11,
    rejectBefore: [
      'anonymity because',
      `according to [a|an|one|two|three|four|several|] ${optional(OFFICIAL_MODIFIER)} ${INFORMANT} [<word>|<word> <word>|<word> <word> <word>|<word> <word> <word> <word>|] who [was|were|is|are]`,
    ],
    examples: {
      match: [
        'The official was not authorized to speak publicly.',
        'He is not authorised to discuss the investigation.',
        'An engineer familiar with the program, who was not authorized to speak publicly, said the failure was likely caused by a turbopump.',
        'Two City Hall officials who were not authorized to discuss personnel matters said the manager had quit.',
        'According to a police officer who was not authorized to discuss the case, the suspect confessed.',
      ],
      noMatch: [
        'The official was authorized to speak publicly by the ministry.',
        'They spoke on condition of anonymity because they were not authorized to discuss the inquiry publicly.',
        'The lights were visible, according to a person briefed on the incident who was not authorized to discuss it publicly.',
      ],
    },
  },
  {
    id: 'anonymous-source-off-the-record',
    category: 'anonymous-source',
    name: 'Off the record',
    explanation:
      'Information given on terms that hide who gave it. Ask what the reader should trust: the source, or the outlet’s word for the source.',
    check: 'phrase',
    patterns: ['off the record', '[speaking|spoke|talking|talked] [privately|on background|on deep background]'],
    examples: {
      match: ['Speaking privately, ministers admit the target will be missed.', 'One adviser told us off the record that the plan was dead.'],
      noMatch: ['The minister said on the record that the plan was dead.'],
    },
  },
  {
    id: 'anonymous-source-insiders',
    category: 'anonymous-source',
    name: 'Insiders',
    explanation:
      'An insider has access but no name, so neither their knowledge nor their motives can be checked. Look for confirmation from a named person or a document.',
    check: 'context',
    patterns: ['[insider|insiders]'],
    window: 1,
    // The market's insiders, whom rules bind: "lock-up agreements bar insiders from selling".
    rejectNext: ['[from|to] [sell|buy|trade|deal|selling|buying|trading|dealing|offloading|cashing]'],
    // Also insiders as a crowd, not a source: "industry insiders gathered in Las Vegas".
    rejectAfter: ['trading', 'dealing', 'dealings', 'threat', 'threats', 'information', 'knowledge', 'tips', 'guide', 'track', 'edge', 'view', 'status', 'gathered', 'attended', 'flocked', 'packed', 'queued', 'descended', 'mingled'],
    examples: {
      match: ['Industry insiders expect the merger to collapse.', 'According to one insider, the board was split.'],
      noMatch: ['He was convicted of insider trading.', 'Industry insiders gathered in Las Vegas for the annual show.', 'Lock-up agreements bar insiders from selling for 180 days.'],
    },
  },
  {
    id: 'anonymous-source-officials-reject',
    category: 'anonymous-source',
    name: 'A charge officials reject',
    explanation:
      'The other side of a dispute is given to officials who are not named: "a charge officials reject". The rebuttal carries weight without anyone standing behind it; look for who exactly rejects it, and on what grounds.',
    check: 'context',
    patterns: ['[officials|diplomats|aides|staffers|ministers|insiders|sources] [reject|rejects|rejected|dispute|disputes|disputed|deny|denies|denied]'],
    // One word may stand between: "a suggestion Treasury officials rejected".
    window: 3,
    // Only with the rebutted claim fronted right before them, as an appositive's "a charge":
    // "officials rejected the plan" is an act, "the asylum claims officials rejected" applications.
    requireBefore: ['[a|an|another] <rebutted>'],
    examples: {
      match: ['Builders have ignored the codes, a charge officials reject.', 'It was an accusation ministers denied.', 'It was a suggestion Treasury officials rejected.'],
      noMatch: ['Nearly half of the asylum claims officials rejected last year were overturned.', 'Officials rejected the plan on Monday.', 'The charge officials brought was dropped.', 'Builders ignored the codes, a charge the ministry rejects.'],
    },
  },
];
