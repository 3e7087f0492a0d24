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
  /** The word that marks an infinitive: "to" of "advised people to stay". */
  infinitiveMarker: string;
  /** Articles: between an object and its complement they mark a declaration ("declared the outbreak a pandemic"). */
  articles: ReadonlySet<string>;
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
  /** Titles and roles that precede a name, lower case, single or multi-word ("foreign minister"). */
  titles: ReadonlySet<string>;
  /** Honorifics that make the next capitalised word a person ("mr", "mrs", "dr"). */
  honorifics: ReadonlySet<string>;
  /** Head nouns that make a capitalised phrase an organisation ("ministry", "police"). */
  organizationNouns: ReadonlySet<string>;
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
   * Not spokespeople or managers: people have them too ("a Trump spokesman", "Adele's manager").
   */
  bodyRoles: readonly string[];
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
