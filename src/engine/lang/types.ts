/**
 * Everything language-specific the engine needs, behind one interface, so that a new
 * language is a data pack (SPEC.md section 6) and the engine code stays the same.
 */

/** A lexicon entry usable as `<macro>` in phrase patterns. */
export type MacroDef =
  /** A finite list of patterns (compiled like a `[a|b]` group, case-insensitive). */
  | { kind: 'list'; patterns: readonly string[] }
  /**
   * A regular-expression fragment written by the pack author (never by a rule author or
   * reader), for RegExps without the `u` flag (no \p classes). It must be linear: bounded
   * repetition only, no nested unbounded quantifiers. A pattern cannot start with it (the
   * scanner needs a word to look for). `caseSensitive` only where case carries meaning
   * (a capitalised name): a pattern using such a macro spells its words as `[aA]` classes,
   * which makes its RegExp two to three times larger, and past 20 KB V8 stops optimising it.
   * `maxWords`: the most words (runs of letters and digits: "mother-in-law's" is four) a
   * match can span, which the source must guarantee. The scanner tries that many words back
   * from an anchor, so a loose bound costs time at every hit and a low one loses matches.
   */
  | { kind: 'regex'; source: string; caseSensitive: boolean; maxWords: number };

export interface LanguagePack {
  /** BCP 47 code, reported as `Report.language`. */
  id: string;
  /** `word~`: the word and its inflections (lower case in, lower case out). */
  inflect(word: string): string[];
  macros: Readonly<Record<string, MacroDef>>;
  /**
   * Frequent function words (lower case). The scanner never anchors a pattern on them
   * when the pattern has a rarer word: "is [widely|] believed to" is looked for at "believed".
   */
  stopwords: ReadonlySet<string>;
  /** Position of each stopword in a most-frequent-first order (0 = most frequent). */
  stopwordRank: ReadonlyMap<string, number>;

  /** Sentence splitting. Abbreviations are lower case, without their final full stop. */
  /** Never end a sentence when followed by a name or a number: "Mr.", "Gen.", "Jan.". */
  titleAbbreviations: ReadonlySet<string>;
  /** Never end a sentence when followed by a number, but do otherwise: "No. 5", "p. 12", "Art. 3". */
  numberAbbreviations: ReadonlySet<string>;
  /** End a sentence only when the next word is a typical sentence opener: "U.S.", "Inc.". */
  otherAbbreviations: ReadonlySet<string>;
  /** Words that typically open a sentence (lower case). */
  sentenceOpeners: ReadonlySet<string>;

  /** Attribution. */
  attribution: AttributionLexicon;
}

export interface AttributionLexicon {
  /** Reporting verbs in every form ("say", "says", "said", "saying"), lower case. */
  reportingVerbs: readonly string[];
  /** Reporting verbs that are also ordinary words and need a clear subject ("believe", "added"). */
  weakReportingVerbs: ReadonlySet<string>;
  /**
   * Verbs that attribute only in attribution analysis, not in the rules' {report} macro:
   * guidance and calls a body makes ("the NHS recommends", "The Associated Press declared").
   */
  sourceVerbs: readonly string[];
  /**
   * Source verbs that attribute for a document only: "the petition lists liabilities", "the
   * report cited an incursion" (a body lists its shares and cites a soldier for bravery).
   */
  documentVerbs: ReadonlySet<string>;
  /**
   * Verbs of rebuttal ("reject", "disputes"): they attribute only after a rebutted noun
   * (rebuttedNouns) that is their fronted object, "a charge Severn Trent rejected"; with an
   * object after them they are acts ("The court rejected the appeal").
   */
  rebuttalVerbs: readonly string[];
  /** Nouns of a claim that can be rebutted: "charge", "claim", "accusation", "criticism". */
  rebuttedNouns: readonly string[];
  /**
   * Verbs of a verdict on something ("called", "branded"): they attribute only with an object
   * and a quoted complement ("called it “simply wrong”", "called the report “a disgrace”") or,
   * after an object pronoun, a noun phrase ("called him a liar"). Otherwise they are acts:
   * "She called her mother", "The club called a meeting", "a man called John".
   */
  verdictVerbs: readonly string[];
  /** Nouns of set phrases a verdict verb makes with "it a": "called it a career", "called it a day". */
  verdictIdioms: ReadonlySet<string>;
  /**
   * Verbs of a court's or a body's finding or stance ("held", "ruled", "signalled"): they
   * attribute only right before "that" (rulingOpeners) and only for a body: "the Sixth Circuit
   * Court of Appeals held that", "the Bank of England has signalled that". Otherwise acts or
   * hints: "held talks", "Police held him", "ruled out", "signalled it wants to pause".
   */
  rulingVerbs: readonly string[];
  /** What opens a ruling's content: "that". */
  rulingOpeners: ReadonlySet<string>;
  /**
   * Source verbs whose plain object is what they state, not an act: "The Met Office
   * forecasts heavy rain", "the filing lists debts of $2m" (but "Netflix recommends shows", "Russia declared war").
   */
  contentObjectVerbs: ReadonlySet<string>;
  /**
   * Forms of reporting and source verbs that agree only with a plural subject ("say",
   * "argue", "recommend"): before one, a capitalised plural opening the sentence ("Rules
   * say", "Shipbuilders argue") is a common noun, where a name would take "says".
   */
  pluralVerbs: ReadonlySet<string>;
  /** Whether a lower-case word has the shape of a plural noun: "rules", "shipbuilders" (not "boss", "virus"). */
  isPlural(low: string): boolean;
  /**
   * Words that open what a source verb advises or declares ("recommends that", "advises
   * against", "declared whether"). A source verb states something only before such a word, a
   * gerund, an addressee (objectPronouns, people), a to-infinitive ("advised people to stay"),
   * an object and its complement ("declared her the winner"), or nothing; before a plain
   * object it is an act ("Netflix recommends shows", "declared a state of emergency").
   */
  guidanceOpeners: ReadonlySet<string>;
  /** Pronouns as objects: the addressee of advice, or what a declaration is about ("advised them", "declared her"). */
  objectPronouns: ReadonlySet<string>;
  /** Articles: between an object and its complement they mark a declaration ("declared the outbreak a pandemic"). */
  articles: ReadonlySet<string>;
  /** The function words and word shapes phrases are read by (see AttributionGrammar). */
  grammar: AttributionGrammar;
  /** Words allowed between a subject and its verb ("also", "later", "has", "had already"). */
  verbModifiers: ReadonlySet<string>;
  /** Phrases introducing a source after them: "according to", "in the words of". */
  sourceIntroducers: readonly string[];
  /** Institutions whose named researchers name them: "Stanford University researchers found". */
  institutions: ReadonlySet<string>;
  /**
   * Groups whose findings go out under the name of the body they work at: "Stanford
   * University researchers found", "analysts at Goldman Sachs said" cite that body.
   */
  researchers: ReadonlySet<string>;
  /**
   * Those who speak for a body on its behalf: "a Home Office spokesman said", "a spokesperson for
   * the ministry said" cite the body (or the person) they speak for.
   */
  spokespeople: ReadonlySet<string>;
  /** Titles and roles that precede a name, lower case, single or multi-word ("foreign minister"). */
  titles: ReadonlySet<string>;
  /**
   * Seats many hold at once, written in capitals: after an indefinite ("a", "one") and a party
   * they name no one ("a Tory MP said"), unlike a post one person holds ("a Google CEO said").
   */
  memberPosts: ReadonlySet<string>;
  /** Honorifics that make the next capitalised word a person ("mr", "mrs", "dr"). */
  honorifics: ReadonlySet<string>;
  /** Head nouns that make a capitalised phrase an organisation ("ministry", "police"). */
  organizationNouns: ReadonlySet<string>;
  /**
   * Bodies named by a common noun in lower case only, opening their clause ("the city said") or
   * through a spokesperson ("a county spokesman"); capitalised they open names ("City Councilman
   * Rafael Ortiz", "Kansas City"), and otherwise they are places ("Civilians fleeing the city said").
   */
  lowerCaseBodies: ReadonlySet<string>;
  /** Verbs of a place as often as of its government, which then does not speak: "the city found itself", "shows signs", "believes in". */
  placeVerbs: ReadonlySet<string>;
  /**
   * Words that make a capitalised name of two words or more an organisation when it ends in
   * one ("Northfield Rovers FC", "Counterpoint Research"), or in a country right after one
   * ("Public Health England").
   */
  organizationNameWords: ReadonlySet<string>;
  /**
   * Roles and parts only a body has, lower case, one word or more ("chief executive",
   * "chairman", "board"): a single word before one, possessive or not, names a body ("Ofwat's
   * chief executive", "Ofwat chief executive David Black", "the Arsenal board"), so the same
   * word speaking alone elsewhere in the article ("Ofwat said") is that body, not a person.
   * Not spokespeople or managers: people have them too ("a Trump spokesman", "Adele's manager");
   * a spokesperson cites whom they speak for, a body or a person (`spokespeople`).
   */
  bodyRoles: readonly string[];
  /**
   * Bodies named by two common words, lower case, the second a group's noun: "general staff",
   * "high command". With a possessive or "the" they are the body ("Ukraine’s General Staff
   * said"), not its unnamed members ("senior staff said").
   */
  bodyCompounds: ReadonlySet<string>;
  /** Head nouns of documents ("report", "study", "statement"). */
  documentNouns: ReadonlySet<string>;
  /** Writers who stand for the work they wrote ("the authors wrote": the study named before). */
  workAuthors: ReadonlySet<string>;
  /** Past participles opening a clause between a speaker and the verb ("Doherty, asked about it, said"). */
  clauseParticiples: ReadonlySet<string>;
  /** Unnamed individual sources ("source", "official", "insider", "spokesperson"). */
  anonymousNouns: ReadonlySet<string>;
  /** Unnamed groups ("critics", "experts", "observers", "some", "many"). */
  vagueNouns: ReadonlySet<string>;
  /** Unnamed groups that are a name's documents when owned and kept as records: "Harbour Care’s annual accounts". */
  ownedDocumentNouns: ReadonlySet<string>;
  /** A party's member, capitalised as a name: "a senior Tory said", "one Republican said" name no one. */
  partyMembers: ReadonlySet<string>;
  /** Who holds a portfolio, written as a title before a name: "Cabinet member for finance Gareth Davies". */
  portfolioRoles: ReadonlySet<string>;
  /** How records are kept, which tells a name's documents from testimony: "annual", "audited". */
  recordModifiers: ReadonlySet<string>;
  /**
   * Endings of plural nouns that name people by what they do ("brokers", "investors",
   * "economists", "politicians", "residents", "employees"): a bare plural with one of them,
   * a subject of a reporting verb, is an unnamed group even when no list has its noun.
   */
  groupSuffixes: readonly string[];
  /** Plural heads of unnamed groups without such an ending: "people", "staff", "groups", "unions". */
  groupHeads: ReadonlySet<string>;
  /** Plurals with such an ending that name things, not people: "papers", "letters", "sectors". */
  thingPlurals: ReadonlySet<string>;
  /**
   * Reporting verbs that are also ordinary words (weakReportingVerbs) which still report
   * when a bare plural group is their subject ("estate agents report", "brokers warn");
   * the others ("workers found", "voters agreed") are not read as attribution then.
   */
  groupReportingVerbs: ReadonlySet<string>;
  /**
   * Counted people ("two drivers", "one museum attendant") are a source with these verbs only:
   * `speech` in any use ("said", "believe"); `thatClause` only before a clause with "that" or
   * closing a quote ("argued that", not "argued over a hedge"; "reported that", not "reported
   * the theft"; "added that", not "added a coat of paint"); `telling` only to the reporter or
   * an outlet ("told us", "told The Herald", not "told jokes"), named by `tellingAddressees` or
   * a capitalised word.
   */
  countedVerbs: {
    speech: ReadonlySet<string>;
    /** What "said" takes when nothing is stated: "said nothing", "said sorry". */
    notStatements: ReadonlySet<string>;
    thatClause: ReadonlySet<string>;
    telling: ReadonlySet<string>;
    tellingAddressees: ReadonlySet<string>;
  };
  /** Joiners after which a counted group may open a clause ("but two drivers said"); not "and", "that", "where", which tie it to another subject or a noun. */
  countedOpeners: ReadonlySet<string>;
  /** Firms by their trade, in the plural: "two exporters said" counts no informants. */
  tradePlurals: ReadonlySet<string>;
  /** Objects that give "say" another sense than reporting: "said prayers", "said their goodbyes". */
  otherSenseObjects: ReadonlySet<string>;
  /** Lower-case words that may open a clause right before its subject: "..., but brokers say". */
  clauseJoiners: ReadonlySet<string>;
  /**
   * Countries, capitals and seats of government, lower case, that stand for a government
   * when they speak ("Moscow denied", "the U.S. said", "Downing Street said"): an
   * organisation, never a person.
   */
  places: ReadonlySet<string>;
  /** Definite descriptions that refer back to a named source ("the president", "the company"). */
  pronouns: ReadonlySet<string>;
  /** Capitalised words that are not names on their own (sentence openers, days, months...). */
  notNames: ReadonlySet<string>;
  /** Particles inside names ("de", "van", "bin", "of"). */
  nameParticles: ReadonlySet<string>;
  /**
   * Words of notNames that are common words on their own but can go on a multi-word name
   * after another capitalised word: "Office for National Statistics", "Theresa May".
   */
  nameParts: ReadonlySet<string>;
  /**
   * Nationality and region adjectives ("Russian", "Western"): they describe a source
   * ("a Western diplomat", "Russian state media") but never name one on their own.
   */
  demonyms: ReadonlySet<string>;
  /**
   * Adjectives and determiner-like words that describe a source ("local reports", "early
   * estimates", "media reports", "internal documents"): capitalised only because they open
   * a sentence, they are no name there when a lower-case word follows.
   */
  sourceModifiers: ReadonlySet<string>;
  /**
   * Time phrases that may stand between a source and its verb ("The ministry on Monday
   * said", "Smith last week said") or inside a citation ("a study published on Monday in
   * JAMA"). Nouns of time ("Monday", "March", "week"); words that open a phrase before such
   * a noun ("on", "in", "last", "this"); words of time on their own ("yesterday", "online").
   */
  timeNouns: ReadonlySet<string>;
  timeOpeners: ReadonlySet<string>;
  timeAdverbs: ReadonlySet<string>;
  /** Zones and halves of the day after a live blog's time stamp ("10:42 GMT", "12:00 PM PT"). */
  timeZones: ReadonlySet<string>;
}

/**
 * Function words, fixed phrases and word shapes that attribution analysis reads a phrase
 * by: the engine code names none of them, so a new language fills these in. Lower case.
 */
export interface AttributionGrammar {
  /** Definite articles: "the president" refers back; "the Fed" is a body. */
  definiteArticles: ReadonlySet<string>;
  /**
   * Conjunctions of contrast: after a comma one opens another statement, which a named source
   * on the other side does not vouch for ("the club said he was ill, but many fans believe ...").
   */
  contrastives: ReadonlySet<string>;
  /** Conjunctions that put a case: a speaker right after one says nothing yet ("if someone tells you"). */
  conditionals: ReadonlySet<string>;
  /** Words opening a reported clause: what follows "said that," is still what was said. */
  complementizers: ReadonlySet<string>;
  /** Auxiliaries that agree only with a plural: "Hydrologists have long warned" opens with a common noun. */
  pluralAuxiliaries: ReadonlySet<string>;
  /** Words of degree before an adjective, inside a noun phrase: "its most recent proxy statement". */
  degreeWords: ReadonlySet<string>;
  /** Determiners that open a noun phrase: "the", "a", "his", "several", "those". */
  determiners: ReadonlySet<string>;
  /** Determiners of an unnamed someone: "said a Western diplomat", "according to one official". */
  indefinites: ReadonlySet<string>;
  /** Number words: no name before the noun they count ("Two men were arrested and admitted"). */
  numberWords: ReadonlySet<string>;
  /** Number words that count only after an indefinite article: "a few", "a dozen". */
  articleCounts: ReadonlySet<string>;
  /** Words that count one person: "one museum attendant said", "another driver told". */
  singleCounts: ReadonlySet<string>;
  /** Determiners kept at the start of a named source's phrase: "the BBC", "our correspondent Jane Smith". */
  nameDeterminers: ReadonlySet<string>;
  /** Possessive determiners: "his lawyers", "their filing". */
  possessiveDeterminers: ReadonlySet<string>;
  /** Determiners that tie writers to their work: "the authors", "its authors". */
  ownerDeterminers: ReadonlySet<string>;
  /** The determiner of a body named before, never of people: "its latest accounts" (not "their accounts", testimony). */
  bodyDeterminers: ReadonlySet<string>;
  /** The words of a distance closed by a place: "as" and "far" in "residents as far away as Baton Rouge said". */
  distanceAs: { as: string; far: string };
  /** Conjunctions joining two sources or two words of a name: "Parata and his family", "Health and Human Services". */
  conjunctions: ReadonlySet<string>;
  /** Lower-case words joining the words of a body's name: "Committee on Intelligence and Security", "Institute for Fiscal Studies". */
  nameJoiners: ReadonlySet<string>;
  /**
   * Joiners (of nameJoiners and orgConnectives) that open what a body is for, a verb and its
   * object: "Committee to Protect Journalists". Two name words at least follow them, or the
   * joiner only links two names ("a letter from the Ministry to Parliament").
   */
  purposeJoiners: ReadonlySet<string>;
  /** Lower-case words inside an institution's name after its noun: "Institute for Fiscal Studies", "Department of Health". */
  orgConnectives: ReadonlySet<string>;
  /** Prepositions of belonging: "Ministry of Defence", "the notes of the Bill", "the state of". */
  genitives: ReadonlySet<string>;
  /** Prepositions of a passive's agent: "statements made by", "a report by". */
  agentPrepositions: ReadonlySet<string>;
  /** Prepositions joining speakers to the body they belong to: "allies of", "a source at", "officials in". */
  groupPrepositions: ReadonlySet<string>;
  /** Words between a group and the one it belongs to, before linkPrepositions: "people close to", "officials loyal to". */
  groupLinks: ReadonlySet<string>;
  linkPrepositions: ReadonlySet<string>;
  /** Prepositions whose object a work is about, never its speaker: "the suit against Meta alleges". */
  objectPrepositions: ReadonlySet<string>;
  /** Prepositions of holders of a role: "Lawyers for Mr Smith", "representatives of the company". */
  roleLinks: ReadonlySet<string>;
  /**
   * Prepositions joining researchers to the body they publish under ("analysts at Goldman
   * Sachs", "researchers from Oxford"), and documents to the body that holds them ("filings at
   * Companies House").
   */
  researcherLinks: ReadonlySet<string>;
  /** Prepositions joining a person to her body: "Jane Smith of Harvard", "Jennifer Mattinson from the police". */
  affiliations: ReadonlySet<string>;
  /** Prepositions placing a group: "business groups in Leeds", "farmers on the ground". */
  placePrepositions: readonly string[];
  /** Prepositions of a journal: "a study published in Nature". */
  publicationPrepositions: ReadonlySet<string>;
  /** Prepositions of a campus: "the University of Texas at Austin". */
  campusPrepositions: ReadonlySet<string>;
  /** Prepositions naming where numbers come from: "figures from the ONS", "data by", "estimates of". */
  dataPrepositions: ReadonlySet<string>;
  /** Words that mark an infinitive: "to" of "advised people to stay". */
  infinitiveMarkers: ReadonlySet<string>;
  /** Relative pronouns that open a clause inside a subject: "people who ...". */
  relativePronouns: readonly string[];
  /** Words that open an appositive: "Hicks, a Navy veteran, said"; "Pierce, who also tried it, said". */
  appositiveOpeners: ReadonlySet<string>;
  /** Relative pronouns of things, never of a person: "FoodNet, which runs food banks, said" names a body. */
  thingRelatives: ReadonlySet<string>;
  /** Words that open a clause of circumstance between subject and verb: "The agency, in a statement, said" (a number, an age, is one too). */
  clauseOpeners: ReadonlySet<string>;
  /** Pronouns that refer back to the person last named ("he", "she"). */
  personalPronouns: ReadonlySet<string>;
  /** Pronouns that refer back to the body or document last named ("it"). */
  thingPronouns: ReadonlySet<string>;
  /** First-person pronouns: the speaker of a quote, never a source ("I", "we"). */
  firstPersonPronouns: ReadonlySet<string>;
  /** Pronouns of no one in particular: in "Nobody’s said", "Everyone’s said", "’s" is "has". */
  indefinitePronouns: ReadonlySet<string>;
  /** Pronouns for unnamed people around someone: "Those around the president say". */
  groupPronouns: ReadonlySet<string>;
  /** Nouns of unnamed relatives: "The family of the victim said". */
  familyNouns: ReadonlySet<string>;
  /** Nouns of unnamed people that, bare, are a vague crowd: "people say" (but "two people said" are anonymous). */
  personNouns: ReadonlySet<string>;
  /** Particles kept in a verb's mark: "pointed out", "spoke up". */
  verbParticles: ReadonlySet<string>;
  /** A pronoun standing for a verdict's object fronted before its subject: "in what Historic England has called one of the finds". */
  frontedObjects: ReadonlySet<string>;
  /** Prepositions after a participle that place a document: "released with", "commissioned by", "posted on", "obtained under the Freedom of Information Act". */
  provenancePrepositions: ReadonlySet<string>;
  /** Where papers are filed, named by its kind alone: "an indictment unsealed in federal court". */
  courtNouns: ReadonlySet<string>;
  /** Participles only a court's papers take, which place them by the day alone: "an indictment unsealed Tuesday". */
  courtParticiples: ReadonlySet<string>;
  /** Bodies a lower-case portfolio after "of" names: "the department of community safety said", "the ministry of finance said". */
  portfolioBodies: ReadonlySet<string>;
  /** Records of an event, named by it after "of": "Minutes of the meeting show", "a transcript of the call shows". */
  eventRecords: ReadonlySet<string>;
  /** The events such records are of (not "minutes of CCTV footage", a length of time). */
  recordedEvents: ReadonlySet<string>;
  /** Prepositions of whom a document went to, which places it: "a letter sent to legislative leaders", "a report to the council’s cabinet". */
  recipientPrepositions: ReadonlySet<string>;
  /**
   * Recipients that place no author: the press, the public, or a pronoun ("a letter sent to the
   * newspaper", "a report sent to readers", "a report sent to me").
   */
  openRecipients: ReadonlySet<string>;
  /** Documents anyone may send, whose recipient places no author: "a complaint to Ofcom", "a petition to the council". */
  publicDocuments: ReadonlySet<string>;
  /** Pointing determiners: "seen by this newspaper" names the paper. */
  demonstratives: ReadonlySet<string>;
  /** Nouns of a part of a time: "on the eve of the summit", "at the end of March". */
  timeParts: ReadonlySet<string>;
  /** Prepositions of being near a place: "fans outside the club said" speak for themselves. */
  vicinityPrepositions: ReadonlySet<string>;
  /**
   * Participles telling that the writer has the document ("seen", "obtained"): "The letter,
   * seen by the Gazette, says", "An internal report, seen by this newspaper, states" names
   * the document even after "an".
   */
  sightParticiples: ReadonlySet<string>;
  /** Forms of "be": after a noun spelled as a verb they show it a noun ("The bank's forecast was cut"). */
  copulas: ReadonlySet<string>;
  /** Words that undo a passive attribution before its agent: "could not be confirmed by AFP". */
  negations: ReadonlySet<string>;
  /**
   * Word sequences that withhold a speaker's name, in an aside between the speaker and the
   * verb: "who cannot be named", "who asked not to be identified", "on condition of anonymity".
   */
  nameWithheld: ReadonlyArray<readonly string[]>;
  /** Before an agent preposition, these make a passive attribution: "statements made by", "described as ... by". */
  passiveTriggers: ReadonlySet<string>;
  /** Nouns of numbers that come from a body: "according to figures from the UN refugee agency". */
  dataNouns: ReadonlySet<string>;
  /** Participles of a document's or data's release ("released", "published", "issued"), lower case, each ending in "ed" or as the pack's text has them. */
  dataParticiples: ReadonlySet<string>;
  /**
   * Participles that place a document only by who did the work or where it was filed: "a
   * survey conducted by the board", "an indictment unsealed in federal court" (not "a poll
   * conducted in the region").
   */
  agentParticiples: ReadonlySet<string>;
  /** Reporting verbs that are also plural nouns of a heading or a subject: "Key points:", "Local reports said". */
  pluralNounVerbs: ReadonlySet<string>;
  /** Bodies named by a bare common noun: "police said", "authorities say", "a force spokesman"; a named source only with a proper name. */
  genericBodies: ReadonlySet<string>;
  /** Reporting verbs that the next word turns into another verb: "insisted on", "wrote off", "the state of". */
  otherSenseParticles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Reporting verbs that mean something else before a quantity: "Ford recalled nearly 500,000 trucks". */
  quantityObjectVerbs: ReadonlySet<string>;
  /** A body's ruling, a document only after an introducer: "according to the tribunal’s decision". */
  rulingNouns: ReadonlySet<string>;
  /** Verbs that can come before their subject: "said Hicks", "wrote Jennifer Light". */
  invertibleVerbs: ReadonlySet<string>;
  /** Endings of a possessive: "the BBC's", "Obama’s". */
  possessiveEndings: readonly string[];
  /** A party label written after a name between commas ("Sen. Maria Castellanos, D-N.M., said"); group 1, if any, a place's name. */
  partyTag: RegExp;
  /** States written out in a party label: "R-Ohio". */
  partyStates: ReadonlySet<string>;
  /** Endings of an adjective of place: "London-based". */
  placeAdjectiveEndings: readonly string[];
  /** Endings of plural nouns that name things, never people: "governments", "statements". */
  thingPluralEndings: readonly string[];
  /** Forms of "be" before a participle: "Players in the squad were told to rest" is told, not telling. */
  passiveAuxiliaries: ReadonlySet<string>;
  /** The ending of a verb's progressive form, which "be" does not make passive: "experts were warning". */
  progressiveEndings: readonly string[];
  /** Plural endings of professions that no surname has: "Seismologists said" opens no name ("Rogers said" does). */
  professionPluralEndings: readonly string[];
  /** The singular of a plural noun ("ministers" -> "minister"), or undefined for a word not plural in shape. */
  singular(low: string): string | undefined;
  /** Whether a lower-case word is a participle opening a clause: "citing" of "The Post, citing three officials, reported". */
  isGerund(word: string): boolean;
  /**
   * Participles that tell which one of a kind is meant ("named", "mentioned", "involved"):
   * "the academy named in the posts said" is the academy of the posts, its verb after the clause.
   */
  referenceParticiples: ReadonlySet<string>;
  /**
   * Whether a lower-case word has the shape of an adverb of manner, which may stand between
   * a subject and its verb like verbModifiers ("formally requested", "quietly confirmed"). A
   * shape only: the attribution reader leaves out the lexicon's nouns of that shape ("family")
   * and the hedges (hedgeAdverbs).
   */
  isAdverb(low: string): boolean;
  /**
   * Adverbs that hedge what follows ("reportedly", "purportedly"): never a mere adverb of manner
   * between a subject and its verb, since "Putin purportedly told aides" reports a telling
   * nobody vouches for.
   */
  hedgeAdverbs: ReadonlySet<string>;
  /**
   * Modals of permission or possibility right before a reporting verb: "Defendants may request
   * legal aid", "Customers can ask for a refund" tell what may be done, not what was said.
   */
  permissionModals: ReadonlySet<string>;
}
